"""Quotes for the report: per theme, the words of the answers coded with it, de-identified
(no site, date, interviewer or interview, and names and numbers taken out of the words),
ready to copy."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.themes import ThemeQuotes, theme_quotes
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.findings import theme_counts_shown
from duodesk.gui.failures import show_failure
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database

translate = QCoreApplication.translate


def quotes_in_words(quotes: tuple[ThemeQuotes, ...]) -> str:
    """The quotes as plain text, a block per theme."""
    blocks = []
    for theme in quotes:
        if theme.identifying:
            # Nothing of an identifying question is told, not even how many gave a theme.
            lines = [theme.theme]
        elif theme.hidden:
            # The count could point at someone, directly or worked out from the others. The
            # same words whether it is small or hidden to protect a small one, as the
            # workbook does, so that they do not tell which is which.
            lines = [
                translate("QuotesDialog", "{theme} (number hidden, as in the workbook)").format(
                    theme=theme.theme
                )
            ]
        else:
            people = theme.people  # (Qt's lupdate reads only a plain name as the count)
            lines = [
                QCoreApplication.translate(
                    "QuotesDialog", "{theme} (%Ln people)", "", people
                ).format(theme=theme.theme)
            ]
        if theme.description:
            lines.append(theme.description)
        if theme.identifying:
            lines.append(
                translate(
                    "QuotesDialog",
                    "Quotes kept back: this question is marked as identifying, so its answers "
                    "are never quoted.",
                )
            )
        elif theme.hidden:
            lines.append(
                translate(
                    "QuotesDialog",
                    "Quotes kept back: the workbook hides how many people gave this theme (too "
                    "few to show safely, or hidden so that a small number next to it cannot be "
                    "worked out), so its answers are not quoted either.",
                )
            )
        lines += [f"“{quote}”" for quote in theme.quotes]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def quotes_as_in_workbook(
    database: Database, form_id: str, question: str, show_small_themes: bool = False
) -> tuple[ThemeQuotes, ...]:
    """The quotes per theme, following the findings report's rule: a theme is quoted, and
    its number shown, only when the workbook's themes table shows its count (unless the
    coordinator chose to show small themes too)."""
    quotes = theme_quotes(database, form_id, question, show_small_themes=show_small_themes)
    if show_small_themes or not quotes or quotes[0].identifying:
        return quotes
    rule = DisclosureRule(threshold=quotes[0].limit)
    shown = theme_counts_shown(database, form_id, question, rule)
    return tuple(
        theme
        if theme.people == 0 or theme.theme in shown
        else replace(theme, hidden=True, quotes=())
        for theme in quotes
    )


class QuotesDialog(QDialog):
    loaded = Signal()

    def __init__(
        self, parent: QWidget, database: Database, tasks: ProjectWorker, form_id: str, question: str
    ) -> None:
        super().__init__(parent)
        self.database, self.tasks, self.form_id, self.question = database, tasks, form_id, question
        self.setWindowTitle(self.tr("Quotes per theme"))
        self.resize(1000, 640)
        heading = QLabel(self.tr("Quotes per theme"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The words only: no site, date or interviewer, in alphabetical order. Names, "
                "phone numbers, e-mail and web addresses, dates and other numbers were taken out "
                "and show as “[…]”, by simple rules that can miss some: read every quote, and "
                "check that nobody can be recognised from their words, before using it. As in "
                "the findings report, a theme is quoted, and its number shown, only when the "
                "workbook shows how many people gave it."
            )
        )
        intro.setWordWrap(True)
        self.small = QCheckBox(
            self.tr("Show quotes for themes given by few people too (coordinator's choice)")
        )
        self.small.toggled.connect(lambda _: self.reload())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Quotes per theme"))
        copy = QPushButton(self.tr("Copy all"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.small)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        database, form_id, question = self.database, self.form_id, self.question
        show_small = self.small.isChecked()
        self.tasks.read(
            lambda: quotes_as_in_workbook(database, form_id, question, show_small),
            self._show,
            lambda error: show_failure(self, error, self.tr("list the quotes")),
        )

    def _show(self, quotes: tuple[ThemeQuotes, ...]) -> None:
        self.text.setPlainText(quotes_in_words(quotes) or self.tr("No theme has been given yet."))
        self.loaded.emit()
