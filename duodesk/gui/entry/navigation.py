"""The bar under an interview page: Back, the progress, Skip for now, Next / Finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NavigationBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.back_button = QPushButton(self.tr("◀  Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back to the previous question"))
        self.back_button.setToolTip(self.tr("Alt+Left"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Inside repeats it names every instance ("Services…: 2 of 3 › Visits…: 1 of 1"): on one
        # line, long labels made the window wider than the screen and pushed Next off it.
        self.progress_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Enter"))
        self.skip_button = QPushButton(self.tr("Skip for now"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setAccessibleName(
            self.tr("Skip this question for now; nothing is recorded and it is listed at the end")
        )
        self.skip_button.setAutoDefault(False)
        self.skip_button.setToolTip(
            self.tr(
                "Go on without an answer. Nothing is recorded for this question, and it is "
                "listed again when the interview is finished."
            )
        )
        self.skip_button.hide()  # shown when Next was refused on this page
        self.extra_buttons: list[QPushButton] = []  # the caller's, beside Skip for now
        self._on_last_page = False
        for button in (self.back_button, self.next_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.back_button)
        # The progress, and under it what the caller adds (whether the answers are saved).
        self.middle = QVBoxLayout()
        self.middle.setSpacing(2)
        self.middle.addWidget(self.progress_label)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self.skip_button)
        self.extra_row = QHBoxLayout()
        layout.addLayout(self.extra_row)
        layout.addWidget(self.next_button)

    def add_button(self, button: QPushButton) -> None:
        """A button of the caller's, before Next (Tab reaches it after Next and Back), for
        going to the end: hidden on the last page, where Next goes there itself."""
        button.setAutoDefault(False)
        self.extra_buttons.append(button)
        button.setVisible(not self._on_last_page)
        self.extra_row.addWidget(button)

    def show_position(self, progress_text: str, first: bool, last: bool, finish_text: str) -> None:
        self.progress_label.setText(progress_text)
        self.back_button.setEnabled(not first)
        self._on_last_page = last
        for button in self.extra_buttons:
            button.setVisible(not last)
        if last:
            self.next_button.setText(f"{finish_text}  ✔")
            self.next_button.setAccessibleName(finish_text)
        else:
            self.next_button.setText(self.tr("Next  ▶"))
            self.next_button.setAccessibleName(self.tr("Next question"))
