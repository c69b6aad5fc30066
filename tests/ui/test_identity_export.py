"""Personal identity numbers in the window: masked in the register; in full only through
the administrators' File → Export with full identity numbers… (issue 14, points 1 and 3)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.operators import Actor, OperatorRole
from custadmin.domain.register import RegisterColumn
from custadmin.services.accounts import create_account
from custadmin.services.workspace import Workspace
from custadmin.ui.main_window import MainWindow
from custadmin.ui.transfer import export as export_module
from factories import new_account

DIGITS = "8803200016"


@pytest.fixture
def sole_trader(filled_db: Workspace) -> int:
    return create_account(filled_db, NewAccount(
        AccountInput(name="Öbergs Firma", country="SE", org_number="19880320-0016",
                     peppol_id=f"0007:{DIGITS}"),
        new_account(email="asa@oberg.se").main_contact)).id


def test_the_register_masks_and_an_administrator_exports_in_full(
    qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
    filled_db: Workspace, sole_trader: int, tmp_path: Path, notices: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(filled_db)
    model = window.register.model
    model.set_search_text("Öbergs")
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == 1)
    cell = model.data(model.index(0, RegisterColumn.ORG_NUMBER), Qt.ItemDataRole.DisplayRole)
    assert cell == "880320-****"

    target = tmp_path / "full.csv"
    monkeypatch.setattr(export_module.RegisterExport, "ask_target",
                        classmethod(lambda cls, parent, searching: str(target)))
    export = window.run("transfer.export_full")
    assert export is not None
    qtbot.waitUntil(lambda: export.outcome is not None)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        (_header, row) = list(csv.reader(handle))  # the search result: one account
    assert "880320-0016" in row and f"0007:{DIGITS}" in row
    assert "recorded in the audit trail" in notices[-1]


@pytest.mark.parametrize("role", [OperatorRole.SUPPORT_AGENT, OperatorRole.READ_ONLY])
def test_a_non_administrator_cannot_ask_for_full_numbers(
    qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
    filled_db: Workspace, sole_trader: int, role: OperatorRole,
) -> None:
    window = open_window(filled_db.acting(Actor(None, "Eva", role)))
    action = window.action("transfer.export_full")
    assert not action.isEnabled()
    assert "administrator" in action.toolTip()
    assert window.run("transfer.export_full") is None
