"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate; with
worker threads about, it can finalise the wrapper of a closed dialog or
window there, so that Qt widgets are destroyed off the GUI thread, which
Qt does not allow (seen here as rare aborts long after the fact). Automatic
collection is switched off and a timer collects in the GUI thread instead.

A full collection walks every object the process holds: with the register of
a million accounts open on PostgreSQL, 76–79 ms of the GUI thread every five
seconds. So the first collection, once only the main window is up, also
freezes what survives it (modules, Qt's and SQLAlchemy's structures, the
window): later collections walk only what came after (under 3 ms there).
Frozen objects are still freed when their last reference goes; only a cycle
among them would stay, hence nothing is frozen while a dialog is open.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication


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
        self._settled = False

    def collect(self) -> int:
        # Too little allocated since the last collection to be worth one.
        if gc.get_count()[0] < gc.get_threshold()[0]:
            return 0
        found = gc.collect()
        if not self._settled and _only_the_main_window():
            gc.freeze()
            self._settled = True
        return found

    @property
    def settled(self) -> bool:
        """Whether what the start-up left is frozen (see the module's docstring)."""
        return self._settled

    def stop(self) -> None:
        """Back to automatic collection (after the workers are gone)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def _only_the_main_window() -> bool:
    return sum(1 for w in QApplication.topLevelWidgets() if w.isVisible()) <= 1
