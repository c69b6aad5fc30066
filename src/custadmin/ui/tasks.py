"""Service calls off the GUI thread, results delivered back on it.

Hashing, imports and queries never run on the GUI thread; a slot starts a
task and continues in a callback. Callbacks must not be called from the
worker, so results travel through a queued signal to an object that lives in
the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id = task_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the caller, who decides
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.finished.emit(self._id, result)


class TaskRunner(QObject):
    """Runs callables on a small thread pool; see :meth:`run`."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._ids = itertools.count(1)

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> int:
        """Run ``fn()`` on a worker; call ``on_done(result)`` or ``on_error(exc)`` here.

        Without ``on_error`` an exception is logged and re-raised in the GUI
        thread's exception hook.
        """
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(task_id, fn, self._relay))
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker is idle (shutdown and tests only)."""
        return bool(self._pool.waitForDone(msecs))

    def _pop(self, task_id: int) -> tuple[Done, Failed | None] | None:
        callbacks = self._callbacks.pop(task_id, None)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        callbacks = self._pop(task_id)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        callbacks = self._pop(task_id)
        if callbacks is None:
            return
        if callbacks[1] is None:
            log.error("background task failed", exc_info=exc)
            raise exc
        callbacks[1](exc)
