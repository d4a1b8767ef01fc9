"""A label that quotes an earlier answer (``${nickname}`` in XLSForm) is shown in the summary's
headings and in the workbook's sheets by the quoted question's label, "[answer to “What shall we
call you?”]": the people reading them never saw the XLSForm's names, and these places number no
questions, so the paper form's "[answer to question 1]" would point nowhere."""

from __future__ import annotations

import json
import zipfile

import openpyxl

from duodesk import i18n
from duodesk.analysis.catalogue import references_by_label
from duodesk.core.xlsform import read_xlsform
from tests.cli.test_cli import duodesk
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label"],
    ["text", "nickname", "What shall we call you?"],
    ["integer", "age", "How old are you, ${nickname}?"],
    ["begin_repeat", "drugs", "Drug"],
    ["select_one drug", "drug", "Which drug has ${nickname} used in the last month?"],
    ["end_repeat", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["drug", "heroin", "Heroin"], ["drug", "crack", "Crack"]]
SAID = "Which drug has [answer to “What shall we call you?”] used in the last month?"
AGE = "How old are you, [answer to “What shall we call you?”]?"


def test_summary_and_workbook_say_a_quoted_answer_by_the_quoted_questions_label(tmp_path):
    form = write_form(tmp_path / "refs.xlsx", SURVEY, CHOICES)
    data = tmp_path / "refs.zip"
    with zipfile.ZipFile(data, "w") as archive:  # ODK Central's layout
        archive.writestr(
            "refs.csv",
            "nickname,age,KEY\n" + "".join(f"P{i},{20 + i},uuid:{i}\n" for i in range(12)),
        )
        archive.writestr(
            "refs-drugs.csv",
            "drug,PARENT_KEY,KEY\n"
            + "".join(
                f"{('crack', 'heroin')[i % 2]},uuid:{i},uuid:{i}/drugs[1]\n" for i in range(12)
            ),
        )
    project = str(tmp_path / "project.duodesk")
    assert duodesk("--db", project, "import-form", str(form)).returncode == 0
    imported = duodesk("--db", project, "import-data", "refs", str(data))
    assert imported.returncode == 0, imported.stderr

    summary = duodesk("--db", project, "summary", "refs")
    assert summary.returncode == 0, summary.stderr
    assert f"\n{SAID} [drug]\n" in summary.stdout
    assert "${" not in summary.stdout
    assert "question 1" not in summary.stdout
    as_json = duodesk("--db", project, "summary", "refs", "--json")
    labels = {q["name"]: q["label"] for q in json.loads(as_json.stdout)["questions"]}
    assert (labels["drug"], labels["age"]) == (SAID, AGE)

    book = tmp_path / "refs-out.xlsx"
    exported = duodesk(
        "--db", project, "export", "refs", "--xlsx", str(book), "--show-small-numbers"
    )
    assert exported.returncode == 0, exported.stderr
    workbook = openpyxl.load_workbook(book)
    texts = [
        value
        for sheet in workbook
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    repeats = [v for row in workbook["Repeats"].iter_rows(values_only=True) for v in row if v]
    assert f"drug. {SAID}" in repeats
    summary_sheet = [v for row in workbook["Summary"].iter_rows(values_only=True) for v in row]
    assert f"age. {AGE}" in summary_sheet
    assert not [text for text in texts if "${" in text]


def test_a_long_quoted_label_is_shortened_and_a_calculation_is_said_by_its_name(tmp_path):
    survey = [
        ["type", "name", "label", "calculation"],
        ["integer", "n_drugs", "How many drugs did you use in the last month?", ""],
        ["calculate", "twice", "", "${n_drugs} * 2"],
        ["text", "which", "Name the ${n_drugs} drugs (${twice} doses)", ""],
    ]
    form = read_xlsform(write_form(tmp_path / "long.xlsx", survey, CHOICES))
    said = references_by_label(form)("Name the ${n_drugs} drugs (${twice} doses)")
    assert said == "Name the [answer to “How many drugs did you use…”] drugs ([twice] doses)"
    i18n.set_language("es")
    try:
        said = references_by_label(form)("${n_drugs}")
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert said == "[respuesta a «How many drugs did you use…»]"
