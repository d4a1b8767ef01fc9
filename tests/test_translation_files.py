"""The translation files: built for the installers, complete for the interviewer's screens."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent


def _translations_script():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


def test_build_compiles_every_translation_file_for_the_installers(tmp_path):
    from PySide6.QtCore import QTranslator

    script = _translations_script()
    built = script.build(tmp_path)
    sources = sorted(script.TRANSLATIONS.glob("*.ts"))
    assert {qm.stem for qm in built} == {ts.stem for ts in sources}
    french = QTranslator()
    assert french.load(str(tmp_path / "entry_fr.qm"))
    assert french.translate("MainWindow", "Start an interview…") == "Commencer un entretien…"
    russian = QTranslator()
    assert russian.load(str(tmp_path / "entry_ru.qm"))
    # Russian's three plural forms: 1 ответ, 3 ответа, 5 ответов.
    forms = [russian.translate("InterviewTable", "Finished · %n answers", "", n) for n in (1, 3, 5)]
    assert forms == ["Закончено · %n ответ", "Закончено · %n ответа", "Закончено · %n ответов"]


def test_the_interviewers_words_keep_their_placeholders_in_every_language():
    import re

    script = _translations_script()
    problems = []
    for ts in sorted(script.TRANSLATIONS.glob("*.ts")):
        for message in etree.parse(str(ts)).iter("message"):
            source = message.findtext("source") or ""
            for text in message.find("translation").itertext():
                if not text.strip():
                    continue
                if set(re.findall(r"\{\w+\}", text)) != set(re.findall(r"\{\w+\}", source)):
                    problems.append(f"{ts.name}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)
