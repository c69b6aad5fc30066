"""The editor-page base (ui/editing.py), tested once, on a small page of its own.

The page edits an account's name, Peppol ID and main contact's email through
the real services on a real database: every path of the one state machine
(dirty, save, revert, leave, busy, the failure paths) is exercised here, so
that the pages built on it need only test what they add.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactChange
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.operators import Actor, OperatorRole, Permission
from custadmin.domain.portal import PortalAccessChange
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.contacts import save_contact
from custadmin.services.workspace import Workspace
from custadmin.ui.editing import EditorPage, PageStatus, Work, saved_records
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.prompts import ConflictChoice, Leave
from factories import new_account

FIELDS = ("name", "peppol_id", "email")


class NamePage(EditorPage[AccountDetails]):
    """An account's name, Peppol ID and main contact's email; nothing else."""

    permission = Permission.EDIT_ACCOUNTS
    subject_kind = "account"

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        self.edits = {key: QLineEdit(self) for key in FIELDS}
        layout = QVBoxLayout(self)
        for edit in self.edits.values():
            edit.textEdited.connect(lambda _t: self.edited())
            layout.addWidget(edit)
        layout.addLayout(self.button_row())
        self.shown_errors: list[Mapping[str, str]] = []
        self.declined: list[ConfirmationNeeded] = []
        self.read_only_seen: list[bool] = []

    def what(self) -> str:
        return "The test account"

    def fill(self, stored: AccountDetails) -> None:
        self.restore({"name": stored.name, "peppol_id": stored.peppol_id,
                      "email": stored.main_contact.email})

    def snapshot(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def restore(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            self.edits[key].setText(value)

    def submit(self, stored: AccountDetails, confirmed_login_id: int | None) -> Work | None:
        values, ws = self.snapshot(), self._ws
        if not values["name"].strip():
            self.shown_errors.append({"name": "local"})
            return None
        account = dataclasses.replace(stored.as_input(), name=values["name"],
                                      peppol_id=values["peppol_id"])
        contact = dataclasses.replace(stored.main_contact.as_input(), email=values["email"])
        return lambda: update_account_details(ws, stored.token, account, contact, None,
                                              confirmed_login_id)

    def reload(self, stored: AccountDetails) -> Work:
        ws = self._ws
        return lambda: load_account(ws, stored.id)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.shown_errors.append(errors)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only_seen.append(read_only)
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def confirmation_declined(self, asked: ConfirmationNeeded) -> None:
        self.declined.append(asked)


def type_text(page: NamePage, key: str, text: str) -> None:
    page.edits[key].setText(text)
    page.edits[key].textEdited.emit(text)


@pytest.fixture
def account(filled_db: Workspace) -> AccountDetails:
    return create_account(filled_db, new_account())


@pytest.fixture
def page(qtbot: QtBot, filled_db: Workspace, runner: TaskRunner,
         account: AccountDetails) -> NamePage:
    shown = NamePage(filled_db, runner)
    qtbot.addWidget(shown)
    shown.show_stored(account)
    return shown


def save_and_wait(qtbot: QtBot, page: NamePage) -> AccountDetails:
    with qtbot.waitSignal(page.saved, timeout=10_000) as blocker:
        page.save()
    result = blocker.args[0]
    assert isinstance(result, AccountDetails)
    return result


def test_an_edit_makes_the_page_dirty_and_reverting_undoes_it(page: NamePage) -> None:
    changes: list[bool] = []
    page.dirty_changed.connect(changes.append)
    assert not page.is_dirty() and page.page_status is PageStatus.EMPTY
    assert not page.save_button.isEnabled() and not page.revert_button.isEnabled()
    type_text(page, "name", "Hägg Bygg Nord AB")
    assert page.is_dirty() and changes == [True]
    assert page.page_status is PageStatus.DIRTY and page.status.text() == "Unsaved changes"
    assert page.save_button.isEnabled() and page.revert_button.isEnabled()
    type_text(page, "name", "Hägg Bygg AB")  # typed back: nothing to save
    assert not page.is_dirty() and changes == [True, False]
    type_text(page, "peppol_id", "0007:5560360793")
    page.revert()
    assert page.edits["peppol_id"].text() == ""
    assert not page.is_dirty() and page.page_status is PageStatus.EMPTY
    assert page.status.text() == ""


def test_save_stores_shows_the_result_and_tells(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
) -> None:
    type_text(page, "name", "Hägg Bygg Nord AB")
    done: list[str] = []
    with qtbot.waitSignal(page.saved, timeout=10_000) as blocker:
        page.save(on_saved=lambda: done.append("after"))
        assert page.busy and page.page_status is PageStatus.SAVING
        assert page.status.text() == "Saving…"
        assert not page.save_button.isEnabled() and not page.revert_button.isEnabled()
        page.save()  # a second Save while one runs does nothing
        page.revert()  # nor does Revert
        assert page.edits["name"].text() == "Hägg Bygg Nord AB"
    saved = blocker.args[0]
    assert saved.name == "Hägg Bygg Nord AB" and saved.version == account.version + 1
    assert load_account(filled_db, account.id).name == "Hägg Bygg Nord AB"
    assert done == ["after"]
    assert page.read_only_seen == [True, False]  # nothing typed while it was saved
    assert not page.is_dirty() and page.stored == saved
    assert page.page_status is PageStatus.SAVED and page.status.text() == "Saved."
    type_text(page, "name", "Hägg Bygg Syd AB")
    assert page.page_status is PageStatus.DIRTY


def test_save_without_edits_just_goes_on(page: NamePage) -> None:
    done: list[str] = []
    page.save(on_saved=lambda: done.append("after"))
    assert done == ["after"] and not page.busy


def test_local_problems_stop_the_save_before_the_database(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
) -> None:
    type_text(page, "name", "")
    page.save()
    assert not page.busy and page.page_status is PageStatus.INVALID
    assert page.shown_errors == [{"name": "local"}]
    assert page.status.text() == "Not saved: correct the fields marked in red."
    assert load_account(filled_db, account.id) == account


def test_a_validation_error_goes_to_the_fields_and_the_typing_stays(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
) -> None:
    type_text(page, "peppol_id", "9955:SE556036079301")  # a removed scheme (R33)
    page.save()
    qtbot.waitUntil(lambda: page.page_status is PageStatus.INVALID, timeout=10_000)
    assert list(page.shown_errors[-1]) == ["peppol_id"]
    assert page.edits["peppol_id"].text() == "9955:SE556036079301"
    assert page.is_dirty() and page.save_button.isEnabled()
    assert load_account(filled_db, account.id) == account
    type_text(page, "peppol_id", "0007:5560360793")  # typing again: unsaved, not red
    assert page.page_status is PageStatus.DIRTY


def test_any_other_failure_shows_the_error_box_and_keeps_the_edits(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner, account: AccountDetails,
    dialogs: list[tuple[str, str]],
) -> None:
    # An operator whose role may not edit: the service refuses (the UI would
    # have disabled Save; the service decides all the same).
    reader = filled_db.acting(Actor(7, "Olle", OperatorRole.READ_ONLY))
    page = NamePage(reader, runner)
    qtbot.addWidget(page)
    page.show_stored(account)
    assert not page.save_button.isEnabled()
    assert "Olle is signed in as read-only" in page.save_button.toolTip()
    type_text(page, "name", "Hägg Bygg Nord AB")
    assert not page.save_button.isEnabled()  # still forbidden, whatever is typed
    page.save()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    title, message = dialogs[0]
    assert title == "Not saved" and "needs the role" in message
    assert page.page_status is PageStatus.NOT_SAVED
    assert page.status.text() == "Not saved; your edits are still in the form."
    assert page.edits["name"].text() == "Hägg Bygg Nord AB" and page.is_dirty()


@pytest.mark.parametrize("choice", [ConflictChoice.KEEP_MINE, ConflictChoice.RELOAD])
def test_a_conflict_shows_what_they_changed_and_keeps_mine_on_top(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
    monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    asked: list[tuple[dict[str, tuple[object, object]], dict[str, str]]] = []
    names: list[str] = []

    def ask(_parent, differences, label, mine, who=""):  # type: ignore[no-untyped-def]
        assert label("peppol_id") == "peppol_id"
        asked.append((dict(differences), dict(mine)))
        names.append(who)
        return choice

    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(lambda cls, *a: ask(*a)))
    type_text(page, "name", "Hägg Bygg Nord AB")  # mine
    # Someone else stores another field first.
    theirs = update_account_details(
        filled_db, account.token,
        dataclasses.replace(account.as_input(), peppol_id="0007:5560360793"),
        account.main_contact.as_input())
    page.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    differences, mine = asked[0]
    assert differences == {"peppol_id": ("", "0007:5560360793")}
    # Who saved theirs, and when, from the audit trail: "<operator> at YYYY-MM-DD HH:MM".
    # Local time in the locale's format, with the zone ("03/12/2026 14:32 CET").
    assert re.fullmatch(r".+ at \S*\d\S* \d\d[:.]\d\d \S+", names[0]), names
    assert mine["name"] == "Hägg Bygg Nord AB"
    assert page.stored == theirs  # theirs is the base now
    assert page.edits["peppol_id"].text() == "0007:5560360793"  # theirs shows
    if choice is ConflictChoice.RELOAD:
        assert page.edits["name"].text() == account.name and not page.is_dirty()
        return
    assert page.edits["name"].text() == "Hägg Bygg Nord AB" and page.is_dirty()
    assert page.page_status is PageStatus.REBASED
    assert "loaded underneath" in page.status.text()
    saved = save_and_wait(qtbot, page)  # now knowingly over theirs: both stay
    assert (saved.name, saved.peppol_id) == ("Hägg Bygg Nord AB", "0007:5560360793")


@pytest.mark.parametrize("confirm", [True, False])
def test_a_shared_login_is_confirmed_before_the_same_save_goes_ahead(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
    monkeypatch: pytest.MonkeyPatch, confirm: bool,
) -> None:
    # The main contact logs in to the portal; another account's contact has a
    # login for the email the operator types (R9: same person?).
    main = account.main_contact
    save_contact(filled_db, account.id, main.token, ContactChange(
        main.as_input(), main.email_categories, PortalAccessChange(enabled=True)))
    other = create_account(filled_db, new_account("Östra AB", "eva@ostra.se"))
    save_contact(filled_db, other.id, other.main_contact.token, ContactChange(
        other.main_contact.as_input(), frozenset(), PortalAccessChange(enabled=True)))
    page.show_stored(load_account(filled_db, account.id))
    asked: list[ConfirmationNeeded] = []
    monkeypatch.setattr(prompts.SharedLoginPrompt, "ask", classmethod(
        lambda cls, parent, exc, password_too=False: asked.append(exc) or confirm))
    type_text(page, "email", "eva@ostra.se")
    if confirm:
        saved = save_and_wait(qtbot, page)
        assert saved.main_contact.email == "eva@ostra.se"
        assert [a.reason for a in asked] == ["join"] and not page.declined
        return
    page.save()
    qtbot.waitUntil(lambda: bool(page.declined), timeout=10_000)
    assert [a.reason for a in asked] == ["join"]
    assert page.page_status is PageStatus.NOT_SAVED
    assert page.edits["email"].text() == "eva@ostra.se" and page.is_dirty()
    assert load_account(filled_db, account.id).main_contact.email == account.main_contact.email


@pytest.mark.parametrize("answer", [Leave.SAVE, Leave.DISCARD, Leave.CANCEL])
def test_leaving_with_edits_asks_first(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
    monkeypatch: pytest.MonkeyPatch, answer: Leave,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: asked.append(what) or answer))
    went: list[str] = []
    page.request_leave(lambda: went.append("clean"))
    assert went == ["clean"] and asked == []  # nothing unsaved: no question
    type_text(page, "name", "Hägg Bygg Nord AB")
    page.request_leave(lambda: went.append("edited"))
    assert asked == ["The test account"]
    if answer is Leave.SAVE:
        qtbot.waitUntil(lambda: went == ["clean", "edited"], timeout=10_000)
        assert load_account(filled_db, account.id).name == "Hägg Bygg Nord AB"
    elif answer is Leave.DISCARD:
        assert went == ["clean", "edited"] and not page.is_dirty()
        assert page.edits["name"].text() == account.name
    else:
        assert went == ["clean"] and page.is_dirty()


def test_showing_a_newer_state_keeps_what_the_operator_changed(
    page: NamePage, filled_db: Workspace, account: AccountDetails,
) -> None:
    type_text(page, "name", "Hägg Bygg Nord AB")
    newer = update_account_details(
        filled_db, account.token,
        dataclasses.replace(account.as_input(), peppol_id="0007:5560360793"),
        account.main_contact.as_input())
    page.show_stored(newer, keep_edits=True)
    assert page.snapshot() == {"name": "Hägg Bygg Nord AB", "peppol_id": "0007:5560360793",
                               "email": account.main_contact.email}
    assert page.is_dirty() and page.stored == newer
    page.show_stored(newer)  # without keep_edits: the stored state only
    assert page.edits["name"].text() == account.name and not page.is_dirty()


# --- after "Keep my edits", and changes saved elsewhere ------------------------------------


@pytest.mark.parametrize("replace", [False, True])
def test_keep_mine_then_save_asks_before_replacing_a_value_they_saved(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
    monkeypatch: pytest.MonkeyPatch, replace: bool,
) -> None:
    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(
        lambda cls, *a: ConflictChoice.KEEP_MINE))
    replaced: list[dict[str, tuple[str, str]]] = []
    monkeypatch.setattr(prompts.OverwritePrompt, "ask", classmethod(
        lambda cls, parent, fields, label, who="": replaced.append(dict(fields)) or replace))
    type_text(page, "name", "Mitt Namn AB")
    theirs = update_account_details(
        filled_db, account.token, dataclasses.replace(account.as_input(), name="Deras Namn AB"),
        account.main_contact.as_input())
    page.save()
    qtbot.waitUntil(lambda: page.page_status is PageStatus.REBASED, timeout=10_000)
    assert page.stored == theirs and page.edits["name"].text() == "Mitt Namn AB"
    if not replace:
        page.save()
        assert replaced == [{"name": ("Deras Namn AB", "Mitt Namn AB")}]
        assert page.page_status is PageStatus.NOT_SAVED and page.is_dirty()
        assert load_account(filled_db, account.id).name == "Deras Namn AB"
        return
    saved = save_and_wait(qtbot, page)
    assert replaced == [{"name": ("Deras Namn AB", "Mitt Namn AB")}]
    assert saved.name == "Mitt Namn AB"


def test_a_page_on_screen_shows_a_change_saved_in_another_session(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
) -> None:
    page.show()
    qtbot.waitExposed(page)
    theirs = update_account_details(
        filled_db, account.token, dataclasses.replace(account.as_input(), name="Deras Namn AB"),
        account.main_contact.as_input())
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.check_for_changes()  # what the timer does every WATCH_INTERVAL_MS
    assert page.stored == theirs and page.edits["name"].text() == "Deras Namn AB"
    assert not page.is_dirty()
    assert page.status.text().startswith("Updated: ")


def test_unsaved_edits_stay_when_a_change_is_saved_elsewhere_and_the_save_then_conflicts(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, account: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show()
    qtbot.waitExposed(page)
    type_text(page, "name", "Mitt Namn AB")
    update_account_details(
        filled_db, account.token,
        dataclasses.replace(account.as_input(), peppol_id="0007:5560360793"),
        account.main_contact.as_input())
    page.check_for_changes()
    qtbot.waitUntil(lambda: page.page_status is PageStatus.STALE, timeout=10_000)
    assert "meanwhile" in page.status.text()
    assert page.stored == account and page.edits["name"].text() == "Mitt Namn AB"
    type_text(page, "name", "Mitt Namn 2 AB")
    assert page.page_status is PageStatus.STALE  # typing on does not hide it
    asked: list[object] = []
    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(
        lambda cls, *a: asked.append(a) or ConflictChoice.KEEP_MINE))
    page.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)


def test_a_save_in_one_window_reaches_another_showing_the_same_record(
    qtbot: QtBot, page: NamePage, filled_db: Workspace, runner: TaskRunner,
    account: AccountDetails,
) -> None:
    second = NamePage(filled_db, runner)
    qtbot.addWidget(second)
    second.show_stored(account)
    second.show()
    qtbot.waitExposed(second)
    type_text(page, "name", "Mitt Namn AB")
    with qtbot.waitSignal(saved_records().saved, timeout=10_000):
        saved = save_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: second.stored == saved, timeout=10_000)
    assert second.edits["name"].text() == "Mitt Namn AB"
