"""The bundle's smaller ICU data (``packaging/build.py``'s ``trim_icu_data``) changes nothing Qt
does: collation, time-zone names, codecs and case mapping come out the same as with the full
data PySide6 ships. Qt's own libraries run here with the trimmed ``libicudata`` put first on
the library path, without building the whole bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reference_tools import require_program

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

#: What Qt asks ICU for, printed as JSON: sorting in the interface's languages and others,
#: time-zone names in every form, the codecs ICU opens, and case mapping.
QT_WITH_ICU = r"""
import json
from PySide6.QtCore import (QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder,
                            QStringConverter, QTimeZone)

app = QCoreApplication([])
words = ["Zoë", "zebra", "Ärger", "apple", "Øre", "Ñandú", "nube", "été", "ete", "Éte", "ёж",
         "еда", "Жук", "عين", "ألف", "باب", "İstanbul", "ılık", "čaj", "ch", "ll", "10", "9",
         "a-b", "ab"]
out = {"maps": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]}
for name in ["en_GB", "fr_FR", "es_ES", "ru_RU", "ar_SA", "de_DE", "sv_SE", "tr_TR", "cs_CZ",
             "ja_JP", "zh_CN", "C"]:
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    out[name] = sorted(words, key=collator.sortKey)
summer = QDateTime.fromString("2026-07-01T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
for zone in [b"Europe/London", b"Europe/Paris", b"America/New_York", b"Asia/Riyadh",
             b"Europe/Moscow", b"Asia/Kolkata", b"UTC"]:
    for name in ["en_GB", "fr_FR", "es_ES", "ru_RU", "ar_EG"]:
        names = []
        for kind in QTimeZone.NameType:
            for time in QTimeZone.TimeType:
                names.append(QTimeZone(zone).displayName(time, kind, QLocale(name)))
            names.append(QTimeZone(zone).displayName(summer, kind, QLocale(name)))
        out[f"{zone.decode()} {name}"] = names
    out[f"{name} long date"] = QLocale(name).toString(summer, QLocale.FormatType.LongFormat)
out["codecs"] = [(codec, QStringDecoder(codec).isValid())
                 for codec in QStringConverter.availableCodecs()]
for name, text in [("tr_TR", "istanbul ılık"), ("lt_LT", "Ì Į"), ("el_GR", "άδικος"),
                   ("de_DE", "straße"), ("ru_RU", "ёж")]:
    out[f"{name} case"] = [QLocale(name).toUpper(text), QLocale(name).toLower(text.upper())]
print(json.dumps(out, ensure_ascii=False))
"""


def _build_module():
    spec = importlib.util.spec_from_file_location("duodesk_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_with_icu(library_folder: Path | None) -> dict:
    environment = dict(os.environ)
    environment.pop("LD_LIBRARY_PATH", None)
    if library_folder is not None:
        environment["LD_LIBRARY_PATH"] = str(library_folder)
    result = subprocess.run(
        [sys.executable, "-c", QT_WITH_ICU],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle only")
def test_qt_gives_the_same_results_with_the_trimmed_icu_data(tmp_path):
    for program in ("as", "ld", "nm"):
        require_program(program, "binutils")
    require_program("icupkg", "icu-devtools")
    import PySide6

    (shipped,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    lib = tmp_path / "DuoDesk" / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    shutil.copy2(shipped, lib / shipped.name)

    _build_module().trim_icu_data(tmp_path / "DuoDesk", tmp_path / "work")

    trimmed = lib / shipped.name
    assert trimmed.stat().st_size < shipped.stat().st_size - 10_000_000
    full, smaller = _qt_with_icu(None), _qt_with_icu(lib)
    assert smaller.pop("maps")[0] == str(trimmed)  # Qt really used the trimmed data
    assert full.pop("maps")[0] == str(shipped.resolve())
    assert smaller == full
