# Replaces PyInstaller's hook for PySide6.QtCore: the same, with only the Qt translations of the
# languages DuoDesk speaks (qtbase_fr.qm, ...: "Look in:", OK and Cancel in Qt's own dialogs),
# left where Qt looks for them (PySide6/Qt/translations).

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from duodesk.i18n import LANGUAGES, SOURCE_LANGUAGE

QT_WORDS = {f"qtbase_{code}.qm" for code in LANGUAGES if code != SOURCE_LANGUAGE}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [
    (source, target)
    for source, target in datas
    if "translations" not in target or Path(source).name in QT_WORDS
]
