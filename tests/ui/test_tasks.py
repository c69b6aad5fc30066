"""The task runner: what happens to work asked for while the app closes."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from custadmin.ui.tasks import Latest, TaskRunner


def test_work_asked_for_after_shutdown_is_dropped_not_raised(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    # A result that arrives as the runner closes may ask for more work (a window
    # reading again after another's save): that must not raise on the way out.
    runner.run(lambda: "first", lambda r: runner.run(lambda: "second", results.append))
    qtbot.waitUntil(lambda: results == ["second"])
    runner.shutdown()
    runner.run(lambda: "after", results.append)
    qtbot.wait(50)
    assert runner.wait(1000)
    assert results == ["second"]


def test_only_the_latest_reading_is_delivered_whichever_finishes_first(
        qtbot: QtBot) -> None:
    runner = TaskRunner()
    readings = Latest(runner)
    shown: list[str] = []
    errors: list[BaseException] = []
    first_may_finish = threading.Event()

    def first() -> str:
        first_may_finish.wait(5)
        raise RuntimeError("an earlier reading's error is dropped too")

    readings.run(first, shown.append, errors.append)
    readings.run(lambda: "second", shown.append, errors.append)
    qtbot.waitUntil(lambda: shown == ["second"])
    assert not readings.running
    first_may_finish.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert shown == ["second"] and errors == []
    readings.run(lambda: "third", shown.append, errors.append)
    assert readings.running
    qtbot.waitUntil(lambda: shown == ["second", "third"])
    assert not readings.running
    runner.shutdown()
