"""The background worker that every screen's operations run on."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from duodesk.gui.tasks import ProjectWorker


def test_results_and_errors_come_back_on_the_gui_thread(qtbot):
    runner = ProjectWorker()
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []
    runner.run(lambda: 6 * 7, lambda r: seen.append(("ok", r, threading.get_ident() == gui_thread)))
    runner.run(
        lambda: 1 / 0,
        on_error=lambda e: seen.append(("error", type(e), threading.get_ident() == gui_thread)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert seen == [("ok", 42, True), ("error", ZeroDivisionError, True)]
    assert not runner.busy()


def test_a_screen_closed_while_its_work_runs_is_not_called_back(qtbot):
    runner = ProjectWorker()
    release = threading.Event()
    label = QLabel("saving…")
    runner.run(lambda: release.wait(5) and "saved", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5_000)
    release.set()
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5_000)  # no crash, nothing left over


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_lambda_of_a_screen_closed_while_its_work_runs_is_not_called_back(qtbot):
    runner = ProjectWorker()
    release = threading.Event()
    label = QLabel("loading…")
    called: list[str] = []
    # A screen's own lambda, as the Interviews list uses (setText would raise: label is gone).
    runner.read(
        lambda: release.wait(5) and "loaded",
        lambda text: (called.append(text), label.setText(text)),
    )
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5_000)
    release.set()
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5_000)
    assert called == []


def test_a_server_out_of_reach_is_one_line_in_the_log_not_a_traceback(qtbot, caplog):
    """A laptop away from the server tries it every 15 seconds: each failure is one line,
    and a real fault still gets its traceback."""
    from duodesk.storage.database import ServerUnreachableError

    def unreachable():
        raise ServerUnreachableError("The server does not answer.")

    def broken():
        raise KeyError("fault")

    tasks = ProjectWorker()
    for work in (unreachable, broken):
        with qtbot.waitSignal(tasks.failed, timeout=10_000):
            tasks.read(work, None, lambda _error: None)
    tasks.wait()
    away, fault = [r for r in caplog.records if r.name == "duodesk.worker"]
    assert away.levelname == "WARNING" and "could not be reached" in away.getMessage()
    assert "Traceback" not in away.getMessage()
    assert fault.levelname == "ERROR" and "Traceback" in fault.getMessage()
