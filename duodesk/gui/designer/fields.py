"""Small widgets the designer's editors share: texts in every language, plain type names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from duodesk.core.questionnaire import QuestionType

W = TypeVar("W", bound=QWidget)

TYPE_WORDS: dict[QuestionType, str] = {
    QuestionType.SELECT_ONE: QT_TRANSLATE_NOOP("Designer", "One answer from a list"),
    QuestionType.SELECT_MULTIPLE: QT_TRANSLATE_NOOP("Designer", "Several answers from a list"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("Designer", "Written answer"),
    QuestionType.INTEGER: QT_TRANSLATE_NOOP("Designer", "Whole number"),
    QuestionType.DECIMAL: QT_TRANSLATE_NOOP("Designer", "Number with decimals"),
    QuestionType.DATE: QT_TRANSLATE_NOOP("Designer", "Date"),
    QuestionType.TIME: QT_TRANSLATE_NOOP("Designer", "Time"),
    QuestionType.DATETIME: QT_TRANSLATE_NOOP("Designer", "Date and time"),
    QuestionType.NOTE: QT_TRANSLATE_NOOP("Designer", "Information to read out (no answer)"),
    QuestionType.CALCULATE: QT_TRANSLATE_NOOP("Designer", "Worked out from other answers"),
}
# Kinds that come from ODK and KoboToolbox forms: shown and kept, not offered for new questions.
PHONE_TYPE_WORDS: dict[QuestionType, str] = {
    QuestionType.GEOPOINT: QT_TRANSLATE_NOOP("Designer", "Location (typed, or left blank)"),
    QuestionType.GEOTRACE: QT_TRANSLATE_NOOP("Designer", "Line on a map (typed, or left blank)"),
    QuestionType.GEOSHAPE: QT_TRANSLATE_NOOP("Designer", "Shape on a map (typed, or left blank)"),
    QuestionType.IMAGE: QT_TRANSLATE_NOOP("Designer", "Photo (a file attached)"),
    QuestionType.AUDIO: QT_TRANSLATE_NOOP("Designer", "Recording (a file attached)"),
    QuestionType.VIDEO: QT_TRANSLATE_NOOP("Designer", "Video (a file attached)"),
    QuestionType.FILE: QT_TRANSLATE_NOOP("Designer", "File attached"),
    QuestionType.BARCODE: QT_TRANSLATE_NOOP("Designer", "Barcode (typed)"),
    QuestionType.RANGE: QT_TRANSLATE_NOOP("Designer", "Number in a range"),
    QuestionType.ACKNOWLEDGE: QT_TRANSLATE_NOOP("Designer", "OK to tick"),
    QuestionType.TRIGGER: QT_TRANSLATE_NOOP("Designer", "OK to tick"),
}
SHORT_TYPE_WORDS: dict[QuestionType, str] = {
    QuestionType.GEOPOINT: QT_TRANSLATE_NOOP("Designer", "Location"),
    QuestionType.GEOTRACE: QT_TRANSLATE_NOOP("Designer", "Line"),
    QuestionType.GEOSHAPE: QT_TRANSLATE_NOOP("Designer", "Shape"),
    QuestionType.IMAGE: QT_TRANSLATE_NOOP("Designer", "Photo"),
    QuestionType.AUDIO: QT_TRANSLATE_NOOP("Designer", "Recording"),
    QuestionType.VIDEO: QT_TRANSLATE_NOOP("Designer", "Video"),
    QuestionType.FILE: QT_TRANSLATE_NOOP("Designer", "File"),
    QuestionType.BARCODE: QT_TRANSLATE_NOOP("Designer", "Barcode"),
    QuestionType.RANGE: QT_TRANSLATE_NOOP("Designer", "Number"),
    QuestionType.ACKNOWLEDGE: QT_TRANSLATE_NOOP("Designer", "OK"),
    QuestionType.TRIGGER: QT_TRANSLATE_NOOP("Designer", "OK"),
    QuestionType.SELECT_ONE: QT_TRANSLATE_NOOP("Designer", "One answer"),
    QuestionType.SELECT_MULTIPLE: QT_TRANSLATE_NOOP("Designer", "Several answers"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("Designer", "Written"),
    QuestionType.INTEGER: QT_TRANSLATE_NOOP("Designer", "Number"),
    QuestionType.DECIMAL: QT_TRANSLATE_NOOP("Designer", "Number"),
    QuestionType.DATE: QT_TRANSLATE_NOOP("Designer", "Date"),
    QuestionType.TIME: QT_TRANSLATE_NOOP("Designer", "Time"),
    QuestionType.DATETIME: QT_TRANSLATE_NOOP("Designer", "Date and time"),
    QuestionType.NOTE: QT_TRANSLATE_NOOP("Designer", "Information"),
    QuestionType.CALCULATE: QT_TRANSLATE_NOOP("Designer", "Worked out"),
}


def designer_words(text: str) -> str:
    """One of the designer's constant words (marked with ``QT_TRANSLATE_NOOP("Designer",
    ...)``) in the interface language."""
    return QCoreApplication.translate("Designer", text)


def language_name(language: str) -> str:
    return language or QCoreApplication.translate("Designer", "Text")


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` unless the widget already does: the cursor of someone typing stays put,
    and no change signal is sent back."""
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != text:
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)
            if not widget.hasFocus():
                widget.setCursorPosition(0)  # show the start of a long text, not its end
        widget.blockSignals(False)


def set_checked(box: QCheckBox, checked: bool) -> None:
    if box.isChecked() != checked:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)


def set_combo_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


class LanguageTexts(QWidget):
    """One text box per language for a label, hint or message. ``edited(language, text)``."""

    edited = Signal(str, str)

    def __init__(self, what: str, *, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.lines = lines
        self.boxes: dict[str, QPlainTextEdit | QLineEdit] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(1, 1)

    def set_languages(self, languages: tuple[str, ...]) -> None:
        if tuple(self.boxes) == languages:
            return
        for box in self.boxes.values():
            box.deleteLater()
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes = {}
        for row, language in enumerate(languages):
            box: QPlainTextEdit | QLineEdit
            if self.lines > 1:
                box = QPlainTextEdit()
                box.setTabChangesFocus(True)
                box.setFixedHeight(box.fontMetrics().lineSpacing() * self.lines + 16)
                box.textChanged.connect(lambda lang=language: self._changed(lang))
            else:
                box = QLineEdit()
                box.textEdited.connect(lambda _text, lang=language: self._changed(lang))
            name = (
                self.tr("{what} in {language}").format(what=self.what, language=language)
                if language
                else self.what
            )
            box.setAccessibleName(name)
            if len(languages) > 1 or language:
                caption = QLabel(language_name(language))
                caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
                caption.setBuddy(box)
                self._layout.addWidget(caption, row, 0)
            self._layout.addWidget(box, row, 1)
            self.boxes[language] = box

    def type_here(self) -> None:
        """Put the keyboard in the first box, its text chosen, so typing replaces it."""
        box = next(iter(self.boxes.values()), None)
        if box is None:
            return
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.selectAll()

    def show_texts(self, texts: Mapping[str, str]) -> None:
        for language, box in self.boxes.items():
            set_text(box, texts.get(language, ""))

    def text(self, language: str) -> str:
        box = self.boxes[language]
        return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()

    def set_text(self, language: str, text: str) -> None:
        """Type ``text`` into the box (as a person would: the change is reported)."""
        box = self.boxes[language]
        if isinstance(box, QPlainTextEdit):
            box.setPlainText(text)
        else:
            box.setText(text)
            box.textEdited.emit(text)

    def _changed(self, language: str) -> None:
        self.edited.emit(language, self.text(language))


def with_text(texts: Mapping[str, str], language: str, text: str) -> dict[str, str]:
    """``texts`` with ``language`` set to ``text`` (removed when empty)."""
    changed = dict(texts)
    if text.strip():
        changed[language] = text
    else:
        changed.pop(language, None)
    return changed


class WholeTextCombo(QComboBox):
    """A drop-down that, when its choice is too long for it, shows the beginning and the end
    of it with "…" in the middle, and the whole text as its tooltip (and each option's in the
    list): cut at the end, "How long did you wait today before someone at the ne" and "I left
    before anyone could se" hid which question and which answer a condition is about."""

    def addItem(self, text: str, data: object = None) -> None:  # type: ignore[override]
        super().addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def shown_text(self) -> str:
        """The choice as it reads in the box: whole if it fits, else cut in the middle."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, max(room.width() - 4, 0)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.toolTip() != self.currentText():  # also when chosen with signals blocked
            self.setToolTip(self.currentText())
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def small_combo() -> QComboBox:
    """A drop-down whose width does not grow with its longest option (long question texts
    would otherwise push the editor off the screen); a choice too long for it is cut in the
    middle, whole in its tooltip."""
    combo = WholeTextCombo()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return calm_wheel(combo)


class _WheelScrollsThePage(QObject):
    """Sends the mouse wheel over a box that does not have the keyboard on to the page around
    it, so that scrolling the page never changes a drop-down or a number on the way."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_WHEEL_GUARD: _WheelScrollsThePage | None = None


def calm_wheel(box: W) -> W:
    """Let the wheel change ``box`` (a drop-down or a number box) only once it has been clicked
    or tabbed into; before that the wheel scrolls the page. Returns ``box``."""
    global _WHEEL_GUARD
    if _WHEEL_GUARD is None:
        _WHEEL_GUARD = _WheelScrollsThePage(QCoreApplication.instance())
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it the keyboard
    box.installEventFilter(_WHEEL_GUARD)
    return box
