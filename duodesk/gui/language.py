"""The interface language on the screens: Qt's translators for DuoDesk's words and Qt's own
(OK, Cancel), the locale numbers and dates are written in, right to left for Arabic, and the
dialog that asks for the language on first start.

DuoDesk's words are compiled from ``resources/translations/<area>_<language>.ts`` into
``.qm`` files: by ``packaging/translations.py build`` for the installers, or here, into the
user's cache folder, when DuoDesk runs from a checkout or a wheel that has none (or older
ones than the ``.ts`` files), so that ``pip install -e .`` needs no step of its own.

The interface language is not the questionnaire's: an interview is shown in whichever of the
questionnaire's languages the interviewer picks, whatever language DuoDesk speaks.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk import i18n
from duodesk.gui.entry.laptop import laptop_settings, save
from duodesk.gui.text_size import follow
from duodesk.resources import bundle_dir

log = logging.getLogger("duodesk.language")

#: The laptop setting saying the first-start question about the language was answered.
LANGUAGE_ASKED = "interface/language_asked"


class PseudoTranslator(QTranslator):
    """Wraps every sentence in ``[[ ]]``: a word on the screen outside the brackets did not go
    through translation (the tests look for them)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        return "[[" + source_text + "]]"

    def isEmpty(self) -> bool:
        return False


def _lrelease() -> list[str] | None:
    """The command that compiles a ``.ts`` file, or None if this Python has none."""
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the screens need PySide6 anyway
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return None


def compiled_dir() -> Path:
    """Where ``.qm`` files compiled at start are kept: the user's cache folder."""
    return Path(platformdirs.user_cache_dir("DuoDesk", appauthor=False)) / "translations"


def compiled_translations(code: str) -> list[Path]:
    """The ``.qm`` files of ``code``, one per area: the shipped ones when they are up to date,
    else compiled now into :func:`compiled_dir` (once: later starts reuse them)."""
    folder = i18n.translations_dir()
    if not folder.is_dir():
        return []
    sources = sorted(folder.glob(f"*_{code}.ts"))
    if bundle_dir() is not None or not sources:  # the installed program has them compiled
        return sorted(folder.glob(f"*_{code}.qm"))
    found: list[Path] = []
    for ts in sources:
        shipped = ts.with_suffix(".qm")
        if shipped.is_file() and shipped.stat().st_mtime >= ts.stat().st_mtime:
            found.append(shipped)
            continue
        cached = compiled_dir() / shipped.name
        stale = not cached.is_file() or cached.stat().st_mtime < ts.stat().st_mtime
        if stale and not _compile(ts, cached):
            continue
        found.append(cached)
    return found


def _compile(ts: Path, qm: Path) -> bool:
    command = _lrelease()
    if command is None:
        log.warning("No pyside6-lrelease to compile %s: the screens stay in English", ts.name)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("Could not compile %s: its words stay in English", ts.name, exc_info=True)
        return False
    return qm.is_file()


class QtWordsWithoutShortcuts(QTranslator):
    """Qt's own words whose source gained a shortcut letter after Qt's translators last
    worked on them ("&Look in:" and "Files of &type:" in the file dialog of Qt 6.11, where
    ``qtbase_fr.qm`` still knows "Look in:"): the translation of the words without the ``&``,
    with the shortcut on its first letter. Without it those labels stay English."""

    def __init__(self, qt_words: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qt_words = qt_words

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None, not "": Qt asks the next translator only after a null answer.
        if not source_text or "&" not in source_text or not context.startswith("Q"):
            return None
        plain = source_text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        found = self.qt_words.translate(context, plain, disambiguation, n)
        return "&" + found.replace("&", "&&") if found else None

    def isEmpty(self) -> bool:
        return self.qt_words.isEmpty()


def _qt_translations_folders() -> list[str]:
    """Where Qt's own ``qtbase_<language>.qm`` files are: Qt's own folder, then the one inside
    the PySide6 package (an installer's bundle keeps them there)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def apply_language(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak ``code`` from now on: DuoDesk's words, Qt's own words, the locale of numbers and
    dates, and the direction of the screens. Returns the translators installed (kept alive by
    the application too)."""
    for old in getattr(app, "_duodesk_translators", []):
        app.removeTranslator(old)
    i18n.set_language(code)
    code = i18n.language()  # an unknown code is English
    translators: list[QTranslator] = []
    if code == i18n.PSEUDO:
        translators.append(PseudoTranslator(app))
    else:  # English too: its file says "1 answer" where the code says "%n answers"
        for qm in compiled_translations(code):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                translators.append(translator)
            else:
                log.warning("Could not read the translations in %s", qm)
    if code not in (i18n.PSEUDO, i18n.SOURCE_LANGUAGE):
        qt_own = QTranslator(app)
        if any(qt_own.load(f"qtbase_{code}", folder) for folder in _qt_translations_folders()):
            # Installed first, so asked last: only for words no other translator knows.
            translators.insert(0, QtWordsWithoutShortcuts(qt_own, app))
            translators.append(qt_own)
        else:
            log.warning("Qt's own words in %s were not found: they stay in English", code)
    for translator in translators:
        app.installTranslator(translator)
    app._duodesk_translators = translators  # type: ignore[attr-defined]
    QLocale.setDefault(_locale_for(code))
    if isinstance(app, QApplication):
        right_to_left = i18n.is_right_to_left(code)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    return translators


def _locale_for(code: str) -> QLocale:
    """The locale numbers and dates are written in: the computer's own when it speaks the
    chosen language (British English keeps its day-first dates), else the language's."""
    system = QLocale.system()
    if code not in i18n.LANGUAGES:
        return QLocale(QLocale.Language.English)
    if system.name().split("_")[0] == code:
        return system
    return QLocale(_LOCALE_NAMES.get(code, code))


#: The locale of a language whose own default writes numbers unlike DuoDesk's sentences:
#: Qt's Arabic is Egypt's, with Arabic-Indic digits, while the sentences (``i18n.number``)
#: and the results' tables write 0-9; the Emirates' Arabic writes 0-9, with the same
#: separators and month names, so one screen never mixes the two kinds of digits.
_LOCALE_NAMES = {"ar": "ar_AE"}


def saved_language() -> str:
    """The language chosen on this laptop, or "" when none was."""
    value = laptop_settings().value(i18n.LANGUAGE_SETTING, "")
    return value if isinstance(value, str) else ""


def save_language(code: str) -> None:
    settings = laptop_settings()
    settings.setValue(i18n.LANGUAGE_SETTING, code)
    settings.setValue(LANGUAGE_ASKED, "yes")
    save(settings)


def language_was_asked() -> bool:
    settings = laptop_settings()
    return bool(saved_language()) or settings.value(LANGUAGE_ASKED, "") == "yes"


class LanguageDialog(QDialog):
    """A short list of the languages, each in its own words, with one already chosen."""

    def __init__(self, preselected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("DuoDesk")
        # Written in every language at once: the person may read none of the others.
        question = QLabel(
            "Choose the language of DuoDesk.\n"
            "Choisissez la langue de DuoDesk.\n"
            "Elija el idioma de DuoDesk.\n"
            "Выберите язык DuoDesk.\n"
            "اختر لغة DuoDesk."
        )
        question.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName("Language")
        follow(self.choices, "QListWidget { font-size: 14pt; } QListWidget::item { padding: 6px; }")
        for code, name in i18n.LANGUAGES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.choices.addItem(item)
            if code == preselected:
                self.choices.setCurrentItem(item)
        if self.choices.currentItem() is None:
            self.choices.setCurrentRow(0)
        rows = self.choices.sizeHintForRow(0) * len(i18n.LANGUAGES)
        self.choices.setFixedHeight(rows + 2 * self.choices.frameWidth() + 8)
        self.setMinimumWidth(440)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("OK")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(question)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else i18n.SOURCE_LANGUAGE


def start_language(app: QApplication) -> str:
    """Apply the interface language at start, asking for it first on this laptop's first start
    (the computer's own language already chosen); returns the language used."""
    import os

    if not os.environ.get("DUODESK_LANGUAGE") and not language_was_asked():
        dialog = LanguageDialog(i18n.system_language())
        code = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else ""
        save_language(code or i18n.system_language())
    code = i18n.chosen_language()
    apply_language(app, code)
    return code


class LanguageMenu(QObject):
    """View > Language: the languages, each in its own words; choosing one keeps it for the
    next start and says so."""

    def __init__(self, window, menu) -> None:
        super().__init__(window)
        from PySide6.QtGui import QAction, QActionGroup

        self.window = window
        self.menu = menu.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self.menu)
        current = i18n.language()
        self.actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        save_language(code)
        if code == i18n.language():
            return
        name = i18n.LANGUAGES[code]
        sentence = QT_TRANSLATE_NOOP(
            "LanguageMenu", "DuoDesk will speak {language} the next time it starts."
        )
        said = self.tr(sentence).format(language=name)
        # and in the language chosen, which the person choosing it may read best
        theirs = _in_language(code, "LanguageMenu", sentence).format(language=name)
        QMessageBox.information(
            self.window,
            self.tr("Language"),
            said if theirs == said else f"{said}\n\n{theirs}",
        )


def _in_language(code: str, context: str, source: str) -> str:
    """``source`` in the language ``code`` (DuoDesk's own words), whatever language the
    program speaks now; ``source`` itself when that language has no words for it."""
    for qm in compiled_translations(code):
        translator = QTranslator()
        if translator.load(str(qm)):
            found = translator.translate(context, source)
            if found:
                return found
    return source
