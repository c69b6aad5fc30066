"""File → Import customers… and Export: from the file to the report, and Cancel."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from custadmin.domain.transfer import FIELDS, ImportField, Problem
from custadmin.services.accounts import count_accounts
from custadmin.services.workspace import Workspace
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.transfer import export as export_module
from custadmin.ui.transfer.import_dialog import ImportDialog
from custadmin.ui.transfer.import_models import MappingModel, PreviewModel, ProblemsModel
from custadmin.ui.widgets import progress

HEADER = "Kundnummer,Företag,Land,Förnamn,Efternamn,E-post,Telefon,Adress,Postnummer,Ort\n"
ROWS = (
    "1,Import Ett AB,SE,Anna,Lind,anna@ett.se,070-123 45 67,Storgatan 1,111 22,Stockholm\n"
    "1,Import Ett AB,SE,Per,Lind,per@ett.se,070-123 45 68,Storgatan 1,111 22,Stockholm\n"
    "2,Import Två AB,SE,Eva,Berg,eva@tva.se,070-123 45 69,Gatan 2,111 22,Stockholm\n"
    "3,Trasig AB,SE,Bo,Ek,not-an-email,12,Gatan 3,111 22,Stockholm\n"
)


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "kunder.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    monkeypatch.setattr(ImportDialog, "ask_file", classmethod(lambda cls, parent: str(path)))
    return path


def checked_by_tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def test_models_pass_the_model_tester(qtbot: QtBot) -> None:
    mapping, preview, problems = MappingModel(), PreviewModel(), ProblemsModel()
    testers = [checked_by_tester(m) for m in (mapping, preview, problems)]
    mapping.set_file(["Namn", "E-post"], {ImportField.ACCOUNT_NAME: 0})
    preview.set_preview(["Namn", "E-post"], [("A AB", "a@a.se"), ("B AB",)])
    preview.set_mapping({ImportField.ACCOUNT_NAME: 0})
    problems.set_problems([Problem(0, None, "whole file"),
                           Problem(3, ImportField.EMAIL, "Not a valid email address")])
    email = mapping.index(FIELDS.index(ImportField.EMAIL), 1)
    assert email.data() == "— not in the file —"
    assert mapping.setData(email, 1)
    assert email.data() == "E-post" and mapping.mapping[ImportField.EMAIL] == 1
    assert not mapping.setData(email, 7)
    assert mapping.setData(email, -1) and ImportField.EMAIL not in mapping.mapping
    assert preview.index(1, 1).data() == ""  # a ragged row reads as empty
    assert "→ Account name" in preview.headerData(0, Qt.Orientation.Horizontal)
    assert problems.index(0, 0).data() == "file"
    assert problems.index(1, 1).data() == "Email"
    assert len(testers) == 3


def open_dialog(qtbot: QtBot, db: Workspace, runner: TaskRunner) -> ImportDialog:
    dialog = ImportDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_and_check(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.focusWidget() is dialog.choose_button
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.check_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)


def test_from_the_file_to_the_report_then_import_nothing(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, source: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = count_accounts(filled_db)
    dialog = open_dialog(qtbot, filled_db, runner)
    testers = [checked_by_tester(dialog.mapping_model), checked_by_tester(dialog.preview_model),
               checked_by_tester(dialog.problems_model)]
    choose_and_check(qtbot, dialog)
    assert dialog.path.text() == str(source)
    assert dialog.preview_model.rowCount() == 4
    assert dialog.mapping_model.mapping[ImportField.EMAIL] == 5  # "E-post", guessed
    assert dialog.problems_model.rowCount() == 2
    assert dialog.problems_model.index(0, 0).data() == "5"
    assert dialog.problems_model.index(0, 1).data() == "Email"
    # Item 11: the refused value as the file has it, beside the reason.
    assert dialog.problems_model.index(0, 2).data() == "not-an-email"
    assert dialog.problems_model.headerData(2, Qt.Orientation.Horizontal) == "Value"
    assert "1 line is refused" in dialog.summary.text()  # Qt plural forms
    assert dialog.import_button.text() == "&Import 2 valid accounts"
    assert dialog.import_button.isEnabled()

    report = tmp_path / "report.csv"
    monkeypatch.setattr(ImportDialog, "ask_report_file",
                        classmethod(lambda cls, parent: str(report)))
    qtbot.mouseClick(dialog.save_report_button, Qt.MouseButton.LeftButton)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:2] == ["5", "Email"]

    # Changing a column forgets the check: it must be run again.
    email = dialog.mapping_model.index(FIELDS.index(ImportField.EMAIL), 1)
    dialog.mapping_model.setData(email, 3)
    assert dialog.plan is None and not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert count_accounts(filled_db) == before
    assert len(testers) == 3


def test_import_valid_from_the_main_window_refreshes_the_register(
    qtbot: QtBot, window: MainWindow, source: Path, notices: list[str]
) -> None:
    before = count_accounts(window.workspace)
    dialog = window.run("transfer.import")
    qtbot.waitExposed(dialog)
    choose_and_check(qtbot, dialog)
    with qtbot.waitSignal(window.register.model.count_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert notices == ["Imported 2 accounts with 3 contacts."]
    assert count_accounts(window.workspace) == before + 2
    assert window.register.model.rowCount() == before + 2
    assert "Imported 2 accounts" in window.statusBar().currentMessage()


def press_cancel(qtbot: QtBot, task: progress.ProgressTask) -> None:
    """What the operator does: the progress dialog's Cancel button."""
    button = task.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert task.stop.is_set()


@pytest.fixture
def held_runner(qtbot: QtBot) -> Iterator[tuple[TaskRunner, threading.Event]]:
    """A one-thread runner kept busy until the event is set: work queued behind it
    starts only then, so a test can press Cancel before it begins."""
    task_runner = TaskRunner(max_threads=1)
    release = threading.Event()
    task_runner.run(lambda: release.wait(10), lambda _r: None)
    yield task_runner, release
    release.set()
    task_runner.wait(10_000)
    task_runner.shutdown()


def test_cancelling_the_import_leaves_the_database_as_it_was(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, source: Path,
    held_runner: tuple[TaskRunner, threading.Event], notices: list[str],
) -> None:
    before = count_accounts(filled_db)
    dialog = open_dialog(qtbot, filled_db, runner)
    choose_and_check(qtbot, dialog)
    held, release = held_runner
    dialog._runner = held
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.importing is not None
    press_cancel(qtbot, dialog.importing)
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary.text())
    assert count_accounts(filled_db) == before
    assert dialog.imported is None and dialog.isVisible()
    assert notices == []


def test_export_with_cancel_and_then_for_real(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notices: list[str],
    held_runner: tuple[TaskRunner, threading.Event], monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "register.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(export_module.RegisterExport, "ask_target",
                        classmethod(lambda cls, parent, searching: str(target)))
    held, release = held_runner
    export = export_module.export_dialog(window, window.workspace, held, None)
    assert export is not None and export.task is not None
    press_cancel(qtbot, export.task)
    release.set()
    qtbot.waitUntil(lambda: export.outcome is not None)
    assert notices == ["Export cancelled: no file was written."]
    assert list(target.parent.iterdir()) == []

    window.register.model.set_search_text("hägg")
    qtbot.waitUntil(lambda: window.register.model.complete)
    found = window.register.model.rowCount()
    assert 0 < found < count_accounts(window.workspace)
    export = window.run("transfer.export_search")
    assert export is not None
    qtbot.waitUntil(lambda: export.outcome is not None)
    assert target.is_file()
    assert notices[-1].startswith(f"Exported {found} accounts")


def test_a_file_that_is_not_a_table_is_explained(
    qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner, tmp_path: Path,
) -> None:
    bad = tmp_path / "picture.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n....")
    dialog = open_dialog(qtbot, sqlite_db, runner)
    dialog.load(str(bad))
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "PNG image" in dialog.notes.text()
    assert not dialog.check_button.isEnabled()
