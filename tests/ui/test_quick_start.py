"""Start-up on the embedded database: the register first, the rest after its paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from custadmin import app
from custadmin.domain.accounts import AccountDetails
from custadmin.domain.errors import StorageError
from custadmin.domain.register import RegisterQuery
from custadmin.services.register import DatabaseRegister
from custadmin.services.workspace import Workspace
from custadmin.storage.quick_register import QuickRegister, open_quick_register
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from factories import open_workspace


def _file_of(db: Workspace) -> Path:
    return Path(str(db.engine.url.database))


def _quick_window(
    qtbot: QtBot, db: Workspace, runner: TaskRunner, settings: QSettings
) -> tuple[MainWindow, QuickRegister]:
    quick = open_quick_register(_file_of(db))
    assert quick is not None
    window = MainWindow(None, "test database", runner=runner, settings=settings,
                        register_source=quick)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    qtbot.waitUntil(lambda: window.register.has_painted_first_rows, timeout=10_000)
    return window, quick


def _opened(path: Path) -> tuple[Workspace, DatabaseRegister]:
    db = open_workspace(str(path), create=False)
    return db, DatabaseRegister(db)


def test_the_register_paints_before_the_database_layer_and_the_rest_follows(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner: TaskRunner,
    settings: QSettings,
) -> None:
    window, quick = _quick_window(qtbot, filled_db, runner, settings)
    model = window.register.model
    assert model.source is quick
    assert model.rowCount() == 201
    assert model.data(model.index(0, 1))  # real rows on screen
    assert not window.is_attached
    for action in map(window.action, ("account.new", "transfer.import", "transfer.export",
                                      "support.login_check", "admin.portal_settings")):
        assert not action.isEnabled(), action.text()
    with pytest.raises(RuntimeError):
        _ = window.editor

    # Enter on an account before the editor is there: it opens once it is.
    row = model.row_of(hagg.id)
    if row is None:  # every ID not in yet: wait for it
        qtbot.waitUntil(lambda: model.complete, timeout=10_000)
        row = model.row_of(hagg.id)
    assert row is not None
    window.register.open_requested.emit(hagg.id, 0)

    opened: list[Workspace] = []
    with qtbot.waitSignal(window.attached, timeout=10_000):
        window.attach_after_first_paint(
            lambda: (opened.append(d := open_workspace(str(_file_of(filled_db)), create=False))
                     or (d, DatabaseRegister(d))),
            lambda exc: pytest.fail(f"attach failed: {exc!r}"))
    try:
        assert window.is_attached and window.workspace is opened[0]
        assert isinstance(model.source, DatabaseRegister)
        assert window.action("account.new").isEnabled()
        assert window.action("transfer.import").isEnabled()
        qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
        assert window.editor.account is not None and window.editor.account.id == hagg.id

        # Searching works through the full reader now.
        with qtbot.waitSignal(model.completed, timeout=10_000):
            model.set_search_text("hägg bygg")
        assert hagg.id in [model.account_id(r) for r in range(model.rowCount())]
        assert model.rowCount() < 201
    finally:
        runner.wait(10_000)
        window.close()
        for db in opened:
            db.dispose()


def test_a_search_typed_before_the_database_layer_is_answered_after_it(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner: TaskRunner,
    settings: QSettings,
) -> None:
    window, quick = _quick_window(qtbot, filled_db, runner, settings)
    model = window.register.model
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    model.set_search_text("HÄGG BYGG")
    qtbot.wait(100)
    assert not model.loaded  # its worker waits for the full reader
    assert model.source is quick
    db, source = _opened(_file_of(filled_db))
    try:
        with qtbot.waitSignal(model.completed, timeout=10_000):
            window.attach(db, source)
        found = [model.account_id(r) for r in range(model.rowCount())]
        assert hagg.id in found and len(found) < 201
    finally:
        runner.wait(10_000)
        window.close()
        db.dispose()


def test_a_failed_open_after_the_first_paint_is_reported_and_searches_fail(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, settings: QSettings,
) -> None:
    window, quick = _quick_window(qtbot, filled_db, runner, settings)
    failures: list[BaseException] = []

    def cannot() -> tuple[Workspace, DatabaseRegister]:
        raise StorageError("The database is on a network share.")

    window.attach_after_first_paint(cannot, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], StorageError)
    assert not window.is_attached
    with pytest.raises(StorageError):
        quick.first_page(RegisterQuery("son"))
    runner.wait(10_000)
    window.close()


def test_the_app_starts_quickly_on_a_file_and_opens_an_account(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    quick_ones: list[object] = []
    original = app._quick_register
    monkeypatch.setattr(app, "_quick_register",
                        lambda args: quick_ones.append(original(args)) or quick_ones[-1])
    shot = tmp_path / "shot.png"
    code = app.main(["--database", str(_file_of(filled_db)), "--screenshot", str(shot),
                     "--open-first"])
    assert code == 0
    assert isinstance(quick_ones[0], QuickRegister)  # the quick way was taken
    assert shot.stat().st_size > 10_000
    assert "screenshot saved" in capsys.readouterr().out


def test_the_app_reports_a_database_it_cannot_open_after_the_first_paint(
    qtbot: QtBot, filled_db: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]], capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def refuse(_args: object, _ask: object) -> Workspace:
        raise StorageError("The file is on a network share.")

    monkeypatch.setattr(app, "_open", refuse)
    code = app.main(["--database", str(_file_of(filled_db))])
    assert code == app.EXIT_DATABASE
    assert dialogs == [("Cannot open the database", "The file is on a network share.")]
    err = capsys.readouterr().err
    assert "network share" in err and "Traceback" not in err


def test_keys_reach_the_register_before_the_database_layer(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, settings: QSettings,
) -> None:
    window, _quick = _quick_window(qtbot, filled_db, runner, settings)
    table = window.register.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_PageDown)
    assert table.currentIndex().row() > 0
    runner.wait(10_000)
    window.close()


def test_a_disabled_operator_is_told_so_and_the_app_stops(
    qtbot: QtBot, filled_db: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    import getpass

    from custadmin.domain.operators import SYSTEM, OperatorRole
    from custadmin.services.operators import (
        computer_operator,
        list_operators,
        set_operator_role,
    )

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    computer_operator(filled_db, "first.admin")
    me = computer_operator(filled_db, getpass.getuser())
    mine = next(o for o in list_operators(filled_db.acting(SYSTEM)) if o.id == me.operator_id)
    set_operator_role(filled_db, mine, OperatorRole.READ_ONLY, enabled=False)
    code = app.main(["--database", str(_file_of(filled_db))])
    assert code == app.EXIT_DATABASE
    assert len(dialogs) == 1 and "disabled" in dialogs[0][1]
