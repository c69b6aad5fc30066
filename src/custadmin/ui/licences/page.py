"""The *Licences & users* tab of an account created through a partnership (R25–R28).

The agreement's seats (in the agreement, in use, free) with a way to add
licences; the users with their role, email, personal identity number
(masked, R32), employment number, salary type, approver, what each still
lacks before an invitation, and the invitation's state; a summary for the
customer's primary contact; one user's form; and the welcome emails.

The personal identity number field is empty when a user is opened: the
number is shown in full only while it is typed (R32). Left empty, the
stored number is kept; *Clear* removes it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ConflictError, RuleViolation, ValidationError
from custadmin.domain.licences import (
    MISSING_NAMES,
    LicenceRole,
    SalaryType,
    invitation_refusal,
    readiness_summary,
)
from custadmin.domain.messages import comma_list
from custadmin.domain.operators import Permission
from custadmin.services.licences import MAX_LICENCES, Licences, UserInput, UserRow
from custadmin.services.workspace import Workspace
from custadmin.ui.licences.texts import (
    invitation_title,
    licence_changes,
    role_title,
    salary_title,
)
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import CodeCombo, fill_quietly
from custadmin.ui.widgets.fields import FieldForm, FieldSpec, error_label
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.notes import note_label
from custadmin.ui.widgets.page import FollowingScrollArea, forbidden
from custadmin.ui.widgets.tables import RowsModel, list_table
from custadmin.ui.widgets.when import local_time


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for pyside6-lupdate in ``context``; returns it as it is."""
    return source


def _t(text: str) -> Callable[[], str]:
    # Looked up when the form is built, after a translator is set.
    return lambda: QCoreApplication.translate("LicencesPage", text)


#: The user's form. Labels carry their mnemonics (one letter each on the account page).
USER_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", _t(QT_TRANSLATE_NOOP("LicencesPage", "F&irst name")), True,
              max_length=100),
    FieldSpec("last_name", _t(QT_TRANSLATE_NOOP("LicencesPage", "&Last name")), False,
              max_length=100),
    FieldSpec("role", _t(QT_TRANSLATE_NOOP("LicencesPage", "&Role")), True, kind="choice"),
    FieldSpec("email", _t(QT_TRANSLATE_NOOP("LicencesPage", "E&mail")), False, max_length=254),
    FieldSpec("personal_number",
              _t(QT_TRANSLATE_NOOP("LicencesPage", "Personal identity num&ber")), False,
              placeholder=_t(QT_TRANSLATE_NOOP("LicencesPage",
                                               "for BankID; empty keeps the stored one")),
              max_length=20),
    FieldSpec("employment_number", _t(QT_TRANSLATE_NOOP("LicencesPage", "Employment n&umber")),
              False, max_length=30),
    FieldSpec("salary_type", _t(QT_TRANSLATE_NOOP("LicencesPage", "Salar&y type")), False,
              kind="choice"),
    FieldSpec("approver", _t(QT_TRANSLATE_NOOP("LicencesPage", "&Approver")), False,
              kind="choice"),
)


#: The column of :class:`UsersModel` that says where the invitation stands.
INVITATION_COLUMN = 3


class UsersModel(RowsModel[UserRow]):
    """The account's licence users; personal identity numbers masked (R32)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # What is missing and the invitation first: the questions a partner calls with.
        super().__init__((self.tr("Name"), self.tr("Role"), self.tr("Missing"),
                          self.tr("Invitation"), self.tr("Email"),
                          self.tr("Personal identity no."), self.tr("Employment no."),
                          self.tr("Salary type"), self.tr("Approver")), parent)

    def cells(self, row: UserRow) -> tuple[str, ...]:
        user = row.user
        missing = comma_list([MISSING_NAMES[m] for m in row.readiness.missing])
        return (user.name, role_title(user.role), message_text(missing) if missing else "",
                self.invitation_text(row), user.email, user.personal_number,
                user.employment_number, salary_title(user.salary_type), row.approver_name)

    def invitation_text(self, row: UserRow) -> str:
        state = row.invitation_state
        last = row.last_invitation
        if last is None:
            return invitation_title(state)
        if state == "sent":
            return self.tr("Sent {when}").format(when=local_time(last.at))
        return self.tr("Failed {when}: {why}").format(when=local_time(last.at), why=last.error)


class LicencesPage(QWidget):
    """The tab; ``changed`` after anything was saved here (the history reads again)."""

    changed = Signal()
    #: The user's form has unsaved edits (True) or not any more (False).
    dirty_changed = Signal(bool)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self._account_id: int | None = None
        self._generation = 0
        self.shown: Licences | None = None
        #: The user in the form (None: a new one).
        self._editing: UserRow | None = None
        #: The personal identity number field's *Clear* was pressed.
        self._clear_personal = False
        #: The form's values as shown: what :meth:`is_dirty` compares with.
        self._baseline: dict[str, str] = {}
        self._was_dirty = False
        #: Called once the save under way is stored (the editor's leave guard).
        self._on_saved: Callable[[], None] | None = None

        self.none = note_label(self.tr(
            "This account was not created through a partnership: it has no licences. A "
            "partner creates one with File → New partnership…"), self)
        self.agreement = QLabel(self)
        self.agreement.setWordWrap(True)
        self.agreement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seats = QLabel(self)
        self.seats.setObjectName("seats")
        self.licence_count = QSpinBox(self)
        self.licence_count.setRange(1, MAX_LICENCES)
        licence_label = QLabel(self.tr("Li&cences:"), self)
        licence_label.setBuddy(self.licence_count)
        self.change_licences = QPushButton(self.tr("Change licences"), self)
        self.change_licences.setToolTip(self.tr(
            "Each licence costs the same whatever the role; the change is recorded with "
            "today's date and your name"))
        self.seat_history = QLabel(self)
        self.seat_history.setWordWrap(True)
        self.seat_error = error_label(self)
        self.seat_error.setVisible(False)
        agreement_box = QGroupBox(self.tr("Agreement"), self)
        seats_row = QHBoxLayout()
        seats_row.addWidget(self.seats, 1)
        seats_row.addWidget(licence_label)
        seats_row.addWidget(self.licence_count)
        seats_row.addWidget(self.change_licences)
        box = QVBoxLayout(agreement_box)
        box.addWidget(self.agreement)
        box.addLayout(seats_row)
        box.addWidget(self.seat_error)
        box.addWidget(self.seat_history)
        # The add-ons: one box each, as the catalogue offers them (built when read).
        self.addon_row = QHBoxLayout()
        self.addon_label = QLabel(self.tr("Add-ons:"), self)
        self.addon_row.addWidget(self.addon_label)
        self.addon_boxes: list[QCheckBox] = []
        self.addon_row.addStretch(1)
        self.save_addons = QPushButton(self.tr("Save add-ons"), self)
        self.save_addons.setToolTip(self.tr(
            "Add-ons ticked are active from today, those unticked end today; the collective "
            "invoice counts their days"))
        self.addon_row.addWidget(self.save_addons)
        box.addLayout(self.addon_row)

        self.model = UsersModel(self)
        self.table = list_table(QTableView(self), self.tr("Licence users"),
                                (135, 95, 210, 150, 170, 155, 125, 90))
        self.table.setModel(self.model)
        # Room for several users whatever the window's height.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_summary = QPushButton(self.tr("Copy summary"), self)
        self.mail_summary = QPushButton(self.tr("Mail summary to the primary contact…"), self)
        # The summary on its own lines, the full width: beside the buttons it wrapped
        # into a narrow column and took the list's height.
        summary_row = QVBoxLayout()
        summary_row.addWidget(self.summary)
        summary_buttons = QHBoxLayout()
        summary_buttons.addStretch(1)
        summary_buttons.addWidget(self.copy_summary)
        summary_buttons.addWidget(self.mail_summary)
        summary_row.addLayout(summary_buttons)

        self.form = FieldForm(USER_SPECS, self)
        self.clear_personal = QPushButton(self.tr("Clear"), self)
        self.clear_personal.setToolTip(self.tr("Remove the stored personal identity number"))
        self.form.form_layout().addRow("", self.clear_personal)
        self.user_box = QGroupBox(self.tr("User"), self)
        QVBoxLayout(self.user_box).addWidget(self.form)
        self.new_user = QPushButton(self.tr("Ne&w user"), self)
        self.save_user = QPushButton(self.tr("&Save user"), self)
        self.remove_user = QPushButton(self.tr("Remove user"), self)
        self.invite = QPushButton(self.tr("Send invitati&on"), self)
        self.invite_all = QPushButton(self.tr("Invite all rea&dy"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_user, self.save_user, self.remove_user):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.invite)
        buttons.addWidget(self.invite_all)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(agreement_box)
        body_layout.addWidget(self.table, 1)
        body_layout.addLayout(summary_row)
        body_layout.addWidget(self.user_box)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.status)
        # Scrolls when the window is short (a 768-pixel screen) rather than growing it.
        scroll = FollowingScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.none)
        self.stack.addWidget(scroll)
        self.body = scroll
        QVBoxLayout(self).addWidget(self.stack)

        self._fill_choices()
        self.change_licences.clicked.connect(self._change_licences)
        self.save_addons.clicked.connect(self._save_addons)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._select())
        self.copy_summary.clicked.connect(self._copy_summary)
        self.mail_summary.clicked.connect(self._mail_summary)
        self.clear_personal.clicked.connect(self._clear_personal_number)
        self.new_user.clicked.connect(self.start_new_user)
        self.save_user.clicked.connect(self.save)
        self.remove_user.clicked.connect(self._remove)
        self.invite.clicked.connect(self.invite_selected)
        self.invite_all.clicked.connect(self.invite_ready)
        self.form.edited.connect(self._edited)
        licence_changes().changed.connect(self.refresh)

    def _show_seat_error(self, text: str) -> None:
        self.seat_error.setText(text)
        self.seat_error.setVisible(bool(text))

    def _edited(self, key: str) -> None:
        self.form.show_error(key, None)
        self._report_dirty()

    def _report_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        """Whether the user's form holds edits not saved yet."""
        if self.stack.currentWidget() is not self.body:
            return False
        return self._clear_personal or self.form.values() != self._baseline

    def revert(self) -> None:
        """Drop the form's unsaved edits: the user as stored (or an empty new one)."""
        self._show_user(self._editing)

    def _fill_choices(self) -> None:
        role = self.form.editor("role")
        assert isinstance(role, CodeCombo)
        fill_quietly(role, [(role_title(r), r.value) for r in LicenceRole],
                     LicenceRole.REPORTER.value)
        salary = self.form.editor("salary_type")
        assert isinstance(salary, CodeCombo)
        fill_quietly(salary, [(self.tr("(not given)"), "")]
                     + [(salary_title(s), s.value) for s in SalaryType])

    def use_workspace(self, ws: Workspace) -> None:
        self._ws = ws

    # --- reading ---------------------------------------------------------------------------

    def show_account(self, account_id: int) -> None:
        """Read the account's licences (on a worker) and show them."""
        from custadmin.services.licences import licences

        if account_id != self._account_id:
            # Another account (the editor asked about unsaved edits before): an empty
            # form, which is also what "unchanged" means until a user is chosen.
            self._show_user(None)
            self.status.clear()
        self._account_id = account_id
        self._generation += 1
        generation, ws = self._generation, self._ws
        self._runner.run(lambda: licences(ws, account_id),
                         lambda found: self._loaded(generation, found),
                         lambda exc: self._failed(generation, exc))

    def refresh(self) -> None:
        if self._account_id is not None:
            self.show_account(self._account_id)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(operator_message(exc, "reading licences"))

    def _loaded(self, generation: int, found: Licences) -> None:
        if generation != self._generation:
            return
        self.shown = found
        p = found.partnership
        if p is None:
            self.stack.setCurrentWidget(self.none)
            return
        self.stack.setCurrentWidget(self.body)
        invoiced = (self.tr("the partner, on its monthly collective invoice") if p.collective
                    else self.tr("the partner") if p.invoiced.value == "partner"
                    else self.tr("the customer"))
        self.agreement.setText(self.tr(
            "Created by {partner} through a partnership on {when} ({who}). Version: {version}. "
            "Invoiced: {invoiced}. Primary contact: {primary}.").format(
                partner=p.partner_name, when=local_time(p.created_at), who=p.created_by,
                version=p.product.name, invoiced=invoiced,
                primary=p.primary_contact or self.tr("(none)")))
        self.seats.setText(self.tr("In the agreement: {licences} · In use: {in_use} · "
                                   "Free: {free}").format(licences=found.licences,
                                                          in_use=found.in_use,
                                                          free=found.free))
        self.licence_count.setValue(found.licences)
        self._show_addons(found)
        self.seat_history.setText(self.tr("Seat changes: {changes}").format(changes="; ".join(
            self.tr("{day}: {before} → {after} ({who})").format(
                day=c.effective_on.isoformat(), before=c.licences_before,
                after=c.licences_after, who=c.operator)
            for c in found.seat_changes[-5:])))
        editing = self._editing
        self.model.set_rows(found.users)
        self.summary.setText(message_text(readiness_summary([u.user for u in found.users])))
        self._fill_approvers()
        fresh = next((u for u in found.users if editing is not None and u.id == editing.id),
                     None)
        self._reselect(fresh)
        if self.is_dirty():
            pass  # the edits stay, on the version they started from (a conflict if changed)
        elif fresh is not None or editing is None:
            self._show_user(fresh)
        else:
            self._show_user(None)  # the user was removed meanwhile
        self._enable()

    def _fill_approvers(self) -> None:
        combo = self.form.editor("approver")
        assert isinstance(combo, CodeCombo)
        users = self.shown.users if self.shown else ()
        keep = combo.code()
        fill_quietly(combo, [(self.tr("(nobody yet)"), "")] + [
            (f"{u.user.name} ({role_title(u.user.role)})", str(u.id)) for u in users
            if u.user.role is not LicenceRole.REPORTER], keep)

    def _enable(self) -> None:
        why_not = forbidden(self._ws, Permission.EDIT_ACCOUNTS)
        for widget in (self.change_licences, self.licence_count, self.new_user,
                       self.save_user, self.remove_user, self.invite, self.invite_all,
                       self.clear_personal):
            widget.setEnabled(why_not is None)
            if why_not:
                widget.setToolTip(why_not)
        self.form.set_read_only(why_not is not None)
        editing = self._editing
        self.remove_user.setEnabled(why_not is None and editing is not None)
        self.invite.setEnabled(why_not is None and editing is not None)
        if editing is not None:
            self.invite.setText(self.tr("Send the invitati&on again") if editing.invitation_state
                                == "failed" else self.tr("Send invitati&on"))

    # --- the user's form -----------------------------------------------------------------------

    def selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[index.row()]

    def _select(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._editing is not None and chosen.id == self._editing.id \
                and self.is_dirty():
            return  # the same user read again: the edits stay
        if self.is_dirty() and not self._may_leave_form():
            self._reselect(self._editing)
            return
        self._show_user(chosen)

    def _may_leave_form(self) -> bool:
        """Ask before another user replaces unsaved edits in the form."""
        from custadmin.ui.widgets.prompts import Leave, UnsavedChangesPrompt

        what = self._editing.user.name if self._editing else self.tr("The new user")
        choice = UnsavedChangesPrompt.ask(self, what)
        if choice is Leave.SAVE:
            self.save()  # kept in the form if it fails; the operator chooses again
            return False
        return choice is Leave.DISCARD

    def _reselect(self, row: UserRow | None) -> None:
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            index = next((i for i, r in enumerate(self.model.rows)
                          if row is not None and r.id == row.id), None)
            if index is None:
                self.table.clearSelection()
            else:
                selection.setCurrentIndex(self.model.index(index, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(blocked)

    def _show_user(self, row: UserRow | None) -> None:
        self._editing = row
        self._clear_personal = False
        self.form.set_errors({})
        user = row.user if row else None
        self.form.set_values({
            "first_name": row.first_name if row else "",
            "last_name": row.last_name if row else "",
            "role": user.role.value if user else LicenceRole.REPORTER.value,
            "email": user.email if user else "",
            "personal_number": "",
            "employment_number": user.employment_number if user else "",
            "salary_type": user.salary_type.value if user and user.salary_type else "",
            "approver": str(user.approver_id) if user and user.approver_id else "",
        })
        personal = self.form.editor("personal_number")
        personal.setPlaceholderText(
            self.tr("stored: {masked} (type to replace)").format(masked=user.personal_number)
            if user and user.personal_number else
            self.tr("for BankID; optional when an email is given"))
        self.clear_personal.setVisible(bool(user and user.personal_number))
        self.user_box.setTitle(self.tr("User: {name}").format(name=user.name) if user
                               else self.tr("New user"))
        self._baseline = self.form.values()
        self._report_dirty()
        self._enable()

    def start_new_user(self) -> None:
        if self.is_dirty() and not self._may_leave_form():
            return
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_user(None)
        self.form.editor("first_name").setFocus()

    def _clear_personal_number(self) -> None:
        self._clear_personal = True
        self.form.set_values({"personal_number": ""})
        self.form.editor("personal_number").setPlaceholderText(
            self.tr("removed when you save"))
        self._report_dirty()

    def user_input(self) -> UserInput:
        values = self.form.values()
        typed = values["personal_number"]
        personal: str | None = typed
        if not typed and self._editing is not None and not self._clear_personal:
            personal = None  # keep the stored one
        approver = values["approver"]
        return UserInput(values["first_name"], values["last_name"], values["role"],
                         values["email"], personal, values["employment_number"],
                         values["salary_type"], int(approver) if approver else None)

    def save(self, on_saved: Callable[[], None] | None = None) -> None:
        """Add the user in the form, or save the one being edited; then ``on_saved``
        (not if the save fails: the edits stay in the form with the reason)."""
        from custadmin.services.licences import add_user, update_user

        if self._account_id is None or (on_saved is not None and not self.is_dirty()):
            if on_saved is not None:
                on_saved()
            return
        self._on_saved = on_saved
        ws, data, editing, account_id = self._ws, self.user_input(), self._editing, \
            self._account_id
        self.status.setText(self.tr("Saving…"))
        if editing is None:
            self._runner.run(lambda: add_user(ws, account_id, data), self._saved,
                             self._save_failed)
        else:
            token = editing.token
            self._runner.run(lambda: update_user(ws, token, data), self._saved,
                             self._save_failed)

    def _saved(self, row: UserRow) -> None:
        self._show_user(row)
        self.status.setText(self.tr("Saved {name}.").format(name=row.user.name))
        self.changed.emit()
        self.refresh()
        then, self._on_saved = self._on_saved, None
        if then is not None:
            then()

    def _save_failed(self, exc: BaseException) -> None:
        self._on_saved = None
        self.status.clear()
        if isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
            key = self.form.first_error_key()
            if key:
                self.form.editor(key).setFocus()
            return
        if isinstance(exc, RuleViolation | ConflictError):
            self.status.setText(operator_message(exc))
            if isinstance(exc, ConflictError):
                self.refresh()
            return
        self.status.setText(operator_message(exc, "saving a licence user"))

    def _remove(self) -> None:
        from custadmin.services.licences import remove_user

        editing = self._editing
        if editing is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove user"), self.tr(
            "Remove {name} from the account's licences? The licence becomes free; the "
            "agreement keeps its number of licences.").format(name=editing.user.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws, token = self._ws, editing.token

        def done(_none: object) -> None:
            self._editing = None
            self.status.setText(self.tr("Removed {name}.").format(name=editing.user.name))
            self.changed.emit()
            self.refresh()

        self._runner.run(lambda: remove_user(ws, token), done, self._save_failed)

    # --- seats ---------------------------------------------------------------------------------

    def _change_licences(self) -> None:
        from custadmin.services.licences import change_licences

        shown = self.shown
        if shown is None or shown.partnership is None:
            return
        ws, token, count = self._ws, shown.partnership.token, self.licence_count.value()
        self._show_seat_error("")

        def done(found: Licences) -> None:
            self.status.setText(self.tr("The agreement now has {count} licences.").format(
                count=found.licences))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._show_seat_error(message_text(exc.errors.get("licences", "")))
            else:
                self._show_seat_error(operator_message(exc, "changing licences"))
                self.refresh()

        self._runner.run(lambda: change_licences(ws, token, count), done, failed)

    def _show_addons(self, found: Licences) -> None:
        for old in self.addon_boxes:
            self.addon_row.removeWidget(old)
            old.deleteLater()
        self.addon_boxes = []
        for position, product in enumerate(found.addon_catalogue, 1):
            tick = QCheckBox(product.name, self)
            tick.setProperty("product_key", product.key)
            tick.setChecked(product.key in found.addon_keys)
            self.addon_row.insertWidget(position, tick)
            self.addon_boxes.append(tick)
        # Tab goes through the add-ons where they stand, not after the whole page.
        chain = [self.change_licences, *self.addon_boxes, self.save_addons, self.table]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.addon_label.setVisible(bool(self.addon_boxes))
        self.save_addons.setVisible(bool(self.addon_boxes))
        why_not = forbidden(self._ws, Permission.EDIT_ACCOUNTS)
        for widget in (*self.addon_boxes, self.save_addons):
            widget.setEnabled(why_not is None)

    def ticked_addons(self) -> frozenset[str]:
        return frozenset(str(b.property("product_key")) for b in self.addon_boxes
                         if b.isChecked())

    def _save_addons(self) -> None:
        from custadmin.services.licences import change_addons

        shown = self.shown
        if shown is None or shown.partnership is None:
            return
        ws, token, keys = self._ws, shown.partnership.token, self.ticked_addons()
        self._show_seat_error("")

        def done(_found: Licences) -> None:
            self.status.setText(self.tr("The add-ons are saved."))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._show_seat_error(operator_message(exc, "changing add-ons"))
            self.refresh()

        self._runner.run(lambda: change_addons(ws, token, keys), done, failed)

    # --- the summary ---------------------------------------------------------------------------

    def summary_text(self) -> str:
        shown = self.shown
        if shown is None:
            return ""
        lines = [self.summary.text(), ""]
        for row in shown.users:
            missing = comma_list([MISSING_NAMES[m] for m in row.readiness.missing])
            lines.append(self.tr("{name} ({role}): {state}").format(
                name=row.user.name, role=role_title(row.user.role),
                state=self.tr("missing {what}").format(what=message_text(missing))
                if missing else self.tr("ready")))
        return "\n".join(lines)

    def _copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self.status.setText(self.tr("The summary is on the clipboard."))

    def _mail_summary(self) -> None:
        shown = self.shown
        if shown is None or shown.partnership is None:
            return
        to = shown.partnership.primary_email
        subject = self.tr("Users of {account}: what is missing").format(
            account=shown.partnership.customer_name)
        url = QUrl(f"mailto:{quote(to)}?subject={quote(subject)}"
                   f"&body={quote(self.summary_text())}")
        if not QDesktopServices.openUrl(url):
            self._copy_summary()
            self.status.setText(self.tr("No mail program opened: the summary is on the "
                                        "clipboard instead."))

    # --- invitations ---------------------------------------------------------------------------

    def invite_selected(self) -> None:
        editing = self._editing
        if editing is None:
            return
        refusal = invitation_refusal(editing.user)
        if refusal is not None:
            QMessageBox.information(self, self.tr("No invitation"), message_text(refusal))
            return
        self._send([editing])

    def invite_ready(self) -> None:
        from custadmin.services.licences import users_to_invite

        shown = self.shown
        if shown is None:
            return
        ready = users_to_invite(shown.users)
        if not ready:
            self.status.setText(self.tr("Nobody is ready to be invited who has not been."))
            return
        self._send(ready)

    def _send(self, rows: Sequence[UserRow]) -> None:
        from custadmin.ui.licences.invite import send_invitations

        if self._account_id is None:
            return
        send_invitations(self, self._ws, self._runner, self._account_id,
                         [r.id for r in rows], self._invited)

    def _invited(self, report: str) -> None:
        self.status.setText(report)
        self.changed.emit()
        self.refresh()
