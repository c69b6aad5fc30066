"""Seed 003 in the window: the five questions about a bureau's client manager, end to
end (R20–R24), and the three matrices under QAbstractItemModelTester."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, AccountInput, ContactInput, NewAccount
from custadmin.domain.bureaus import ConnectionState
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.bureaus import (
    Change,
    bureau_overview,
    save_access,
    save_roles,
    set_bureau,
)
from custadmin.services.workspace import Workspace
from custadmin.ui.bureaus.matrix import FIRST_CELL, AnswerMatrixModel, CheckMatrixModel, Head
from custadmin.ui.bureaus.programs import ProgramsDialog
from custadmin.ui.bureaus.why import WhyNoProgramsDialog
from custadmin.ui.bureaus.window import BureauWindow
from custadmin.ui.bureaus.wizard import DETAILS, FIND, AddClientWizard
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.validation import MAIN
from factories import add_portal_user

CHECKED = Qt.CheckState.Checked.value
CHECK = int(Qt.ItemDataRole.CheckStateRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


@dataclasses.dataclass
class Bureau:
    account: AccountDetails
    lina: int  # system administrator
    olle: int  # consultant only
    karin: int  # consultant


def _bureau(ws: Workspace) -> Bureau:
    account = create_account(ws, NewAccount(
        AccountInput(name="Ek & Partner Redovisning AB", country="SE",
                     org_number="556677-8899"),
        ContactInput(first_name="Lina", last_name="Ek", email="lina@ekpartner.se",
                     phone="070-111 22 33", address_line1="Kungsgatan 2", postcode="111 43",
                     city="Stockholm", country="SE")))
    set_bureau(ws, account.id, True)
    lina = add_portal_user(ws, account.id, "Lina", "Ek", "lina.ek@ekpartner.se")
    olle = add_portal_user(ws, account.id, "Olle", "Ek", "olle@ekpartner.se")
    karin = add_portal_user(ws, account.id, "Karin", "Lind", "karin@ekpartner.se")
    save_roles(ws, account.id, [Change(lina, "system_administrator", True, False),
                                Change(olle, "consultant", True, False),
                                Change(karin, "consultant", True, False)])
    return Bureau(account, lina, olle, karin)


def _cell(model: CheckMatrixModel | AnswerMatrixModel, row_key: object,
          column_key: object) -> QModelIndex:
    index = model.index_of(row_key, column_key)  # type: ignore[arg-type]
    assert index.isValid()
    return index


def _visible(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_seed_003_five_questions(qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails,
                                 runner: TaskRunner, tmp_path: Path) -> None:
    ws = filled_db
    bureau = _bureau(ws)
    # Hägg's own user Anna (its main contact) gets a login: she is the client's
    # system administrator. Per is a user without any role.
    anna = add_portal_user(ws, hagg.id, "Anna", "Berg", "anna.admin@hagg.se")
    per = add_portal_user(ws, hagg.id, "Per", "Holm", "per@hagg.se")
    save_roles(ws, hagg.id, [Change(anna, "system_administrator", True, False)])

    window = BureauWindow(ws, runner, bureau.account.id)
    qtbot.addWidget(window)
    # The window's own matrices, checked by Qt's tester through every change below.
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [QAbstractItemModelTester(m, fatal) for m in (
        window.roles_model, window.access_model, window.effective_model)]
    window.show()
    qtbot.waitUntil(lambda: window.overview is not None)
    assert window.is_bureau.isChecked()

    # --- Question 3: how are new clients added? Connect an existing account ...
    window.tabs.setCurrentWidget(window.clients_tab)
    assert window.clients_empty.isVisible()
    window.add_client.click()
    wizard = window.wizard
    assert isinstance(wizard, AddClientWizard)
    wizard.choice.connect_existing.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FIND
    wizard.find_page.search.setText("556036-0793")
    wizard.find_page.run_search()
    qtbot.waitUntil(lambda: wizard.find_page.results.count() > 0)
    assert wizard.find_page.chosen() == hagg.id
    wizard.next()
    form = wizard.form
    qtbot.waitUntil(lambda: form.signer.count() >= 3)
    # Per has no role at Hägg: the form cannot name him as signer.
    form.signer.setCurrentIndex(form.signer.findData(per))
    form.responsible.setCurrentIndex(form.responsible.findData(bureau.karin))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "system administrator or an authorised signatory"
                    in form.signer_error.text())
    assert wizard.isVisible() and wizard.result_row is None  # what was typed stays
    form.signer.setCurrentIndex(form.signer.findData(anna))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_row is not None)
    assert wizard.result_row is not None and wizard.result_row.state is ConnectionState.DRAFT
    qtbot.waitUntil(lambda: window.selected_client() is not None
                    and window.selected_client().client_id == hagg.id)  # type: ignore[union-attr]

    # The connection form as a PDF, then sent, then signed by Anna.
    pdf = tmp_path / "form.pdf"
    window._save_form(pdf)
    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(window.send_button.isEnabled)
    window.send_button.click()
    qtbot.waitUntil(lambda: window.sign_button.isEnabled())
    window.sign_button.click()
    dialog = window.signature_dialog
    qtbot.waitUntil(lambda: dialog.signer.count() >= 3)
    dialog.signer.setCurrentIndex(dialog.signer.findData(anna))
    dialog.file.setText(str(pdf))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.selected_client() is not None and window.selected_client()
                    .state is ConnectionState.AWAITING_ACTIVATION)  # type: ignore[union-attr]

    # ... or create a new client: own access, invoiced to the bureau.
    window.add_client.click()
    wizard = window.wizard
    wizard.next()
    assert wizard.currentId() == DETAILS
    wizard.next()  # refused: nothing typed yet
    assert wizard.currentId() == DETAILS
    wizard.details.account_form.set_values({"name": "Nya Bageriet AB",
                                            "org_number": "556074-7551"})
    wizard.details.contact_form.set_values({
        MAIN + "first_name": "Bo", MAIN + "last_name": "Bagare",
        MAIN + "email": "bo@nyabageriet.se", MAIN + "phone": "070-222 33 44",
        MAIN + "address_line1": "Bagargatan 3", MAIN + "postcode": "211 20",
        MAIN + "city": "Malmö"})
    wizard.next()
    wizard.access.invoice_bureau.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_row is not None)
    assert wizard.result_row is not None and wizard.result_row.invoiced == "bureau"

    # --- Question 5: who may activate clients? Not a consultant; the system administrator.
    window.tabs.setCurrentWidget(window.activation_tab)
    qtbot.waitUntil(lambda: window.activation_model.rowCount() == 2)
    row = next(i for i, c in enumerate(window.activation_model.rows) if c.client_id == hagg.id)
    window.activation_table.selectRow(row)
    window.requested_by.setCurrentIndex(window.requested_by.findData(bureau.olle))
    window.activate_button.click()
    qtbot.waitUntil(lambda: "Only the bureau's system administrator" in
                    window.activation_error.text())
    window.requested_by.setCurrentIndex(window.requested_by.findData(bureau.lina))
    window.activate_button.click()
    qtbot.waitUntil(lambda: window.activation_model.rowCount() == 1)
    hagg_row = next(c for c in bureau_overview(ws, bureau.account.id).clients
                    if c.client_id == hagg.id)
    assert hagg_row.state is ConnectionState.ACTIVE and hagg_row.activated_by == "Lina Ek"

    # --- Question 1: how is a consultant added to a client? Tick the box, save.
    window.tabs.setCurrentWidget(window.access)
    qtbot.waitUntil(lambda: window.access_model.rowCount() == 2)
    box = _cell(window.access_model, hagg.id, bureau.karin)
    assert window.access_model.setData(box, CHECKED, CHECK)
    assert window.access.save_button is not None
    window.access.save_button.click()
    qtbot.waitUntil(lambda: (hagg.id, bureau.karin) in window.access_model.stored)

    # --- Question 2: why does Karin have no programs at Hägg?
    why = WhyNoProgramsDialog(ws, runner, window, "KARIN@ekpartner.se", "Hägg")
    qtbot.addWidget(why)
    why.show()
    why.ask()
    qtbot.waitUntil(lambda: len(why.answers) == 1)
    assert why.answers[0].access.reason.value == "no_programs"
    assert "has not granted the consultant any program" in why.tree.topLevelItem(0).text(2)
    # The client's own system administrator grants them: Anna, in whose name.
    programs = ProgramsDialog(ws, runner, hagg.id, window)
    qtbot.addWidget(programs)
    testers += [QAbstractItemModelTester(m, fatal) for m in (
        programs.programs_model, programs.roles_model)]
    programs.show()
    qtbot.waitUntil(lambda: programs.matrix is not None and programs.granter.count() == 1)
    assert programs.granter.currentData() == anna
    grant = _cell(programs.programs_model, bureau.karin, "bookkeeping")
    assert programs.programs_model.setData(grant, CHECKED, CHECK)
    assert programs.programs.save_button is not None
    programs.programs.save_button.click()
    qtbot.waitUntil(lambda: (bureau.karin, "bookkeeping") in programs.programs_model.stored)
    why.ask()
    qtbot.waitUntil(lambda: why.answers and why.answers[0].access.reason.value == "granted")
    assert "Bookkeeping" in why.tree.topLevelItem(0).text(2)
    # The effective-access matrix says the same, with the reason in the tooltip.
    window.tabs.setCurrentWidget(window.effective_panel)
    qtbot.waitUntil(lambda: window.effective_model.rowCount() == 2)
    seen = _cell(window.effective_model, hagg.id, bureau.karin)
    assert seen.data() == "1 program"
    assert "Sees Bookkeeping" in seen.data(TOOLTIP)
    olle = _cell(window.effective_model, hagg.id, bureau.olle)
    assert olle.data() == "No access"

    # --- Question 4: the client's name and organisation number come from the client.
    current = load_account(ws, hagg.id)
    update_account_details(ws, current.token, dataclasses.replace(
        current.as_input(), name="Hägg Bygg & Mark AB"), current.main_contact.as_input())
    window.refresh()
    window.tabs.setCurrentWidget(window.clients_tab)
    qtbot.waitUntil(lambda: any(c.name == "Hägg Bygg & Mark AB"
                                for c in window.clients_model.rows))
    assert len(testers) == 5


@pytest.mark.parametrize("kind", ["roles", "access", "effective", "programs"])
def test_the_matrices_pass_the_model_tester(qtbot: QtBot, kind: str) -> None:
    rows = [Head(i, f"Client {i}", search=str(5560000000 + i)) for i in range(450)]
    columns = [Head(1000 + j, f"Consultant {j}") for j in range(7)]
    model: CheckMatrixModel | AnswerMatrixModel
    if kind == "effective":
        model = AnswerMatrixModel("Client", "Count")
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        from custadmin.ui.bureaus.matrix import Answer

        model.load(rows, columns, lambda r, c: Answer(str(r.key), "why", bool(r.key)),
                   {0: 1}, {1000: 2})
    else:
        model = CheckMatrixModel("Client", "Count",
                                 refusal=lambda r, _c: "not connected" if r.key == 3 else None)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.load(rows, columns, {(0, 1000), (5, 1001)})
        index = model.index(1, FIRST_CELL)
        assert model.setData(index, CHECKED, CHECK)
        assert model.pending == {(1, 1000): True}
        assert model.row_count(1) == 1 and model.column_count(1000) == 2
        # A box that may not be ticked is not checkable and refuses a tick.
        refused = model.index(3, FIRST_CELL)
        assert not model.flags(refused) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.setData(refused, CHECKED, CHECK)
        assert model.data(refused, TOOLTIP) == "not connected"
        model.revert()
        assert model.pending == {}
    # Lazy: the first batch only, the rest as the view scrolls.
    assert model.rowCount() == 200 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    model.set_filters("5560000012", "")
    assert model.rowCount() == 1 and model.row_head(0).key == 12
    model.set_filters("", "Consultant 3")
    assert model.columnCount() == FIRST_CELL + 1


def _windows_on_access(qtbot: QtBot, ws: Workspace, runner: TaskRunner, bureau: Bureau,
                       count: int) -> tuple[int, int, list[BureauWindow]]:
    """Two connected clients; ``count`` windows on the bureau showing its access matrix."""
    from custadmin.services.bureaus import activate_client, create_client
    from factories import new_account

    clients = []
    for name, org in (("Alfa Bygg AB", "556074-7551"), ("Beta Måleri AB", "556036-0793")):
        data = new_account(name, f"info@{name.split()[0].lower()}.se")
        data = dataclasses.replace(data, account=dataclasses.replace(data.account,
                                                                     org_number=org))
        row = create_client(ws, bureau.account.id, data, own_access=True, invoiced="client")
        activate_client(ws, row.token, bureau.lina)
        clients.append(row.client_id)
    windows = []
    for _ in range(count):
        window = BureauWindow(ws, runner, bureau.account.id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda w=window: w.overview is not None)
        window.tabs.setCurrentWidget(window.access)
        qtbot.waitUntil(lambda w=window: w.access_model.rowCount() == 2)
        windows.append(window)
    return clients[0], clients[1], windows


def test_a_box_saved_elsewhere_meanwhile_takes_the_conflict_path(
        qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner: TaskRunner) -> None:
    """A save of a box someone else saved since it was read is refused; that box shows
    what is stored and the operator's other ticks stay, unsaved (never a silent
    overwrite)."""
    bureau = _bureau(filled_db)
    first, second, (mine,) = _windows_on_access(qtbot, filled_db, runner, bureau, 1)
    mine.access_model.set_ticked(first, bureau.karin, True)
    # By keyboard: the cell current, Space ticks it.
    table = mine.access.table
    table.setFocus()
    table.setCurrentIndex(_cell(mine.access_model, second, bureau.olle))
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)
    assert mine.access_model.pending == {(first, bureau.karin): True,
                                         (second, bureau.olle): True}
    # Another operator, on another machine (this window is not told), ticks the same box.
    save_access(filled_db, bureau.account.id, [Change(bureau.karin, first, True, False)])
    assert mine.access.save_button is not None
    mine.access.save_button.click()
    qtbot.waitUntil(lambda: "Someone else changed 1 of these boxes" in mine.access.status.text())
    # The colliding box shows what is stored (ticked by the other); the other tick stays.
    assert (first, bureau.karin) in mine.access_model.stored
    assert mine.access_model.pending == {(second, bureau.olle): True}
    assert mine.access.save_button.isEnabled()
    mine.access.save_button.click()
    qtbot.waitUntil(lambda: (second, bureau.olle) in mine.access_model.stored)


def test_a_save_keeps_the_ticks_made_while_it_ran(qtbot: QtBot) -> None:
    model = CheckMatrixModel("Client", "Count")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load([Head(1, "One"), Head(2, "Two")], [Head(10, "Ten")], {(2, 10)})
    model.set_ticked(1, 10, True)
    sent = model.changes()
    model.set_ticked(2, 10, False)  # after the save was sent
    model.accept(sent)
    assert model.stored == {(1, 10), (2, 10)}
    assert model.pending == {(2, 10): False}
    assert model.row_count(1) == 1 and model.row_count(2) == 0 and model.column_count(10) == 1


def test_a_reading_keeps_the_unsaved_ticks_that_still_apply(qtbot: QtBot) -> None:
    """Another window's save reads every open matrix again: that must not lose an edit."""
    model = CheckMatrixModel("Client", "Count")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    edits: list[int] = []
    model.edited.connect(edits.append)
    rows, columns = [Head(1, "One"), Head(2, "Two"), Head(3, "Three")], [Head(10, "Ten")]
    model.load(rows, columns, {(2, 10)})
    model.set_ticked(1, 10, True)
    model.set_ticked(2, 10, False)
    model.set_ticked(3, 10, True)
    edits.clear()
    # Read again: row 3 is gone, and someone else unticked (2, 10) as the operator wanted.
    model.load(rows[:2], columns, set())
    assert model.pending == {(1, 10): True}
    assert edits == [1]
    assert model.row_count(1) == 1 and model.row_count(2) == 0
    assert model.column_count(10) == 1
    assert model.changes() == [Change(1, 10, True, False)]
    # A reading that changes nothing under the ticks says nothing.
    edits.clear()
    model.load(rows[:2], columns, set())
    assert model.pending == {(1, 10): True} and edits == []


def test_another_windows_save_keeps_this_windows_unsaved_ticks(
        qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner: TaskRunner) -> None:
    bureau = _bureau(filled_db)
    first, second, (mine, theirs) = _windows_on_access(qtbot, filled_db, runner, bureau, 2)
    mine.access_model.set_ticked(second, bureau.olle, True)
    theirs.access_model.set_ticked(first, bureau.karin, True)
    assert theirs.access.save_button is not None
    theirs.access.save_button.click()
    qtbot.waitUntil(lambda: not theirs.access_model.pending)
    # The save makes every other window read the bureau and its matrix again.
    qtbot.waitUntil(lambda: (first, bureau.karin) in mine.access_model.stored)
    runner.wait()
    qtbot.wait(50)
    assert mine.access_model.pending == {(second, bureau.olle): True}
    assert "1 unsaved change" in mine.access.status.text()
    assert mine.access.save_button is not None and mine.access.save_button.isEnabled()


def test_the_tools_menu_opens_the_bureau_and_programs_of_the_open_account(
        qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails) -> None:
    # No account open: the account's tools are disabled, the question is not.
    assert window.run("bureau.window") is None
    assert window.action("bureau.why").isEnabled()
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None)
    bureau = window.run("bureau.window")
    assert isinstance(bureau, BureauWindow) and bureau.bureau_id == hagg.id
    qtbot.waitUntil(lambda: bureau.overview is not None)
    # Not a bureau yet: the box says so and the other tabs wait for it.
    assert not bureau.is_bureau.isChecked() and not bureau.tabs.isTabEnabled(1)
    bureau.is_bureau.click()
    qtbot.waitUntil(lambda: bureau.overview is not None and bureau.overview.is_bureau)
    assert bureau.tabs.isTabEnabled(1)
    programs = window.run("bureau.programs")
    assert isinstance(programs, ProgramsDialog) and programs.client_id == hagg.id
    qtbot.waitUntil(lambda: programs.matrix is not None)
    # Nobody at Hägg is its system administrator yet: the dialog says how to get one.
    assert "no system administrator" in programs.granter_error.text()
    why = window.run("bureau.why")
    assert isinstance(why, WhyNoProgramsDialog)
    bureau.close()
    programs.close()
    why.close()
