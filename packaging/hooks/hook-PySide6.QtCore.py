# Replaces PyInstaller's hook for PySide6.QtCore: the same, without Qt's own translations, which
# DuoDesk never loads (its words are its own).

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(source, target) for source, target in datas if "translations" not in target]
