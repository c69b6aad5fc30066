"""Every Qt item model of the UI passes Qt's QAbstractItemModelTester, fed by the
real services (the register, rights, portal settings and import models have
their own tests that do the same)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.operators import OperatorRole
from custadmin.services.accounts import update_account_details
from custadmin.services.audit_trail import account_history, search_audit
from custadmin.services.operators import computer_operator, create_operator, list_operators
from custadmin.services.workspace import Workspace
from custadmin.ui.admin.operators import OperatorsModel
from custadmin.ui.widgets.history import HistoryModel


def test_the_history_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_db: Workspace, hagg: AccountDetails,
) -> None:
    changed = update_account_details(
        filled_db, hagg.token, dataclasses.replace(hagg.as_input(), name="Hägg & Son AB"),
        dataclasses.replace(hagg.main_contact.as_input(), city="Visby"))
    lines = account_history(filled_db, changed.id)
    assert len(lines) >= 3  # the account and its contact inserted, two fields changed
    model = HistoryModel()
    qtmodeltester.check(model, force_py=False)  # empty
    model.set_lines(lines)
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == len(lines)
    assert model.columnCount() == 5
    model.set_filter(field=lines[0].field)
    qtmodeltester.check(model, force_py=False)
    assert 0 < model.rowCount() <= len(lines)
    model.set_lines(search_audit(filled_db, "Visby"))
    qtmodeltester.check(model, force_py=False)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0


def test_the_operators_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_db: Workspace,
) -> None:
    computer_operator(filled_db, "anna")
    create_operator(filled_db, "per", "Per Holm", OperatorRole.SUPPORT_AGENT, "Blue-Harbour-42")
    model = OperatorsModel()
    qtmodeltester.check(model, force_py=False)  # empty
    model.set_rows(list_operators(filled_db))
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert [model.index(r, 0).data() for r in range(2)] == ["anna", "per"]
    assert model.index(1, 2).data() == "Support agent"
    assert model.index(1, 3).data() == "password"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Operator name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    model.set_rows([])
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == 0
