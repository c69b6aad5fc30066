"""Tools → Accounting bureau… : one bureau's users, clients, access and activation list.

Five tabs, each read on a worker: *Users and roles* (R20, R24), *Clients*
(R22, R23: each client's name and organisation number read from its own
account), *Client access* (consultants × clients, R20), *Effective access*
(what each consultant sees at each client, or why not: R20, R21) and the
*Activation list* (R24). Every change goes through
:mod:`custadmin.services.bureaus` and every window re-reads when any of them
saves (:func:`~custadmin.ui.bureaus.texts.bureau_changes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.bureaus import AccessReason, BureauRole, ConnectionState
from custadmin.domain.errors import ValidationError
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission
from custadmin.services.bureaus import (
    AccessMatrix,
    BureauOverview,
    Change,
    ClientRow,
    ConnectionForm,
    EffectiveMatrix,
    User,
)
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.bureaus.matrix import Answer, AnswerMatrixModel, CheckMatrixModel, Head
from custadmin.ui.bureaus.panels import MatrixPanel
from custadmin.ui.bureaus.texts import (
    bureau_changes,
    invoiced_title,
    origin_title,
    reason_short,
    role_title,
    state_title,
)
from custadmin.ui.tasks import Latest, TaskRunner
from custadmin.ui.widgets.choosers import fill_quietly
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import forbidden, no_default_button
from custadmin.ui.widgets.tables import RowsModel, list_table
from custadmin.ui.widgets.when import local_time

BUREAU_ROLE_ORDER = (BureauRole.SYSTEM_ADMINISTRATOR, BureauRole.CLIENT_MANAGER_ADMINISTRATOR,
                     BureauRole.CONSULTANT)


def user_head(user: User) -> Head:
    if user.login_enabled:
        return Head(user.contact_id, user.name, user.email, user.email)
    return Head(user.contact_id, user.name, user.email, user.email,
                QCoreApplication.translate("BureauWindow", "login disabled"))


def client_head(client: ClientRow) -> Head:
    return Head(client.client_id, f"{client.name} · {client.shown_org_number}",
                f"{client.customer_number} · {state_title(client.state)}",
                f"{client.org_number} {client.customer_number}")


def _since(client: ClientRow) -> str:
    when = {
        ConnectionState.DRAFT: client.created_at,
        ConnectionState.SENT: client.sent_at,
        ConnectionState.EXPIRED: client.sent_at,
        ConnectionState.SIGNED: client.signed_at,
        ConnectionState.AWAITING_ACTIVATION: client.signed_at or client.created_at,
        ConnectionState.ACTIVE: client.activated_at,
        ConnectionState.DECLINED: client.ended_at,
        ConnectionState.DISCONNECTED: client.ended_at,
    }[client.state]
    return local_time(when) if when else ""


class ClientsModel(RowsModel[ClientRow]):
    """The bureau's clients: name and organisation number are the client's own (R23)."""

    right_aligned = frozenset({0})

    def cells(self, row: ClientRow) -> tuple[str, ...]:
        return (str(row.customer_number), row.name, row.shown_org_number, state_title(row.state),
                _since(row), origin_title(row.origin), row.responsible,
                row.signer if row.origin == "connected" else invoiced_title(row.invoiced))


class BureauWindow(QDialog):
    """Non-modal; one bureau. :meth:`open_for` opens it for the account open."""

    #: The operator asked to open an account (its ID) in the main window.
    open_requested = Signal(int)

    def __init__(self, ws: Workspace, runner: TaskRunner, bureau_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.bureau_id = bureau_id
        self.overview: BureauOverview | None = None
        self.effective: EffectiveMatrix | None = None
        #: The client to select once the list is read again (one just added or changed).
        self._select_next: int | None = None
        #: This window is telling the others of its own save (it need not re-read).
        self._announcing = False
        self._readings = Latest(runner)
        self.setModal(False)
        self.setWindowTitle(self.tr("Accounting bureau"))
        self.resize(1100, 680)
        refusal = forbidden(ws, Permission.EDIT_ACCOUNTS)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.is_bureau = QCheckBox(self.tr("This account is an accounting &bureau"), self)
        self.is_bureau.setToolTip(refusal or self.tr(
            "Its users (contacts with a portal login) get bureau roles, and it manages "
            "client accounts"))
        self.is_bureau.setEnabled(refusal is None)
        self.is_bureau.clicked.connect(self._mark_bureau)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.is_bureau)

        self.tabs = QTabWidget(self)
        self.users = self._users_tab()
        self.clients_tab = self._clients_tab(refusal)
        self.access = self._access_tab()
        self.effective_panel = self._effective_tab()
        self.activation_tab = self._activation_tab(refusal)
        self.tabs.addTab(self.users, self.tr("&Users and roles"))
        self.tabs.addTab(self.clients_tab, self.tr("&Clients"))
        self.tabs.addTab(self.access, self.tr("Client &access"))
        self.tabs.addTab(self.effective_panel, self.tr("&Effective access"))
        self.tabs.addTab(self.activation_tab, self.tr("Activation &list"))
        self.tabs.currentChanged.connect(self._tab_shown)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        no_default_button(self)
        bureau_changes().changed.connect(self._changed_elsewhere)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> BureauWindow | None:
        """Tools → Accounting bureau… for the account open (a handler of the actions)."""
        account = host.editor.account
        if account is None:
            return None
        window = cls(host.workspace, host.runner, account.id, host.frame)
        window.open_requested.connect(
            lambda account_id: host.register.open_requested.emit(account_id, 0))
        window.show()
        return window

    # --- the tabs ------------------------------------------------------------------------

    def _users_tab(self) -> MatrixPanel:
        self.roles_model = CheckMatrixModel(self.tr("User"), self.tr("Roles"), parent=self)
        panel = MatrixPanel(self.roles_model, self._runner, name=self.tr("Bureau roles"),
                            rows_label=self.tr("Searc&h:"),
                            rows_placeholder=self.tr("name or email"), cell_width=260,
                            parent=self)
        from custadmin.services.bureaus import save_roles

        ws, bureau_id = self._ws, self.bureau_id
        panel.bind(lambda: None, lambda _r: None,
                   lambda changes: lambda: save_roles(ws, bureau_id, changes))
        panel.saved.connect(bureau_changes().changed.emit)
        return panel

    def _clients_tab(self, refusal: str | None) -> QWidget:
        page = QWidget(self)
        self.clients_model = ClientsModel([
            self.tr("Customer no."), self.tr("Client"), self.tr("Organisation number"),
            self.tr("State"), self.tr("Since"), self.tr("How"), self.tr("Consultant responsible"),
            self.tr("Signer / invoiced")], page)
        self.clients_proxy = QSortFilterProxyModel(page)
        self.clients_proxy.setSourceModel(self.clients_model)
        self.clients_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.clients_proxy.setFilterKeyColumn(-1)
        self.clients_table = QTableView(page)
        self.clients_table.setModel(self.clients_proxy)
        list_table(self.clients_table, self.tr("Clients"), (90, 220, 150, 170, 150, 110, 170))
        self.clients_table.setWordWrap(False)
        self.clients_table.doubleClicked.connect(lambda _i: self._open_client())
        self.clients_table.activated.connect(lambda _i: self._open_client())
        self.clients_search = QLineEdit(page)
        self.clients_search.setClearButtonEnabled(True)
        self.clients_search.setPlaceholderText(self.tr("name, organisation number or state"))
        self.clients_search.textChanged.connect(self.clients_proxy.setFilterFixedString)
        search_label = QLabel(self.tr("Searc&h:"), page)
        search_label.setBuddy(self.clients_search)
        self.show_ended = QCheckBox(self.tr("Show ended connections"), page)
        self.show_ended.toggled.connect(lambda _on: self._fill_clients())
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.clients_search, 1)
        bar.addWidget(self.show_ended)

        self.add_client = QPushButton(self.tr("Add clie&nt…"), page)
        self.form_button = QPushButton(self.tr("Connection &form…"), page)
        self.send_button = QPushButton(self.tr("Sen&d"), page)
        self.sign_button = QPushButton(self.tr("Record si&gnature…"), page)
        self.decline_button = QPushButton(self.tr("Decl&ine…"), page)
        self.disconnect_button = QPushButton(self.tr("Disc&onnect…"), page)
        self.programs_button = QPushButton(self.tr("&Program permissions…"), page)
        self.open_button = QPushButton(self.tr("Open accoun&t"), page)
        self.add_client.setToolTip(refusal or self.tr(
            "Create a new client account, or connect an existing one with a signed form"))
        self.form_button.setToolTip(self.tr("Save the connection form as a PDF to be signed"))
        self.send_button.setToolTip(self.tr(
            "The form has gone to the client: it must be signed within 30 days"))
        self.sign_button.setToolTip(self.tr(
            "The signed form came back: who signed it, and the file"))
        self.add_client.clicked.connect(self._add_client)
        self.form_button.clicked.connect(self._save_form)
        self.send_button.clicked.connect(self._send)
        self.sign_button.clicked.connect(self._sign)
        self.decline_button.clicked.connect(self._decline)
        self.disconnect_button.clicked.connect(self._disconnect)
        self.programs_button.clicked.connect(self._programs)
        self.open_button.clicked.connect(self._open_client)
        self._editing_buttons = (self.add_client, self.send_button, self.sign_button,
                                 self.decline_button, self.disconnect_button)
        buttons = QHBoxLayout()
        for button in (self.add_client, self.form_button, self.send_button, self.sign_button,
                       self.decline_button, self.disconnect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.programs_button)
        buttons.addWidget(self.open_button)
        self.client_details = QLabel(page)
        self.client_details.setWordWrap(True)
        self.client_details.setTextFormat(Qt.TextFormat.PlainText)
        self.client_details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clients_empty = QLabel(self.tr(
            "No clients yet. Add one: create a new client account, or connect an existing "
            "one with a connection form its system administrator or authorised signatory "
            "signs."), page)
        self.clients_empty.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.clients_empty)
        layout.addWidget(self.clients_table, 1)
        layout.addWidget(self.client_details)
        layout.addLayout(buttons)
        self.clients_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._client_selected())
        self._client_selected()
        return page

    def _access_tab(self) -> MatrixPanel:
        self.access_model = CheckMatrixModel(self.tr("Client"), self.tr("With access"),
                                             parent=self)
        panel = MatrixPanel(self.access_model, self._runner, name=self.tr("Client access"),
                            rows_label=self.tr("Searc&h clients:"),
                            rows_placeholder=self.tr("name or organisation number"),
                            columns_label=self.tr("Consul&tants:"),
                            columns_placeholder=self.tr("name or email"), parent=self)
        from custadmin.services.bureaus import access_matrix, save_access

        ws, bureau_id = self._ws, self.bureau_id
        panel.bind(lambda: access_matrix(ws, bureau_id), self._show_access,
                   lambda changes: lambda: save_access(ws, bureau_id, _transposed(changes)))
        panel.saved.connect(self._announce)
        return panel

    def _effective_tab(self) -> MatrixPanel:
        self.effective_model = AnswerMatrixModel(self.tr("Client"),
                                                 self.tr("See programs"),
                                                 parent=self)
        panel = MatrixPanel(self.effective_model, self._runner,
                            name=self.tr("Effective access"),
                            rows_label=self.tr("Searc&h clients:"),
                            rows_placeholder=self.tr("name or organisation number"),
                            columns_label=self.tr("Consul&tants:"),
                            columns_placeholder=self.tr("name or email"), parent=self)
        from custadmin.services.bureaus import effective_matrix

        ws, bureau_id = self._ws, self.bureau_id
        panel.bind(lambda: effective_matrix(ws, bureau_id), self._show_effective)
        self.why_button = QPushButton(self.tr("&Why no programs?…"), panel)
        self.why_button.setToolTip(self.tr(
            "Ask for one consultant at one client: the programs they see, or why none"))
        self.why_button.clicked.connect(self._why)
        panel.buttons.addWidget(self.why_button)
        legend = QLabel(self.tr(
            "Each cell: what the consultant sees at the client. Rest the pointer on a cell "
            "for the reason."), panel)
        legend.setWordWrap(True)
        panel.buttons.insertWidget(0, legend, 1)
        return panel

    def _activation_tab(self, refusal: str | None) -> QWidget:
        page = QWidget(self)
        self.activation_model = ClientsModel([
            self.tr("Customer no."), self.tr("Client"), self.tr("Organisation number"),
            self.tr("State"), self.tr("Waiting since"), self.tr("How"),
            self.tr("Consultant responsible"), self.tr("Signer / invoiced")], page)
        self.activation_table = QTableView(page)
        self.activation_table.setModel(self.activation_model)
        list_table(self.activation_table, self.tr("Activation list"),
                   (90, 220, 150, 170, 150, 110, 170))
        self.activation_table.setWordWrap(False)
        self.requested_by = QComboBox(page)
        self.requested_by.setAccessibleName(self.tr("Requested by"))
        requested_label = QLabel(self.tr("Requested b&y:"), page)
        requested_label.setBuddy(self.requested_by)
        self.activate_button = QPushButton(self.tr("Acti&vate"), page)
        self.activate_button.setToolTip(refusal or self.tr(
            "Activate the chosen client at the request of the bureau user named: the "
            "bureau's system administrator or a program administrator of the client "
            "manager"))
        self.activate_button.clicked.connect(self._activate)
        self.activation_error = QLabel(page)
        self.activation_error.setWordWrap(True)
        self.activation_error.setStyleSheet(ERROR_STYLE)
        self.activation_error.setTextFormat(Qt.TextFormat.PlainText)
        self.activation_empty = QLabel(self.tr(
            "No client waits for activation. New clients and signed connections wait here "
            "until the bureau's system administrator or a program administrator of the "
            "client manager asks for their activation."), page)
        self.activation_empty.setWordWrap(True)
        form = QHBoxLayout()
        form.addWidget(requested_label)
        form.addWidget(self.requested_by, 1)
        form.addWidget(self.activate_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr(
            "Only the bureau's system administrator or a program administrator of the "
            "client manager may activate clients."), page))
        layout.addWidget(self.activation_empty)
        layout.addWidget(self.activation_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.activation_error)
        self.activation_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._activation_selected())
        self.requested_by.currentIndexChanged.connect(lambda _i: self.activation_error.clear())
        return page

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the bureau again (and the matrix in front)."""
        from custadmin.services.bureaus import bureau_overview

        ws, bureau_id = self._ws, self.bureau_id
        self._readings.run(lambda: bureau_overview(ws, bureau_id), self._show_overview,
                           self._failed)

    def _show_overview(self, overview: BureauOverview) -> None:
        self.overview = overview
        self.title.setText(overview.name)
        self.setWindowTitle(self.tr("Accounting bureau: {name}").format(name=overview.name))
        self.is_bureau.setChecked(overview.is_bureau)
        if not overview.is_bureau:
            self.status.setText(self.tr(
                "This account is not marked as an accounting bureau: tick the box above to "
                "manage clients for it."))
        else:
            self.status.clear()
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, overview.is_bureau)
        self.roles_model.load([user_head(u) for u in overview.users],
                              [Head(r.value, role_title(r.value)) for r in BUREAU_ROLE_ORDER],
                              {(u.contact_id, r) for u in overview.users for r in u.roles
                               if r in {b.value for b in BUREAU_ROLE_ORDER}},
                              refusal=lambda _r, _c: None if overview.is_bureau else self.tr(
                                  "Mark the account as an accounting bureau first"))
        self.users.apply_filters()
        if not overview.users:
            self.users.status.setText(self.tr(
                "The bureau has no users yet: give its contacts a portal login on the "
                "Internet tab, then their roles here."))
        self._fill_clients()
        self.activation_model.set_rows(overview.awaiting_activation)
        self.activation_empty.setVisible(not overview.awaiting_activation)
        # Offered first: a user who may activate (R24); anyone may be named, and is
        # refused with the reason.
        activating = {BureauRole.SYSTEM_ADMINISTRATOR.value,
                      BureauRole.CLIENT_MANAGER_ADMINISTRATOR.value}
        chosen = self.requested_by.currentData()
        fill_quietly(self.requested_by, [
            (f"{u.name} — " + ", ".join(role_title(r) for r in sorted(u.roles)) if u.roles
             else u.name, u.contact_id)
            for u in sorted(overview.users, key=lambda u: not (activating & u.roles))], chosen)
        if overview.awaiting_activation and not self.activation_table.currentIndex().isValid():
            self.activation_table.selectRow(0)
        self._activation_selected()
        self._tab_shown(self.tabs.currentIndex())

    def _fill_clients(self) -> None:
        if self.overview is None:
            return
        rows = self.overview.clients if self.show_ended.isChecked() \
            else self.overview.open_clients
        kept = self.selected_client()
        wanted = self._select_next or (kept.client_id if kept else None)
        self._select_next = None
        self.clients_model.set_rows(rows)
        self.clients_empty.setVisible(not rows)
        if wanted is not None:
            self.select_client(wanted)
        self._client_selected()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.access or widget is self.effective_panel:
            assert isinstance(widget, MatrixPanel)
            widget.reload()

    def _show_access(self, matrix: AccessMatrix) -> None:
        bureau = matrix.bureau
        connected = {c.client_id for c in bureau.open_clients if c.connected}
        names = {c.client_id: c.name for c in bureau.open_clients}

        def refusal(row: Head, _column: Head) -> str | None:
            if row.key in connected:
                return None
            return message_text(Message("bureau.client_not_connected",
                                        name=names.get(int(row.key), "")))

        # Rows are clients, columns consultants: the service's (consultant, client).
        self.access_model.load([client_head(c) for c in bureau.open_clients],
                               [user_head(u) for u in bureau.consultants],
                               {(client, consultant) for consultant, client in matrix.granted},
                               refusal)
        if not bureau.consultants:
            self.access.status.setText(self.tr(
                "The bureau has no consultants: give users the Consultant role on the Users "
                "and roles tab."))

    def _show_effective(self, matrix: EffectiveMatrix) -> None:
        self.effective = matrix
        bureau = matrix.bureau
        clients = {c.client_id: c for c in bureau.open_clients}
        consultants = {u.contact_id: u for u in bureau.consultants}

        def answer(row: Head, column: Head) -> Answer:
            access = matrix.access(consultants[int(column.key)], clients[int(row.key)])
            return Answer(reason_short(access.reason, len(access.programs)),
                          message_text(access.message), access.reason is AccessReason.GRANTED)

        # Counted from the grants alone: a consultant sees programs only where granted.
        row_ok: Counter[int | str] = Counter()
        column_ok: Counter[int | str] = Counter()
        # (The facts checked directly: no sentence is worded for a count.)
        for consultant_id, client_id in matrix.granted:
            client, user = clients.get(client_id), consultants.get(consultant_id)
            if client is None or user is None or not user.login_enabled \
                    or client.state is not ConnectionState.ACTIVE:
                continue
            if matrix.programs.get((consultant_id, client_id)):
                row_ok[client_id] += 1
                column_ok[consultant_id] += 1
        self.effective_model.load([client_head(c) for c in bureau.open_clients],
                                  [user_head(u) for u in bureau.consultants], answer,
                                  dict(row_ok), dict(column_ok))

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(operator_message(exc, "reading a bureau"))

    # --- the clients tab ------------------------------------------------------------------------

    def selected_client(self) -> ClientRow | None:
        index = self.clients_table.currentIndex()
        if not index.isValid():
            return None
        return self.clients_model.rows[self.clients_proxy.mapToSource(index).row()]

    def select_client(self, client_id: int) -> None:
        for row, client in enumerate(self.clients_model.rows):
            if client.client_id == client_id:
                index = self.clients_proxy.mapFromSource(self.clients_model.index(row, 0))
                self.clients_table.setCurrentIndex(index)
                return

    def _client_selected(self) -> None:
        client = self.selected_client()
        may_edit = forbidden(self._ws, Permission.EDIT_ACCOUNTS) is None
        state = client.state if client else None
        self.form_button.setEnabled(client is not None and client.origin == "connected")
        self.send_button.setEnabled(may_edit and state is ConnectionState.DRAFT)
        self.sign_button.setEnabled(may_edit and state is ConnectionState.SENT)
        self.decline_button.setEnabled(
            may_edit and state in (ConnectionState.DRAFT, ConnectionState.SENT))
        self.disconnect_button.setEnabled(may_edit and state in (
            ConnectionState.SIGNED, ConnectionState.AWAITING_ACTIVATION,
            ConnectionState.ACTIVE))
        self.programs_button.setEnabled(client is not None)
        self.open_button.setEnabled(client is not None)
        self.add_client.setEnabled(may_edit and self.overview is not None
                                   and self.overview.is_bureau)
        self.client_details.setText(self._describe(client) if client else "")

    def _describe(self, client: ClientRow) -> str:
        lines = [self.tr("Added by {who} on {when}.").format(
            who=client.created_by, when=local_time(client.created_at))]
        if client.origin == "created":
            lines.append(self.tr("Own access to the program: {own}. Invoiced: {whom}.").format(
                own=self.tr("yes") if client.client_own_access else self.tr("no"),
                whom=invoiced_title(client.invoiced)))
        if client.sent_at:
            lines.append(self.tr("Form sent {when}.").format(when=local_time(client.sent_at)))
        if client.signed_at:
            lines.append(self.tr("Signed by {who} on {when}; file SHA-256 {sha}.").format(
                who=client.signer, when=local_time(client.signed_at),
                sha=client.signed_file_sha256))
        if client.activated_at:
            lines.append(self.tr("Activated {when} at the request of {who}.").format(
                when=local_time(client.activated_at), who=client.activated_by))
        if client.ended_reason:
            lines.append(self.tr("Declined: {reason}").format(reason=client.ended_reason))
        return " ".join(lines)

    def _open_client(self) -> None:
        client = self.selected_client()
        if client is not None:
            self.open_requested.emit(client.client_id)

    def _add_client(self) -> None:
        from custadmin.ui.bureaus.wizard import AddClientWizard

        if self.overview is None:
            return
        wizard = AddClientWizard(self._ws, self._runner, self.overview, self)
        wizard.added.connect(self._client_added)
        wizard.open()
        self.wizard = wizard

    def _client_added(self, row: ClientRow) -> None:
        self._select_next = row.client_id
        bureau_changes().changed.emit()
        self.tabs.setCurrentWidget(self.clients_tab)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{name} added: {state}.").format(
            name=row.name, state=state_title(row.state)))

    def _save_form(self, path: Path | None = None) -> None:
        """Write the selected request's connection form to a PDF (asks where)."""
        from custadmin.services.bureaus import connection_form

        client = self.selected_client()
        if client is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the connection form"),
                f"connection-form-{client.customer_number}.pdf", self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        target = path
        ws, link_id = self._ws, client.link_id
        # Read on a worker; drawn here (QPainter on a QPdfWriter, one page: quick).
        self._runner.run(lambda: connection_form(ws, link_id),
                         lambda form: self._write_form(form, target), self._step_failed)

    def _write_form(self, form: ConnectionForm, path: Path) -> None:
        from custadmin.ui.bureaus.connection_form import write_connection_form

        try:
            write_connection_form(form, path)
        except OSError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The form could not be saved: {why}").format(
                why=exc.strerror or str(exc)))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connection form saved to {path}.").format(
            path=str(path)))

    def _run_step(self, call: Any) -> None:
        def done(row: ClientRow) -> None:
            self.status.setStyleSheet("")
            self._signed(row)

        self._runner.run(call, done, self._step_failed)

    def _step_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(operator_message(exc, "a connection step"))
        self.refresh()

    def _send(self) -> None:
        from custadmin.services.bureaus import send_request

        client = self.selected_client()
        if client is not None:
            ws, token = self._ws, client.token
            self._run_step(lambda: send_request(ws, token))

    def _sign(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        dialog = SignatureDialog(self._ws, self._runner, client, self)
        dialog.recorded.connect(self._signed)
        dialog.open()
        self.signature_dialog = dialog

    def _signed(self, row: ClientRow) -> None:
        self._select_next = row.client_id
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{name}: {state}.").format(
            name=row.name, state=state_title(row.state)))
        bureau_changes().changed.emit()

    def _decline(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        dialog = ReasonDialog(self.tr("Decline the connection"), self.tr(
            "Why does {name} decline? The reason is kept with the request.").format(
            name=client.name), self)
        ws, token = self._ws, client.token

        def go(reason: str) -> None:
            from custadmin.services.bureaus import decline_request

            self._run_step(lambda: decline_request(ws, token, reason))

        dialog.given.connect(go)
        dialog.open()
        self.reason_dialog = dialog

    def _disconnect(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        dialog = ReasonDialog(self.tr("Disconnect the client"), self.tr(
            "Disconnect {name} from the bureau? Its consultants lose their access to it. "
            "Type the client's name to confirm.").format(name=client.name), self,
            must_equal=client.name)
        ws, token = self._ws, client.token

        def go(_typed: str) -> None:
            from custadmin.services.bureaus import disconnect_client

            self._run_step(lambda: disconnect_client(ws, token))

        dialog.given.connect(go)
        dialog.open()
        self.reason_dialog = dialog

    def _programs(self) -> None:
        from custadmin.ui.bureaus.programs import ProgramsDialog

        client = self.selected_client()
        if client is not None:
            dialog = ProgramsDialog(self._ws, self._runner, client.client_id, self)
            dialog.show()
            self.programs_dialog = dialog

    # --- the activation list ---------------------------------------------------------------------

    def _activation_selected(self) -> None:
        may = forbidden(self._ws, Permission.EDIT_ACCOUNTS) is None
        self.activate_button.setEnabled(may and self.activation_table.currentIndex().isValid()
                                        and self.requested_by.count() > 0)

    def _activate(self) -> None:
        from custadmin.services.bureaus import activate_client

        index = self.activation_table.currentIndex()
        if not index.isValid():
            return
        client = self.activation_model.rows[index.row()]
        requested_by = self.requested_by.currentData()
        ws, token = self._ws, client.token

        def done(row: ClientRow) -> None:
            self.activation_error.clear()
            self.status.setStyleSheet("")
            self.status.setText(self.tr("{name} is active.").format(name=row.name))
            bureau_changes().changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and "requested_by" in exc.errors:
                self.activation_error.setText(message_text(exc.errors["requested_by"]))
                self.requested_by.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.activation_error.setText(operator_message(exc, "activating a client"))
                self.refresh()

        self._runner.run(lambda: activate_client(ws, token, requested_by), done, failed)

    # --- the bureau flag and the question ---------------------------------------------

    def _mark_bureau(self, on: bool) -> None:
        from custadmin.services.bureaus import set_bureau

        ws, bureau_id = self._ws, self.bureau_id
        self._runner.run(lambda: set_bureau(ws, bureau_id, on),
                         lambda _o: bureau_changes().changed.emit(), self._step_failed)

    def _why(self) -> None:
        from custadmin.ui.bureaus.why import WhyNoProgramsDialog

        username = client_text = ""
        cell = self.effective_panel.current_cell()
        if cell is not None and self.overview is not None:
            client_id, consultant_id = cell
            username = next((u.email for u in self.overview.users
                             if u.contact_id == consultant_id), "")
            client_text = next((c.org_number or c.name for c in self.overview.clients
                                if c.client_id == client_id), "")
        dialog = WhyNoProgramsDialog(self._ws, self._runner, self, username, client_text)
        dialog.show()
        if username:
            dialog.ask()
        self.why_dialog = dialog

    def _announce(self) -> None:
        """Tell the other windows; this one shows what it saved already."""
        self._announcing = True
        try:
            bureau_changes().changed.emit()
        finally:
            self._announcing = False

    def _changed_elsewhere(self) -> None:
        # A closed window stays until its parent goes: it reads again when shown.
        if self.isVisible() and not self._announcing:
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self.overview is not None:
            self.refresh()
        super().showEvent(event)


def _transposed(changes: Sequence[Change]) -> list[Change]:
    """The access matrix shows clients as rows; the service takes consultants as rows."""
    return [Change(int(c.column), c.row, c.granted, c.was) for c in changes]


class ReasonDialog(QDialog):
    """Asks for one line (a reason, or a name to confirm); ``given`` when accepted."""

    given = Signal(str)

    def __init__(self, title: str, question: str, parent: QWidget | None = None,
                 must_equal: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._must_equal = must_equal
        text = QLabel(question, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.answer = QLineEdit(self)
        self.answer.setMaxLength(500)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.answer)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ok(self) -> None:
        typed = self.answer.text().strip()
        if not typed:
            self.error.setText(self.tr("Required."))
            return
        if self._must_equal and typed.casefold() != self._must_equal.strip().casefold():
            self.error.setText(self.tr("Type the client's name exactly as shown."))
            return
        self.accept()
        self.given.emit(typed)


class SignatureDialog(QDialog):
    """Record the signed connection form: who signed, and the file (its SHA-256 is kept)."""

    recorded = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, client: ClientRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._client = client
        self.setWindowTitle(self.tr("Record the signature"))
        intro = QLabel(self.tr(
            "{name}'s system administrator or an authorised signatory must have signed the "
            "form.").format(name=client.name), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.signer = QComboBox(self)
        self.signer_error = QLabel(self)
        self.signer_error.setStyleSheet(ERROR_STYLE)
        self.signer_error.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("the signed form as scanned or received"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.file_error = QLabel(self)
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        signer_label = QLabel(self.tr("&Signed by:"), self)
        signer_label.setBuddy(self.signer)
        file_label = QLabel(self.tr("Signed &file:"), self)
        file_label.setBuddy(self.file)
        form.addRow(signer_label, self.signer)
        form.addRow("", self.signer_error)
        form.addRow(file_label, file_row)
        form.addRow("", self.file_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record signature"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        no_default_button(self)
        self._load_contacts()

    def _load_contacts(self) -> None:
        from custadmin.services.bureaus import program_matrix

        ws, client_id = self._ws, self._client.client_id

        def loaded(users: list[tuple[str, int]]) -> None:
            fill_quietly(self.signer, users)

        def read() -> list[tuple[str, int]]:
            from custadmin.services.accounts import load_account

            details = load_account(ws, client_id)
            matrix = program_matrix(ws, client_id)
            roles = {u.contact_id: u.roles for u in matrix.contacts}
            entries = []
            for contact in details.contacts:
                held = ", ".join(role_title(r) for r in sorted(roles.get(contact.id, ())))
                entries.append((f"{contact.full_name} <{contact.email}>"
                                + (f" — {held}" if held else ""), contact.id))
            return entries

        self._runner.run(read, loaded, lambda exc: self.error.setText(
            operator_message(exc, "reading the client's contacts")))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("The signed form"))
        if chosen:
            self.file.setText(chosen)

    def submit(self) -> None:
        from custadmin.services.bureaus import record_signature

        self.signer_error.clear()
        self.file_error.clear()
        self.error.clear()
        path = Path(self.file.text().strip()) if self.file.text().strip() else None
        if path is None:
            self.file_error.setText(message_text(Message("bureau.signed_file_empty")))
            self.file.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        ws, token, signer = self._ws, self._client.token, self.signer.currentData()

        def done(row: ClientRow) -> None:
            self.accept()
            self.recorded.emit(row)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self.file_error.setText(self.tr("The file cannot be read: {why}").format(
                    why=exc.strerror or str(exc)))
                self.file.setFocus(Qt.FocusReason.OtherFocusReason)
            elif isinstance(exc, ValidationError):
                self.signer_error.setText(message_text(exc.errors.get("signer", "")))
                self.file_error.setText(message_text(exc.errors.get("file", "")))
                if "signer" in exc.errors:
                    self.signer.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.error.setText(operator_message(exc, "recording a signature"))

        # The file is read on the worker too: a scan may be large, or on a slow share.
        self._runner.run(lambda: record_signature(ws, token, signer, path.read_bytes()),
                         done, failed)
