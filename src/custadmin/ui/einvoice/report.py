"""*Reports → Invoices that cannot go as e-invoices*: which accounts, why, since when.

The accounts where e-invoicing is expected (a Peppol ID, *requires
e-invoices*, or a recipient in the network) whose invoices do not go by
Peppol, counted per reason (held or not) and listed oldest first, a page at
a time as the list is scrolled (every query on a worker). Enter or a double
click opens the account; the list exports to CSV or XLSX with progress and
Cancel, every cell escaped against spreadsheet formulas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.einvoice import DeliveryReason
from custadmin.ui.actions import Host
from custadmin.ui.einvoice.texts import network_changes, reason_title
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.page import no_default_button
from custadmin.ui.widgets.progress import Notice, ProgressTask
from custadmin.ui.widgets.prompts import ErrorMessage
from custadmin.ui.widgets.tables import AnyIndex, RowsModel, list_table
from custadmin.ui.widgets.when import local_date

if TYPE_CHECKING:
    from custadmin.services.einvoice_report import ReasonCount, ReportOverview, ReportRow
    from custadmin.services.exporter import ExportResult
    from custadmin.services.workspace import Workspace

#: Rows read per page as the list is scrolled.
PAGE_ROWS = 200
#: A counts-list entry: (reasons, held) the list is filtered by.
Filter = tuple[frozenset[DeliveryReason] | None, bool | None]


class ReportModel(RowsModel["ReportRow"]):
    """The listed accounts, read a page at a time on a worker (``fetchMore``)."""

    right_aligned = frozenset({0, 7})

    #: A read failed: the text is for the operator.
    failed = Signal(str)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Customer no."), self.tr("Name"), self.tr("Organisation no."),
                          self.tr("Peppol ID"), self.tr("Why not by e-invoice"),
                          self.tr("Held"), self.tr("Since"), self.tr("Days")), parent)
        self._ws, self._runner = ws, runner
        self._total = 0
        self._filter: Filter = (None, None)
        self._generation = 0
        self._reading = False

    def show(self, chosen: Filter, total: int, first: list[ReportRow] | None = None) -> None:
        """List the accounts of ``chosen`` (``total`` of them), from the first;
        ``first``: its first page, already read."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self._total, self._filter = list(first or []), total, chosen
        # While the view lays the new rows out it asks for more: not yet.
        self._reading = True
        self.endResetModel()
        self._reading = False
        if total and not first:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._reading and len(self.rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        from custadmin.services.einvoice_report import report_page

        self._reading = True
        ws, (reasons, held), offset = self._ws, self._filter, len(self.rows)
        generation = self._generation

        def read(rows: list[ReportRow]) -> None:
            if generation != self._generation:
                return
            if not rows:
                self._total = len(self.rows)  # fewer than counted: changed meanwhile
            else:
                self.beginInsertRows(QModelIndex(), len(self.rows),
                                     len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            # Only now: the view asks for more while the rows are inserted.
            self._reading = False

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._reading = False
                self.failed.emit(operator_message(exc, "reading the e-invoice report"))

        self._runner.run(lambda: report_page(ws, reasons, offset, PAGE_ROWS, held=held),
                         read, failed)

    def cells(self, row: ReportRow) -> tuple[str, ...]:
        return (str(row.customer_number), row.name, row.org_number, row.peppol_id,
                reason_title(row.reason), self.tr("held") if row.held else "",
                local_date(row.since), str(row.age_days))


class ReportDialog(QDialog):
    #: The operator asked to open this account.
    open_requested = Signal(int)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self.counts: list[ReasonCount] = []
        #: The first page of every reason, read with the counts (used once).
        self._first_page: list[ReportRow] | None = None
        self.export_task: ProgressTask | None = None
        self.export_outcome: ExportResult | BaseException | None = None
        self.setWindowTitle(self.tr("Invoices that cannot go as e-invoices"))
        intro = QLabel(self.tr(
            "Accounts that have a Peppol ID, require e-invoices or are in the e-invoice "
            "network, and whose invoices do not go as e-invoices — with why, and since when."),
            self)
        intro.setWordWrap(True)
        self.reasons = QTreeWidget(self)
        self.reasons.setHeaderLabels([self.tr("Why"), self.tr("Accounts")])
        self.reasons.setRootIsDecorated(False)
        self.reasons.setAccessibleName(self.tr("Accounts per reason"))
        self.reasons.setMaximumHeight(190)
        reasons_label = QLabel(self.tr("&Reasons:"), self)
        reasons_label.setBuddy(self.reasons)
        self.model = ReportModel(ws, runner, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        list_table(self.table, self.tr("Accounts listed"), (95, 220, 120, 150, 210, 60, 95))
        accounts_label = QLabel(self.tr("&Accounts (Enter opens one):"), self)
        accounts_label.setBuddy(self.table)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reasons_label)
        layout.addWidget(self.reasons)
        layout.addWidget(accounts_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(1080, 680)
        no_default_button(self)
        self.reasons.currentItemChanged.connect(lambda *_a: self._chosen())
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model.failed.connect(self.status.setText)
        network_changes().changed.connect(self._network_changed)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> ReportDialog:
        """Reports → Invoices that cannot go as e-invoices… (a handler of the actions)."""
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.open_requested.connect(lambda account_id: host.register.open_requested.emit(
            account_id, 0))
        dialog.show()
        dialog.reasons.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def refresh(self) -> None:
        from custadmin.services.einvoice_report import report_overview

        ws = self._ws
        self.status.setText(self.tr("Counting…"))
        # The counts and the first page of every reason in one pass.
        self._runner.run(lambda: report_overview(ws, PAGE_ROWS), self._overview, self._failed)

    def _overview(self, overview: ReportOverview) -> None:
        self._first_page = overview.first_page
        self.show_counts(overview.counts)

    def show_counts(self, counts: list[ReasonCount]) -> None:
        chosen = self._current_filter()
        self.counts = counts
        blocked = self.reasons.blockSignals(True)
        self.reasons.clear()
        total = sum(c.accounts for c in counts)
        entries: list[tuple[str, int, Filter]] = [
            (self.tr("Every reason"), total, (None, None))]
        held = sum(c.accounts for c in counts if c.held)
        if held:
            entries.append((self.tr("Held: the customer requires e-invoices"), held,
                            (None, True)))
        for count in counts:
            text = reason_title(count.reason)
            if count.held:
                text = self.tr("{reason} — held").format(reason=text)
            entries.append((text, count.accounts, (frozenset({count.reason}), count.held)))
        selected = None
        for text, accounts, entry_filter in entries:
            item = QTreeWidgetItem(self.reasons, [text, str(accounts)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry_filter)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if entry_filter == chosen:
                selected = item
        self.reasons.resizeColumnToContents(0)
        first = selected or self.reasons.topLevelItem(0)
        if first is not None:
            self.reasons.setCurrentItem(first)
        self.reasons.blockSignals(blocked)
        self.status.setText(self.tr("No account waits for e-invoicing.") if not total else "")
        self._chosen()

    def _current_filter(self) -> Filter:
        item = self.reasons.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, tuple) else (None, None)

    def _chosen(self) -> None:
        item = self.reasons.currentItem()
        total = int(item.text(1)) if item is not None else 0
        chosen, first = self._current_filter(), self._first_page
        self._first_page = None
        self.model.show(chosen, total, first if chosen == (None, None) else None)
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(total > 0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.open_requested.emit(self.model.rows[row].account_id)

    def export(self, kind: str) -> ProgressTask | None:
        from custadmin.services.einvoice_report import export_report

        path = self.ask_target(kind)
        if not path:
            return None
        ws, (reasons, held) = self._ws, self._current_filter()
        title = self.tr("Export the e-invoice report")
        task = ProgressTask(self, self._runner, title,
                            self.tr("Writing {file}…").format(file=path))
        self.export_task = task
        task.start(lambda progress, cancel: export_report(
            ws, path, kind, progress, cancel, reasons=reasons, held=held),
            self._exported, self._export_failed)
        return task

    def ask_target(self, kind: str) -> str:
        """The file to write (a class-level seam tests replace)."""
        pattern = (self.tr("CSV, comma-separated (*.csv)") if kind == "csv"
                   else self.tr("Excel workbook (*.xlsx)"))
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the e-invoice report"), f"einvoice-report.{kind}", pattern)
        if path and not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        return path

    def _exported(self, result: ExportResult) -> None:
        self.export_task, self.export_outcome = None, result
        Notice.show(self, self.windowTitle(), self.tr("Exported %n accounts to {file}.", "",
                                                      result.rows).format(file=result.path))

    def _export_failed(self, exc: BaseException) -> None:
        from custadmin.services.exporter import ExportCancelled

        self.export_task, self.export_outcome = None, exc
        if isinstance(exc, ExportCancelled):
            Notice.show(self, self.windowTitle(),
                        self.tr("Export cancelled: no file was written."))
            return
        ErrorMessage.show(self, self.windowTitle(), self.tr("Nothing was exported: {reason}")
                          .format(reason=operator_message(exc, "exporting the e-invoice report")))

    def _network_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "counting the e-invoice report"))

