"""The core's words (command line, workbook, exports, refusals) are translated in full into
French, Spanish, Russian and Arabic, and the translation files hold every word the code says."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from duodesk import i18n

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "es", "ru", "ar")
PLACEHOLDER = re.compile(r"\{\w*(?:![rs])?(?::[^{}]*)?\}|%\(\w+\)[sr]|%s")


def _translations_script():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def words_in_the_code(tmp_path_factory) -> dict[tuple[str, str], etree._Element]:
    """Every sentence the core's code gives to translate, as ``pyside6-lupdate`` finds it."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None, "pyside6-lupdate comes with PySide6, which DuoDesk needs"
    script = _translations_script()
    ts = tmp_path_factory.mktemp("lupdate") / "core.ts"
    files = script._python_files(script.AREAS["core"])
    subprocess.run([lupdate, *files, "-ts", str(ts)], check=True, capture_output=True)
    return _messages(ts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_of_the_core_is_translated(language, words_in_the_code):
    translated = _messages(i18n.translations_dir() / f"core_{language}.ts")
    assert len(words_in_the_code) > 600
    missing = sorted(set(words_in_the_code) - set(translated))
    assert missing == [], f"run packaging/translations.py refresh: {missing[:5]}"
    unfinished = []
    for key in words_in_the_code:
        translation = translated[key].find("translation")
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete") or not all(forms):
            unfinished.append(key)
    assert unfinished == [], unfinished[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_ask_only_for_the_names_their_sentence_fills(language):
    """A translation asking for a name the sentence does not give (``{pth}`` for ``{path}``)
    would fail when it is said; one may leave a name out where its language needs no word."""
    for (_, source), message in _messages(i18n.translations_dir() / f"core_{language}.ts").items():
        given = set(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        for form in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            assert set(PLACEHOLDER.findall(form or "")) <= given, (source, form)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Seul un coordinateur peut exporter. Demandez à votre coordinateur."),
        ("es", "Solo un coordinador puede exportar. Pídaselo a su coordinador."),
        ("ru", "Только координатор может выгружать. Обратитесь к координатору."),
        ("ar", "المنسّق فقط يستطيع التصدير. اطلب ذلك من المنسّق."),
    ],
)
def test_a_refusal_is_said_in_the_chosen_language(language, expected):
    from duodesk.core.roles import Permission, refusal

    i18n.set_language(language)
    try:
        assert refusal(Permission.EXPORT) == expected
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.mark.parametrize(("count", "word"), [(1, "запись"), (3, "записи"), (25, "записей")])
def test_russian_counts_take_their_own_plural_forms(count, word):
    from duodesk.cli import _records

    i18n.set_language("ru")
    try:
        assert _records(count) == f"{count} {word}"
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


def test_a_damaged_file_and_an_unknown_server_are_said_in_the_chosen_language():
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from duodesk.storage.database import _damaged, _server_problem

    # What the driver says for a server name no network knows.
    refused = OperationalError(
        None, None, Exception('could not translate host name "nowhere" to address')
    )
    i18n.set_language("ru")
    try:
        damaged = str(_damaged(Path("survey.duodesk")))
        unknown = str(_server_problem(make_url("postgresql://sam@nowhere/db"), refused))
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert damaged.startswith("survey.duodesk повреждён (его содержимое не проходит проверки")
    assert "survey.duodesk.*.backup" in damaged
    assert unknown == "Имя сервера nowhere неизвестно: проверьте написание и сеть."


def test_a_repeat_rows_problem_on_import_is_said_in_the_chosen_language():
    from duodesk.core.responses import RowProblem

    i18n.set_language("fr")
    try:
        said = str(RowProblem(4, "drugs/count", "many", "ce n’est pas un nombre"))
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert said == "ligne 4, colonne « drugs/count », valeur « many » : ce n’est pas un nombre"


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("fr", "1 entretien importé depuis a.csv.", "2 entretiens importés depuis a.csv."),
        ("es", "1 entrevista importada desde a.csv.", "2 entrevistas importadas desde a.csv."),
        ("ru", "1 интервью импортировано из a.csv.", "2 интервью импортированы из a.csv."),
    ],
)
def test_an_import_says_how_many_interviews_without_plural_brackets(tmp_path, code, one, two):
    """ "2 entretien(s) importé(s)" is how a form letter writes; the count picks the words."""
    from duodesk.storage.importer import ImportReport

    i18n.set_language(code)
    try:
        for count, words in ((1, one), (2, two)):
            report = ImportReport(
                path=tmp_path / "a.csv",
                form_id="f",
                version_number=1,
                imported=count,
                already_imported=0,
                rejected=count,
                rejected_file=tmp_path / "a.rejected.csv",
                ignored_columns=(),
            )
            told = report.describe()
            assert told.startswith(words) and "(s)" not in told, told
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.mark.parametrize(
    ("code", "one", "three"),
    [
        ("fr", "1 nouvelle version de questionnaire.", "3 nouvelles versions de questionnaire."),
        ("ru", "1 новая версия анкеты.", "3 новые версии анкеты."),
    ],
)
def test_new_questionnaire_versions_take_the_plural_of_their_count(code, one, three):
    from duodesk.storage.merge import MergeReport

    i18n.set_language(code)
    try:
        for count, words in ((1, one), (3, three)):
            report = MergeReport("a.duodesk-team", 0, 0, 0, 0, count, ("f",), False)
            told = report.describe()
            assert told.endswith(words) and "(s)" not in told, told
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
