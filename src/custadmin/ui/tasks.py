"""Service calls off the GUI thread, results delivered back on it.

Hashing, imports and queries never run on the GUI thread; a slot starts a
task and continues in a callback. Callbacks must not be called from the
worker, so results travel through a queued signal to an object that lives in
the GUI thread.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class TaskRunner(QObject):
    """Runs callables on a small pool of Python threads; see :meth:`run`.

    Deliberately not QThreadPool with a Python QRunnable: Qt deletes such a
    runnable on the pool thread, destroying its Python wrapper (and anything
    it holds) there, which crashed the test suite now and then. Here a worker
    only runs a plain callable and emits a signal; every Qt object is created,
    used and destroyed in the GUI thread.
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=max_threads, thread_name_prefix="custadmin-task"
        )
        self._futures: set[concurrent.futures.Future[None]] = set()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._closed = False

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> int:
        """Run ``fn()`` on a worker; call ``on_done(result)`` or ``on_error(exc)`` here.

        ``fn`` must not touch widgets. Without ``on_error`` an exception is
        logged and re-raised in the GUI thread.
        """
        task_id = next(self._ids)
        if self._closed:
            # Closing: a result that arrived late may ask for more reading; nobody
            # is left to see it.
            log.debug("task dropped: the runner is shut down")
            return task_id
        self._callbacks[task_id] = (on_done, on_error)
        relay = self._relay

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the caller, who decides
                relay.failed.emit(task_id, exc)
            else:
                relay.finished.emit(task_id, result)

        future = self._executor.submit(work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return task_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker is idle (shutdown and tests only).

        Results still arrive through the event loop afterwards.
        """
        timeout = None if msecs < 0 else msecs / 1000
        _done, pending = concurrent.futures.wait(list(self._futures), timeout=timeout)
        return not pending

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is None:
            return
        if callbacks[1] is None:
            log.error("background task failed", exc_info=exc)
            raise exc
        callbacks[1](exc)


class Latest:
    """One kind of reading whose results may arrive out of order: only the latest is kept.

    The runner has two workers, so a reading asked for after another can
    finish before it. Each :meth:`run` replaces the ones before it: their
    results and errors, when they come, are dropped.
    """

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._asked = self._delivered = 0

    @property
    def running(self) -> bool:
        """The latest reading asked for has not been delivered yet."""
        return self._delivered != self._asked

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        self._asked += 1
        asked = self._asked

        def latest(call: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if asked == self._asked:
                    self._delivered = asked
                    call(value)
            return deliver

        self._runner.run(fn, latest(on_done), latest(on_error))
