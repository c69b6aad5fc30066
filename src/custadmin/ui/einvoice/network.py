"""*Tools → E-invoice network…*: search first, then register, confirm, reject, move (R18, R19).

The window opens on its search box. A recipient is registered only when a
search found none (the service refuses a duplicate anyway, naming the
recipient that has the organisation number or participant ID). Each decision
asks for what it records: the email the confirmation came from, the reason
for a rejection, the operator a recipient moves to; a refusal shows at the
field and the dialog keeps what was typed. The selected recipient's state,
who asked and decided, and its history of moves are shown under the list.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.einvoice import (
    DocumentType,
    RecipientInput,
    RecipientState,
    validate_recipient,
)
from custadmin.domain.errors import ConflictError, ValidationError
from custadmin.domain.identifiers import shown_org_number, shown_peppol_id
from custadmin.domain.operators import Permission
from custadmin.ui.actions import QT_TRANSLATE_NOOP, Host
from custadmin.ui.einvoice.texts import document_title, network_changes, state_title
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import CodeCombo, fill_quietly
from custadmin.ui.widgets.fields import ERROR_STYLE, FieldForm, FieldSpec
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import forbidden, no_default_button
from custadmin.ui.widgets.tables import RowsModel, list_table
from custadmin.ui.widgets.when import local_date, local_time

if TYPE_CHECKING:
    from custadmin.domain.accounts import AccountDetails
    from custadmin.domain.einvoice import Network
    from custadmin.services.einvoice import MoveLine, NetworkEntry
    from custadmin.services.workspace import Workspace

translate = QCoreApplication.translate
#: How long typing pauses before the search runs.
SEARCH_PAUSE_MS = 250
#: The field the participant IDs are typed in (errors come as participant_ids.N).
PARTICIPANTS = "participant_ids"


def status_text(entry: NetworkEntry) -> str:
    """A recipient's state in a few words, with its date; and its pending move."""
    recipient = entry.recipient
    since = local_date(recipient.state_since)
    text = {
        RecipientState.PENDING: translate("EInvoiceNetwork", "pending since {date}"),
        RecipientState.CONFIRMED: translate("EInvoiceNetwork", "confirmed {date}"),
        RecipientState.REJECTED: translate("EInvoiceNetwork", "rejected {date}"),
    }[recipient.state].format(date=since)
    if entry.moving_to:
        text = translate("EInvoiceNetwork", "{state}; moving to {operator}").format(
            state=text, operator=entry.moving_to)
    return text


class NetworkModel(RowsModel["NetworkEntry"]):
    """Search results: one frozen :class:`NetworkEntry` per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Company"), self.tr("Organisation number"),
                          self.tr("Peppol IDs"), self.tr("Operator"), self.tr("Status"),
                          self.tr("Documents"), self.tr("Conditions")), parent)

    def cells(self, entry: NetworkEntry) -> tuple[str, ...]:
        recipient = entry.recipient
        flags = [text for on, text in (
            (recipient.supplier_must_be_approved, self.tr("supplier must be approved")),
            (recipient.reference_required, self.tr("reference required"))) if on]
        return (
            recipient.company_name,
            shown_org_number(recipient.org_number, recipient.country),
            ", ".join(shown_peppol_id(p) for p in recipient.participant_ids),
            entry.operator,
            status_text(entry),
            ", ".join(document_title(d) for d in DocumentType if d in recipient.document_types),
            "; ".join(flags) or self.tr("none"),
        )


def _t(text: str) -> Callable[[], str]:
    # Looked up when the form is built, after a translator is installed.
    return lambda: translate("EInvoiceNetwork", text)


def _specs() -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("company_name", _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "Company name")),
                  True),
        FieldSpec("country", _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "Country")), True,
                  "account_country"),
        FieldSpec("org_number", _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "Organisation number")),
                  True, placeholder=_t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "e.g. 556036-0793"))),
        FieldSpec("operator_id", _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "E-invoice operator")),
                  True, "choice"),
        FieldSpec("email", _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "Email")), True,
                  placeholder=_t(QT_TRANSLATE_NOOP("EInvoiceNetwork",
                                                   "where the confirmation is asked for"))),
        FieldSpec(PARTICIPANTS, _t(QT_TRANSLATE_NOOP("EInvoiceNetwork", "Peppol IDs")), False,
                  placeholder=_t(QT_TRANSLATE_NOOP(
                      "EInvoiceNetwork", "e.g. 0007:5560360793; several separated by commas")),
                  max_length=800),
    )


def participant_ids(text: str) -> tuple[str, ...]:
    """The IDs typed, separated by commas, semicolons or spaces."""
    return tuple(part for part in text.replace(";", ",").replace(" ", ",").split(",") if part)


def field_errors(errors: Mapping[str, str]) -> dict[str, str]:
    """Service errors keyed as the form keys its fields (each participant ID's at the one field)."""
    shown: dict[str, str] = {}
    for key, message in errors.items():
        field = PARTICIPANTS if key.startswith(PARTICIPANTS + ".") else key
        shown.setdefault(field, message)
    return shown


class RecipientDialog(QDialog):
    """Register a recipient: all four fields of R18 mandatory, each checked at the field."""

    def __init__(self, ws: Workspace, runner: TaskRunner, network: Network,
                 values: Mapping[str, str], for_account_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner, self._network = ws, runner, network
        self._for_account_id = for_account_id
        self.registered: NetworkEntry | None = None
        self.setWindowTitle(self.tr("Register a recipient in the e-invoice network"))
        intro = QLabel(self.tr(
            "The recipient is <i>pending</i> until the customer confirms by email; "
            "meanwhile invoices go as PDF by email or on paper, or are held if the "
            "customer requires e-invoices."), self)
        intro.setWordWrap(True)
        self.form = FieldForm(_specs(), self)
        operators = self.form.editor("operator_id")
        assert isinstance(operators, CodeCombo)
        fill_quietly(operators, [(self.tr("— choose the operator —"), ""), *(
            (o.name, str(o.id)) for o in network.operators)])
        self.form.set_values(values)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Register"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.form.left.connect(self._check_field)
        self.resize(560, self.sizeHint().height())

    def data(self) -> RecipientInput:
        values = self.form.values()
        return RecipientInput(
            company_name=values["company_name"], country=values["country"],
            org_number=values["org_number"], operator_id=values["operator_id"],
            email=values["email"], participant_ids=participant_ids(values[PARTICIPANTS]))

    def _errors(self) -> dict[str, str]:
        try:
            validate_recipient(self.data(), self._network.operators)
        except ValidationError as exc:
            return field_errors(exc.errors)
        return {}

    def _check_field(self, key: str) -> None:
        # At the field the operator left, as soon as they leave it.
        self.form.show_error(key, self._errors().get(key))

    def submit(self) -> None:
        errors = self._errors()
        self.form.set_errors(errors)
        if errors:
            self._focus(errors)
            return
        from custadmin.services.einvoice import register_recipient

        ws, data, account = self._ws, self.data(), self._for_account_id
        self.buttons.setEnabled(False)
        self.status.clear()
        self._runner.run(lambda: register_recipient(ws, data, account), self._done,
                         self._failed)

    def _focus(self, errors: Mapping[str, str]) -> None:
        first = next((k for k in self.form.field_keys() if k in errors), None)
        if first is not None:
            self.form.editor(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self, entry: NetworkEntry) -> None:
        self.buttons.setEnabled(True)
        self.registered = entry
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            errors = field_errors(exc.errors)
            self.form.set_errors(errors)
            self._focus(errors)
        else:
            self.status.setText(operator_message(exc, "registering a recipient"))


@dataclass(frozen=True, slots=True)
class Question:
    """What a decision asks: a title, a label with its mnemonic, and the field's key."""

    title: str
    label: str
    key: str
    value: str = ""
    #: (text, code) entries: the answer is chosen from a list instead of typed.
    choices: tuple[tuple[str, str], ...] = ()


class DecisionDialog(QDialog):
    """One question before a decision; a refusal shows under the field, kept as typed."""

    def __init__(self, question: Question, act: Callable[[str], Any],
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question, self._act, self._runner = question, act, runner
        self.result_entry: Any = None
        #: Someone else changed the recipient meanwhile: the list is stale.
        self.conflicted = False
        self.setWindowTitle(question.title)
        self.editor: QLineEdit | CodeCombo
        if question.choices:
            combo = CodeCombo(self)
            fill_quietly(combo, list(question.choices), question.value or None)
            self.editor = combo
        else:
            self.editor = QLineEdit(question.value, self)
            self.editor.setMaxLength(500)
        label = QLabel(question.label, self)
        label.setBuddy(self.editor)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def answer(self) -> str:
        return self.editor.code() if isinstance(self.editor, CodeCombo) else self.editor.text()

    def submit(self) -> None:
        answer, act = self.answer(), self._act
        self.buttons.setEnabled(False)
        self.error.clear()
        self._runner.run(lambda: act(answer), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_entry = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText(message_text(next(iter(exc.errors.values()), "")))
        else:
            self.conflicted = self.conflicted or isinstance(exc, ConflictError)
            self.error.setText(operator_message(exc, "deciding on a recipient"))
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)


class _SearchBox(QLineEdit):
    """Down moves to the results, as in the register's search box."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._table.model().rowCount() > 0:
            self._table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self._table.currentIndex().isValid():
                self._table.selectRow(0)
            return
        super().keyPressEvent(event)


class NetworkWindow(QDialog):
    """Search the network; register, confirm, reject, move; see each recipient's history."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 account: AccountDetails | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner, self._account = ws, runner, account
        self._network: Network | None = None
        self._searched: str | None = None  # the text the results are for
        self._register_after_search = False
        #: The registration or decision dialog last opened (tests use it).
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("E-invoice network") if account is None else self.tr(
            "E-invoice network — {account}").format(account=account.name))
        self.model = NetworkModel(self)
        self.table = QTableView(self)
        self.search = _SearchBox(self.table, self)
        self.search.setPlaceholderText(self.tr(
            "company name, organisation number (any format), Peppol ID or operator"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search the network:"), self)
        search_label.setBuddy(self.search)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.table.setModel(self.model)
        list_table(self.table, self.tr("Recipients found"), (210, 150, 170, 110, 200, 150))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("The chosen recipient"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QTreeWidget(self)
        self.history.setColumnCount(4)
        self.history.setHeaderLabels([self.tr("Move"), self.tr("Asked"), self.tr("Decided"),
                                      self.tr("Outcome")])
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History of moves"))
        self.history.setMaximumHeight(110)
        for column, width in enumerate((260, 230, 230)):
            self.history.setColumnWidth(column, width)
        self.register_button = QPushButton(self.tr("&Register recipient…"), self)
        self.confirm_button = QPushButton(self.tr("&Confirm registration…"), self)
        self.reject_button = QPushButton(self.tr("Re&ject registration…"), self)
        self.move_button = QPushButton(self.tr("&Move to another operator…"), self)
        self.confirm_move_button = QPushButton(self.tr("Confirm mo&ve"), self)
        self.reject_move_button = QPushButton(self.tr("Reject m&ove…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.register_button, self.confirm_button, self.reject_button,
                       self.move_button, self.confirm_move_button, self.reject_move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        layout.addWidget(self.history)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(1100, 640)
        no_default_button(self)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._pause.start())
        self.search.returnPressed.connect(self.run_search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.register_button.clicked.connect(self.register)
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button.clicked.connect(self.reject_registration)
        self.move_button.clicked.connect(self.ask_move)
        self.confirm_move_button.clicked.connect(lambda: self.decide_move(True))
        self.reject_move_button.clicked.connect(lambda: self.decide_move(False))
        network_changes().changed.connect(self._network_changed)
        self._selected()
        self._load_network()

    @classmethod
    def open_for(cls, host: Host) -> NetworkWindow:
        """Tools → E-invoice network… (a handler of :mod:`custadmin.ui.actions`)."""
        window = cls(host.workspace, host.runner, host.frame)
        window.show()
        window.search.setFocus(Qt.FocusReason.OtherFocusReason)
        return window

    @classmethod
    def open_for_account(cls, ws: Workspace, runner: TaskRunner, parent: QWidget,
                         account: AccountDetails, register: bool = False) -> NetworkWindow:
        """From an account: its organisation number searched; with ``register``
        the registration opens, prefilled, if the search finds no recipient."""
        window = cls(ws, runner, parent, account)
        window.show()
        window.search.setText(account.org_number or account.peppol_id or account.name)
        window._register_after_search = register
        window.run_search()
        window.search.setFocus(Qt.FocusReason.OtherFocusReason)
        return window

    # --- searching --------------------------------------------------------------------

    def _load_network(self) -> None:
        from custadmin.services.einvoice import network

        ws = self._ws

        def loaded(net: Network) -> None:
            self._network = net
            self._selected()

        self._runner.run(lambda: network(ws), loaded, self._failed)

    def run_search(self) -> None:
        from custadmin.services.einvoice import search_network

        self._pause.stop()
        ws, text = self._ws, self.search.text()

        def found(entries: list[NetworkEntry]) -> None:
            if text != self.search.text():
                return  # typed on meanwhile: the next search answers
            self.show_results(text, entries)

        self._runner.run(lambda: search_network(ws, text), found, self._failed)

    def show_results(self, text: str, entries: Sequence[NetworkEntry],
                     select: int | None = None) -> None:
        self._searched = text.strip()
        self.model.set_rows(entries)
        if not self._searched:
            self.found.setText(self.tr("Every recipient in the network: %n", "", len(entries)))
        elif entries:
            self.found.setText(self.tr("%n recipients found.", "", len(entries)))
        else:
            self.found.setText(self.tr(
                "No recipient matches “{text}”. If the customer can receive e-invoices, "
                "register it (Alt+R).").format(text=html.escape(self._searched)))
        ids = [e.recipient.id for e in entries]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif entries:
            self.table.selectRow(0)
        self._selected()
        if self._register_after_search and self._searched and not entries:
            self._register_after_search = False
            self.register()
        self._register_after_search = False

    # --- the selected recipient --------------------------------------------------------

    def current(self) -> NetworkEntry | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _selected(self) -> None:
        entry = self.current()
        may_register = forbidden(self._ws, Permission.EINVOICE_REGISTER)
        may_decide = forbidden(self._ws, Permission.EINVOICE_DECIDE)
        searched_none = bool(self._searched) and not self.model.rows
        pending = entry is not None and entry.recipient.state is RecipientState.PENDING
        moving = entry is not None and entry.recipient.move is not None
        confirmed = entry is not None and entry.recipient.state is RecipientState.CONFIRMED
        ready = self._network is not None
        rules: tuple[tuple[QPushButton, bool, str | None, str], ...] = (
            (self.register_button, searched_none and ready, may_register,
             self.tr("Search first: a recipient is registered only when the search finds "
                     "none.")),
            (self.confirm_button, pending, may_decide,
             self.tr("Choose a pending registration.")),
            (self.reject_button, pending, may_decide,
             self.tr("Choose a pending registration.")),
            (self.move_button, confirmed and not moving and ready, may_register,
             self.tr("Choose a confirmed recipient with no move waiting.")),
            (self.confirm_move_button, moving, may_decide,
             self.tr("Choose a recipient whose move waits.")),
            (self.reject_move_button, moving, may_decide,
             self.tr("Choose a recipient whose move waits.")),
        )
        for button, applies, refused, why_not in rules:
            button.setEnabled(applies and refused is None)
            button.setToolTip(refused or ("" if applies else why_not))
        self._show_details(entry)

    def _show_details(self, entry: NetworkEntry | None) -> None:
        self.history.clear()
        if entry is None:
            self.details.setText(self.tr("Search, then choose a recipient to see its state "
                                         "and history.") if self._searched is None else "")
            return
        from custadmin.services.einvoice import move_history

        recipient = entry.recipient
        since = local_time(recipient.state_since)
        line = {
            RecipientState.PENDING: self.tr("Pending since {since}: the customer has not "
                                            "confirmed by email yet."),
            RecipientState.CONFIRMED: self.tr("Confirmed {since} by {who}, from {email}."),
            RecipientState.REJECTED: self.tr("Rejected {since} by {who}: {reason}"),
        }[recipient.state].format(since=since, reason=recipient.rejected_reason,
                                  who=entry.decided_by, email=entry.confirmed_from)
        asked = (self.tr("Registered by {who} for the account {account}.").format(
            who=entry.requested_by, account=entry.for_account) if entry.for_account
            else self.tr("Registered by {who}.").format(who=entry.requested_by))
        parts = [f"<b>{html.escape(recipient.company_name)}</b> — {html.escape(line)}",
                 html.escape(asked),
                 html.escape(self.tr("Operator: {operator}; email: {email}").format(
                     operator=entry.operator, email=recipient.email))]
        if entry.moving_to and recipient.move is not None:
            parts.append(html.escape(self.tr(
                "Moving to {new} (asked {when} by {who}): still delivered through {old} until "
                "the move is confirmed.").format(
                new=entry.moving_to, when=local_time(recipient.move.requested_at),
                who=recipient.move.requested_by, old=entry.operator)))
        self.details.setText("<br>".join(parts))
        ws, recipient_id = self._ws, recipient.id

        def shown(lines: list[MoveLine]) -> None:
            current = self.current()
            if current is None or current.recipient.id != recipient_id:
                return
            self.history.clear()
            for move in lines:
                outcome = state_title(move.state) + (
                    f": {move.rejected_reason}" if move.rejected_reason else "")
                QTreeWidgetItem(self.history, [
                    self.tr("{old} → {new}").format(old=move.from_operator,
                                                    new=move.to_operator),
                    self.tr("{when} by {who}").format(when=local_time(move.requested_at),
                                                      who=move.requested_by),
                    self.tr("{when} by {who}").format(when=local_time(move.decided_at),
                                                      who=move.decided_by)
                    if move.decided_at is not None else "",
                    outcome])
            if not lines:
                QTreeWidgetItem(self.history, [self.tr("No moves."), "", "", ""])

        self._runner.run(lambda: move_history(ws, recipient_id), shown, self._failed)

    # --- acting -----------------------------------------------------------------------

    def register(self) -> RecipientDialog | None:
        """The registration form (not modal to the app: it opens and returns)."""
        if self._network is None:
            return None
        values = self._register_values()
        dialog = RecipientDialog(self._ws, self._runner, self._network, values,
                                 self._account.id if self._account is not None else None,
                                 self)
        dialog.accepted.connect(lambda: self._changed(dialog.registered, self.tr(
            "Registered: pending until the customer confirms by email.")))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _register_values(self) -> dict[str, str]:
        account = self._account
        if account is not None:
            return {"company_name": account.name, "country": account.country,
                    "org_number": account.org_number, "email": account.main_contact.email,
                    PARTICIPANTS: account.peppol_id}
        typed = self._searched or ""
        digits = sum(ch.isdigit() for ch in typed)
        if ":" in typed:
            return {PARTICIPANTS: typed}
        if digits >= 6:
            return {"org_number": typed}
        return {"company_name": typed}

    def _decide(self, question: Question, act: Callable[[str], NetworkEntry],
                done: str) -> DecisionDialog:
        dialog = DecisionDialog(question, act, self._runner, self)
        dialog.accepted.connect(lambda: self._changed(dialog.result_entry, done))
        dialog.rejected.connect(lambda: self.run_search() if dialog.conflicted else None)
        dialog.open()
        self.dialog = dialog
        return dialog

    def confirm(self) -> DecisionDialog | None:
        from custadmin.services.einvoice import confirm_recipient

        entry = self.current()
        if entry is None:
            return None
        ws, token = self._ws, entry.token
        return self._decide(Question(self.tr("Confirm the registration"),
                                     self.tr("Confirmed by email &from:"), "confirmed_from",
                                     entry.recipient.email),
                            lambda email: confirm_recipient(ws, token, email),
                            self.tr("Confirmed: invoices go through Peppol now."))

    def reject_registration(self) -> DecisionDialog | None:
        from custadmin.services.einvoice import reject_recipient

        entry = self.current()
        if entry is None:
            return None
        ws, token = self._ws, entry.token
        return self._decide(Question(self.tr("Reject the registration"),
                                     self.tr("&Reason:"), "rejected_reason"),
                            lambda reason: reject_recipient(ws, token, reason),
                            self.tr("Rejected."))

    def ask_move(self) -> DecisionDialog | None:
        from custadmin.services.einvoice import request_move

        entry, net = self.current(), self._network
        if entry is None or net is None:
            return None
        ws, token = self._ws, entry.token
        choices = tuple((o.name, str(o.id)) for o in net.operators
                        if o.id != entry.recipient.operator_id)
        return self._decide(Question(self.tr("Move to another operator"),
                                     self.tr("&New operator:"), "operator_id",
                                     choices=((self.tr("— choose the operator —"), ""),
                                              *choices)),
                            lambda chosen: request_move(ws, token, int(chosen) if chosen
                                                        else -1),
                            self.tr("Move asked for: the old operator delivers until it is "
                                    "confirmed."))

    def decide_move(self, confirm: bool) -> DecisionDialog | None:
        from custadmin.services.einvoice import decide_move

        entry = self.current()
        if entry is None:
            return None
        ws, token = self._ws, entry.token
        if confirm:
            self._runner.run(lambda: decide_move(ws, token, True),
                             lambda moved: self._changed(moved, self.tr(
                                 "Move confirmed: the new operator delivers from now.")),
                             self._failed)
            return None
        return self._decide(Question(self.tr("Reject the move"), self.tr("&Reason:"),
                                     "rejected_reason"),
                            lambda reason: decide_move(ws, token, False, reason),
                            self.tr("Move rejected: the old operator stays."))

    def _changed(self, entry: NetworkEntry | None, said: str) -> None:
        if entry is None:
            return
        self.status.setText(said)
        rows = [entry if e.recipient.id == entry.recipient.id else e for e in self.model.rows]
        if all(e.recipient.id != entry.recipient.id for e in rows):
            rows.insert(0, entry)
        self.show_results(self._searched or "", rows, entry.recipient.id)
        network_changes().changed.emit()

    def _network_changed(self) -> None:
        if not self.isVisible():
            return
        self._load_network()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "working on the e-invoice network"))
        if isinstance(exc, ConflictError):
            self.run_search()
