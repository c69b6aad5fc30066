"""Garbage with Qt widgets in it is collected on the GUI thread, never a worker's."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from custadmin.ui.collector import GuiThreadCollector

finalised_in: list[str] = []


class CyclicDialog(QDialog):
    """A closed dialog kept alive only by a reference cycle, as closed dialogs are."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.me = self

    def __del__(self) -> None:
        finalised_in.append(threading.current_thread().name)


def test_workers_never_collect_widgets(qtbot: QtBot) -> None:
    gc.enable()  # as a process starts; the collector takes it from here
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        finalised_in.clear()
        for _ in range(10):
            dialog = CyclicDialog()
            dialog.show()
            dialog.close()
        del dialog

        def allocate_a_lot() -> None:  # what a search on a worker does
            # Containers that stay alive raise the collector's counts, which
            # would trigger an automatic collection on this thread.
            kept = [[] for _ in range(100_000)]
            assert len(kept) == 100_000

        worker = threading.Thread(target=allocate_a_lot, name="worker")
        worker.start()
        worker.join()
        assert finalised_in == []  # without the collector: 10 finalised on "worker"
        gc.collect()  # what the collector's timer does, on the GUI thread
        assert finalised_in == [threading.main_thread().name] * 10
    finally:
        collector.stop()
    assert gc.isenabled()
