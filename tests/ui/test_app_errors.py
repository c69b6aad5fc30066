"""Start-up and save failures: a readable message, no traceback, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from custadmin import app
from custadmin.domain.accounts import AccountDetails
from custadmin.domain.errors import DiskFull
from custadmin.services.accounts import load_account
from custadmin.services.workspace import Workspace
from custadmin.ui.account import my_details
from custadmin.ui.main_window import MainWindow


def test_a_damaged_database_gets_a_dialog_and_a_non_zero_exit(
    qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not an SQLite database at all" * 100)
    code = app.main(["--database", str(damaged)])
    assert code == app.EXIT_DATABASE
    assert len(dialogs) == 1
    title, message = dialogs[0]
    assert title == "Cannot open the database"
    assert "damaged" in message
    err = capsys.readouterr().err
    assert "damaged" in err
    assert "Traceback" not in err


def test_a_failed_save_keeps_the_typed_edits(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    dialogs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_args: object) -> AccountDetails:
        raise DiskFull("The disk is full: nothing was saved. Free some space and save again.")

    monkeypatch.setattr(my_details, "update_account_details", disk_full)
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    page = window.editor.my_details
    page.contact_form.editor("main_contact.city").setText("Visby")
    page.contact_form.edited.emit("main_contact.city")
    page.save()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert dialogs == [("Not saved", "The disk is full: nothing was saved. Free some space "
                                     "and save again.")]
    assert page.contact_form.value("main_contact.city") == "Visby"
    assert page.is_dirty()
    assert page.save_button.isEnabled()
    assert load_account(filled_db, hagg.id).main_contact.city == "Stockholm"
