"""*Internet*: who may log in to the customer portal for this account, what
each of them may do there, and why (R8–R17).

One row per portal user and one checkable column per right (the matrix of
"One portal access, two views"); portal access itself and passwords are set
on *Manage contacts*. Below the matrix, everything about the selected user's
login that support needs while a caller waits.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QElapsedTimer, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import AccountDetails, ContactDetails
from custadmin.domain.alphabet import search_fold
from custadmin.domain.operators import Permission
from custadmin.domain.portal import RIGHT_KEYS
from custadmin.services.accounts import load_account
from custadmin.services.contacts import save_rights
from custadmin.services.workspace import Workspace
from custadmin.ui.account.rights_model import SSO_COLUMN, RightsModel, UserRightsModel
from custadmin.ui.editing import EditorPage, Work, checked_text
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.portal_texts import (
    right_label,
    service_type_label,
    sso_text,
)

#: Rows shown before the matrix scrolls; portal users per account are few.
VISIBLE_ROWS = 6


class ChecklistView(QTableView):
    """The rights checklist; typing finds a right by any word of its name.

    Nearly every right's name starts with "View", so Qt's own type-ahead (by
    the start of the name) would not help: "tick" goes to "View & open
    support tickets", "fakt" to "Se & betala fakturor". Case and accents are
    ignored, as in the register's search.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:
        model = self.model()
        if model is None or not search:
            return
        if self._since.isValid() and self._since.elapsed() < QApplication.keyboardInputInterval():
            self._typed += search
        else:
            self._typed = search
        self._since.start()
        wanted = search_fold(self._typed)
        for row in range(model.rowCount()):
            if wanted in search_fold(str(model.index(row, 0).data() or "")):
                self.setCurrentIndex(model.index(row, 0))
                return


class InternetPage(EditorPage[AccountDetails]):
    subject_kind = "account"
    permission = Permission.PORTAL_ACCESS
    #: The operator wants the login check for this user name.
    login_check_requested = Signal(str)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        self.save_button.setText(self.tr("&Save rights"))
        self.revert_button.setToolTip(self.tr("Undo every unsaved tick"))

        self.service_type = QLabel(self)
        self.service_type.setWordWrap(True)
        self.model = RightsModel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Portal rights per user"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Ticks go through the check box (click or Space); nothing is typed.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setCornerButtonEnabled(False)
        self.table.setWordWrap(False)
        # A click on a greyed cell (the main contact's, or a right off
        # system-wide) still shows that user's details: see eventFilter.
        self.table.viewport().installEventFilter(self)
        rows = self.table.verticalHeader()
        # Fixed row height: never measured per row (engineering.md).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setSectionsClickable(True)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setHighlightSections(False)
        # Wrapped right names take two lines; the header must show both.
        columns.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 12)
        self._measure_columns()

        self.empty = QLabel(self.tr(
            "No one may log in to the portal for this account. Give a contact portal "
            "access on Manage contacts."), self)
        self.empty.setWordWrap(True)
        # At the top and in the normal text colour: it is the answer to "why
        # can nobody log in", not a faint placeholder.
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("padding: 48px 24px;")

        self.user_box = QGroupBox(self.tr("Portal user"), self)
        self.user_name = self._value_label()
        self.password = self._value_label()
        self.login_state = self._value_label()
        self.shared = self._value_label()
        self.sso_label = self._value_label()
        # The selected user's rights as a vertical checklist, each with its
        # state beside it; the reasons below, each said once.
        self.checklist_model = UserRightsModel(self.model, self)
        self.checklist = ChecklistView(self.user_box)
        self.checklist.setModel(self.checklist_model)
        self.checklist.setAccessibleName(self.tr("Rights of the selected user"))
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist.setTabKeyNavigation(False)  # Tab leaves the list; arrows walk it
        self.checklist.verticalHeader().hide()
        self.checklist.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.checklist.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.checklist.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.horizontalHeader().setStretchLastSection(True)
        self.checklist.setFixedHeight(
            self.checklist.horizontalHeader().sizeHint().height()
            + len(RIGHT_KEYS) * self.checklist.verticalHeader().defaultSectionSize()
            + 2 * self.checklist.frameWidth() + 2)
        self.rights_summary = self._value_label()
        self.login_check_button = QPushButton(self.tr("&Login check for this user…"),
                                              self.user_box)
        self.login_check_button.setToolTip(self.tr(
            "What the portal answers when this person logs in: the companies they may choose, "
            "their rights there, or exactly why they cannot log in."))
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("User name:"), self.user_name)
        facts.addRow(self.tr("Password:"), self.password)
        facts.addRow(self.tr("Login:"), self.login_state)
        facts.addRow(self.tr("Also logs in for:"), self.shared)
        facts.addRow(self.tr("Control panel:"), self.sso_label)
        check_row = QHBoxLayout()
        check_row.addWidget(self.login_check_button)
        check_row.addStretch(1)
        box_layout = QVBoxLayout(self.user_box)
        box_layout.addLayout(facts)
        rights_title = QLabel(self.tr("Ri&ghts in the portal (following unsaved ticks):"),
                              self.user_box)
        rights_title.setBuddy(self.checklist)
        box_layout.addWidget(rights_title)
        box_layout.addWidget(self.checklist)
        box_layout.addWidget(self.rights_summary)
        box_layout.addLayout(check_row)
        # Extra height goes below the facts, not between them.
        box_layout.addStretch(1)
        details = QScrollArea(self)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        details.setWidget(self.user_box)

        users = QWidget(self)
        users_layout = QVBoxLayout(users)
        users_layout.setContentsMargins(0, 0, 0, 0)
        users_layout.addWidget(self.table)
        users_layout.addWidget(details, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(users)
        self.stack.addWidget(self.empty)
        self._users_view = users

        layout = QVBoxLayout(self)
        layout.addWidget(self.service_type)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.button_row())

        self.model.draft_changed.connect(self._on_draft_changed)
        self.table.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._show_user())
        self.login_check_button.clicked.connect(self._request_login_check)
        self.edited()
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt does not make a disabled cell current when clicked, so the
        # details panel would keep showing the previous user.
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and watched is self.table.viewport()):
            index = self.table.indexAt(event.position().toPoint())
            if index.isValid() and not self.model.flags(index) & Qt.ItemFlag.ItemIsEnabled:
                self.select_cell(index.row(), index.column())
        return super().eventFilter(watched, event)

    def _value_label(self) -> QLabel:
        label = QLabel(self.user_box)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _measure_columns(self) -> None:
        """Column widths measured once from the header texts (not ResizeToContents,
        which measures again on every resize)."""
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
            if column == SSO_COLUMN:
                widest = max(widest, *(metrics.horizontalAdvance(self.model.tr(text))
                                       for text in ("available", "not available")))
            header.resizeSection(column, widest + 24)

    # --- EditorPage -----------------------------------------------------------------

    def what(self) -> str:
        return self.tr("The portal rights")

    def fill(self, stored: AccountDetails) -> None:
        selected = self.selected()
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_account(stored)
        self.service_type.setText(self.tr(
            "Service type: {kind} (change it on My details)").format(
                kind=service_type_label(stored.service_type)))
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self._users_view if count else self.empty)
        self._fit_table_height(count)
        if count:
            # The same user stays selected across a save or refresh.
            row = self.model.row_of(selected.id) if selected is not None else None
            self.select_cell(row or 0, column)
        self._show_user()

    def snapshot(self) -> dict[str, str]:
        return self.model.draft_ticks()

    def restore(self, values: Mapping[str, str]) -> None:
        self.model.set_ticks(values)

    def submit(self, stored: AccountDetails, confirmed_login_id: int | None) -> Work:
        changes = self.model.changes()
        ws = self._ws
        return lambda: save_rights(ws, stored.id, changes)

    def reload(self, stored: AccountDetails) -> Work:
        ws = self._ws
        return lambda: load_account(ws, stored.id)

    def saved_text(self, stored: AccountDetails) -> str:
        return self.tr("Rights saved.")

    def set_read_only(self, read_only: bool) -> None:
        # No ticking while a save is under way: the draft being saved is fixed.
        self.table.setEnabled(not read_only)

    def field_label(self, key: str) -> str:
        found = self.model.user_of_key(key)
        if found is None:
            return key
        user, right = found
        return self.tr("{name}: {right}").format(name=user.full_name, right=right_label(right))

    def value_text(self, key: str, value: str) -> str:
        return checked_text(value)

    # --- state ------------------------------------------------------------------------

    @property
    def account(self) -> AccountDetails | None:
        return self.stored

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_cell(self, row: int, column: int = 0) -> None:
        """Make a cell current, greyed ones included: QAbstractItemView.setCurrentIndex
        ignores a cell that is not enabled, and the main contact's all are."""
        index = self.model.index(row, column)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def selected(self) -> ContactDetails | None:
        row = self.current_row()
        return self.model.user(row) if row is not None else None

    def _fit_table_height(self, rows: int) -> None:
        """The matrix as tall as its rows (up to a few), so the details panel
        below gets the rest of the page."""
        shown = min(max(rows, 1), VISIBLE_ROWS)
        header = self.table.horizontalHeader()
        scroll_bar = self.table.horizontalScrollBar().sizeHint().height()
        height = (max(header.sizeHint().height(), header.minimumHeight())
                  + shown * self.table.verticalHeader().defaultSectionSize()
                  + scroll_bar + 2 * self.table.frameWidth() + 2)
        self.table.setFixedHeight(height)

    def _on_draft_changed(self) -> None:
        self._show_user()
        self.edited()

    # --- the selected user -------------------------------------------------------

    def _show_user(self) -> None:
        row = self.current_row()
        user = self.model.user(row) if row is not None else None
        self.user_box.setVisible(user is not None)
        if row is None or user is None:
            return
        title = self.tr("Portal user: {name}").format(name=user.full_name)
        if user.is_main:
            title = self.tr("Portal user: {name} (main contact)").format(name=user.full_name)
        self.user_box.setTitle(title.replace("&", "&&"))
        login = user.login
        self.user_name.setText(login.username if login is not None else user.email)
        # R15: whether a password is set, never anything about the password itself.
        has_password = login is not None and login.has_password
        self.password.setText(self.tr("Password set") if has_password else self.tr(
            "No password: this person cannot log in until one is set on Manage contacts."))
        if login is None or login.enabled:
            self.login_state.setText(self.tr("Enabled"))
        else:
            self.login_state.setText(self.tr(
                "Disabled: no one can log in with it, for any account it serves."))
        others = [s for s in (login.served if login is not None else ())
                  if s.contact_id != user.id]
        if others:
            self.shared.setText("\n".join(
                self.tr("{account} (customer {number}), as {name}{access}").format(
                    account=s.account_name, number=s.customer_number, name=s.contact_name,
                    access="" if s.portal_access else self.tr(" — portal access off"))
                for s in others))
        else:
            self.shared.setText(self.tr("No other account"))
        self.sso_label.setText(sso_text(self.model.sso(row)))
        if self.checklist_model.user_row != row:
            self.checklist_model.set_user_row(row)
        self.rights_summary.setText(self.checklist_model.summary())
        self.login_check_button.setEnabled(login is not None)

    def _request_login_check(self) -> None:
        user = self.selected()
        if user is not None and user.login is not None:
            self.login_check_requested.emit(user.login.username)
