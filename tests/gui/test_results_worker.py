"""Results work in the background: the newest request wins, progress shows only when slow."""

from __future__ import annotations

import threading
import time

from duodesk.analysis import AnalysisCancelled, Subset
from duodesk.gui.results import operations
from duodesk.gui.results.runner import LatestOnlyRunner
from tests.gui import test_results as shared

FORM, PER_SITE, open_results = shared.FORM, shared.PER_SITE, shared.open_results
hepc_project = shared.hepc_project  # the same project fixture as the screen's tests


def test_a_new_request_cancels_the_running_one_and_drops_its_result(qtbot):
    runner = LatestOnlyRunner()
    started, saw_cancel = threading.Event(), threading.Event()
    results: list[object] = []
    errors: list[object] = []

    def slow(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        saw_cancel.set()
        raise AnalysisCancelled()

    runner.start("summary", slow, results.append, errors.append)
    assert started.wait(5)
    runner.start("summary", lambda progress, cancelled: "newest", results.append, errors.append)
    qtbot.waitUntil(lambda: results == ["newest"], timeout=5_000)
    assert saw_cancel.is_set()
    assert errors == []  # the cancelled job's exception is not reported as a failure
    runner.stop()


def test_progress_shows_only_for_work_slower_than_half_a_second(qtbot):
    runner = LatestOnlyRunner()
    shown: list[bool] = []
    runner.working.connect(lambda channel, on: shown.append(on))
    done: list[object] = []

    runner.start("summary", lambda p, c: "quick", done.append, done.append)
    qtbot.waitUntil(lambda: done == ["quick"], timeout=5_000)
    qtbot.wait(700)
    assert shown == []

    def slow(progress, cancelled):
        for step in range(10):
            time.sleep(0.09)
            progress(step / 10)
        return "slow"

    runner.start("summary", slow, done.append, done.append)
    qtbot.waitUntil(lambda: runner.is_working_shown("summary"), timeout=5_000)
    qtbot.waitUntil(lambda: done[-1] == "slow", timeout=5_000)
    assert shown == [True, False]
    runner.stop()


def test_changing_the_subset_while_counting_cancels_and_shows_the_new_numbers(
    qtbot, hepc_project, monkeypatch
):
    window = open_results(qtbot, hepc_project)
    real = operations.compute_summary
    slow_started, slow_cancelled = threading.Event(), threading.Event()

    def slow_for_centre_a(database, form_id, subset, *, progress=None, cancelled=None, **more):
        if subset.sites == ("Centre A",):
            slow_started.set()
            for _ in range(500):  # at most 5 s, unless cancelled
                if cancelled():
                    slow_cancelled.set()
                    raise AnalysisCancelled()
                time.sleep(0.01)
        return real(database, form_id, subset, progress=progress, cancelled=cancelled, **more)

    monkeypatch.setattr(operations, "compute_summary", slow_for_centre_a)
    bar = window.subset_bar
    bar.site.setCurrentIndex(bar.site.findData("Centre A"))
    assert slow_started.wait(5)
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=3_000)  # after half a second

    with qtbot.waitSignal(window.summary_shown, timeout=20_000):
        bar.site.setCurrentIndex(bar.site.findData("Centre B"))
    assert slow_cancelled.is_set()
    assert window.summary.subset == Subset(sites=("Centre B",))
    assert window.summary.interviews == PER_SITE
    assert not window.progress.isVisible()
    qtbot.wait(300)  # nothing from the cancelled count arrives afterwards
    assert window.summary.subset == Subset(sites=("Centre B",))
