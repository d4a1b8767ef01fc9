"""The built-in guide: short "How to…" pages in the words the screens use, and the keys.

Opened with F1 or the Help menu. The pages are plain HTML kept here (a handful of short
paragraphs does not need a help system); the keyboard page is made from the same table the
menus are made from, so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.screen_fit import available_area, fit_to_screen, room_on

START = QT_TRANSLATE_NOOP("HelpWindow", "Start an interview")
CORRECT = QT_TRANSLATE_NOOP("HelpWindow", "Correct an interview")
RESULTS = QT_TRANSLATE_NOOP("HelpWindow", "Read the Results")
ADD_INTERVIEWS = QT_TRANSLATE_NOOP("HelpWindow", "Add interviews from a file")
EXPORT = QT_TRANSLATE_NOOP("HelpWindow", "Export for the health board")
LOCK = QT_TRANSLATE_NOOP("HelpWindow", "Lock the project")
KEYS = QT_TRANSLATE_NOOP("HelpWindow", "Keyboard shortcuts")

PAGES = {
    START: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Start an interview</h2>
<ol>
<li>On the main window, click the questionnaire in the list.</li>
<li>Press <b>Start an interview…</b> (or Ctrl+I, or Enter on the list).</li>
<li>Choose your name, the site and the date, then press <b>Start the interview</b>.</li>
<li>Each question has its own page. Press the number of an answer (1, 2, 3…) or type it, then
press <b>Enter</b> or <b>Next</b>. <b>Back</b> (Alt+Left) goes to the page before.</li>
<li>If an answer is needed or is not allowed, a red message says why and the interview stays
on that question. <b>Skip for now</b> goes on without it; you are reminded at the end.</li>
<li>On the last page press <b>Finish the interview</b>. Then press Enter to close.</li>
</ol>
<p>Every answer is saved as soon as it is given. If the laptop is closed or the power goes,
the interview waits under “unfinished interviews” on the main window: press
<b>Resume or discard…</b> to carry on.</p>
""",
    ),
    CORRECT: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Correct an interview</h2>
<ol>
<li>Choose the questionnaire and press <b>Interviews…</b> (Ctrl+L).</li>
<li>Find the interview (type a site, a name or a date in <b>Search</b>) and press
<b>Open to read or correct…</b>. You can read it without giving your name.</li>
<li>The first page lists every question and its answer. Click an answer to change it.</li>
<li>When you make the first change, DuoDesk asks <b>Who is correcting?</b>. Every change is
recorded with your name, the time, the old answer and the new one.</li>
<li>When the changes are made, press <b>Done correcting</b> (beside <b>Next</b>): DuoDesk checks
the answers and saves the corrections.</li>
</ol>
""",
    ),
    RESULTS: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Read the Results</h2>
<ol>
<li>Choose the questionnaire and press <b>Results…</b> (Ctrl+R).</li>
<li>Click a question in the list. The table shows how many people gave each answer.</li>
<li>Under the title a sentence says who the numbers are about, for example “40 of the 66
people asked answered; 13 were not asked”. <b>Not asked (skipped)</b> means the question did
not apply to that person. <b>No answer</b> means it applied but was left blank.</li>
<li><b>Valid percent</b> leaves out “Don't know” and “Prefer not to say”.</li>
<li>To count only some interviews, choose a site, an interviewer or dates at the top, or
“Only people whose answer to … is …”. <b>Count everyone again</b> undoes that.</li>
<li><b>Copy the table</b> puts it on the clipboard for a document; <b>Save the chart as a
picture…</b> saves a PNG.</li>
</ol>
""",
    ),
    ADD_INTERVIEWS: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Add interviews from a file</h2>
<p>Interviews collected elsewhere (with ODK Collect, KoboToolbox, or DuoDesk on another laptop)
can be added to a questionnaire of this project.</p>
<ol>
<li>Choose the questionnaire in the list.</li>
<li>In the <b>Questionnaire</b> menu (or with a right click on the questionnaire) choose
<b>Add interviews from a file…</b> (Ctrl+Shift+I).</li>
<li>Choose the file: a CSV or Excel (.xlsx) file, or the .zip that ODK Central gives.</li>
</ol>
<p>DuoDesk then says how many interviews were added, how many were already in the project,
and which columns were left out. If any row has a problem, nothing is added and each problem
is listed with its row and column: correct the file and add it again, or press <b>Add only the
rows without problems</b>.</p>
""",
    ),
    EXPORT: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Export for the health board</h2>
<ol>
<li>Choose the questionnaire and press <b>Export…</b> (Ctrl+E).</li>
<li>Leave <b>Hide small numbers</b> and <b>De-identified</b> ticked for any file that leaves
the group. Small counts then show as *, and written answers and names are left out.</li>
<li>Choose <b>Workbook (.xlsx)</b> for the health board, choose where to save it, and press
<b>Export</b>.</li>
</ol>
<p>The file appears only when it is complete. The participant code is never exported.</p>
<p>To draft the report to present, choose <b>Findings report (Word)</b> instead: a Word
document (and a PDF) with how the survey was done, a sentence per question, the tables and
charts. Small numbers are hidden in it as in the workbook. Read it and edit it before it is
passed on.</p>
""",
    ),
    LOCK: QT_TRANSLATE_NOOP(
        "HelpWindow",
        """
<h2>Lock the project</h2>
<p>A project with a passphrase cannot be read by anyone who does not know it, even if the
laptop is lost. DuoDesk asks for the passphrase each time it starts.</p>
<p>To set it, a coordinator chooses <b>Security &gt; Lock the project with a passphrase…</b>
(or presses <b>Choose a passphrase…</b> on the line at the top of the main window) and types
it twice. The same menu changes it (<b>Change the passphrase…</b>) or removes it. <b>Security
&gt; Lock now</b> (Ctrl+Shift+L) hides everything until the passphrase is typed again, for
when you step away from the laptop. Keep the passphrase
somewhere safe: without it the interviews cannot be opened by anyone.</p>
""",
    ),
}
translate = QCoreApplication.translate


def keys_page(shortcuts: Sequence[tuple[str, str]]) -> str:
    """The keyboard page from (what it does, key) pairs."""
    rows = "".join(
        f"<tr><td style='padding: 3px 18px 3px 0'><b>{key}</b></td><td>{what}</td></tr>"
        for what, key in shortcuts
    )
    return f"<h2>{translate('HelpWindow', KEYS)}</h2><table>{rows}</table>"


class HelpWindow(QDialog):
    """The guide: topics on the left, the chosen page on the right."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to… – DuoDesk"))
        self.pages = {**PAGES, KEYS: keys_page(shortcuts)}
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Help topics"))
        for topic in self.pages:  # each in the interface language; the English name with it
            item = QListWidgetItem(self.tr(topic))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topics.addItem(item)
        self.topics.setWordWrap(True)  # a topic wider than the screen allows wraps, whole
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help page"))
        self.text.setOpenExternalLinks(False)
        self.topics.currentItemChanged.connect(
            lambda item, _: (
                item is not None and self.show_topic(item.data(Qt.ItemDataRole.UserRole))
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._fit_to_text()
        self.show_topic(START)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "text"):
            # larger text: the topics keep their whole names (measured once the list has its
            # new font, after this event)
            QTimer.singleShot(0, self._fit_to_text)

    def _fit_to_text(self) -> None:
        """Give the topics the width of their longest name and the page beside them room for
        about 60 characters, within the screen: at the largest text a fixed 280 pixels cut the
        topics to "Correct an intervie" and the window stayed 900x600."""
        area = available_area(self)
        room = room_on(area)
        topics = (
            self.topics.sizeHintForColumn(0)
            + 2 * self.topics.frameWidth()
            + self.topics.verticalScrollBar().sizeHint().width()
            + 8
        )
        self.topics.setFixedWidth(min(topics, room.width() // 2))
        line = self.fontMetrics()
        page = 60 * line.averageCharWidth()
        fit_to_screen(
            self,
            QSize(max(900, self.topics.width() + page + 48), max(600, 28 * line.height())),
            available=area,
        )

    def show_topic(self, topic: str) -> None:
        if topic not in self.pages:
            return
        page = self.pages[topic]
        self.text.setHtml(page if topic == KEYS else self.tr(page))
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if (
                item.data(Qt.ItemDataRole.UserRole) == topic
                and self.topics.currentItem() is not item
            ):
                self.topics.setCurrentItem(item)
