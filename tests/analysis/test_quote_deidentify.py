"""Quotes are de-identified before they are shown or written: names, phone numbers, e-mail and
web addresses, dates, long numbers and street addresses become "[…]" (a group's report once
quoted "Opening hours are bad, ask John Smith at 07700 900123" word for word)."""

from __future__ import annotations

import docx
import pytest

from duodesk.analysis.deidentify import deidentified
from duodesk.analysis.themes import theme_quotes
from duodesk.storage.database import Database
from duodesk.storage.themes import add_theme, answers_to_code, code_answer
from tests.analysis.hcv_themes import FORM, QUESTION, questionnaire
from tests.analysis.projects import store_interviews, store_questionnaire

GAP = "[…]"

# What a person might write, and the details none of them may keep.
HOSTILE = {
    "Opening hours are bad, ask John Smith at 07700 900123": ("John", "Smith", "07700", "900123"),
    "the nurse gave me her number +44 7700 900123 to call": ("7700", "900123", "+44"),
    "ring the drop-in on 07700-900-123 any time": ("07700", "900-123"),
    "write to jo.bloggs@example.org or see www.example.org/help": ("jo.bloggs", "example"),
    "I slept at 12 Hope Street, G2 4JP, since 03/02/2026": ("12", "Hope", "Street", "G2", "4JP"),
    "my worker Anne-Marie O’Brien was kind, born 1984": ("Anne", "Brien", "1984"),
    "they know me as @danny_g on there": ("danny",),
}


@pytest.mark.parametrize("answer", list(HOSTILE))
def test_names_numbers_and_addresses_are_taken_out(answer):
    quoted = deidentified(answer)
    assert GAP in quoted
    for detail in HOSTILE[answer]:
        assert detail not in quoted, quoted


def test_words_of_the_questionnaire_and_a_sentences_first_word_are_kept():
    quoted = deidentified(
        "Opening hours are bad. The Referred clinic said 3 days, ask John", {"referred"}
    )
    assert quoted == "Opening hours are bad. The Referred clinic said 3 days, ask […]"
    # one "[…]" for a name of two words, and for a house number with its street
    assert deidentified("ask John Smith at 7 Hope Street please") == "ask […] at […] please"


def _store_hostile(database: Database) -> None:
    form = questionnaire()
    version = store_questionnaire(database, form)
    answers = [*HOSTILE, *(f"Waiting too long, number {n:02d}" for n in range(8))]
    store_interviews(
        database,
        form,
        [dict(centre="glasgow", referred="no", why_not=text) for text in answers],
        version_id=version,
        site="Glasgow",
        interview_date="2007-04-02",
    )
    with database.session() as session:
        theme = add_theme(session, FORM, QUESTION, "Hours", "").id
        for answer in answers_to_code(session, FORM, QUESTION):
            code_answer(session, FORM, QUESTION, answer.interview_id, [theme])


def test_theme_quotes_and_the_quotes_screen_never_show_the_details(database: Database):
    from duodesk.gui.themes.quotes_dialog import quotes_in_words

    _store_hostile(database)
    quotes = theme_quotes(database, FORM, QUESTION)
    everything = " ".join(q for theme in quotes for q in theme.quotes)
    assert "Opening hours are bad, ask […] at […]" in everything
    for details in HOSTILE.values():
        for detail in details:
            assert detail not in everything, detail
    on_screen = quotes_in_words(quotes)
    assert "John Smith" not in on_screen and "07700" not in on_screen


def test_the_report_quotes_no_details_and_asks_the_group_to_read_every_quote(
    database: Database, tmp_path
):
    from duodesk.exports.layout import ExportOptions
    from duodesk.gui.report_render import write_findings_report

    _store_hostile(database)
    out, pdf = tmp_path / "quotes.docx", tmp_path / "quotes.pdf"
    write_findings_report(database, FORM, ExportOptions(), docx=out, pdf=pdf)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    start = text.index("In their own words")
    quotes = text[start : text.index("Annex")]
    assert "“Opening hours are bad, ask […] at […]”" in quotes
    for details in HOSTILE.values():
        for detail in details:
            assert detail not in quotes, detail
    assert "were taken out of the quotes" in quotes
    assert "the group must read every quote before passing the report on" in quotes
