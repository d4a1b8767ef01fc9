"""The command line answers in the interface language: ``report``'s "The findings report …
was written" and ``import-data``'s "nothing was imported, because …" stayed English for a
French team (the first went through Qt's translator, which the command line never loads; the
second was not translated at all), and said "row(s)" where a real plural belongs."""

from __future__ import annotations

import pytest

from duodesk import i18n
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import write_form

SURVEY = [["type", "name", "label"], ["select_one yn", "tested", "Tested?"]]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def project(tmp_path):
    form = write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, [["form_id"], ["f"]])
    db = str(tmp_path / "p.duodesk")
    assert duodesk("--db", db, "import-form", str(form)).returncode == 0
    return db


def _data(tmp_path, answers: list[str]):
    path = tmp_path / "data.csv"
    path.write_text("tested\n" + "\n".join(answers) + "\n", encoding="utf-8")
    return str(path)


def test_a_refused_import_says_why_in_french_with_a_real_plural(project, tmp_path):
    data = _data(tmp_path, ["yes"] * 10 + ["maybe", "perhaps"])
    french = duodesk("--db", project, "import-data", "f", data, env={"DUODESK_LANGUAGE": "fr"})
    assert french.returncode == 1
    assert "rien n'a été importé, car 2 lignes ont des problèmes" in french.stderr
    english = duodesk("--db", project, "import-data", "f", data, env={"DUODESK_LANGUAGE": "en"})
    assert "nothing was imported, because 2 rows have problems." in english.stderr
    one = _data(tmp_path, ["yes"] * 10 + ["maybe"])
    english = duodesk("--db", project, "import-data", "f", one, env={"DUODESK_LANGUAGE": "en"})
    assert "nothing was imported, because 1 row has problems. Correct it" in english.stderr


def test_the_report_says_where_it_was_written_in_french(project, tmp_path):
    data = _data(tmp_path, ["yes"] * 7 + ["no"] * 6)
    assert duodesk("--db", project, "import-data", "f", data).returncode == 0
    out = tmp_path / "rapport.docx"
    written = duodesk(
        "--db", project, "report", "f", "--docx", str(out), env={"DUODESK_LANGUAGE": "fr"}
    )
    assert written.returncode == 0, written.stderr
    assert "Le rapport de résultats (13 entretiens comptés) a été écrit dans rapport.docx" in (
        written.stdout
    )
    assert "The findings report" not in written.stdout
