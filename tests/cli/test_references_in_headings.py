"""A label that quotes an earlier answer (``${nickname}`` in XLSForm) is shown in the summary's
headings and in the workbook's Repeats sheet as the paper form prints it, "[answer to
question 1]": the people reading them never saw the XLSForm's names."""

from __future__ import annotations

import zipfile

import openpyxl

from tests.cli.test_cli import duodesk
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label"],
    ["text", "nickname", "What shall we call you?"],
    ["integer", "age", "How old are you?"],
    ["begin_repeat", "drugs", "Drug"],
    ["select_one drug", "drug", "Which drug has ${nickname} used in the last month?"],
    ["end_repeat", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["drug", "heroin", "Heroin"], ["drug", "crack", "Crack"]]
SAID = "Which drug has [answer to question 1] used in the last month?"


def test_summary_and_repeats_sheet_say_a_quoted_answer_as_the_paper_form_does(tmp_path):
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
    assert not [text for text in texts if "${" in text]
