"""The core's translations: read from the same Qt Linguist files the screens use."""

import pytest

from duodesk import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Export</name>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews</source>
        <translation>
            <numerusform>%n интервью (одно)</numerusform>
            <numerusform>%n интервью (несколько)</numerusform>
            <numerusform>%n интервью (много)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet translated</source>
        <translation type="unfinished">Должно быть пропущено</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def russian(tmp_path, monkeypatch):
    (tmp_path / "core_ru.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n._catalogue.cache_clear()
    i18n.set_language("ru")
    yield
    i18n.set_language("en")
    i18n._catalogue.cache_clear()


def test_a_translated_sentence_keeps_its_names_to_fill(russian):
    assert i18n.translate("Export", "Saved {path}").format(path="a.xlsx") == "Сохранено: a.xlsx"


@pytest.mark.parametrize(
    ("count", "form"), [(1, "одно"), (21, "одно"), (3, "несколько"), (11, "много"), (25, "много")]
)
def test_counts_take_the_russian_plural_form(russian, count, form):
    assert i18n.translate("Export", "%n interviews", n=count) == f"{count} интервью ({form})"


def test_unfinished_and_unknown_sentences_stay_english(russian):
    assert i18n.translate("Export", "Not yet translated") == "Not yet translated"
    assert i18n.translate("Other", "Saved {path}") == "Saved {path}"


def test_pseudo_language_wraps_every_sentence():
    i18n.set_language(i18n.PSEUDO)
    try:
        assert i18n.translate("Export", "%n interviews", n=2) == "[[2 interviews]]"
    finally:
        i18n.set_language("en")


def test_unknown_language_means_english(monkeypatch):
    i18n.set_language("xx")
    assert i18n.language() == "en"
    monkeypatch.setenv("LANGUAGE", "fr_FR:en")
    assert i18n.system_language() == "fr"


@pytest.mark.parametrize(
    ("count", "form"), [(0, 0), (1, 1), (2, 2), (5, 3), (11, 4), (100, 5), (102, 5)]
)
def test_arabic_plural_forms_follow_qt(count, form):
    assert i18n._arabic_plural(count) == form


def test_the_language_chosen_on_this_laptop_is_read_without_qt(tmp_path, monkeypatch):
    settings = tmp_path / "laptop.ini"
    settings.write_text("[interface]\nlanguage=es\n", encoding="utf-8")
    monkeypatch.setenv("DUODESK_SETTINGS", str(settings))
    monkeypatch.delenv("DUODESK_LANGUAGE", raising=False)
    assert i18n.chosen_language() == "es"
    monkeypatch.setenv("DUODESK_LANGUAGE", "ru")
    assert i18n.chosen_language() == "ru"
