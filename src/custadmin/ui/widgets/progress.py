"""Long service calls with a progress dialog and Cancel, and a closing notice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from custadmin.ui.tasks import TaskRunner

#: work(progress, cancel) -> result; runs on a worker, must not touch widgets.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class ProgressTask(QObject):
    """Runs ``work`` on the task runner behind a window-modal progress dialog.

    The worker reports ``(done, total)`` into a plain list; a timer on the GUI
    thread copies it to the dialog, so no Qt object is touched off the GUI
    thread. Cancel sets :attr:`stop`, which ``work`` checks between batches.
    """

    def __init__(self, parent: QWidget, runner: TaskRunner, title: str, label: str) -> None:
        super().__init__(parent)
        self._runner = runner
        self.stop = threading.Event()
        self._state = [0, 0]
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)

    def _cancel(self) -> None:
        self.stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self) -> None:
        done, total = self._state
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        if total:
            self.dialog.setValue(min(done, total))

    def _report(self, done: int, total: int) -> None:
        self._state[0], self._state[1] = done, total

    def start(self, work: Work, done: Callable[[Any], None],
              failed: Callable[[BaseException], None]) -> None:
        report, stop = self._report, self.stop

        def finish(result: Any) -> None:
            self._close()
            done(result)

        def fail(exc: BaseException) -> None:
            self._close()
            failed(exc)

        self._timer.start()
        self._runner.run(lambda: work(report, stop.is_set), finish, fail)

    def _close(self) -> None:
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()


class Notice:
    """A closing message ("Exported 2,500 accounts…"); a class method tests replace."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)
