"""Before an interview: who is interviewing, where, and on what day.

The interviewer comes from the group's list (a new name can be added here), or is the person
signed in when the project lists people; the interviewer and the site are remembered on this
laptop; the date is today unless the interview was done on
paper earlier.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.date_box import DateBox
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.laptop import INTERVIEWER, SITE, remember, remembered
from duodesk.gui.failures import show_failure
from duodesk.gui.screen_fit import scrolling
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.text_size import follow
from duodesk.storage.database import Database


class StartInterviewDialog(QDialog):
    def __init__(
        self,
        database: Database,
        tasks: ProjectWorker,
        choices: ops.StartChoices,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        signed_in: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.choices = choices
        self.setWindowTitle(self.tr("Start an interview"))
        self.setMinimumWidth(620)
        self.heading = QLabel(choices.title)
        self.heading.setObjectName("startTitle")  # large: the interviewer sees which survey
        follow(self.heading, "QLabel#startTitle { font-size: 20pt; font-weight: 600; }")
        self.heading.setWordWrap(True)

        self.interviewer_box = QComboBox()
        self.interviewer_box.setAccessibleName(self.tr("Interviewer"))
        self.add_name_button = QPushButton(self.tr("Add a name…"))
        self.add_name_button.setAccessibleName(self.tr("Add an interviewer's name to the list"))
        self.add_name_button.clicked.connect(self.ask_new_name)
        interviewer_row = QHBoxLayout()
        interviewer_row.addWidget(self.interviewer_box, 1)
        interviewer_row.addWidget(self.add_name_button)
        self._fill_interviewers(choices.interviewers, remembered(INTERVIEWER))
        self.signed_in_label = QLabel(self.tr("{name} (signed in)").format(name=signed_in))
        interviewer_row.insertWidget(0, self.signed_in_label, 1)
        if signed_in is not None:  # whoever signed in interviews: no other name to choose
            self._fill_interviewers((signed_in,), signed_in)
            self.interviewer_box.hide()
            self.add_name_button.hide()
        else:
            self.signed_in_label.hide()

        self.site_box = QComboBox()
        self.site_box.setEditable(True)
        self.site_box.setAccessibleName(self.tr("Site or drop-in centre"))
        self.site_box.addItems(list(choices.sites))
        self.site_box.setCurrentText(remembered(SITE))
        self.site_box.lineEdit().setPlaceholderText(self.tr("Type the name of the centre"))

        today = today or date.today()
        self.date_edit = DateBox(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(self.tr("Date of the interview"))
        self.date_note = date_note = QLabel(
            self.tr("Today, unless you are typing in an interview done on paper earlier.")
        )
        date_note.setWordWrap(True)
        date_note.setObjectName("empty")
        self.date_problem = QLabel("")
        self.date_problem.setStyleSheet("color: #a40000;")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        self.date_edit.unreadable.connect(self.date_problem.setText)
        self.date_edit.unreadable.connect(lambda text: self.date_problem.setVisible(bool(text)))

        self.sheet_edit = QLineEdit()
        self.sheet_edit.setAccessibleName(self.tr("Paper datasheet number"))
        self.sheet_edit.setPlaceholderText(self.tr("Only when typing in a paper datasheet"))
        self.typed_by_box = QComboBox()
        self.typed_by_box.setEditable(True)
        self.typed_by_box.setAccessibleName(self.tr("Typed in by"))
        self.typed_by_box.addItems(list(choices.interviewers))
        self.typed_by_box.setCurrentText("")
        self.typed_by_box.lineEdit().setPlaceholderText(self.tr("Your name"))
        if signed_in is not None:  # the trail names who typed it: the person signed in
            self.typed_by_box.setCurrentText(signed_in)
            self.typed_by_box.setEnabled(False)
            self.typed_by_box.setToolTip(
                self.tr("A datasheet is typed in by the person signed in.")
            )
        self.sheet_note = sheet_note = QLabel(
            self.tr(
                "A second person types the same datasheet later, with the same number, to "
                "check it: DuoDesk then lists every difference."
            )
        )
        sheet_note.setWordWrap(True)
        sheet_note.setObjectName("empty")

        form = QFormLayout()
        form.setVerticalSpacing(14)
        for text, field, row in (
            (self.tr("&Interviewer:"), self.interviewer_box, interviewer_row),
            (self.tr("&Site (drop-in centre):"), self.site_box, self.site_box),
            (self.tr("&Date:"), self.date_edit, self.date_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        form.addRow("", date_note)
        form.addRow("", self.date_problem)
        for text, field in (
            (self.tr("&Paper datasheet number:"), self.sheet_edit),
            (self.tr("&Typed in by:"), self.typed_by_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", sheet_note)
        self.message = QLabel()
        self.message.setObjectName("questionError")
        self.message.setStyleSheet("color: #8a1c1c;")
        self.message.setWordWrap(True)
        self.message.hide()

        self.start_button = QPushButton(self.tr("Start the interview"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.try_accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)

        # The boxes and notes scroll on a screen too small for them (a laptop at 150%); the
        # questionnaire's name and the buttons stay in sight.
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.message)
        fields_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(scrolling(fields), 1)
        layout.addLayout(buttons)
        if self.interviewer_box.count() == 0:
            self.add_name_button.setDefault(False)
            self.add_name_button.setFocus()
        else:
            self.start_button.setFocus()

    def _fill_interviewers(self, names: tuple[str, ...], chosen: str) -> None:
        self.interviewer_box.clear()
        self.interviewer_box.addItems(list(names))
        index = self.interviewer_box.findText(chosen)
        if index >= 0:
            self.interviewer_box.setCurrentIndex(index)

    def ask_new_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add an interviewer"),
            self.tr("The interviewer's name (a first name is enough):"),
        )
        if ok and name.strip():
            self.add_name(name)

    def add_name(self, name: str) -> None:
        self.tasks.run(
            lambda: ops.add_interviewer(self.database, name),
            lambda result: self._fill_interviewers(result[1], result[0]),
            self._name_not_added,
        )

    def _name_not_added(self, error: Exception) -> None:
        if isinstance(error, ValueError):  # the name itself: empty, too long, ...
            QMessageBox.warning(self, self.tr("Add an interviewer"), str(error))
        else:  # the project or its server: said in a sentence, details in the log
            show_failure(self, error, self.tr("add the name"))

    def details(self) -> ops.InterviewDetails:
        return ops.InterviewDetails(
            form_id=self.choices.form_id,
            interviewer=self.interviewer_box.currentText(),
            site=" ".join(self.site_box.currentText().split()),
            interview_date=self.date_edit.date().toPython(),
            sheet_number=" ".join(self.sheet_edit.text().split()),
            typed_by=" ".join(self.typed_by_box.currentText().split()),
        )

    def try_accept(self) -> None:
        details = self.details()
        missing = []
        if not details.interviewer:
            missing.append(self.tr("the interviewer (add your name with “Add a name…”)"))
        if not details.site:
            missing.append(self.tr("the site"))
        if details.sheet_number and not details.typed_by:
            missing.append(self.tr("who is typing in the paper datasheet"))
        if missing:
            joined = missing[0]
            for more in missing[1:]:
                joined = self.tr("{first} and {second}").format(first=joined, second=more)
            self.message.setText(self.tr("Please fill in {missing}.").format(missing=joined))
            self.message.show()
            return
        remember(INTERVIEWER, details.interviewer)
        remember(SITE, details.site)
        self.accept()
