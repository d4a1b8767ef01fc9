"""The findings report (``duodesk report``): read back with python-docx and pypdf, its
sentences checked against ``duodesk summary --json``, its small numbers attacked."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from duodesk.cli import main
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.exports.findings import build_findings_report
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import save_questionnaire

ANSWERED, NOT_ASKED = AnswerStatus.ANSWERED, AnswerStatus.NOT_APPLICABLE
YES_NO = ChoiceList(
    "yes_no",
    (
        Choice("yes", {"": "Yes"}),
        Choice("no", {"": "No"}),
        Choice("dont_know", {"": "Don't know"}, missing=True),
    ),
)
SEX = ChoiceList("sex", (Choice("male", {"": "Male"}), Choice("female", {"": "Female"})))
REASONS = ChoiceList(
    "reasons",
    (
        Choice("didnt_know", {"": "Did not know"}),
        Choice("prison", {"": "In prison"}),
        Choice("using", {"": "Still using drugs or alcohol"}),
        Choice("professional", {"": "Professional lacked knowledge"}),
        Choice("no_symptoms", {"": "No symptoms"}),
    ),
)


def glasgow_questionnaire() -> Questionnaire:
    """Modelled on the Glasgow hepatitis C peer research survey (79 people, 2007)."""
    return Questionnaire(
        Settings("glasgow_hcv", "Hepatitis C peer research survey", "1"),
        (
            Question("sex", QuestionType.SELECT_ONE, {"": "Sex"}, list_name="sex"),
            Question("age", QuestionType.INTEGER, {"": "Age"}),
            Group(
                "care",
                {"": "After the diagnosis"},
                children=(
                    Question(
                        "referred",
                        QuestionType.SELECT_ONE,
                        {"": "Were you referred for support, advice or treatment?"},
                        list_name="yes_no",
                    ),
                    Question(
                        "reasons",
                        QuestionType.SELECT_MULTIPLE,
                        {"": "Why were you not referred?"},
                        list_name="reasons",
                        relevant="${referred} = 'no'",
                    ),
                    Question(
                        "prison_now",
                        QuestionType.SELECT_ONE,
                        {"": "Are you on licence from prison now?"},
                        list_name="yes_no",
                    ),
                    Question(
                        "treated",
                        QuestionType.SELECT_ONE,
                        {"": "Have you ever received treatment for hepatitis C?"},
                        list_name="yes_no",
                    ),
                ),
            ),
        ),
        {"yes_no": YES_NO, "sex": SEX, "reasons": REASONS},
    )


def _reasons(i: int) -> tuple[str, ...]:
    """Ticks among the 66 not referred: prison 25, using 20, no symptoms 18, did not know
    10, professional 3 (too few to show)."""
    ticks = []
    if i < 25:
        ticks.append("prison")
    if 20 <= i < 40:
        ticks.append("using")
    if 40 <= i < 58:
        ticks.append("no_symptoms")
    if 56 <= i < 66 or i == 19:
        ticks.append("didnt_know" if i != 19 else "professional")
    if i in (60, 61):
        ticks.append("professional")
    return tuple(ticks) or ("prison",)


def store_glasgow(database, people: int = 79, form: Questionnaire | None = None) -> None:
    form = form or glasgow_questionnaire()
    with database.session() as session:
        version = save_questionnaire(session, form).version
        for i in range(people):
            interview = add_interview(
                session,
                NewInterview(
                    version.version_id,
                    site="SDF Glasgow" if i % 3 else "Drop-in, Govan",
                    interviewer=f"Peer {i % 4}",
                    interview_date=f"2007-07-{1 + i % 14:02d}",
                    status=InterviewStatus.COMPLETE,
                ),
            )
            not_referred = i < 66 * people // 79
            records = [
                AnswerRecord("sex", ANSWERED, "male" if i % 4 else "female"),
                AnswerRecord("age", ANSWERED, str(20 + i % 34), float(20 + i % 34)),
                AnswerRecord("referred", ANSWERED, "no" if not_referred else "yes"),
                AnswerRecord("prison_now", ANSWERED, "yes" if i in (3, 40) else "no"),
                AnswerRecord(
                    "treated",
                    ANSWERED,
                    "no" if i < 63 else "yes" if i < 73 else "dont_know",
                ),
            ]
            if not_referred:
                ticks = _reasons(i)
                records.append(AnswerRecord("reasons", ANSWERED, " ".join(ticks), None, ticks))
            else:
                records.append(AnswerRecord("reasons", NOT_ASKED))
            write_answers(session, interview, records)


@pytest.fixture
def glasgow(database, project_path):
    store_glasgow(database)
    return database, str(project_path)


def _summary_json(capsys, db: str, *extra: str) -> dict:
    assert main(["--db", db, "summary", "glasgow_hcv", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _write_report(capsys, db: str, tmp_path: Path, *extra: str) -> tuple[Path, Path]:
    out, pdf = tmp_path / "findings.docx", tmp_path / "findings.pdf"
    code = main(
        ["--db", db, "report", "glasgow_hcv", "--docx", str(out), "--pdf", str(pdf), *extra]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "findings.docx and findings.pdf" in captured.out
    return out, pdf


def _paragraphs(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]


def _cells(document) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def _half_up(value: float) -> int:
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _number(text: str) -> int:
    return int(text.replace(",", ""))


SINGLE = re.compile(
    r"^(?P<question>.+): (?P<count>[\d,]+) of the (?P<denominator>[\d,]+) people "
    r"(?P<who>asked|who answered|who gave an answer other than .+?) \((?P<percent>\d+)%\) "
    r"answered “(?P<answer>[^”]+)”"
)
MULTIPLE = re.compile(r"^(?P<question>.+): of the (?P<denominator>[\d,]+) people who answered, ")
LISTED = re.compile(
    r"(?P<count>[\d,]+) \((?P<percent>\d+)%\) (?:ticked |answered )?“(?P<answer>[^”]+)”"
)


def test_report_has_the_title_page_method_findings_sections_tables_charts_and_annex(
    glasgow, capsys, tmp_path
):
    _, db = glasgow
    out, _ = _write_report(capsys, db, tmp_path, "--group-name", "Glasgow Involvement Group")
    document = docx.Document(str(out))
    paragraphs = _paragraphs(document)
    assert paragraphs[0] == ("Title", "Hepatitis C peer research survey")
    texts = [text for _, text in paragraphs]
    assert "By Glasgow Involvement Group" in texts
    assert "Interviews from 2007-07-01 to 2007-07-14" in texts
    assert "Sites: Drop-in, Govan, SDF Glasgow" in texts
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [
        "How the survey was done",
        "Key findings",
        "Questions",
        "After the diagnosis",
        "Annex: the results in full",
    ]
    assert "79 interviews were counted (All complete interviews)." in texts
    assert "They were made at two sites: Drop-in, Govan, SDF Glasgow." in texts
    assert "Four interviewers made them." in texts
    assert any(t.startswith("The results are de-identified") for t in texts)
    # A table per question, its chart as a picture (sex, referred, reasons, treated: the
    # choice questions with a number to draw; prison_now's numbers are all hidden; age: the
    # box of its quartiles).
    parts = [text for style, text in paragraphs if style == "Heading 2" and ". " in text]
    assert [p.split(".")[0] for p in parts] == [
        "sex",
        "age",
        "referred",
        "reasons",
        "prison_now",
        "treated",
    ]
    tables = _cells(document)
    assert len(tables) == 7  # six questions and the annex
    assert len(document.inline_shapes) == 5
    referred = tables[2]
    assert referred[0] == ["Answer", "Number", "Percent", "Valid percent"]
    assert ["No", "66", "83.5%", "83.5%"] in referred
    assert ["Yes", "13", "16.5%", "16.5%"] in referred
    assert ["Not asked (skipped)", "0", "0.0%", ""] in referred
    # Multiple answers ranked in descending order, the hidden one last.
    reasons = tables[3]
    assert [row[0] for row in reasons[1:6]] == [
        "In prison",
        "Still using drugs or alcohol",
        "No symptoms",
        "Did not know",
        "Professional lacked knowledge",
    ]
    assert reasons[5][1:3] == ["*", "*"]
    annex = tables[-1]
    assert annex[0][:3] == ["Question and answers", "Results in numbers", "Results in percentages"]
    titles = [row for row in annex if row[0].startswith("reasons. ")]
    assert titles and titles[0][4:] == ["13", "16.5%"]  # not asked: not available
    assert any("Percent is of all 79 interviews" in row[0] for row in annex)


def test_key_findings_agree_with_summary_json(glasgow, capsys, tmp_path):
    _, db = glasgow
    summary = {q["name"]: q for q in _summary_json(capsys, db)["questions"]}
    by_label = {q["label"]: q for q in summary.values()}
    out, _ = _write_report(capsys, db, tmp_path)
    document = docx.Document(str(out))
    paragraphs = _paragraphs(document)
    findings = [text for style, text in paragraphs if style == "List Bullet"]
    # What each question's own table shows: answer -> number ("*" when hidden).
    parts = [
        text.split(".")[0] for style, text in paragraphs if style == "Heading 2" and ". " in text
    ]
    tables = {
        name: {row[0]: row[1] for row in rows[1:]}
        for name, rows in zip(parts, _cells(document), strict=False)
    }
    assert len(findings) == 5  # sex, referred, reasons, prison_now, treated, in form order
    checked = set()
    for text in findings:
        single, multiple = SINGLE.match(text), MULTIPLE.match(text)
        if not single and not multiple:
            continue
        question = by_label[(single or multiple)["question"]]
        if single:
            assert _number(single["denominator"]) == question["valid"]
            key = "valid_percent"
        else:
            assert _number(multiple["denominator"]) == question["cases"]
            key = "percent_of_cases"
        match = single or multiple
        listed = LISTED.findall(text[match.end() :])
        if single:
            listed.insert(0, (single["count"], single["percent"], single["answer"]))
        table = tables[question["name"]]
        shown = [
            o
            for o in question["options"]
            if o["count"] and table.get(o["label"]) != "*" and not o.get("is_missing_code")
        ]
        assert len(listed) == len(shown)  # every answer the table shows, none it hides
        counts = [_number(count) for count, _, _ in listed]
        assert counts == sorted(counts, reverse=True)  # in descending order
        for count, percent, answer in listed:
            option = next(o for o in question["options"] if o["label"] == answer)
            assert _number(count) == option["count"]
            assert int(percent) == _half_up(option[key])
        checked.add(question["name"])
    assert checked == {"sex", "referred", "reasons", "treated"}
    # The issue's own example, with its denominator stated and rounded half up (83.54%).
    assert (
        "Were you referred for support, advice or treatment?: 66 of the 79 people asked (84%) "
        "answered “No” and 13 (16%) “Yes”." in findings
    )
    assert (
        "Why were you not referred?: of the 66 people who answered, 25 (38%) ticked “In "
        "prison”, 20 (30%) “Still using drugs or alcohol” and 18 (27%) “No symptoms”." in findings
    )
    # "Don't know" is a missing code: the denominator says it was left out.
    assert (
        "Have you ever received treatment for hepatitis C?: 63 of the 73 people who gave an "
        "answer other than “Don't know” (86%) answered “No” and 10 (14%) “Yes”." in findings
    )
    # Two people on licence: hidden, and the sentence says so without a number.
    hidden = next(t for t in findings if t.startswith("Are you on licence"))
    assert "fewer than 5" in hidden and not re.search(r"\d+ of the", hidden)


def test_subset_options_count_only_those_interviews(glasgow, capsys, tmp_path):
    _, db = glasgow
    summary = _summary_json(capsys, db, "--site", "SDF Glasgow")
    out, _ = _write_report(capsys, db, tmp_path, "--site", "SDF Glasgow")
    texts = [text for _, text in _paragraphs(docx.Document(str(out)))]
    assert f"{summary['interviews']} interviews were counted (Site: SDF Glasgow)." in texts


SMALL_COUNT = re.compile(r"(?<![\d.,:-])[1-4](?![\d.,:%-])")


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_no_count_from_1_to_4_appears_anywhere_in_a_small_survey(database, project_path):
    """The attack: 12 interviews, where most counts are small. Every number left in the
    document (text and tables) is read, and none may be from 1 to 4; the charts draw none."""
    store_glasgow(database, people=12)
    report = build_findings_report(database, "glasgow_hcv")
    assert report.interviews == 12
    out = project_path.with_name("small.docx")
    from duodesk.exports.report_docx import write_docx
    from duodesk.gui.report_render import chart_pictures

    write_docx(report, out, chart_pictures(report))
    text = _all_text(docx.Document(str(out)))
    # What is not a count of people: the rule itself, the dates and the version.
    text = text.replace("numbers from 1 to 4", "").replace("(n + 1) p", "")
    text = re.sub(r"\d{4}-\d{2}-\d{2}", "", text)
    found = [text[max(0, m.start() - 40) : m.end() + 20] for m in SMALL_COUNT.finditer(text)]
    assert not found, found
    assert "fewer than 5" in text
    for chart in report.charts:
        if chart.kind == "bars":
            assert not any(1 <= value <= 4 for value in chart.values), chart
        for _, counts in chart.scale:
            assert not any(1 <= count <= 4 for count in counts), chart


def test_a_subset_of_four_interviews_is_refused(database, project_path):
    """The attack on a subset: four interviews at one site. Its zeros would tell their
    answers, so the report of that part is refused in a sentence."""
    from duodesk.analysis import Subset
    from duodesk.exports.disclosure import SubsetTooCloseToWhole
    from duodesk.exports.layout import ExportOptions

    store_glasgow(database, people=12)
    options = ExportOptions(subset=Subset(sites=("Drop-in, Govan",)))
    with pytest.raises(SubsetTooCloseToWhole, match="holds only 1 to 4 interviews"):
        build_findings_report(database, "glasgow_hcv", options)


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_opens_and_has_the_same_text(glasgow, capsys, tmp_path):
    _, db = glasgow
    out, pdf = _write_report(capsys, db, tmp_path)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 4
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)  # A4
    pdf_text = _normalised(" ".join(page.extract_text() for page in reader.pages))
    document = docx.Document(str(out))
    missing = [
        text
        for _, text in _paragraphs(document)
        if _normalised(text) not in pdf_text and not text.startswith("Draft made with")
    ]
    assert not missing, missing
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                assert _normalised(cell.text) in pdf_text, cell.text


def test_report_files_are_readable_by_their_owner_only(glasgow, capsys, tmp_path):
    _, db = glasgow
    out, pdf = _write_report(capsys, db, tmp_path)
    assert out.stat().st_mode & 0o777 == 0o600
    assert pdf.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ([], "say where to write the report"),
        (["--docx", "out.pdf"], "end the file name with .docx"),
        (["--docx", "{tmp}/x.docx", "--where", "nothing=yes"], 'no question called "nothing"'),
    ],
)
def test_report_command_explains_bad_input_in_a_sentence(
    glasgow, capsys, tmp_path, arguments, said
):
    _, db = glasgow
    arguments = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    assert main(["--db", db, "report", "glasgow_hcv", *arguments]) != 0
    error = capsys.readouterr().err
    assert said in error and "Traceback" not in error
    assert not list(tmp_path.glob("*.docx"))


def test_report_is_in_the_language_chosen_with_plain_english_around_it(hepatitis_project, tmp_path):
    from duodesk.exports.layout import ExportOptions
    from duodesk.exports.report_docx import write_docx

    database, form = hepatitis_project
    options = ExportOptions(language="Español (es)")
    report = build_findings_report(database, form.form_id, options)
    out = tmp_path / "informe.docx"
    write_docx(report, out, {})
    document = docx.Document(str(out))
    findings = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert findings[0].startswith("¿Dónde se hace esta entrevista?: ")
    assert " people who answered " in findings[0]  # the words around: no translation yet
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "interview_place. ¿Dónde se hace esta entrevista?" in headings


def test_hostile_labels_are_written_as_plain_text(hostile_project, tmp_path):
    from duodesk.gui.report_render import write_findings_report

    database, form = hostile_project
    out = tmp_path / "hostile.docx"
    write_findings_report(database, form.form_id, docx=out, pdf=out.with_suffix(".pdf"))
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "=Hostile survey"
    assert any("@Answer" in p.text for p in document.paragraphs)
    text = " ".join(page.extract_text() for page in PdfReader(str(out.with_suffix(".pdf"))).pages)
    assert "=Hostile" in text and "@Answer" in " ".join(text.split())


def test_a_grid_is_one_table_of_numbers_with_their_row_percentages(hepatitis_project):
    from duodesk.analysis import summarize

    database, form = hepatitis_project
    report = build_findings_report(database, form.form_id)
    grids = {grid.name: grid for grid in summarize(database, form.form_id).grids}
    parts = [p for s in report.sections for p in s.parts if p.table.rows[0][0] == "Statement"]
    assert {p.title.split(".")[0] for p in parts} == set(grids)
    for part in parts:
        grid = grids[part.title.split(".")[0]]
        header, *rows = part.table.rows
        assert header == ("Statement", *(p.label for p in grid.scale), "Answered")
        assert [row[0] for row in rows] == [r.label for r in grid.rows]
        for row, truth in zip(rows, grid.rows, strict=True):
            for shown, count in zip(row[1:-1], truth.counts, strict=True):
                if shown != "*":
                    exact = Decimal(count * 100) / Decimal(truth.answered)  # halves up
                    percent = exact.quantize(Decimal("0.1"), ROUND_HALF_UP)
                    assert shown == f"{count} ({percent}%)"
                else:
                    assert count > 0  # a hidden number is never zero
        drawn = part.chart.scale if part.chart else ()
        for _, counts in drawn:
            assert not any(1 <= c <= 4 for c in counts)


def test_quotes_per_theme_are_de_identified_and_never_tell_a_small_theme(database, tmp_path):
    """The HCV 2007 coding: six themes given by 4, 10, 8, 6, 9 and 9 of 40 people. Each theme
    above the threshold shows exactly five quotes (how many are listed tells nothing); the theme
    of four people shows none, and no site, date or interviewer is next to a quote."""
    from duodesk.exports.layout import ExportOptions
    from duodesk.gui.report_render import write_findings_report
    from tests.analysis.hcv_themes import FORM, THEMES, answer_text, store_hcv

    store_hcv(database)
    out, pdf = tmp_path / "hcv.docx", tmp_path / "hcv.pdf"
    write_findings_report(database, FORM, ExportOptions(), docx=out, pdf=pdf)
    paragraphs = _paragraphs(docx.Document(str(out)))
    start = next(i for i, (_, text) in enumerate(paragraphs) if text == "In their own words")
    end = next(i for i, (_, text) in enumerate(paragraphs) if text.startswith("Annex"))
    quoted: dict[str, list[str]] = {}
    theme = None
    for style, text in paragraphs[start + 1 : end]:
        if style == "Heading 3":
            theme = text
            quoted[theme] = []
        elif style == "Quote":
            quoted[theme].append(text)
    assert set(quoted) == set(THEMES)
    # The theme of four is hidden in the themes table, and so is the one of six, to protect
    # it; neither is quoted, so the quotes never tell which of the two is the small one.
    held = {"Not offered a test", "In prison at the time"}
    for label in THEMES:
        assert len(quoted[label]) == (0 if label in held else 5), label
    every = {f"“{answer_text(n)}”" for n in range(41)}
    assert all(quote in every for quotes in quoted.values() for quote in quotes)
    section = " ".join(text for _, text in paragraphs[start:end])
    assert "Glasgow" not in section and "Dundee" not in section and "2007" not in section
    assert "people who gave this theme is hidden in the tables" in section
    # the same in the PDF
    pdf_text = _normalised(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    assert _normalised("In their own words") in pdf_text
    assert _normalised(quoted["Did not know where to go"][0]) in pdf_text


def test_a_report_of_part_of_the_interviews_gives_no_quotes(database, tmp_path):
    from duodesk.analysis.subset import Subset
    from duodesk.exports.layout import ExportOptions
    from duodesk.gui.report_render import write_findings_report
    from tests.analysis.hcv_themes import FORM, answer_text, store_hcv

    store_hcv(database)
    out = tmp_path / "glasgow.docx"
    options = ExportOptions(subset=Subset(sites=("Glasgow",)))
    write_findings_report(database, FORM, options, docx=out)
    text = " ".join(t for _, t in _paragraphs(docx.Document(str(out))))
    assert "only in the report of all interviews" in text
    assert not any(answer_text(n) in text for n in range(41))


# -- attacks on the numbers a grid's statements do not show ---------------------------------

NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?![\d,]*(?:\.\d)?%)(?![\d,]*\.\d)")


@pytest.fixture
def hepatitis_sites(database, example_paths, tmp_path):
    """The tester's set-up: 12 made-up interviews of the hepatitis example, 8 at "Main" and 4
    at "Outreach", where most numbers are small."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    answers = list(simulate_answers(form, 12, seed=1))
    for site, part in (("Main", answers[:8]), ("Outreach", answers[8:])):
        data = tmp_path / f"{site}.csv"
        write_responses_csv(form, iter(part), data, site=site)
        import_responses(database, form.form_id, data)
    return database, form


def _counts_in(text: str) -> set[int]:
    """The whole numbers of a text that are not percentages (nor their decimals), the rule
    ("fewer than 5") left out."""
    text = re.sub(r"fewer than \d+", "", text)
    return {int(m.group().replace(",", "")) for m in NUMBER.finditer(text)}


def _grid_rows_shown(report, summary) -> dict[str, set[int]]:
    """What the report's grid tables show of each statement (its answers' numbers and
    "Answered"), by the statement's name: the only numbers a reader may read about it."""
    names = {row.label: row.name for grid in summary.grids for row in grid.rows}
    shown: dict[str, set[int]] = {}
    for section in report.sections:
        for part in section.parts:
            if part.table.rows[0][0] != "Statement":
                continue
            for row in part.table.rows[1:]:
                counts = {int(cell.split(" ")[0]) for cell in row[1:] if cell[0].isdigit()}
                shown[names[row[0]]] = counts
    return shown


def test_a_grid_statement_is_never_given_a_number_its_grid_row_does_not_show(hepatitis_sites):
    """The attack of the tester: a grid's statement shows only its answers and "Answered";
    its valid answers, "No answer", "Not asked" and answers not available are not protected,
    so any of them printed gives a hidden answer away by subtraction (valid 9 less the 6 shown
    of "Good" is the hidden "Poor" = 3; a subset's 0 not available and valid 4 give its hidden
    size). Every whole number the report gives about a statement, in its key finding and in
    the annex, must be one its grid row shows."""
    from duodesk.analysis import Subset, summarize
    from duodesk.exports.layout import ExportOptions

    database, form = hepatitis_sites
    subset = Subset()
    report = build_findings_report(database, form.form_id, ExportOptions(subset=subset))
    summary = summarize(database, form.form_id, subset)
    shown = _grid_rows_shown(report, summary)
    assert shown and any(
        "*" in c for p in report.sections for p in p.parts for r in p.table.rows for c in r
    )
    interviews = {summary.interviews}
    told = 0
    for finding in report.findings:
        if finding.question in shown:
            told += 1
            printed = _counts_in(finding.text.split(":", 1)[1])
            assert printed <= shown[finding.question], (finding.text, shown[finding.question])
    assert told
    annex = report.annex
    current = None
    for row, kind in zip(annex.rows, annex.kinds, strict=True):
        if kind == "title":
            current = row[0].split(".")[0]
            if current in shown:
                assert row[4:] == ("", ""), row  # answers not available: not shown
            continue
        if current in shown and kind != "header":
            printed = set().union(*(_counts_in(cell) for cell in row))
            assert printed <= shown[current] | interviews, (current, row)


def test_a_sentence_names_no_missing_code_whose_number_is_hidden(hepatitis_sites):
    """Naming a missing code in "other than “…”" says its number is not zero: only a code
    whose number is shown may be named."""
    from duodesk.analysis import Subset
    from duodesk.exports.layout import ExportOptions

    database, form = hepatitis_sites
    report = build_findings_report(database, form.form_id, ExportOptions(subset=Subset()))
    counts: dict[tuple[str, str], str] = {}
    current = ""
    for row, kind in zip(report.annex.rows, report.annex.kinds, strict=True):
        if kind == "title":
            current = row[0].split(".")[0]
        elif row[0].endswith(" (missing code)"):
            counts[(current, row[0].removesuffix(" (missing code)"))] = row[1]
    for finding in report.findings:
        if " other than " in finding.text:
            named = re.findall(r"“([^”]+)”", finding.text.split(" other than ", 1)[1])
            named = named[: len(named) - len(re.findall(r"answered “", finding.text))]
            for code in named:
                shown = counts[(finding.question, code)]
                assert shown.isdigit() and int(shown) > 0, (finding.text, shown)


def test_the_report_has_no_doubled_punctuation_and_is_dated_now(hepatitis_sites, tmp_path):
    from datetime import datetime

    from duodesk.exports.report_docx import write_docx

    database, form = hepatitis_sites
    report = build_findings_report(database, form.form_id)
    out = tmp_path / "dated.docx"
    write_docx(report, out, {})
    document = docx.Document(str(out))
    text = _all_text(document)
    assert not re.search(r"[?!][”’]?\.", text), re.search(r".{40}[?!][”’]?\.", text)
    properties = document.core_properties
    now = datetime.now(UTC)
    assert abs((now - properties.created).total_seconds()) < 24 * 3600
    assert abs((now - properties.modified).total_seconds()) < 24 * 3600
    assert properties.comments == ""
    assert "python-docx" not in (properties.comments + properties.last_modified_by)


def test_a_report_of_a_part_with_no_interviews_is_refused_in_a_sentence(
    hepatitis_sites, project_path, capsys, tmp_path
):
    _, form = hepatitis_sites
    out = tmp_path / "nobody.docx"
    code = main(
        ["--db", str(project_path), "report", form.form_id, "--site", "Nowhere", "--docx", str(out)]
    )
    error = capsys.readouterr().err
    assert code != 0
    assert "nothing to publish" in error and "Nowhere" in error and "Traceback" not in error
    assert not list(tmp_path.glob("*.docx"))


@pytest.mark.parametrize(
    ("count", "of", "printed"),
    [(23, 80, "28.8%"), (41, 80, "51.3%"), (1, 16, "6.3%"), (1, 3, "33.3%")],
)
def test_percentages_are_rounded_half_up_exactly(count, of, printed):
    """A half is rounded up as the sentences round it, whatever the float (23 of 80 is
    exactly 28.75%, which the float's own digits would round down)."""
    from duodesk.exports.report_content import percent_text

    assert percent_text(count / of) == printed


def _numbers_stated_are_printed(database, form_id: str, subset) -> int:
    """Each number of each key finding is printed in its question's table; the number of
    sentences with numbers."""
    from duodesk.analysis import summarize
    from duodesk.exports.layout import ExportOptions

    report = build_findings_report(database, form_id, ExportOptions(subset=subset))
    grids = _grid_rows_shown(report, summarize(database, form_id, subset))
    printed = {name: set(counts) for name, counts in grids.items()}
    current = ""
    for row, kind in zip(report.annex.rows, report.annex.kinds, strict=True):
        if kind == "title":
            current = row[0].split(".")[0]
            printed.setdefault(current, set()).update(_counts_in(" ".join(row[1:])))
        elif kind != "header" and current not in grids:
            printed.setdefault(current, set()).update(_counts_in(" ".join(row)))
    stated = 0
    for finding in report.findings:
        numbers = _counts_in(finding.text.split(":", 1)[1])
        stated += bool(numbers)
        assert numbers <= printed[finding.question], (finding.text, printed[finding.question])
    return stated


def test_every_number_of_a_key_finding_is_printed_in_its_table(hepatitis_sites, glasgow):
    """A sentence adds no number of its own: each of its numbers (the answers' and the
    denominator) is printed in the question's table (a grid's row, or the annex with its
    note), where the workbook protects it."""
    from duodesk.analysis import Subset
    from duodesk.exports.disclosure import SubsetTooCloseToWhole

    database, form = hepatitis_sites
    assert _numbers_stated_are_printed(database, form.form_id, Subset())
    # "Outreach" holds only 4 interviews: refused, as its zeros would give them away.
    with pytest.raises(SubsetTooCloseToWhole):
        _numbers_stated_are_printed(database, form.form_id, Subset(sites=("Outreach",)))
    # "Main" leaves out only the 4 at "Outreach": refused, as its difference with the whole
    # would give them away (see test_subset_differencing.py).
    with pytest.raises(SubsetTooCloseToWhole):
        _numbers_stated_are_printed(database, form.form_id, Subset(sites=("Main",)))
    database, _ = glasgow
    assert _numbers_stated_are_printed(database, "glasgow_hcv", Subset())
    assert _numbers_stated_are_printed(database, "glasgow_hcv", Subset(sites=("SDF Glasgow",)))


def test_the_command_does_not_tell_a_hidden_number_of_interviews(
    hepatitis_sites, project_path, capsys, tmp_path
):
    """The tester's command: a report of the 4 interviews at "Outreach". It is refused (its
    zeros would give those 4 people away), with a sentence that does not say how many."""
    _, form = hepatitis_sites
    out = tmp_path / "part.docx"
    arguments = ["--db", str(project_path), "report", form.form_id, "--docx", str(out)]
    assert main([*arguments, "--site", "Outreach"]) != 0
    said = capsys.readouterr()
    assert "holds only 1 to 4 interviews" in said.err and not out.exists()
    assert main([*arguments, "--site", "Main", "--site", "Outreach"]) == 0
    assert "12 interviews counted" in capsys.readouterr().out


def _statistics(table: list[list[str]]) -> dict[str, str]:
    return {row[0]: row[1] for row in table}


def test_a_number_question_gets_a_box_of_the_numbers_its_table_shows(glasgow, tmp_path):
    """The age box draws the shown quartiles, median and ends, and nothing else: every value
    it draws is printed in the age table."""
    database, _ = glasgow
    report = build_findings_report(database, "glasgow_hcv")
    part = next(p for s in report.sections for p in s.parts if p.title.startswith("age."))
    assert part.chart is not None and part.chart.kind == "range"
    shown = _statistics([list(row) for row in part.table.rows])
    printed = {float(value) for value in shown.values() if re.fullmatch(r"[\d.]+", value)}
    assert set(part.chart.values) <= printed
    low, q1, median, q3, high = part.chart.values
    assert (q1, median, q3) == tuple(
        float(shown[k]) for k in ("Lower quartile", "Median", "Upper quartile")
    )
    assert low <= q1 <= median <= q3 <= high
    assert "lower to the upper quartile" in part.chart_note
    assert "would show small numbers" in part.chart_note


def test_a_number_question_of_a_small_survey_draws_no_hidden_number(database):
    store_glasgow(database, people=12)
    report = build_findings_report(database, "glasgow_hcv")
    part = next(p for s in report.sections for p in s.parts if p.title.startswith("age."))
    shown = _statistics([list(row) for row in part.table.rows])
    if part.chart is None:
        assert "No chart" in part.chart_note
    else:
        printed = {float(v) for v in shown.values() if re.fullmatch(r"[\d.]+", v)}
        assert set(part.chart.values) <= printed
    # Its ends are hidden (each age given by one person): they are never drawn.
    ends = [v for k, v in shown.items() if k.startswith(("Smallest", "5th", "Largest", "95th"))]
    assert ends and all(v == "*" for v in ends)
    assert 20.0 not in (part.chart.values if part.chart else ())


def test_a_survey_of_organisations_says_organisations_not_people(database):
    """INPUD surveyed drug user organisations: the settings column ``unit`` says so, and the
    sentences, charts and notes count organisations."""
    from dataclasses import replace

    form = glasgow_questionnaire()
    form = replace(form, settings=replace(form.settings, extra={"Unit": "organisations"}))
    store_glasgow(database, form=form)
    report = build_findings_report(database, "glasgow_hcv")
    text = " ".join(
        [*report.method, report.marker_note, *(f.text for f in report.findings)]
        + [p.note for s in report.sections for p in s.parts]
        + [c.title + " " + c.value_title for c in report.charts]
    )
    assert "of the 79 organisations asked" in text
    assert "organisations who answered" in text
    assert "Number of organisations giving each answer" in text
    assert " people" not in text


@pytest.mark.parametrize(
    ("settings", "language", "unit"),
    [
        ({}, None, "people"),
        ({"unit": "organisations"}, None, "organisations"),
        (
            {"unit": "organisations", "unit::French (fr)": "organisations membres"},
            "French (fr)",
            "organisations membres",
        ),
        ({"unit": "=HYPERLINK(1)"}, None, "people"),  # not words: ignored
    ],
)
def test_the_unit_comes_from_the_settings_sheet(settings, language, unit):
    from duodesk.exports.report_words import unit_of

    assert unit_of(settings, language) == unit


def test_a_sentence_hides_the_valid_answers_not_how_many_answered(database):
    """20 answered, 2 of them "Don't know" (a missing code, too few to show): the table
    shows Answered 20, so the sentence must not say that how many answered is hidden."""
    from tests.analysis.projects import store_interviews

    form = glasgow_questionnaire()
    treated = ["yes"] * 8 + ["no"] * 10 + ["dont_know"] * 2
    rows = [
        dict(sex="male" if i % 2 else "female", age=30 + i, referred="yes", prison_now="no")
        | {"treated": answer}
        for i, answer in enumerate(treated)
    ]
    store_interviews(database, form, rows)
    report = build_findings_report(database, form.form_id)
    sentence = next(f.text for f in report.findings if f.question == "treated")
    assert "how many answered is hidden" not in sentence
    assert "gave an answer other than a missing code is hidden" in sentence


def test_the_dates_come_from_the_questionnaires_date_question_when_not_recorded(database, tmp_path):
    """Interviews stored without a date, but the questionnaire asks "Date of the interview"
    in every one: the report's title page and the workbook's Cover give the same dates."""
    import openpyxl

    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from tests.analysis.projects import store_interviews

    base = glasgow_questionnaire()
    day = Question("interview_date", QuestionType.DATE, {"": "Date of the interview"})
    form = Questionnaire(base.settings, (day, *base.children), base.choice_lists)
    # (more than the threshold of them: a part of 1 to 4 interviews gets its months only)
    days = ["2024-03-05", "2024-02-01", "2024-04-30", "2024-03-06", "2024-03-07", "2024-03-08"]
    store_interviews(database, form, [dict(interview_date=d, sex="male") for d in days])
    report = build_findings_report(database, form.form_id)
    assert "Interviews from 2024-02-01 to 2024-04-30" in report.title_page
    assert not any("not recorded" in line for line in report.title_page)
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, ExportOptions())
    cover = dict(
        row[:2] for row in openpyxl.load_workbook(path)["Cover"].iter_rows(values_only=True)
    )
    assert cover["Dates of the interviews"] == "2024-02-01 to 2024-04-30"


def test_the_method_speaks_of_interviews_not_persons():
    from duodesk.exports.report_words import words_for

    assert "person" not in words_for("")["method_deidentified"]


def test_pdf_table_headers_break_between_words_only(database, example_paths, tmp_path):
    """The hepatitis example with 90 interviews: its narrow columns ("Answered", "Strongly
    agree") once came out split mid-word in the PDF ("Answer|ed")."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui.report_render import write_pdf
    from duodesk.storage.importer import import_responses

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    data = tmp_path / "answers.csv"
    write_responses_csv(form, iter(list(simulate_answers(form, 90, seed=1))), data, site="Main")
    import_responses(database, form.form_id, data)
    report = build_findings_report(database, form.form_id)
    pdf = tmp_path / "findings.pdf"
    write_pdf(report, {}, pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    tables = [part.table for section in report.sections for part in section.parts]
    words = {
        word
        for table in [*tables, report.annex]
        for row, kind in zip(table.rows, table.kinds, strict=True)
        if kind == "header"
        for cell in row
        for word in str(cell).split()
    }
    assert {"Answered", "Strongly"} <= words
    split = [
        f"{word[:cut]}|{word[cut:]}"
        for word in words
        for cut in range(2, len(word) - 1)
        if f"{word[:cut]}\n{word[cut:]}" in text
    ]
    assert not split, split


def test_a_questionnaire_without_groups_has_one_questions_heading(database, tmp_path):
    from duodesk.exports.report_docx import write_docx
    from duodesk.gui.report_render import write_pdf
    from tests.analysis.hcv_themes import questionnaire
    from tests.analysis.projects import store_interviews

    form = questionnaire()  # centre, referred, why_not: no group
    rows = [dict(centre="glasgow" if i % 2 else "dundee", referred="yes") for i in range(20)]
    store_interviews(database, form, rows)
    report = build_findings_report(database, form.form_id)
    pdf, out = tmp_path / "r.pdf", tmp_path / "r.docx"
    write_pdf(report, {}, pdf)
    write_docx(report, out, {})
    lines = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages).splitlines()
    assert [line.strip() for line in lines].count("Questions") == 1
    headings = [
        p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings.count("Questions") == 1


FUNDING = ChoiceList(
    "funding",
    (Choice("private", {"": "Private funding"}), Choice("gov", {"": "Governmental funding"})),
)


def test_a_multiple_answer_question_whose_answered_is_hidden_speaks_of_all_interviewed(database):
    """INPUD 2007's funding: 12 private only, 16 governmental only, 9 both and 1 left blank.
    The one blank hides how many answered, but the table shows Governmental 25 and Private
    21: the key finding gives them of all 38 interviewed (as a single-answer question does)
    rather than "numbers hidden", and the question gets a chart of those numbers."""
    form = Questionnaire(
        Settings("inpud_funding", "INPUD online research 2007", "1"),
        (
            Question(
                "funding",
                QuestionType.SELECT_MULTIPLE,
                {"": "Sources of funding"},
                list_name="funding",
            ),
        ),
        {"funding": FUNDING},
    )
    ticks = [("private",)] * 12 + [("gov",)] * 16 + [("private", "gov")] * 9
    with database.session() as session:
        version = save_questionnaire(session, form).version
        for i, ticked in enumerate([*ticks, None]):
            interview = add_interview(
                session,
                NewInterview(version.version_id, status=InterviewStatus.COMPLETE, site=f"S{i % 3}"),
            )
            record = (
                AnswerRecord("funding", ANSWERED, " ".join(ticked), None, ticked)
                if ticked
                else AnswerRecord("funding", AnswerStatus.NO_ANSWER)
            )
            write_answers(session, interview, [record])
    report = build_findings_report(database, "inpud_funding")
    (finding,) = [f.text for f in report.findings if f.question == "funding"]
    assert finding == (
        "Sources of funding: of all the 38 people interviewed, 25 (66%) ticked “Governmental "
        "funding” and 21 (55%) “Private funding”; how many answered is hidden, to protect a "
        "small number."
    )
    (part,) = [p for s in report.sections for p in s.parts if p.title.startswith("funding.")]
    assert part.chart is not None
    assert part.chart.values == (25.0, 21.0)


def test_a_direction_control_in_a_label_does_not_turn_a_sentences_numbers_around(
    database, tmp_path
):
    """A label carrying U+202E (right-to-left override) once printed its key finding as
    "(%85) deksa elpoep 21 eht fo 7" in the PDF: the report leaves such controls out."""
    import shutil
    import subprocess

    from duodesk.exports.layout import ExportOptions
    from duodesk.gui.report_render import write_findings_report

    form = Questionnaire(
        Settings("host", "Hostile labels", "1"),
        (
            Question(
                "q1",
                QuestionType.SELECT_ONE,
                {"": "Used in prison? \u202eRTL \u2067x\u2069"},
                list_name="yes_no",
            ),
        ),
        {"yes_no": YES_NO},
    )
    with database.session() as session:
        version = save_questionnaire(session, form).version
        for i in range(12):
            interview = add_interview(
                session, NewInterview(version.version_id, status=InterviewStatus.COMPLETE)
            )
            write_answers(
                session, interview, [AnswerRecord("q1", ANSWERED, "yes" if i < 7 else "no")]
            )
    out, pdf = tmp_path / "host.docx", tmp_path / "host.pdf"
    write_findings_report(database, "host", ExportOptions(), docx=out, pdf=pdf)
    sentence = "7 of the 12 people asked (58%) answered “Yes”"
    findings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "List Bullet"]
    assert findings == [f"Used in prison? RTL x: {sentence} and 5 (42%) “No”."]
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed to read the PDF as a reader sees it"
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
    assert sentence in " ".join(text.split())
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text)


@pytest.mark.parametrize("longer", [0, 4, 9])
def test_a_question_heading_is_never_left_at_the_foot_of_a_pdf_page(database, tmp_path, longer):
    """Qt's text engine has no "keep with next": a question's heading was printed at the foot
    of a page, or cut by it, with its table on the next. Each heading now starts on the page
    of the table it heads."""
    from duodesk.exports.layout import ExportOptions
    from duodesk.gui.report_render import write_findings_report

    words = "how often in the last month did you have to go without a place to stay"
    questions = tuple(
        Question(
            f"q{i}",
            QuestionType.SELECT_ONE,
            {"": f"Question {i}: " + " ".join(words.split()[: 3 + (i * 7 + longer) % 13])},
            list_name=("yes_no", "sex", "reasons")[i % 3],
        )
        for i in range(40)
    )
    lists = {"yes_no": YES_NO, "sex": SEX, "reasons": REASONS}
    form = Questionnaire(Settings("long", "Many questions", "1"), questions, lists)
    with database.session() as session:
        version = save_questionnaire(session, form).version
        for n in range(12):
            interview = add_interview(
                session, NewInterview(version.version_id, status=InterviewStatus.COMPLETE)
            )
            answers = [AnswerRecord(f"q{i}", ANSWERED, _answer(i, n)) for i in range(40)]
            write_answers(session, interview, answers)
    pdf = tmp_path / "long.pdf"
    write_findings_report(database, "long", ExportOptions(), pdf=pdf)
    pages = [_normalised(page.extract_text()) for page in PdfReader(str(pdf)).pages]
    checked = 0
    for i in range(40):
        heading = f"q{i}. Question {i}:"
        page = next(p for p in pages if heading in p)
        assert "Answer Number Percent" in page[page.index(heading) :], heading
        checked += 1
    assert checked == 40


def _answer(question: int, person: int) -> str:
    """Seven and five of twelve: "yes" and "no", "male" and "female", or two reasons."""
    first, second = (("yes", "no"), ("male", "female"), ("prison", "using"))[question % 3]
    return first if person < 7 else second


def test_the_count_of_hidden_numbers_says_what_it_counts(glasgow):
    """ "34 numbers are hidden in all" matched no count of “*” a reader could make (a hidden
    number shows in its table and the annex, with its percentages): the sentence says what it
    counts and that the “*” are more."""
    database, _ = glasgow
    report = build_findings_report(database, "glasgow_hcv")
    (said,) = [p for p in report.method if "hidden in all" in p]
    assert re.fullmatch(
        r"\d+ numbers are hidden in all, as the workbook counts them \(each small number, and "
        r"each number hidden to protect one\)\. A hidden number shows as “\*” in every table it "
        r"is in, and so do its percentages: a reader will count more “\*” than that\.",
        said,
    )
