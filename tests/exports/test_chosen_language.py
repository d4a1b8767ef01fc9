"""DuoDesk's own words in the chosen language, in the command line, the workbook, the .sav labels
and the paper form; the data files stay the same whatever the language.

The pseudo language wraps every translated sentence in ``[[ ]]``: a word of DuoDesk's own found
outside the wrapping did not go through translation. Names (of options, commands, files,
questions, choices) and the questionnaire's own words are not DuoDesk's and stay as they are.
"""

from __future__ import annotations

import re

import pyreadstat
import pytest
from openpyxl import load_workbook

from duodesk import i18n
from duodesk.core.paper import paper_form
from duodesk.core.questionnaire import Questionnaire
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from tests.cli.test_cli import duodesk

# What may stand outside the wrapping: option strings, file names, DuoDesk's own column names
# (``_interview``), question/choice column names; the rest is checked word by word.
NAMES = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*|\S+\.(?:xlsx|csv|sav|duodesk)\b|\b_\w+|\w+/\w+")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


@pytest.fixture
def pseudo():
    i18n.set_language(i18n.PSEUDO)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def content_words(form: Questionnaire, *more: str) -> set[str]:
    """Every word of the questionnaire's own (labels, names, logic), which DuoDesk never
    translates, plus ``more``."""
    texts = [form.title, form.form_id, *more]
    for item in form.questions():
        texts += [item.name, *item.label.values(), item.relevant, item.constraint]
    for group in form.groups():
        texts += [group.name, *group.label.values(), group.relevant]
    for choices in form.choice_lists.values():
        for choice in choices.choices:
            texts += [choice.name, *choice.label.values()]
    return {word for text in texts for word in WORD.findall(text or "")}


def unwrapped_words(text: str, allowed: set[str]) -> list[str]:
    """The words of ``text`` outside the wrapping that are neither names nor allowed."""
    outside, depth, i = [], 0, 0
    while i < len(text):  # wrapped sentences may hold wrapped sentences
        pair = text[i : i + 2]
        if pair in ("[[", "]]"):
            depth = depth + 1 if pair == "[[" else max(0, depth - 1)
            outside.append(" ")
            i += 2
            continue
        outside.append(text[i] if depth == 0 else "")
        i += 1
    text = NAMES.sub(" ", "".join(outside))
    return [w for w in WORD.findall(text) if w not in allowed and not w.isupper()]


COMMANDS = {"duodesk", "DuoDesk", "COMMAND", "Centre", "UTC"}


def test_every_line_of_the_command_line_is_translated(hepatitis_project, project_path, tmp_path):
    database, form = hepatitis_project
    database.close()
    from duodesk.cli import build_parser

    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    allowed = content_words(form, *COMMANDS, *commands)
    env = {"DUODESK_LANGUAGE": "pseudo"}
    db = ["--db", str(project_path)]
    runs = [
        duodesk("--help", env=env),
        duodesk("export", "--help", env=env),
        duodesk("summary", "--help", env=env),
        duodesk("export", env=env),  # argparse's own error
        duodesk(*db, "summary", "no_such_form", env=env),
        duodesk(*db, "crosstab", form.form_id, "nothing", "else", env=env),
        duodesk(*db, "summary", form.form_id, "--where", "not a condition", env=env),
        duodesk(*db, "summary", form.form_id, env=env),
        duodesk(*db, "list", env=env),
        duodesk(*db, "export", form.form_id, "--xlsx", str(tmp_path / "out.xlsx"), env=env),
        duodesk(*db, "export", form.form_id, "--csv", str(tmp_path / "out.csv"), env=env),
        duodesk(*db, "require-threshold", env=env),
    ]
    for run in runs:
        said = run.stdout + run.stderr
        assert "[[" in said, run.args
        assert unwrapped_words(said, allowed) == [], (run.args, said[:2000])
    assert runs[-3].returncode == 0, runs[-3].stderr
    assert runs[4].returncode == 1 and "Traceback" not in runs[4].stderr


def test_the_command_line_speaks_the_language_of_the_laptop(
    database, project_path, laptop_settings_file
):
    database.close()
    laptop_settings_file.write_text("[interface]\nlanguage=fr\n", encoding="utf-8")
    result = duodesk("--db", str(project_path), "list", env={"DUODESK_LANGUAGE": ""})
    assert result.returncode == 0, result.stderr
    assert "Pas encore de questionnaire" in result.stdout
    result = duodesk("--db", str(project_path), "summary", "nope", env={"DUODESK_LANGUAGE": "es"})
    assert "No hay ningún cuestionario «nope»" in result.stderr


def test_every_word_duodesk_writes_in_the_workbook_is_translated(
    hepatitis_project, tmp_path, pseudo
):
    database, form = hepatitis_project
    path = tmp_path / "out.xlsx"
    export(database, form.form_id, path, ExportOptions(include_interview_data=True))
    allowed = content_words(form, *COMMANDS)
    for workbook_path in (path, tmp_path / "out-interviews.xlsx"):
        workbook = load_workbook(workbook_path)
        for sheet in workbook.worksheets:
            if sheet.title != "Data":  # the sheet DuoDesk reads back, by this name
                assert sheet.title.startswith("((") and sheet.title.endswith("))"), sheet.title
                cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
                assert cells, sheet.title
                for cell in cells:
                    assert unwrapped_words(cell.value, allowed) == [], (
                        sheet.title,
                        cell.coordinate,
                        cell.value,
                    )
    cover = load_workbook(path)["((Cover))"]
    labels = [row[0].value for row in cover.iter_rows(min_row=3) if row[0].value]
    assert "[[Language]]" in labels
    assert "[[Not asked (skipped)]]" in {
        c.value for row in load_workbook(path)["((Summary))"].iter_rows() for c in row
    }


def test_the_labels_duodesk_adds_to_the_sav_file_are_translated(
    hepatitis_project, tmp_path, pseudo
):
    database, form = hepatitis_project
    path = tmp_path / "out.sav"
    export(database, form.form_id, path)
    _, meta = pyreadstat.read_sav(str(path), metadataonly=True)
    allowed = content_words(form)
    said = list(meta.column_names_to_labels.values())
    said += [text for labels in meta.variable_value_labels.values() for text in labels.values()]
    assert (
        "[[Interview number in the project: the same interview has the same number in every "
        "export]]" in said
    )
    assert "[[Not asked (skipped)]]" in said
    for text in said:
        assert unwrapped_words(text or "", allowed) == [], text


def test_data_files_are_the_same_whatever_the_language(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    written: dict[str, tuple] = {}
    try:
        for code in ("en", "fr", "ru", "ar", i18n.PSEUDO):
            i18n.set_language(code)
            csv_path, sav_path = tmp_path / f"{code}.csv", tmp_path / f"{code}.sav"
            export(database, form.form_id, csv_path, ExportOptions(labels=False))
            export(database, form.form_id, sav_path)
            frame, meta = pyreadstat.read_sav(str(sav_path))
            written[code] = (csv_path.read_bytes(), frame, meta.column_names)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    english_csv, english_frame, english_names = written["en"]
    assert english_csv.splitlines()[0].startswith("\ufeff_interview,_version,_site,_date".encode())
    for code, (csv_bytes, frame, names) in written.items():
        assert csv_bytes == english_csv, code
        assert names == english_names, code
        assert frame.equals(english_frame), code


def test_a_french_workbook_keeps_its_numbers_as_numbers(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    paths = {}
    try:
        for code in ("en", "fr"):
            i18n.set_language(code)
            paths[code] = tmp_path / f"{code}.xlsx"
            export(database, form.form_id, paths[code])
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    english, french = load_workbook(paths["en"]), load_workbook(paths["fr"])
    assert [s.title for s in french.worksheets] == [
        "Couverture",
        "Résumé",
        "Graphiques",
        "Livre de codes",
    ]
    for mine, theirs in zip(english.worksheets, french.worksheets, strict=True):
        numbers = [
            (c.coordinate, c.value, c.number_format)
            for row in mine.iter_rows()
            for c in row
            if isinstance(c.value, int | float)
        ]
        assert numbers == [
            (c.coordinate, c.value, c.number_format)
            for row in theirs.iter_rows()
            for c in row
            if isinstance(c.value, int | float)
        ], mine.title
    summary = french["Résumé"]
    assert summary["A1"].value == "Question et réponses"
    assert "Pas posée (sautée)" in {c.value for row in summary.iter_rows() for c in row}
    cover = {row[0].value: row[1].value for row in french["Couverture"].iter_rows(min_row=3)}
    assert cover["Langue"] == "Français"
    assert isinstance(cover["Entretiens"], int)


def test_the_paper_forms_skip_instructions_are_translated(example_paths, pseudo):
    from duodesk.core.xlsform import read_xlsform

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    allowed = content_words(form)
    said = [
        text for item in paper_form(form).items for text in (item.ask_only_if, *item.skips) if text
    ]
    assert said
    for text in said:
        assert unwrapped_words(text, allowed) == [], text


def test_a_sheet_name_never_holds_what_a_spreadsheet_refuses():
    from duodesk.exports.summary_sheet import sheet_name

    assert sheet_name("[[Summary]]") == "((Summary))"
    assert len(sheet_name("x" * 40)) == 31
    assert not set(sheet_name("a/b\\c:d*e?f")) & set("[]:*?/\\")


def test_a_number_in_a_sentence_is_written_as_the_language_writes_it():
    try:
        for code, expected in (("en", "12,345"), ("fr", "12\u202f345"), ("ru", "12\u00a0345")):
            i18n.set_language(code)
            assert i18n.number(12345) == expected
        i18n.set_language("es")
        assert (i18n.number(1234), i18n.number(12345)) == ("1234", "12.345")
        i18n.set_language("fr")
        assert i18n.percent_text("6.3%") == "6,3\u202f%"
        assert i18n.number_text("-1,234.5") == "-1\u202f234,5"
        i18n.set_language("en")
        assert (i18n.percent_text("6.3%"), i18n.number_text("1,234.5")) == ("6.3%", "1,234.5")
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


def test_every_word_duodesk_writes_in_the_findings_report_is_translated(hepatitis_project, pseudo):
    from duodesk.exports.findings import build_findings_report

    database, form = hepatitis_project
    report = build_findings_report(database, form.form_id, group_name="Peer group")
    allowed = content_words(form, *COMMANDS, "Peer", "group", "DuoDesk")
    said = [
        *report.title_page,
        report.method_heading,
        *report.method,
        report.findings_heading,
        report.findings_intro,
        *(finding.text for finding in report.findings),
        report.marker_note,
        report.annex_heading,
        report.annex_intro,
        *(cell for row in report.annex.rows for cell in row),
    ]
    for section in report.sections:
        said.append(section.heading)
        for part in section.parts:
            said += [part.note, part.chart_note, *(c for row in part.table.rows for c in row)]
            if part.chart is not None:
                said += [part.chart.title, part.chart.value_title]
    assert report.findings and report.sections
    for text in said:
        assert unwrapped_words(text, allowed) == [], text
