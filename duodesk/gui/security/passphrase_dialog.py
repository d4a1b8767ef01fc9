"""Choosing a passphrase: typed twice, with a strength meter and plain advice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.passphrase import MINIMUM_LENGTH, normalise, problem_with_new, strength

STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("ChoosePassphraseDialog", "Too short"),
    QT_TRANSLATE_NOOP("ChoosePassphraseDialog", "Weak"),
    QT_TRANSLATE_NOOP("ChoosePassphraseDialog", "Fair"),
    QT_TRANSLATE_NOOP("ChoosePassphraseDialog", "Good"),
    QT_TRANSLATE_NOOP("ChoosePassphraseDialog", "Strong"),
)

ADVICE = QT_TRANSLATE_NOOP(
    "ChoosePassphraseDialog",
    "Choose words you will remember, for example four words that do not belong together "
    "(at least {minimum} characters). Write it down and keep it somewhere safe, away "
    "from the laptop: without it nobody can open the project, not even the people who made "
    "DuoDesk.",
)


class ChoosePassphraseDialog(QDialog):
    """Asks for a new passphrase twice. ``passphrase()`` gives it after ``exec()`` accepts.

    ``allow_later`` adds a "Not now" button (the first time a group starts its own survey);
    the dialog is then rejected with ``chose_later`` set.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        explanation: str = "",
        allow_later: bool = False,
    ) -> None:
        super().__init__(parent)
        title = title or self.tr("Lock the project with a passphrase")
        self.setWindowTitle(title)
        self.chose_later = False
        heading = QLabel(title)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        intro = QLabel(
            explanation
            or self.tr(
                "The interviews in this project are about people's health and drug use. "
                "With a passphrase the project file is encrypted: anyone who copies it from "
                "this laptop sees nothing."
            )
        )
        intro.setWordWrap(True)
        advice = QLabel(self.tr(ADVICE).format(minimum=MINIMUM_LENGTH))
        advice.setWordWrap(True)

        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The new passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("How strong the passphrase is"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Type it again:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Use this passphrase"))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if allow_later:
            later = QPushButton(self.tr("Not now"))
            later.setToolTip(self.tr("DuoDesk will remind you every time it starts."))
            later.clicked.connect(self._later)
            self.buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_good)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, intro, advice):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(560)

    def passphrase(self) -> str:
        return normalise(self.first.text())

    def _update(self) -> None:
        score = strength(self.first.text())
        self.meter.setValue(score)
        self.meter.setFormat(self.tr(STRENGTH_WORDS[score]))
        self.problem.clear()

    def _accept_if_good(self) -> None:
        problem = problem_with_new(self.first.text())
        if problem is None and normalise(self.first.text()) != normalise(self.second.text()):
            problem = self.tr("The two passphrases are not the same. Type them again.")
        if problem:
            self.problem.setText(problem)
            self.first.setFocus()
            return
        self.accept()

    def _later(self) -> None:
        self.chose_later = True
        self.reject()
