"""When the team's server cannot be reached: interview on this laptop, and send the interviews
to the server when it answers again (see :mod:`duodesk.storage.away`).

A line across the top of the main window says, in turn:

- on the server, when it stops answering (a read or a save failed for want of it, or a wait for
  it has gone on for seconds): that it cannot be reached, with **Interview on this laptop**;
- on the laptop: that interviews are being kept here, how many wait to be sent, and that
  DuoDesk tries the server every few seconds;
- when the server answers again: how many interviews entered here wait, with **Send them to the
  server**; once the server has stored them the window is back on the server and the line says
  they were sent (and nothing is said to be sent before then).

Whenever the window opens a server project, its questionnaires are copied to the laptop in the
background, so that interviewing on the laptop is possible the next time the server is lost,
even at start-up (see :mod:`duodesk.gui.app`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from duodesk.gui.failures import show_failure

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow
    from duodesk.storage.away import SentToServer
    from duodesk.storage.database import Database

log = logging.getLogger("duodesk.away")
translate = QCoreApplication.translate

RETRY_MS = 15_000  # while on the laptop, the server is tried this often
HIDDEN, TROUBLE, AWAY, BACK, SENDING, SENT = (
    "hidden",
    "trouble",
    "away",
    "back",
    "sending",
    "sent",
)
# In English; the line translates them when it shows them.
KEPT_HERE = QT_TRANSLATE_NOOP(
    "ServerAway",
    "You can go on interviewing on this laptop: the interviews are kept here, locked, and "
    "DuoDesk offers to send them to the server once it answers again.",
)
CANNOT_BE_REACHED = QT_TRANSLATE_NOOP(
    "ServerAway",
    "The server cannot be reached (it may be stopped, or this laptop may have lost the network).",
)


def server_unreachable(error: BaseException) -> bool:
    """Whether ``error`` means the server could not be reached (rather than, say, a refusal
    or a fault): a connection lost or refused, or a server that stopped answering."""
    from sqlalchemy.exc import OperationalError

    from duodesk.storage.database import ServerUnreachableError, is_busy

    if isinstance(error, ServerUnreachableError):
        return True
    if not isinstance(error, OperationalError) or is_busy(error):
        return False
    if getattr(error, "connection_invalidated", False):
        return True
    state = getattr(error.orig, "sqlstate", None)
    # Errors of the connection itself come from the driver, with no SQLSTATE; a server
    # shutting down says 57P01-57P03.
    return state is None or state.startswith("57P")


def _answers(server: Database) -> Database:
    """``server``, once it has answered a query (raises when it cannot be reached)."""
    from sqlalchemy import text

    with server.read_session() as session:
        session.execute(text("SELECT 1"))
    return server


def _left_on_laptop(location: str) -> tuple[Database, int] | None:
    """The laptop's away project for ``location`` and how many interviews wait in it, when
    some do (else None)."""
    from duodesk.storage.away import has_away_project, open_away_project, waiting_interviews

    if not has_away_project(location):
        return None
    try:
        away = open_away_project(location)
    except Exception:  # unreadable: nothing can be offered from it
        log.warning("The interviews kept on this laptop could not be opened", exc_info=True)
        return None
    count = waiting_interviews(away)
    if not count:
        away.close()
        return None
    return away, count


def _reason(error: Exception) -> str:
    """A refusal's reason in a sentence (DuoDesk's own errors say it in plain words)."""
    from duodesk.storage.code_keys import CodeKeyMissing
    from duodesk.storage.database import ProjectError
    from duodesk.storage.team import TeamKeyConflict

    if isinstance(error, TeamKeyConflict | CodeKeyMissing | ProjectError):
        return str(error)
    return translate("ServerAway", "What the server said: {error}").format(
        error=str(getattr(error, "orig", None) or error).strip()
    )


def _waiting_words(count: int) -> str:
    return translate(
        "ServerAway",
        "%n interviews entered on this laptop wait to be sent to the server",
        "",
        count,
    )


class ServerAway(QObject):
    """The line at the top of the main window, and the switch between the server project and
    the laptop's away project (see the module's description)."""

    silent = Signal(float)  # from the server watch's thread: seconds without an answer
    answering = Signal()  # from the same thread: the server answered after all
    state_changed = Signal(str)  # one of the states above (tests wait for it)
    kept_on_laptop = Signal()  # the server's questionnaires were copied to the laptop

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks
        self.state = HIDDEN
        self.server: Database | None = None  # the server project, once it has been opened
        self.location: str | None = None  # its address (for the laptop's away project)
        self.password: str | None = None  # its user's password, when typed in the window
        self.away: Database | None = None  # the laptop's project, while interviewing on it
        # The laptop's project while the window is on the server and interviews entered on
        # the laptop earlier still wait there (DuoDesk was closed before they were sent).
        self.left_over: Database | None = None
        self.copy_error: Exception | None = None  # why the questionnaires were not copied
        self._why_trouble = self.tr(CANNOT_BE_REACHED)
        self.waiting = 0
        self.retry_ms = RETRY_MS
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.try_server)
        self._build()
        self.silent.connect(self._server_silent)
        self.answering.connect(self._server_answers_again)
        self.tasks.failed.connect(self._task_failed)
        self.tasks.changed.connect(self._project_changed)

    def _build(self) -> None:
        self.frame = QFrame()
        self.frame.setObjectName("welcome")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("The shared server"))
        self.laptop_button = QPushButton(self.tr("Interview on this laptop"))
        self.laptop_button.setToolTip(
            self.tr(
                "Go on interviewing without the server: the interviews are kept on this "
                "laptop, locked, and sent to the server when it answers again"
            )
        )
        self.laptop_button.clicked.connect(lambda: self.work_on_laptop())
        self.send_button = QPushButton(self.tr("Send them to the server"))
        self.send_button.setToolTip(
            self.tr(
                "Send the finished interviews entered on this laptop to the server; they leave "
                "the laptop once the server has them"
            )
        )
        self.send_button.clicked.connect(self.send)
        self.try_button = QPushButton(self.tr("Try the server now"))
        self.try_button.setToolTip(self.tr("See now whether the server answers again"))
        self.try_button.clicked.connect(self.try_server)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Hide this line"))
        self.ok_button.clicked.connect(lambda: self._show(HIDDEN))
        row = QHBoxLayout()
        for button in (self.laptop_button, self.send_button, self.try_button, self.ok_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.frame.hide()
        self.window.centralWidget().layout().insertWidget(0, self.frame)

    def _show(self, state: str, text: str = "", *buttons: QPushButton) -> None:
        self.state = state
        self.label.setText(text)
        for button in (self.laptop_button, self.send_button, self.try_button, self.ok_button):
            button.setVisible(button in buttons)
            button.setEnabled(True)
        self.frame.setVisible(state != HIDDEN)
        self.state_changed.emit(state)

    # -- on the server ---------------------------------------------------------------------

    def project_opened(self, database: Database) -> None:
        """The window shows ``database`` (called by the main window)."""
        if database is self.away or database.is_sqlite:
            return
        if database is not self.server:
            self.server = database
            self.location = database.engine.url.render_as_string(hide_password=True)
            watch = database.server_watch
            if watch is not None:
                watch.listen(self.silent.emit, self.answering.emit)
        if self.state == TROUBLE:
            self._show(HIDDEN)
        from duodesk.storage.away import copy_questionnaires

        # For the next time the server is lost: its questionnaires, on this laptop.
        self.tasks.read(lambda: copy_questionnaires(database), self._copied, self._copy_failed)
        location = self.location
        if self.away is None and location is not None:
            self.tasks.read(lambda: _left_on_laptop(location), self._left_found)

    def _left_found(self, found: tuple[Database, int] | None) -> None:
        """Interviews entered on the laptop earlier still wait there: offer to send them."""
        if found is None:
            return
        away, count = found
        if not self._on_server() or self.away is not None or self.state == SENDING:
            away.close()
            return
        if self.left_over is not None and self.left_over is not away:
            self.left_over.close()
        self.left_over, self.waiting = away, count
        self._offer_to_send(
            self.tr("Interviews entered on this laptop earlier have not been sent yet.")
        )

    def _copied(self, _path) -> None:
        self.copy_error = None
        log.info("The server's questionnaires are kept on this laptop")
        self.kept_on_laptop.emit()

    def _copy_failed(self, error: Exception) -> None:
        # The error's own words are left out: a database error can quote what it was reading.
        log.warning(
            "The server's questionnaires could not be kept on this laptop: %s",
            type(error).__name__,
        )
        self.copy_error = error
        if self.state == TROUBLE:  # the line said they were kept: say why not
            self._trouble(self._why_trouble)

    def _on_server(self) -> bool:
        return self.server is not None and self.window.database is self.server

    def explains(self, error: Exception) -> bool:
        """Whether the line at the top already says why ``error`` happened (the server cannot
        be reached), so that no box need say it again: on the server, or after the switch to
        the laptop (work that was still waiting for the lost server ends then)."""
        on_laptop = self.away is not None and self.window.database is self.away
        return (self._on_server() or on_laptop) and server_unreachable(error)

    def _task_failed(self, error: Exception) -> None:
        if self._on_server() and server_unreachable(error) and self.state != SENDING:
            self._trouble(self.tr(CANNOT_BE_REACHED))

    def _server_silent(self, seconds: float) -> None:
        if self._on_server() and self.state in (HIDDEN, TROUBLE):
            from duodesk.storage.server_watch import give_up_after_s

            self._trouble(
                self.tr(
                    "The server has not answered for {seconds} seconds. DuoDesk keeps "
                    "waiting for it, for up to {longest} seconds; what you entered "
                    "stays in its window."
                ).format(seconds=f"{seconds:.0f}", longest=f"{give_up_after_s():.0f}")
            )

    def _server_answers_again(self) -> None:
        if self._on_server() and self.state == TROUBLE:
            self._show(HIDDEN)

    def _trouble(self, why: str) -> None:
        from duodesk.storage.away import has_away_project

        self._why_trouble = why
        if not self._retry.isActive():  # the line goes once the server answers again
            self._retry.start(self.retry_ms)
        if self.copy_error is not None:
            self._show(TROUBLE, f"<b>{why}</b> {self._not_copied(self.copy_error)}")
        elif self.location is not None and has_away_project(self.location):
            self._show(TROUBLE, f"<b>{why}</b> {self.tr(KEPT_HERE)}", self.laptop_button)
        else:
            self._show(
                TROUBLE,
                f"<b>{why}</b> "
                + self.tr(
                    "Interviews cannot be entered on this laptop meanwhile: the "
                    "server's questionnaires were never copied to it."
                ),
            )

    def _not_copied(self, error: Exception) -> str:
        """Why interviewing on the laptop cannot be offered: the copy did not complete."""
        from duodesk.storage.code_keys import CodeKeyMissing

        if isinstance(error, CodeKeyMissing):
            return self.tr(
                "Interviews cannot be entered on this laptop meanwhile: it does not have the "
                "team's participant-code key, so the server's questionnaires could not be "
                "copied to it. Read a team transfer file made on a laptop of the team (it "
                "carries the key) while the server answers."
            )
        return self.tr(
            "Interviews cannot be entered on this laptop meanwhile: the server's "
            "questionnaires could not be copied to it ({reason})."
        ).format(reason=error)

    # -- on the laptop ---------------------------------------------------------------------

    def work_on_laptop(self, location: str | None = None, password: str | None = None) -> None:
        """Show the laptop's away project for the server at ``location`` (by default the one
        open now) instead of the server."""
        from duodesk.storage.away import open_away_project

        if location is not None:
            self.location, self.password = location, password
        where = self.location
        assert where is not None
        self.laptop_button.setEnabled(False)
        watch = self.server.server_watch if self.server is not None else None
        if self.state == TROUBLE and watch is not None and self.tasks.busy():
            # Work for the silent server holds the queue the switch would wait in: stop
            # waiting for it now (what it was saving stays in its window, which sends it again
            # once the server answers), rather than after DUODESK_SERVER_WAIT_S.
            watch.give_up_now()
        self.tasks.run(lambda: open_away_project(where), self._away_opened, self._fail)

    def _away_opened(self, away: Database) -> None:
        self.away = away
        self.window.set_project(away)
        self.window.project_label.setText(
            self.tr("Project: kept on this laptop while the server cannot be reached (locked)")
        )
        self._count_waiting()
        self._retry.start(self.retry_ms)

    def _project_changed(self, _changes) -> None:
        if self.away is not None and self.window.database is self.away:
            self._count_waiting()

    def _count_waiting(self) -> None:
        from duodesk.storage.away import waiting_interviews

        away = self.away
        if away is not None:
            self.tasks.read(lambda: waiting_interviews(away), self._show_waiting)

    def _show_waiting(self, count: int) -> None:
        self.waiting = count
        if self.state in (BACK, SENDING):
            self._offer_to_send()
            return
        waiting = f" {_waiting_words(count)}." if count else ""
        self._show(
            AWAY,
            self.tr(
                "<b>Interviewing on this laptop:</b> the server cannot be reached, so the "
                "interviews are kept here, locked.{waiting} DuoDesk tries the server every "
                "{seconds} seconds."
            ).format(waiting=waiting, seconds=self.retry_ms // 1000 or 1),
            self.try_button,
        )

    def try_server(self) -> None:
        """See whether the server answers again (by itself every few seconds, while the
        line says it cannot be reached or the window is on the laptop)."""
        self._retry.stop()
        if self.state == TROUBLE and self._on_server():
            server = self.server
            self.tasks.read(
                lambda: _answers(server), self._answers_again, lambda _e: self._retry_later()
            )
            return
        if self.away is None or self.state == SENDING:
            return
        server, location, password = self.server, self.location, self.password

        def work():

            from duodesk.storage.database import Database

            if server is None:  # never reached since DuoDesk started
                return Database.open(location, create=False, password=password)
            return _answers(server)

        self.tasks.read(work, self._server_back, self._still_away)

    def _still_away(self, error: Exception) -> None:
        """The server was tried from the laptop and not reached; or it answered, asking for
        its user's password (never typed since DuoDesk started, because the server was down):
        ask for it, and keep it for this window only (in memory) for the next tries."""
        from duodesk.gui.app import password_request
        from duodesk.storage.database import PasswordNeededError

        if not isinstance(error, PasswordNeededError) or self.away is None:
            self._retry_later()
            return
        text, ok = QInputDialog.getText(
            self.window,
            translate("ProjectOpening", "Password for the shared project"),
            password_request(error),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self.password = text
            self.try_server()
            return
        self._show(
            AWAY,
            self.tr(
                "<b>The server answers again, but it needs the password.</b> The interviews "
                "stay on this laptop, locked, until it is typed: press Try the server now."
            ),
            self.try_button,
        )

    def _retry_later(self) -> None:
        if self.state in (TROUBLE, AWAY, BACK):
            self._retry.start(self.retry_ms)

    def _answers_again(self, _server: Database) -> None:
        if self.state == TROUBLE and self._on_server():
            self._show(HIDDEN)

    def _server_back(self, server: Database) -> None:
        if server is not self.server:
            self.server = server
            if server.server_watch is not None:
                server.server_watch.listen(self.silent.emit, self.answering.emit)
        if self.away is None:
            return
        if not self.waiting:
            self._back_on_server()
            self._show(
                SENT,
                self.tr("<b>The server answers again:</b> DuoDesk is back on the shared project."),
                self.ok_button,
            )
            return
        self.state = BACK
        self._offer_to_send()

    def _offer_to_send(self, heading: str = "") -> None:
        heading = heading or self.tr("The server answers again.")
        self.send_button.setText(
            self.tr("Send it to the server")
            if self.waiting == 1
            else self.tr("Send them to the server")
        )
        until = self.tr(
            "%n interviews entered on this laptop wait to be sent to the server: until "
            "they are sent, only this laptop has them.",
            "",
            self.waiting,
        )
        self._show(BACK, f"<b>{heading}</b> {until}", self.send_button)

    def send(self) -> None:
        """Send the interviews entered on the laptop to the server (with the team merge)."""
        from duodesk.storage.away import send_to_server

        away, server = self.away or self.left_over, self.server
        if away is None or server is None:
            return
        self._show(SENDING, self.tr("Sending the interviews entered on this laptop to the server…"))
        self.tasks.run(lambda: send_to_server(away, server), self._sent, self._send_failed)

    def _sent(self, sent: SentToServer) -> None:
        if self.left_over is not None:
            self.left_over.close()
            self.left_over = None
        self.waiting = 0
        self._back_on_server()
        self._show(
            SENT,
            f"<b>{sent.describe()}</b> " + self.tr("DuoDesk is back on the shared project."),
            self.ok_button,
        )

    def _send_failed(self, error: Exception) -> None:
        from duodesk.storage.database import is_busy

        log.warning("Sending the interviews kept on this laptop failed: %s", error)
        if server_unreachable(error):
            why = self.tr("the server stopped answering.")
        elif is_busy(error):
            why = self.tr(
                "the server was busy with other people's work and could not take them just "
                "now. Try again in a moment."
            )
        else:
            why = self.tr("the server refused them. {reason}").format(reason=_reason(error))
        self.send_button.setText(self.tr("Try again"))
        heading = self.tr("The interviews were not sent:")
        self._show(
            BACK,
            f"<b>{heading}</b> {why} "
            + self.tr("Nothing was stored on the server, and they are all still on this laptop.")
            + f" {_waiting_words(self.waiting)}.",
            self.send_button,
        )

    def may_close(self) -> bool:
        """Asked when DuoDesk closes: while interviews entered on this laptop wait and the
        server answers, say so (they stay on the laptop, locked) and let the person send them
        first. True to close."""
        if self.state != BACK or not self.waiting:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Interviews not sent yet"),
            (
                self.tr(
                    "1 interview entered on this laptop has not been sent to the server. It "
                    "stays safe on this laptop, locked, and DuoDesk offers to send it the next "
                    "time it opens the server."
                )
                if self.waiting == 1
                else self.tr(
                    "{count} interviews entered on this laptop have not been sent to the "
                    "server. They stay safe on this laptop, locked, and DuoDesk offers to send "
                    "them the next time it opens the server."
                ).format(count=self.waiting)
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close DuoDesk"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Send them first"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.closing_box = box
        return box.exec() == QMessageBox.StandardButton.Close

    def _back_on_server(self) -> None:
        # The laptop's project stays open: an interview left unfinished on it may still be
        # open in its window, saving there (it can be finished on the laptop later).
        self.away = None
        self._retry.stop()
        assert self.server is not None
        self.window.set_project(self.server)

    def _fail(self, error: Exception) -> None:
        self.laptop_button.setEnabled(True)
        show_failure(self.window, error, self.tr("open the interviews kept on this laptop"))


def install(window: MainWindow) -> ServerAway:
    return ServerAway(window)
