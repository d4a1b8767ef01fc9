"""Widgets for the question types phones have and a laptop asks differently.

- locations (``geopoint``, ``geotrace``, ``geoshape``): the laptop finds no location, so the
  question says so; the interviewer may type the coordinates (checked) or leave it blank;
- attached files (``image``, ``audio``, ``video``, ``file``): "Attach a file…" picks a file on
  the laptop; the answer is its name, and its bytes go into the project with the answer (see
  :mod:`duodesk.storage.attachments`);
- ``range``: a box for the number with its bounds shown (and a slider when the range has few
  steps); answers outside the bounds or between steps are refused;
- ``acknowledge`` / ``trigger``: one check box, "OK".

All follow :class:`~duodesk.gui.entry.question_widgets.QuestionWidget`'s interface.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
)

from duodesk.core.expressions.conversions import number_text
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AttachedFile
from duodesk.core.values import AnswerError, range_bounds, range_is_whole
from duodesk.gui.entry.question_widgets import QuestionWidget, TypedWidget, label_text

translate = QCoreApplication.translate
LOCATION_NOTE = QT_TRANSLATE_NOOP(
    "FieldWidgets",
    "This laptop does not find locations. If you know the place, type its coordinates "
    "(latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.",
)
SEVERAL_POINTS_NOTE = QT_TRANSLATE_NOOP(
    "FieldWidgets",
    "This laptop does not find locations. If you know them, type the points one after "
    "the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.",
)
LOCATION_HINTS = {
    QuestionType.GEOPOINT: QT_TRANSLATE_NOOP("FieldWidgets", "latitude longitude"),
    QuestionType.GEOTRACE: QT_TRANSLATE_NOOP(
        "FieldWidgets", "latitude longitude; latitude longitude; ..."
    ),
    QuestionType.GEOSHAPE: QT_TRANSLATE_NOOP(
        "FieldWidgets", "latitude longitude; latitude longitude; ..."
    ),
}
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024  # a long video is too much for a project file
FILE_FILTERS = {
    QuestionType.IMAGE: QT_TRANSLATE_NOOP(
        "FieldWidgets", "Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)"
    ),
    QuestionType.AUDIO: QT_TRANSLATE_NOOP(
        "FieldWidgets", "Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)"
    ),
    QuestionType.VIDEO: QT_TRANSLATE_NOOP(
        "FieldWidgets", "Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)"
    ),
}
NO_FILE = QT_TRANSLATE_NOOP("FieldWidgets", "No file attached.")
MAX_SLIDER_STEPS = 100


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setObjectName("questionHint")
    note.setWordWrap(True)
    return note


class LocationWidget(TypedWidget):
    """A location typed by hand, or left blank: the laptop cannot find one."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        several = self.question.type is not QuestionType.GEOPOINT
        self.note = _note(
            translate("FieldWidgets", SEVERAL_POINTS_NOTE if several else LOCATION_NOTE)
        )
        self.body.insertWidget(0, self.note)
        self.editor.setPlaceholderText(
            translate("FieldWidgets", LOCATION_HINTS.get(self.question.type, ""))
        )
        self.editor.setMaximumWidth(16777215 if several else 520)

    def input_problem(self) -> str | None:
        try:
            self._parse()
        except AnswerError as error:
            return _sentence(error.reason)
        return None


class RangeWidget(TypedWidget):
    """A number within the range's bounds, typed, or set on a slider when there are few steps."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        start, end, step = range_bounds(self.question)
        self.low, self.high, self.step = min(start, end), max(start, end), step
        self.whole = range_is_whole(self.question)
        shown = (
            translate("FieldWidgets", "A number from {low} to {high}")
            if step == 1
            else translate("FieldWidgets", "A number from {low} to {high}, in steps of {step}")
        ).format(low=_number(self.low), high=_number(self.high), step=_number(step))
        self.bounds = _note(shown)
        self.body.insertWidget(0, self.bounds)
        self.editor.setPlaceholderText(
            translate("FieldWidgets", "{low} to {high}").format(
                low=_number(self.low), high=_number(self.high)
            )
        )
        steps = (self.high - self.low) / step
        self.slider: QSlider | None = None
        if steps <= MAX_SLIDER_STEPS and steps == int(steps):
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setObjectName("rangeSlider")
            self.slider.setRange(0, int(steps))
            self.slider.setPageStep(1)
            self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.slider.setMinimumWidth(360)
            self.slider.setMaximumWidth(640)
            name = label_text(self.question, self.questionnaire, self.language)
            self.slider.setAccessibleName(
                translate("FieldWidgets", "{question}: slider").format(question=name)
            )
            self.slider.valueChanged.connect(self._slid)
            row = QHBoxLayout()
            ends = QLabel(_number(self.low)), QLabel(_number(self.high))
            for end in ends:
                end.setObjectName("rangeEnd")
            row.addWidget(ends[0])
            row.addWidget(self.slider, 1)
            row.addWidget(ends[1])
            row.addStretch(1)
            self.body.addLayout(row)
            self.editor.textEdited.connect(lambda _: self._follow_text())

    def _slid(self, position: int) -> None:
        if self._quiet:
            return
        value = self.low + self.step * position
        text = str(int(value)) if self.whole else _number(value)
        self.editor.setText(text)
        self._changed()

    def _follow_text(self) -> None:
        value = self.value()
        if value is not None and self.slider is not None:
            self._quiet = True
            try:
                self.slider.setValue(int((Decimal(str(value)) - self.low) / self.step))
            finally:
                self._quiet = False

    def _show(self, value: object | None) -> None:
        super()._show(value)
        if self.slider is not None and value is not None:
            self._follow_text()

    def input_problem(self) -> str | None:
        try:
            self._parse()
        except AnswerError as error:
            return _sentence(error.reason)
        return None


class AcknowledgeWidget(QuestionWidget):
    """``acknowledge``: a check box; ticked is the answer "OK"."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.box = QCheckBox(translate("FieldWidgets", "OK"))
        self.box.setObjectName("choice")
        name = label_text(self.question, self.questionnaire, self.language)
        self.box.setAccessibleName(
            translate("FieldWidgets", "{question}: OK").format(question=name)
        )
        self.box.toggled.connect(lambda _: self._changed())
        self.body.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> object | None:
        return "OK" if self.box.isChecked() else None

    def _show(self, value: object | None) -> None:
        self.box.setChecked(value is not None)

    def focus_input(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)


class FileWidget(QuestionWidget):
    """A file attached from the laptop: its name is the answer; its bytes are handed over once
    through :meth:`take_attachment`, to be stored with the answer."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.file_name: str | None = None
        self._pending: AttachedFile | None = None
        self.shown = QLabel(translate("FieldWidgets", NO_FILE))
        self.shown.setObjectName("attachedFile")
        self.shown.setWordWrap(True)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.attach_button = QPushButton(translate("FieldWidgets", "Attach a file…"))
        self.attach_button.setObjectName("attachFile")
        name = label_text(self.question, self.questionnaire, self.language)
        self.attach_button.setAccessibleName(
            translate("FieldWidgets", "Attach a file for {question}").format(question=name)
        )
        self.attach_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(translate("FieldWidgets", "Remove the file"))
        self.remove_button.setObjectName("removeFile")
        self.remove_button.setAccessibleName(
            translate("FieldWidgets", "Remove the file attached for {question}").format(
                question=name
            )
        )
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addWidget(self.shown)
        self.body.addLayout(row)
        self.setFocusProxy(self.attach_button)
        self._update()

    def value(self) -> object | None:
        return self.file_name

    def _show(self, value: object | None) -> None:
        self.file_name = value if isinstance(value, str) and value else None
        self._update()

    def _update(self) -> None:
        self.shown.setText(
            translate("FieldWidgets", "Attached: {file}").format(file=self.file_name)
            if self.file_name
            else translate("FieldWidgets", NO_FILE)
        )
        self.remove_button.setVisible(self.file_name is not None)
        self.attach_button.setText(
            translate("FieldWidgets", "Attach another file…")
            if self.file_name
            else translate("FieldWidgets", "Attach a file…")
        )

    def choose_file(self) -> None:
        kind = FILE_FILTERS.get(self.question.type)
        every = translate("FieldWidgets", "All files (*)")
        filters = f"{translate('FieldWidgets', kind)};;{every}" if kind else every
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("FieldWidgets", "Attach a file"), "", filters
        )
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path) -> bool:
        """Attach the file at ``path``; False (with a message under the question) when it
        cannot be read or is too large."""
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
                self.set_error(
                    translate(
                        "FieldWidgets", "{file} is too large to attach (the limit is {limit} MB)."
                    ).format(file=path.name, limit=limit)
                )
                return False
            content = path.read_bytes()
        except OSError:
            self.set_error(
                translate("FieldWidgets", "{file} could not be read. Choose another file.").format(
                    file=path.name
                )
            )
            return False
        self.set_error(None)
        self.file_name = path.name
        self._pending = AttachedFile(self.question.name, path.name, content)
        self._update()
        self._changed()
        return True

    def remove(self) -> None:
        if self.file_name is None:
            return
        self.file_name = None
        self._pending = AttachedFile(self.question.name, "", None)
        self._update()
        self._changed()

    def take_attachment(self) -> AttachedFile | None:
        """The file attached or removed since the last call (None if nothing changed)."""
        pending, self._pending = self._pending, None
        return pending

    def focus_input(self) -> None:
        self.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)


def _number(value) -> str:
    return number_text(float(value))


def _sentence(reason: str) -> str:
    return reason[:1].upper() + reason[1:] if reason else reason
