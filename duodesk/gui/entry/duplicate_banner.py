"""The warning shown when the participant code matches an earlier interview.

It informs and never decides: nothing is merged or blocked; the interviewer carries on or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from duodesk.gui.text_size import follow
from duodesk.storage.participant_codes import PossibleDuplicate


def readable_date(iso: str) -> str:
    """``"2024-07-12"`` -> ``"12 July 2024"``; anything else as it is ("an unknown date" for "")."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso or QCoreApplication.translate("DuplicateBanner", "an unknown date")
    # In the interface language: "12 July 2024", "12 juillet 2024".
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def duplicate_message(duplicates: Sequence[PossibleDuplicate]) -> str:
    first = duplicates[0]
    translate = QCoreApplication.translate
    when = readable_date(first.interview_date)
    text = (
        translate(
            "DuplicateBanner", "This person may already have been interviewed on {date} at {site}"
        )
        if first.site
        else translate("DuplicateBanner", "This person may already have been interviewed on {date}")
    ).format(date=when, site=first.site)
    if not first.exact:
        text += " " + translate(
            "DuplicateBanner", "(their participant code is the same except for one part)"
        )
    text += "."
    others = len(duplicates) - 1
    if others:
        text += " " + translate(
            "DuplicateBanner", "There are %n more possible matches.", "", others
        )
    return (
        text
        + " "
        + translate(
            "DuplicateBanner",
            "You could ask whether they have taken part before. Nothing has been changed or "
            "blocked: you decide whether to carry on.",
        )
    )


class DuplicateBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("duplicateWarning")
        self.label = QLabel()
        self.label.setWordWrap(True)
        follow(self.label, "font-size: 12pt;")
        self.dismiss_button = QPushButton(self.tr("Carry on with this interview"))
        self.dismiss_button.setAccessibleName(self.tr("Close this warning and carry on"))
        self.dismiss_button.clicked.connect(self.hide)
        # The button beside the text, not under it: the banner stays a few lines high and
        # the question below keeps its room on a laptop at 125%.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_duplicates(self, duplicates: Sequence[PossibleDuplicate]) -> None:
        if not duplicates:
            self.hide()
            return
        self.label.setText(duplicate_message(duplicates))
        self.setAccessibleName(self.tr("Warning: {text}").format(text=self.label.text()))
        self.show()
