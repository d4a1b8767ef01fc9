"""How far two coders agree: per theme the percent of answers where they agree and Cohen's
kappa, then every answer they coded differently, to settle together."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.tables import rounded_text, share_text
from duodesk.analysis.themes import Agreement, Disagreement
from duodesk.gui.failures import show_failure
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.themes import operations as ops
from duodesk.storage.database import Database

THEME_HEADERS = (
    QT_TRANSLATE_NOOP("AgreementDialog", "Theme"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Both gave it"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Main only"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Second only"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Neither"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Agree"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Kappa"),
)
DIFFERENCE_HEADERS = (
    QT_TRANSLATE_NOOP("AgreementDialog", "Answer"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Main coding (blind)"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Second coder"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Settled"),
)
# Landis and Koch's bands, as exact decimals: 0.41-0.60 is moderate, 0.61-0.80 substantial.
KAPPA_WORDS = (
    (Decimal("0.80"), QT_TRANSLATE_NOOP("AgreementDialog", "almost perfect")),
    (Decimal("0.60"), QT_TRANSLATE_NOOP("AgreementDialog", "substantial")),
    (Decimal("0.40"), QT_TRANSLATE_NOOP("AgreementDialog", "moderate")),
    (Decimal("0.20"), QT_TRANSLATE_NOOP("AgreementDialog", "fair")),
    (Decimal("0.00"), QT_TRANSLATE_NOOP("AgreementDialog", "slight")),
)

translate = QCoreApplication.translate
POOR = QT_TRANSLATE_NOOP("AgreementDialog", "poor")


def _say(text: str) -> str:
    return QCoreApplication.translate("AgreementDialog", text)


def kappa_in_words(kappa: float | None) -> str:
    """Kappa with Landis and Koch's words for it ("0.41 moderate"); "cannot say" when
    undefined (both coders always gave, or never gave, the theme)."""
    if kappa is None:
        return translate("AgreementDialog", "cannot say")
    # Judged as shown, rounded half up as every figure is (0.125 is 0.13): a tiny negative
    # value such as -0.001 is 0.00 ("slight"), never "-0.00 poor"; adding 0 turns the -0.00
    # that rounding leaves into 0.00.
    shown = Decimal(rounded_text(kappa, 2)) + 0
    words = next((w for limit, w in KAPPA_WORDS if shown > limit or limit == shown == 0), POOR)
    return translate("AgreementDialog", "{kappa} {words}").format(
        kappa=f"{shown:.2f}", words=_say(words)
    )


class AgreementDialog(QDialog):
    loaded = Signal()

    def __init__(
        self, parent: QWidget, database: Database, tasks: ProjectWorker, data: ops.CodingData
    ) -> None:
        super().__init__(parent)
        self.database, self.tasks, self.data = database, tasks, data
        self.agreement: Agreement | None = None
        self.setWindowTitle(self.tr("Agreement between coders"))
        self.resize(1100, 640)
        heading = QLabel(self.tr("Agreement between coders"))
        heading.setObjectName("heading")
        self.coder_box = QComboBox()
        self.coder_box.setAccessibleName(self.tr("Second coder"))
        self.coder_box.addItems(list(data.coders))
        self.coder_box.activated.connect(lambda _: self.reload())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("The main coding compared with:")))
        chooser.addWidget(self.coder_box, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.themes = QTableWidget(0, len(THEME_HEADERS))
        self.themes.setHorizontalHeaderLabels([_say(h) for h in THEME_HEADERS])
        self.themes.setAccessibleName(self.tr("Agreement per theme"))
        self.differences = QTableWidget(0, 4)
        self.differences.setHorizontalHeaderLabels([_say(h) for h in DIFFERENCE_HEADERS])
        self.differences.setAccessibleName(self.tr("Answers coded differently"))
        for table in (self.themes, self.differences):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.differences.itemSelectionChanged.connect(self._offer_choices)
        # Settling one answer: tick the themes it keeps (both coders', either's or none).
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Themes the answer keeps: tick each one to keep"))
        self.choices.setMaximumHeight(150)
        self.not_codable = QCheckBox(self.tr("Not codable"))
        self.not_codable.toggled.connect(self._not_codable_toggled)
        self.settle_button = QPushButton(self.tr("&Save the agreed coding for this answer"))
        self.settle_button.clicked.connect(self.settle)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        settling = QVBoxLayout()
        agreed = QLabel(
            self.tr(
                "The agreed coding of the answer chosen above: keep the themes you both "
                "agree on, and only those (both coders' or one coder's). Keep no theme and "
                "the answer is saved as Not codable: it fits none of the themes."
            )
        )
        agreed.setWordWrap(True)  # on one line it made the dialog wider than a laptop
        settling.addWidget(agreed)
        settling.addWidget(self.choices)
        settling.addWidget(self.not_codable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settle_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.themes, 1)
        layout.addWidget(QLabel(self.tr("Answers coded differently (settle them together):")))
        layout.addWidget(self.differences, 1)
        layout.addLayout(settling)
        layout.addLayout(buttons)
        if data.coders:
            self.reload()
        else:
            self.summary.setText(
                self.tr(
                    "Nobody has coded these answers as a second coder yet. A second coder types "
                    "their name in the coding screen's Coder box and codes the answers blind."
                )
            )
            self.settle_button.setEnabled(False)

    def reload(self) -> None:
        coder = self.coder_box.currentText()
        database, form_id, question = self.database, self.data.form_id, self.data.question
        self.tasks.read(
            lambda: ops.load_agreement(database, form_id, question, coder),
            self._show,
            lambda error: show_failure(self, error, self.tr("compare the coders")),
        )

    def _show(self, found: Agreement) -> None:
        self.agreement = found
        answers = found.answers  # (Qt's lupdate reads only a plain name as the count)
        said = [self.tr("%Ln answers coded by both.", "", answers)]
        if found.answers:
            said.append(
                self.tr("{identical} ({share}) were given exactly the same themes.").format(
                    identical=QLocale().toString(found.identical),
                    share=share_text(found.identical, found.answers),
                )
            )
        said.append(self.tr("Kappa: 1 is perfect agreement, 0 no better than chance."))
        said.append(
            self.tr(
                "These figures compare the coders' blind coding: settling an answer below "
                "changes the main coding, not them."
            )
        )
        self.summary.setText(" ".join(said))
        self.themes.setRowCount(len(found.themes))
        for row, theme in enumerate(found.themes):
            compared = theme.both + theme.first_only + theme.second_only + theme.neither
            agree = share_text(theme.both + theme.neither, compared)
            cells = (
                theme.theme,
                theme.both,
                theme.first_only,
                theme.second_only,
                theme.neither,
                agree,
                kappa_in_words(theme.kappa),
            )
            for column, value in enumerate(cells):
                self.themes.setItem(row, column, QTableWidgetItem(str(value)))
        self.differences.setRowCount(len(found.disagreements))
        for row, difference in enumerate(found.disagreements):
            cells = (
                difference.text,
                "; ".join(difference.first) or self.tr("no theme"),
                "; ".join(difference.second) or self.tr("no theme"),
                self.tr("Not yet")
                if difference.settled is None
                else self.tr("Yes: {themes}").format(
                    themes="; ".join(difference.settled) or self.tr("no theme")
                ),
            )
            for column, value in enumerate(cells):
                self.differences.setItem(row, column, QTableWidgetItem(value))
        self.settle_button.setEnabled(bool(found.disagreements))
        if found.disagreements:
            # The first one still to settle (or the first, when all are settled).
            todo = [d.settled is None for d in found.disagreements]
            self.differences.selectRow(todo.index(True) if any(todo) else 0)
        self.loaded.emit()

    def _difference(self) -> Disagreement | None:
        rows = self.differences.selectionModel().selectedRows()
        if self.agreement is None or not rows:
            return None
        return self.agreement.disagreements[rows[0].row()]

    def _offer_choices(self) -> None:
        """Both coders' themes for the answer chosen, ticked where both gave them."""
        difference = self._difference()
        self.choices.clear()
        self.not_codable.blockSignals(True)
        self.not_codable.setChecked(False)
        self.not_codable.blockSignals(False)
        if difference is None:
            self.settle_button.setEnabled(False)
            return
        given = difference.first_ids | difference.second_ids
        for theme in self.data.themes:
            if theme.id not in given:
                continue
            whose = (
                self.tr("both coders")
                if theme.id in difference.first_ids and theme.id in difference.second_ids
                else self.tr("main coding")
                if theme.id in difference.first_ids
                else self.tr("second coder")
            )
            item = QListWidgetItem(
                self.tr("{theme}   (given by: {whose})").format(theme=theme.label, whose=whose)
            )
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            agreed = theme.id in difference.first_ids and theme.id in difference.second_ids
            item.setCheckState(Qt.CheckState.Checked if agreed else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.settle_button.setEnabled(True)

    def _not_codable_toggled(self, checked: bool) -> None:
        # An answer not codable has no theme: the ticks are taken away and greyed out.
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            if checked:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)

    def kept_themes(self) -> frozenset[int]:
        """The themes ticked to keep."""
        return frozenset(
            self.choices.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.choices.count())
            if self.choices.item(row).checkState() == Qt.CheckState.Checked
        )

    def settle(self) -> None:
        difference = self._difference()
        if difference is None:
            return
        themes, not_codable = self.kept_themes(), self.not_codable.isChecked()
        database, form_id, question = self.database, self.data.form_id, self.data.question
        coder = self.coder_box.currentText()
        self.tasks.run(
            lambda: ops.settle(
                database,
                form_id,
                question,
                difference.interview_id,
                themes,
                not_codable=not_codable,
                second_coder=coder,
            ),
            lambda _: self.reload(),
            lambda error: show_failure(self, error, self.tr("save the coding")),
        )


def open_agreement(
    parent: QWidget, database: Database, tasks: ProjectWorker, data: ops.CodingData
) -> AgreementDialog:
    dialog = AgreementDialog(parent, database, tasks, data)
    dialog.show()
    return dialog
