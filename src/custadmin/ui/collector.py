"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate; with
worker threads about, it can finalise the wrapper of a closed dialog or
window there, so that Qt widgets are destroyed off the GUI thread, which
Qt does not allow (seen here as rare aborts long after the fact). Automatic
collection is switched off and a timer collects in the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    INTERVAL_MS = 5_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        # Young generations are cheap; a full collection only when due.
        if gc.get_count()[0] < gc.get_threshold()[0]:
            return 0
        return gc.collect()

    def stop(self) -> None:
        """Back to automatic collection (after the workers are gone)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
