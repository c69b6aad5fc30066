"""The customer register: search box, count and the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.einvoice import DeliveryReason
from custadmin.domain.register import EINVOICE_HELD, EINVOICE_PEPPOL, RegisterColumn
from custadmin.ui.einvoice.texts import network_changes, reason_title
from custadmin.ui.register.model import EINVOICE_COLUMN, RegisterModel
from custadmin.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from custadmin.services.register_source import RegisterSource

SEARCH_DELAY_MS = 200
_WIDTHS = {
    RegisterColumn.CUSTOMER_NUMBER: 90, RegisterColumn.NAME: 210, RegisterColumn.ORG_NUMBER: 125,
    RegisterColumn.MAIN_CONTACT: 140, RegisterColumn.EMAIL: 210, RegisterColumn.PHONE: 115,
    RegisterColumn.CITY: 110, EINVOICE_COLUMN: 160,
}


class RegisterTable(QTableView):
    """Enter opens the current account, as double-click does.

    Tab leaves the table for the next pane (the arrows walk the cells).
    """

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RegisterPanel(QWidget):
    #: The operator asked to open this account (Enter or double-click), and
    #: the contact the search found in it when not the main one (else 0).
    open_requested = Signal(int, int)
    #: The register's first rows are on screen (once).
    first_rows_painted = Signal()

    def __init__(
        self, source: RegisterSource, runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RegisterModel(source, runner, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr(
            "Find: customer no., name, org. no., email or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the customer register"))
        self.einvoice = QComboBox(self)
        self.einvoice.setAccessibleName(self.tr("Show accounts by e-invoice delivery"))
        self.einvoice.setToolTip(self.tr("Show only the accounts whose invoices go this way"))
        self.einvoice.addItem(self.tr("Every account"), "")
        self.einvoice.addItem(self.tr("Delivered by e-invoice"), EINVOICE_PEPPOL)
        self.einvoice.addItem(self.tr("Invoices held"), EINVOICE_HELD)
        for reason in (DeliveryReason.PENDING, DeliveryReason.REJECTED,
                       DeliveryReason.MOVE_PENDING, DeliveryReason.NO_PEPPOL_ID,
                       DeliveryReason.CANNOT_RECEIVE_INVOICES, DeliveryReason.TIER_TOO_LOW,
                       DeliveryReason.NOT_IN_NETWORK):
            self.einvoice.addItem(reason_title(reason), reason.value)
        self.einvoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Until the database layer is open: the start-up reader cannot filter.
        self.einvoice.setEnabled(False)
        self.count = QLabel(self)
        self.count.setMinimumWidth(160)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = RegisterTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Customer register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)  # set below without an immediate sort
        vertical = self.table.verticalHeader()
        # Fixed row height: measuring contents costs seconds on a big register.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(RegisterColumn.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.einvoice)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self._open_pending = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        network_changes().changed.connect(self.model.refresh_einvoice)
        self.einvoice.currentIndexChanged.connect(
            lambda _i: self.model.set_einvoice_filter(str(self.einvoice.currentData() or "")))
        self.search.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.model.count_changed.connect(self._show_count)
        self.model.searching_changed.connect(self._searching)
        self.model.failed.connect(self._failed)
        self.model.page_shown.connect(self._page_shown)
        self._shown_query = self.model.query
        self._first_rows_painted = False
        # When the register last searched or painted (quiet_for_ms).
        self._searching_now = False
        self._last_busy = QElapsedTimer()

    @property
    def has_painted_first_rows(self) -> bool:
        return self._first_rows_painted

    def quiet_for_ms(self) -> int:
        """How long the register has neither searched nor painted (0 while it searches).

        Work the operator did not ask for (building the account editor's
        tabs) waits for a pause: the operator is then reading, not scrolling
        or typing.
        """
        if self._searching_now:
            return 0
        if not self._last_busy.isValid():
            return 1 << 30
        return int(self._last_busy.elapsed())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column != EINVOICE_COLUMN:
            self.model.sort(column, order)
            return
        # Filtered by (the list beside the search box), not sorted: the
        # indicator goes back to the column the register is sorted by.
        query, header = self.model.query, self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(query.sort, Qt.SortOrder.DescendingOrder if query.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(blocked)
        self.einvoice.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_filters_available(self, available: bool) -> None:
        """The database layer is open: the e-invoice filter can be used."""
        self.einvoice.setEnabled(available)

    def start(self) -> None:
        """First load: everything, sorted by name."""
        self.model.set_query(self.model.query)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self.model.set_search_text(self.search.text())

    def _open_row(self, row: int) -> None:
        account_id = self.model.account_id(row)
        if account_id is not None:
            self.open_requested.emit(account_id, self.model.found_contact_id(row) or 0)

    def _open_first(self) -> None:
        if self._debounce.isActive() or not self.model.loaded:
            # Enter right after typing: search now, open when the result is in.
            self._debounce.stop()
            if not self._open_pending:
                self._open_pending = True
                self.model.page_shown.connect(self._open_after_search)
            self._search_now()
            return
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        self._open_row(row)

    def _open_after_search(self) -> None:
        self._open_pending = False
        self.model.page_shown.disconnect(self._open_after_search)
        self._open_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._last_busy.start()
            # Right after this paint: the model waits for it before it
            # fetches every ID of a new result.
            QTimer.singleShot(0, self._painted)
            return False
        # Down arrow from the search box walks into the results.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus()
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return True
        return super().eventFilter(watched, event)

    def refresh_and_select(self, account_id: int) -> None:
        """Read the register again and select ``account_id`` once every ID is known."""
        def select() -> None:
            self.model.completed.disconnect(select)
            self.select_account(account_id)

        self.model.completed.connect(select)
        self.model.refresh()

    def select_account(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _painted(self) -> None:
        self.model.view_painted()
        if self.model.loaded and not self._first_rows_painted:
            self._first_rows_painted = True
            self.first_rows_painted.emit()

    def _page_shown(self) -> None:
        # The view lays out a reset model from a zero timer, which can fire
        # after the next paint: that paint shows the new rows with the old
        # result's scroll bar, and a second one follows. Laid out now, the
        # first paint of a result is whole.
        self.table.doItemsLayout()
        # A new search or sort starts at its top; the same query again (after
        # a save) stays where the operator was.
        if self.model.query != self._shown_query:
            self._shown_query = self.model.query
            self.table.scrollToTop()

    def _searching(self, searching: bool) -> None:
        self._searching_now = searching
        self._last_busy.start()
        if searching:
            self.count.setText(self.tr("Searching…"))

    def _show_count(self, count: int) -> None:
        self.count.setToolTip("")  # no refusal to explain any more
        text = self.search.text().strip()
        if count == 0:
            self.count.setText(self.tr("No accounts"))
            if self.model.query.einvoice:
                state = self.einvoice.currentText()
                self.empty.setText(self.tr(
                    "No account matching “{text}” is in the e-invoice state “{state}”.").format(
                    text=text, state=state) if text else self.tr(
                    "No account is in the e-invoice state “{state}”.").format(state=state))
            elif text:
                self.empty.setText(self.tr("No account matches “{text}”.").format(text=text))
            else:
                self.empty.setText(self.tr(
                    "The register is empty. Create the first customer account with Ctrl+N."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.count.setText(self.tr("about %Ln accounts", "", _two_figures(count))
                               if self.model.count_estimated
                               else self.tr("%Ln accounts", "", count))
            self.stack.setCurrentWidget(self.table)

    def _failed(self, message: str) -> None:
        # Said beside the search box, where the operator typed what was refused
        # (e.g. a control character or 200+ characters): the text stays there.
        self.count.setText(self.tr("Not searched: {reason}").format(reason=message))
        self.count.setToolTip(message)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("register/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("register/header")
        if state is not None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.restoreState(state)
            header.blockSignals(False)
            self.model.prepare_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def _two_figures(estimate: int) -> int:
    """An estimate as precise as it is: 72,050 → 72,000; 1,012,712 → 1,000,000."""
    step = int(10 ** max(len(str(estimate)) - 2, 0))
    return round(estimate / step) * step
