"""System-wide portal settings as an administrator edits them (R16, R17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.portal import RIGHT_KEYS, PortalSettings
from custadmin.services.portal import portal_settings, save_portal_settings
from custadmin.services.workspace import Workspace
from custadmin.ui.admin.portal_settings import PortalSettingsDialog, PortalSettingsModel
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.portal_texts import right_label
from custadmin.ui.widgets.prompts import Leave

OFFERED, DEFAULT = PortalSettingsModel.OFFERED, PortalSettingsModel.DEFAULT
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
CHECK_ROLE = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def dialog(qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
           ) -> Iterator[PortalSettingsDialog]:
    edit = PortalSettingsDialog(filled_db, runner)
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.page.loaded, timeout=10_000):
        edit.show()
    yield edit


def cell(dialog: PortalSettingsDialog, key: str, column: int) -> QModelIndex:
    return dialog.model.index(dialog.model.row_of(key), column)


def tick(dialog: PortalSettingsDialog, key: str, column: int, on: bool) -> None:
    assert dialog.model.setData(cell(dialog, key, column), CHECKED if on else UNCHECKED,
                                CHECK_ROLE)


def state(dialog: PortalSettingsDialog, key: str, column: int) -> Qt.CheckState:
    return dialog.model.data(cell(dialog, key, column), CHECK_ROLE)


def save(qtbot: QtBot, dialog: PortalSettingsDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.accept()


def test_one_row_per_right_in_catalogue_order(dialog: PortalSettingsDialog) -> None:
    model = dialog.model
    assert model.rowCount() == len(RIGHT_KEYS) == 14
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        right_label(k) for k in RIGHT_KEYS]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Right", "Offered in the portal", "Ticked for new portal users"]
    # As migrated: everything offered, nothing ticked for new users.
    assert all(state(dialog, k, OFFERED) == CHECKED for k in RIGHT_KEYS)
    assert all(state(dialog, k, DEFAULT) == UNCHECKED for k in RIGHT_KEYS)
    assert dialog.page.stored == PortalSettings(offered=frozenset(RIGHT_KEYS), defaults=frozenset())
    assert "offered here and ticked on the user (Internet tab)" in dialog.page.intro.text()
    # Every right fits without scrolling.
    assert not dialog.table.verticalScrollBar().isVisible()


def test_switch_a_right_off_and_a_default_on_and_save(
    qtbot: QtBot, dialog: PortalSettingsDialog, filled_db: Workspace
) -> None:
    assert not dialog.page.is_dirty()
    tick(dialog, "affiliates", OFFERED, False)
    tick(dialog, "settings", DEFAULT, True)
    assert dialog.page.is_dirty()
    assert dialog.page.status.text() == "Unsaved changes"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = PortalSettings(offered=frozenset(RIGHT_KEYS) - {"affiliates"},
                              defaults=frozenset({"settings"}))
    assert dialog.saved == expected
    assert portal_settings(filled_db) == expected


def test_space_ticks_the_current_cell(qtbot: QtBot, dialog: PortalSettingsDialog) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(cell(dialog, "orders", DEFAULT))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert state(dialog, "orders", DEFAULT) == CHECKED
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert state(dialog, "orders", DEFAULT) == UNCHECKED


def test_a_default_for_a_right_not_offered_is_disabled_with_the_reason(
    dialog: PortalSettingsDialog,
) -> None:
    model = dialog.model
    tick(dialog, "quotes", DEFAULT, True)
    assert model.flags(cell(dialog, "quotes", DEFAULT)) & Qt.ItemFlag.ItemIsEnabled
    tick(dialog, "quotes", OFFERED, False)
    flags = model.flags(cell(dialog, "quotes", DEFAULT))
    assert not flags & Qt.ItemFlag.ItemIsEnabled
    assert "Offer it first" in model.data(cell(dialog, "quotes", DEFAULT),
                                          Qt.ItemDataRole.ToolTipRole)
    # Disabled means disabled: it cannot be changed until offered again.
    assert not model.setData(cell(dialog, "quotes", DEFAULT), UNCHECKED, CHECK_ROLE)
    tick(dialog, "quotes", OFFERED, True)
    assert model.flags(cell(dialog, "quotes", DEFAULT)) & Qt.ItemFlag.ItemIsEnabled
    assert state(dialog, "quotes", DEFAULT) == CHECKED  # kept while it was not offered


def test_a_conflicting_save_is_reported_and_the_edits_kept(
    qtbot: QtBot, dialog: PortalSettingsDialog, filled_db: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[dict[str, str], dict[str, str]]] = []

    def ask(_parent, differences, label, mine, _who=""):  # type: ignore[no-untyped-def]
        asked.append(({label(k): f"{before} → {now}" for k, (before, now) in
                       differences.items()}, dict(mine)))
        return prompts.ConflictChoice.KEEP_MINE

    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(lambda cls, *a: ask(*a)))
    base = dialog.page.stored
    assert base is not None
    tick(dialog, "emails", OFFERED, False)  # mine
    # Another administrator saves first, changing another right.
    theirs = save_portal_settings(filled_db, base.token, PortalSettings(
        offered=base.offered - {"orders"}, defaults=frozenset({"tickets"})))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    # What they changed is said, right by right.
    changed, _mine = asked[0]
    assert changed == {
        f"“{right_label('orders')}”: offered in the portal": "ticked → not ticked",
        f"“{right_label('tickets')}”: ticked for new portal users": "not ticked → ticked",
    }
    assert dialog.isVisible()  # not closed, nothing lost
    assert dialog.saved is None
    assert portal_settings(filled_db) == theirs
    # My edit stays; theirs shows where I changed nothing.
    assert state(dialog, "emails", OFFERED) == UNCHECKED
    assert state(dialog, "orders", OFFERED) == UNCHECKED
    assert state(dialog, "tickets", DEFAULT) == CHECKED
    assert dialog.page.stored == theirs
    assert "loaded underneath" in dialog.page.status.text()
    assert dialog.page.save_button.isEnabled()
    # Saving again saves both.
    save(qtbot, dialog)
    assert portal_settings(filled_db) == PortalSettings(
        offered=frozenset(RIGHT_KEYS) - {"orders", "emails"}, defaults=frozenset({"tickets"}))


@pytest.mark.parametrize("answer", [Leave.CANCEL, Leave.DISCARD, Leave.SAVE])
def test_cancel_with_unsaved_edits_asks(
    qtbot: QtBot, dialog: PortalSettingsDialog, filled_db: Workspace,
    monkeypatch: pytest.MonkeyPatch, answer: Leave,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: asked.append(what) or answer))
    before = portal_settings(filled_db)
    tick(dialog, "domains", OFFERED, False)
    if answer is Leave.CANCEL:
        dialog.reject()
        assert asked == ["The system-wide portal settings"]
        assert dialog.isVisible()
        assert state(dialog, "domains", OFFERED) == UNCHECKED
        return
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.reject()
    assert asked == ["The system-wide portal settings"]
    stored = portal_settings(filled_db)
    if answer is Leave.SAVE:
        assert "domains" not in stored.offered
        assert dialog.saved == stored
    else:
        assert stored == before
        assert dialog.saved is None


def test_cancel_without_edits_just_closes(
    qtbot: QtBot, dialog: PortalSettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: asked.append(what) or Leave.CANCEL))
    tick(dialog, "domains", OFFERED, False)
    tick(dialog, "domains", OFFERED, True)  # back as it was: nothing to save
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()


def test_the_model_passes_qts_model_tester(
    qtmodeltester: ModelTester, dialog: PortalSettingsDialog
) -> None:
    model = dialog.model
    qtmodeltester.check(model, force_py=False)
    tick(dialog, "profile", OFFERED, False)
    tick(dialog, "invoices", DEFAULT, True)
    model.set_settings(PortalSettings(offered=frozenset({"tickets"}),
                                      defaults=frozenset({"tickets", "orders"})))
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0


def test_edit_is_modal_and_returns_what_was_saved(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, window: MainWindow
) -> None:
    def operate() -> None:
        found = window.findChildren(PortalSettingsDialog)
        assert len(found) == 1
        edit = found[0]
        assert edit.isModal()
        qtbot.waitUntil(lambda: edit.page.stored is not None, timeout=10_000)
        tick(edit, "settings", OFFERED, False)
        edit.accept()

    QTimer.singleShot(0, operate)
    saved = PortalSettingsDialog.edit(window, filled_db, runner)
    assert saved is not None and "settings" not in saved.offered
    assert portal_settings(filled_db) == saved


def test_saving_from_the_main_window_reloads_the_open_account(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    shown = window.editor.account
    assert shown is not None and "orders" in shown.portal_settings.offered

    def edit(cls, parent, db, runner):  # type: ignore[no-untyped-def]
        base = portal_settings(db)
        return save_portal_settings(db, base.token, PortalSettings(
            offered=base.offered - {"orders"}, defaults=base.defaults))

    monkeypatch.setattr(PortalSettingsDialog, "edit", classmethod(edit))
    window.action("admin.portal_settings").trigger()
    qtbot.waitUntil(lambda: window.editor.account is not shown, timeout=10_000)
    account = window.editor.account
    assert account is not None and account.id == hagg.id
    assert "orders" not in account.portal_settings.offered
