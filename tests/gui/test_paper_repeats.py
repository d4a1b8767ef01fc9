"""A repeat on the paper questionnaire: a table with a numbered row per instance and a column per
question, as many rows as a fixed count says, else a few with a note to go on on the back."""

from __future__ import annotations

import subprocess
import unicodedata

import pypdf
import pytest

from duodesk.core.paper import MAX_REPEAT_ROWS, REPEAT_ROWS, paper_form
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.designer.paper_pdf import write_paper_pdf
from tests.core.forms import write_form

CHOICES = [
    ["list_name", "name", "label"],
    ["often", "daily", "Every day"],
    ["often", "weekly", "Every week"],
    ["how", "inject", "Injected"],
    ["how", "smoke", "Smoked"],
    ["yn", "yes", "Yes"],
    ["yn", "no", "No"],
]


def _form(tmp_path, count: str = "", extra: int = 0):
    survey = [
        ["type", "name", "label", "repeat_count", "relevant"],
        ["integer", "n_drugs", "How many drugs did you use?", "", ""],
        ["begin_repeat", "drugs", "For each drug you used", count, ""],
        ["text", "drug", "Which drug?", "", ""],
        ["note", "read", "Read this out", "", ""],
        ["select_one often", "often", "How often?", "", ""],
        ["select_multiple how", "how", "How did you take it?", "", ""],
        ["select_one yn", "shared", "Did you share?", "", "selected(${how}, 'inject')"],
        *[["text", f"more{i}", f"More {i}", "", ""] for i in range(extra)],
        ["end_repeat", "", "", "", ""],
        ["select_one yn", "after", "Anything else?", "", ""],
    ]
    return read_xlsform(write_form(tmp_path / "f.xlsx", survey, CHOICES))


def test_a_repeat_is_a_table_of_its_questions_with_rows_to_fill(tmp_path):
    form = paper_form(_form(tmp_path, "${n_drugs}"))
    (table,) = [item for item in form.items if item.kind == "repeat"]
    assert table.rows == REPEAT_ROWS
    assert [(c.number, c.text) for c in table.columns] == [
        (2, "Which drug?"),
        (3, "How often?"),
        (4, "How did you take it?"),
        (5, "Did you share?"),
    ]  # the note is not a column
    assert table.columns[1].options == ("Every day", "Every week")
    assert table.columns[3].ask_only_if == "Ask only if “Injected” is ticked at question 4."
    assert "as many rows as the answer to question 1" in table.hint
    assert f"more than {REPEAT_ROWS}, go on on the back" in table.hint
    assert form.items[-1].number == 6  # numbering goes on after the table


@pytest.mark.parametrize(
    ("count", "rows"), [("3", 3), ("", REPEAT_ROWS), ("30", 30), ("200", MAX_REPEAT_ROWS)]
)
def test_a_fixed_count_prints_that_many_rows(tmp_path, count, rows):
    """A fixed count is what the interviewer must fill: a row for each, up to a sensible
    number of pages; past it the note says where the others go."""
    (table,) = [i for i in paper_form(_form(tmp_path, count)).items if i.kind == "repeat"]
    assert table.rows == rows
    if count == "200":
        assert table.hint == (
            "Fill one row for each one: 200 in all. Only 60 rows are printed: add more rows "
            "on another sheet, numbered from 61 on."
        )
    elif count:
        assert table.hint == f"Fill one row for each one: {count} in all."


def test_a_fixed_count_inside_a_repeat_prints_a_row_for_each_of_every_outer_row(tmp_path):
    survey = [
        ["type", "name", "label", "repeat_count"],
        ["begin_repeat", "drugs", "Drug", "10"],
        ["text", "drug", "Which drug?", ""],
        ["begin_repeat", "places", "Place", "3"],
        ["text", "where", "Where?", ""],
        ["end_repeat", "", "", ""],
        ["begin_repeat", "doses", "Dose", "10"],
        ["text", "dose", "How much?", ""],
        ["end_repeat", "", "", ""],
        ["end_repeat", "", "", ""],
    ]
    form = read_xlsform(write_form(tmp_path / "nested.xlsx", survey, CHOICES))
    drugs, places, doses = [i for i in paper_form(form).items if i.kind == "repeat"]
    assert (drugs.rows, places.rows, doses.rows) == (10, 30, MAX_REPEAT_ROWS)
    assert "If there are more than 30" in places.hint
    assert doses.hint.endswith("numbered from 61 on.")


def test_many_questions_split_into_tables_with_the_same_rows(tmp_path):
    items = paper_form(_form(tmp_path, "", extra=3)).items
    tables = [item for item in items if item.kind == "repeat"]
    assert [len(t.columns) for t in tables] == [4, 3]
    assert tables[1].text == "For each drug you used (part 2 of 2: the same rows)"


def test_the_pdf_prints_the_table_with_numbered_rows_and_answer_codes(qtbot, tmp_path):
    path = write_paper_pdf(_form(tmp_path, "3"), tmp_path / "paper.pdf")
    pages = pypdf.PdfReader(path).pages
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text() or "") for p in pages)
    text = " ".join(text.split())
    assert "For each drug you used" in text
    assert "Fill one row for each one: 3 in all." in text
    assert "Write the number: 1 = Every day 2 = Every week" in text
    assert "Write each number that applies: 1 = Injected 2 = Smoked" in text
    assert "ask these for each one" not in text
    assert "6. Anything else?" in text


def _nested_form(tmp_path):
    survey = [
        ["type", "name", "label", "repeat_count", "calculation"],
        ["integer", "age", "How old are you?", "", ""],
        ["begin_repeat", "drugs", "Drug", "3", ""],
        ["text", "drug", "Which drug (you are ${age})?", "", ""],
        ["begin_repeat", "places", "Place", "", ""],
        ["select_one often", "where", "Where did you use ${drug}?", "", ""],
        ["end_repeat", "", "", "", ""],
        ["end_repeat", "", "", "", ""],
        ["calculate", "n", "", "", "count(${drugs})"],
        ["note", "bye", "You named ${n} drugs", "", ""],
    ]
    return read_xlsform(write_form(tmp_path / "nested.xlsx", survey, CHOICES))


def test_a_repeat_inside_a_repeat_has_a_column_for_the_outer_row(tmp_path):
    """The inner table can be typed back nested: each line names its outer row, and there
    are lines for every outer row."""
    items = paper_form(_nested_form(tmp_path)).items
    outer, inner = [item for item in items if item.kind == "repeat"]
    assert outer.outer == ""
    assert inner.outer == "“Drug” row no."
    assert inner.rows == outer.rows * 2 == 6
    assert "write the number of the “Drug” row it belongs to" in inner.hint


def test_the_pdf_says_references_in_words_and_prints_the_outer_row_column(qtbot, tmp_path):
    path = write_paper_pdf(_nested_form(tmp_path), tmp_path / "paper.pdf")
    text = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "${" not in text
    place = text[text.index("Place") :]
    assert "“Drug” row no." in place
    assert "Where did you use [answer to question 2]?" in place
    assert "Which drug (you are [answer to question 1])?" in text
    assert "You named [n] drugs" in text


def _household(tmp_path):
    """Twelve rows: the table cannot end on the first page."""
    survey = [
        ["type", "name", "label", "repeat_count"],
        ["integer", "people", "How many people live with you?", ""],
        ["begin_repeat", "person", "For each person who lives with you", "12"],
        ["text", "first_name", "First name", ""],
        ["integer", "age", "How old?", ""],
        ["select_one often", "often", "How often do you see them?", ""],
        ["select_one yn", "works", "Do they work?", ""],
        ["end_repeat", "", "", ""],
        ["select_one yn", "after", "Anything else?", ""],
    ]
    return read_xlsform(write_form(tmp_path / "household.xlsx", survey, CHOICES))


def _lines(page) -> list[tuple[float, str]]:
    """The page's lines of text, each with its distance from the top of the document."""
    found: list[tuple[float, str]] = []

    def seen(text, cm, tm, font, size) -> None:
        words = " ".join(unicodedata.normalize("NFKC", text).split())
        if words:
            found.append((tm[5], words))

    page.extract_text(visitor_text=seen)
    return found


def test_a_table_over_two_pages_repeats_its_heading_and_keeps_each_row_whole(qtbot, tmp_path):
    """The interviewer on page 2 sees which column is which question; a row is never cut
    by the end of the page (half a box on each page), and row 10 reads "10", not "1" over
    "0"."""
    path = write_paper_pdf(_household(tmp_path), tmp_path / "paper.pdf")
    pages = [_lines(page) for page in pypdf.PdfReader(path).pages]
    spanned = []
    for lines in pages:
        texts = [text for _, text in lines]
        if "No." not in texts:
            continue
        start = texts.index("No.")
        end = texts.index("6. Anything else?") if "6. Anything else?" in texts else -1
        rows = [(y, text) for y, text in lines[start:end] if text.isdigit()]
        assert "2. First name" in texts[start:] and "5. Do they" in texts[start:]
        spanned.append((lines[start][0], rows))
    assert len(spanned) == 2  # the table goes on to a second page, its heading with it
    numbers = [text for _, rows in spanned for _, text in rows]
    assert numbers == [str(n) for n in range(1, 13)]
    # Each page's first row sits as far below the heading as on the first page: no part of a
    # row was left behind at the foot of the page before.
    gaps = [rows[0][0] - heading for heading, rows in spanned]
    assert gaps[1] == pytest.approx(gaps[0], abs=1)


def test_a_repeats_notes_are_printed_in_the_chosen_language(tmp_path):
    from duodesk import i18n

    i18n.set_language("es")
    try:
        items = paper_form(_form(tmp_path, "200", extra=3)).items
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    first, second = [item for item in items if item.kind == "repeat"]
    assert first.hint == (
        "Rellene una fila para cada uno: 200 en total. Solo se imprimen 60 filas: añada más "
        "filas en otra hoja, numeradas a partir de la 61."
    )
    assert second.text == "For each drug you used (parte 2 de 2: las mismas filas)"
    shared = first.columns[3]
    assert shared.ask_only_if == "Preguntar solo si “Injected” está marcada en la pregunta 4."
