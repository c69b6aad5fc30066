"""The task runner: what happens to work asked for while the app closes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from custadmin.ui.tasks import TaskRunner


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
