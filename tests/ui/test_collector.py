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


def close_cyclic_dialogs(count: int) -> None:
    """Show and close ``count`` dialogs, left as garbage in reference cycles."""
    for _ in range(count):
        dialog = CyclicDialog()
        dialog.show()
        dialog.close()


def test_workers_never_collect_widgets(qtbot: QtBot) -> None:
    gc.enable()  # as a process starts; the collector takes it from here
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        finalised_in.clear()
        close_cyclic_dialogs(10)

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


def test_the_first_collection_with_only_the_main_window_up_freezes_what_survives(
    qtbot: QtBot,
) -> None:
    """Later collections then walk only what came after the start-up, and what
    comes after is still collected."""
    gc.enable()
    collector = GuiThreadCollector()
    try:
        window = QLineEdit()  # the main window: one top-level widget
        qtbot.addWidget(window)
        window.show()
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        allocated: list[list[int]] = []
        allocated += [[] for _ in range(gc.get_threshold()[0] * 2)]
        frozen = gc.get_freeze_count()
        collector.collect()
        # A dialog is open: its cycles must stay collectable once it is closed.
        assert not collector.settled
        assert gc.get_freeze_count() == frozen
        dialog.close()
        collector.collect()  # too little allocated since the last one: not even looked at
        assert not collector.settled
        allocated += [[] for _ in range(gc.get_threshold()[0] * 2)]  # kept: counted
        collector.collect()
        assert collector.settled
        assert gc.get_freeze_count() >= frozen + len(allocated)

        finalised_in.clear()
        close_cyclic_dialogs(3)
        allocated += [[] for _ in range(gc.get_threshold()[0] * 2)]  # kept: counted
        collector.collect()
        assert finalised_in == [threading.main_thread().name] * 3
        assert len(allocated) > 0
    finally:
        collector.stop()
