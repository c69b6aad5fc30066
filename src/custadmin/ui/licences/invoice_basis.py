"""The partner's collective invoice basis (issue 18, point 5; R27): a dialog and its PDF.

:class:`InvoiceBasisDialog` shows one partner's basis for a month (the
previous one when it opens): each customer on the collective invoice with
its version and add-ons, the licences at the start and end of the month,
the licence-days, the changes in the month and the amount, and the totals
per currency. It reads on a worker (:class:`~custadmin.ui.tasks.TaskRunner`)
and exports the basis it shows to CSV (the service writes it, cells escaped
against spreadsheet formulas) or to an A4 PDF.

The PDF is drawn as the bureaus' connection form is
(:mod:`custadmin.ui.bureaus.connection_form`): a :class:`QPainter` on a
:class:`QPdfWriter` into memory, every text laid out as plain text
(:class:`QTextLayout`), never as rich text, so a customer named
``<b>Evil</b>`` is printed as typed. Landscape, because a line has eight
columns; the pages are laid out before they are drawn, so that the table's
header is repeated on every page, a customer's name stands on the first of
its lines on each page, and each footer says which page of how many it is.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPdfWriter,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.services.invoice_basis import (
    ADDON,
    COLUMNS,
    TOTAL,
    BasisLine,
    InvoiceBasis,
    SeatChangeInMonth,
)
from custadmin.ui.licences.texts import money
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import no_default_button
from custadmin.ui.widgets.pdf import (
    BAND,
    GREY,
    INK,
    RULE,
    Sheet,
    a4_pdf,
    one_line,
    write_file,
)
from custadmin.ui.widgets.tables import RowsModel, list_table

if TYPE_CHECKING:
    from custadmin.services.exporter import ExportResult
    from custadmin.services.workspace import Workspace

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


# --- words ---------------------------------------------------------------------------------


def period_text(year: int, month: int) -> str:
    """"November 2026" as the operator's locale writes a month."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def _day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def change_text(change: SeatChangeInMonth) -> str:
    """"11 Nov: 5 → 8"."""
    return translate("InvoiceBasis", "{day}: {before} → {after}").format(
        day=_day(change.effective_on), before=change.licences_before,
        after=change.licences_after)


def product_text(line: BasisLine) -> str:
    if line.kind == ADDON:
        return translate("InvoiceBasis", "{product} (add-on)").format(product=line.product_name)
    return line.product_name


def totals_text(basis: InvoiceBasis) -> str:
    """"Total: 1 234,50 SEK · 29,98 EUR"."""
    amounts = " · ".join(money(t.amount, t.currency) for t in basis.totals)
    return translate("InvoiceBasis", "Total: {amounts}").format(amounts=amounts)


# --- the table -------------------------------------------------------------------------------

#: The CSV's column (its full title, the header's tooltip) under each of the table's
#: columns: kind and currency are in the product and money cells, and the changes come
#: last, where the row has room for them, so that the amount is always in view.
_SHOWN = (0, 1, 2, 3, 5, 7, 8, 9, 11, 10)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class InvoiceBasisModel(RowsModel[BasisLine]):
    """The basis's lines, one per product of each customer."""

    right_aligned = frozenset({0, 4, 5, 6, 7, 8})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Customer no."), self.tr("Customer"), self.tr("Org. no."),
                          self.tr("Product"), self.tr("Price/month"), self.tr("At start"),
                          self.tr("At end"), self.tr("Licence-days"), self.tr("Amount"),
                          self.tr("Changes in the month")), parent)

    def cells(self, row: BasisLine) -> tuple[str, ...]:
        locale = QLocale()
        return (str(row.customer_number), row.customer_name, row.org_number,
                product_text(row), money(row.unit_price, row.currency),
                locale.toString(row.licences_at_start), locale.toString(row.licences_at_end),
                locale.toString(row.licence_days), money(row.amount, row.currency),
                "; ".join(change_text(c) for c in row.seat_changes))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if (role == _TOOLTIP and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(_SHOWN)):
            return message_text(COLUMNS[_SHOWN[section]])
        return super().headerData(section, orientation, role)


# --- the dialog ------------------------------------------------------------------------------


def previous_month(today: dt.date) -> tuple[int, int]:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


class InvoiceBasisDialog(QDialog):
    """One partner's collective invoice basis for a month, with CSV and PDF export.

    ``runner``: the window's task runner (default: one of its own).
    """

    #: A basis was read and shown.
    loaded = Signal()
    #: A file was written: its path.
    exported = Signal(str)
    #: Reading or exporting failed: what the operator is told.
    failed = Signal(str)

    def __init__(self, workspace: Workspace, partner_id: int, parent: QWidget | None = None,
                 *, runner: TaskRunner | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ws, self._partner_id = workspace, partner_id
        # Idle worker threads of an own runner end when it is collected with the dialog.
        self._runner = runner or TaskRunner(self, max_threads=1)
        self.basis: InvoiceBasis | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Collective invoice basis"))

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.partner_details = QLabel(self)
        self.partner_details.setTextFormat(Qt.TextFormat.PlainText)
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setAccessibleName(self.tr("Month"))
        year, month = previous_month(today or dt.date.today())
        self.month.setMinimumDate(QDate(2000, 1, 1))
        self.month.setMaximumDate(QDate(year + 2, 12, 31))
        self.month.setDate(QDate(year, month, 1))
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.agreement = QLabel(self)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.agreement.setWordWrap(True)
        self.agreement.setStyleSheet(ERROR_STYLE)
        self.agreement.hide()

        self.model = InvoiceBasisModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        list_table(self.table, self.tr("Lines of the collective invoice basis"),
                   (80, 190, 110, 150, 120, 70, 70, 80, 170))
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.lines_label = QLabel(self.tr("&Lines:"), self)
        self.lines_label.setBuddy(self.table)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        # "E&xport": on desktops whose Close button is "&Close", C stays its own.
        self.csv_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.partner_details)
        layout.addLayout(top)
        layout.addWidget(self.agreement)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1180, 520)
        no_default_button(self)

        self.month.dateChanged.connect(lambda _date: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self._show(None)
        self.refresh()

    # --- reading ---

    def chosen_month(self) -> tuple[int, int]:
        date = self.month.date()
        return date.year(), date.month()

    def set_month(self, year: int, month: int) -> None:
        """Show ``year``-``month`` (read anew)."""
        self.month.setDate(QDate(year, month, 1))

    def refresh(self) -> None:
        from custadmin.services.invoice_basis import invoice_basis

        self._generation += 1
        generation = self._generation
        ws, partner_id = self._ws, self._partner_id
        year, month = self.chosen_month()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading…"))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)

        def done(basis: InvoiceBasis) -> None:
            if generation == self._generation:  # else the operator chose another month
                self._show(basis)
                self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._failed(operator_message(exc, "reading the collective invoice basis"))

        self._runner.run(lambda: invoice_basis(ws, partner_id, year, month), done, failed)

    def _show(self, basis: InvoiceBasis | None) -> None:
        self.basis = basis
        self.model.set_rows(basis.lines if basis is not None else ())
        if basis is None:
            self.heading.setText(self.tr("Collective invoice basis"))
            self.partner_details.setText("")
            self.totals.setText("")
            return
        name = one_line(basis.partner_name)
        self.setWindowTitle(self.tr("Collective invoice basis — {partner}").format(
            partner=name))
        self.heading.setText(self.tr("{partner}: collective invoice basis for {period}").format(
            partner=name, period=period_text(basis.year, basis.month)))
        details = [self.tr("Customer number {number}").format(
            number=basis.partner_customer_number)]
        if basis.partner_org_number:
            details.append(self.tr("Organisation number {number}").format(
                number=basis.partner_org_number))
        self.partner_details.setText(" · ".join(details))
        problem = basis.agreement_problem
        self.agreement.setText(message_text(problem) if problem is not None else "")
        self.agreement.setVisible(problem is not None)
        if basis.lines:
            self.pages.setCurrentWidget(self.table)
            # Measured once per month read, not on every resize: a partner's customers
            # are a few hundred rows at most.
            self.table.resizeColumnsToContents()
        else:
            self.empty.setText(self._empty_text(basis))
            self.pages.setCurrentWidget(self.empty)
        self.totals.setText(totals_text(basis) if basis.totals else "")
        self.status.setText(self.tr(
            "{customers} customers, {lines} lines. Each amount: the licence-days × the "
            "reseller price per month ÷ {days} days, rounded to the nearest hundredth.").format(
            customers=basis.customers, lines=len(basis.lines), days=basis.days_in_month)
            if basis.lines else "")
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(bool(basis.lines))

    def _empty_text(self, basis: InvoiceBasis) -> str:
        name = one_line(basis.partner_name)
        if not basis.collective_partnerships:
            return self.tr(
                "{partner} has no customers on a collective invoice. A customer is on it "
                "when its partnership invoices the partner with the collective invoice."
            ).format(partner=name)
        return self.tr("Nothing to invoice {partner} for {period}: none of its customers on "
                       "the collective invoice had licences or add-ons in that month.").format(
            partner=name, period=period_text(basis.year, basis.month))

    def _failed(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.failed.emit(text)

    # --- exporting ---

    def _file_name(self, basis: InvoiceBasis, kind: str) -> str:
        return (f"invoice-basis-{basis.partner_customer_number}-"
                f"{basis.year:04d}-{basis.month:02d}.{kind}")

    def ask_target(self, kind: str) -> str:
        """The file to write, chosen by the operator ("" if cancelled); tests pass a path."""
        basis = self.basis
        if basis is None:
            return ""
        pattern = (self.tr("CSV, comma-separated (*.csv)") if kind == "csv"
                   else self.tr("PDF document (*.pdf)"))
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the collective invoice basis"),
            self._file_name(basis, kind), pattern)
        if path and not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        return path

    def export_csv(self, path: str | os.PathLike[str] | None = None) -> None:
        """Write the basis shown to ``path`` (None: ask) as CSV, on a worker."""
        from custadmin.services.invoice_basis import write_basis_csv

        basis = self.basis
        target = str(path) if path is not None else self.ask_target("csv")
        if basis is None or not target:
            return

        def done(result: ExportResult) -> None:
            self._exported(result.path)

        self._runner.run(lambda: write_basis_csv(basis, target), done, self._export_failed)

    def export_pdf(self, path: str | os.PathLike[str] | None = None) -> None:
        """Write the basis shown to ``path`` (None: ask) as a PDF: drawn here (Qt's
        painting belongs to this thread; a few pages are quick), written on a worker."""
        basis = self.basis
        target = str(path) if path is not None else self.ask_target("pdf")
        if basis is None or not target:
            return
        data = invoice_basis_pdf(basis)
        self._runner.run(lambda: write_file(Path(target), data),
                         lambda _none: self._exported(target), self._export_failed)

    def _exported(self, path: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            why = exc.strerror or str(exc)
        else:
            why = operator_message(exc, "exporting the collective invoice basis")
        self._failed(self.tr("Nothing was saved: {why}").format(why=why))


# --- the PDF -------------------------------------------------------------------------------

#: The page's margins, in millimetres.
MARGIN_MM = 14.0

_LIGHT_RULE = QColor(0xD5, 0xD8, 0xDC)

_TITLE = 18.0
_BODY = 10.0
_CELL = 8.5
_SMALL = 7.5

_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight


class _Piece(NamedTuple):
    """A paragraph of a cell."""

    text: str
    font: QFont
    colour: QColor = INK


#: Each column's share of the table's width, and its alignment.
_PDF_COLUMNS: tuple[tuple[float, Qt.AlignmentFlag], ...] = (
    (0.21, _LEFT),  # customer: name, then number and organisation number
    (0.18, _LEFT),  # product
    (0.10, _RIGHT),  # reseller price per month
    (0.065, _RIGHT),  # licences at start
    (0.065, _RIGHT),  # licences at end
    (0.07, _RIGHT),  # licence-days
    (0.17, _LEFT),  # changes in the month
    (0.14, _RIGHT),  # amount
)
#: The CSV column titles over the PDF's columns.
_PDF_TITLES = (1, 3, 5, 7, 8, 9, 10, 11)


class _Table:
    """The basis's table: cells as pieces, heights measured before anything is drawn."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pad = sheet.mm(1.6)
        self.widths = [share * sheet.width for share, _align in _PDF_COLUMNS]

    def cell_height(self, column: int, pieces: Sequence[_Piece]) -> float:
        inner = self.widths[column] - 2 * self.pad
        return sum(self.sheet.measure(p.text, p.font, inner) for p in pieces)

    def row_height(self, cells: Sequence[Sequence[_Piece]]) -> float:
        return 2 * self.pad + max(self.cell_height(c, pieces) for c, pieces in enumerate(cells))

    def draw_row(self, y: float, cells: Sequence[Sequence[_Piece]]) -> float:
        x = 0.0
        height = self.row_height(cells)
        for column, pieces in enumerate(cells):
            inner = self.widths[column] - 2 * self.pad
            at = y + self.pad
            for piece in pieces:
                at += self.sheet.text(x + self.pad, at, inner, piece.text, piece.font,
                                      piece.colour, _PDF_COLUMNS[column][1])
            x += self.widths[column]
        return height

    def header_cells(self) -> list[list[_Piece]]:
        font = self.sheet.font(_SMALL, bold=True)
        return [[_Piece(message_text(COLUMNS[c]), font, GREY)] for c in _PDF_TITLES]


def _line_cells(sheet: Sheet, line: BasisLine, with_customer: bool) -> list[list[_Piece]]:
    body, small = sheet.font(_CELL), sheet.font(_SMALL)
    locale = QLocale()
    customer: list[_Piece] = []
    if with_customer:
        facts = translate("InvoiceBasis", "No. {number}").format(number=line.customer_number)
        if line.org_number:
            facts = f"{facts} · {line.org_number}"
        customer = [_Piece(one_line(line.customer_name), sheet.font(_CELL, bold=True)),
                    _Piece(facts, small, GREY)]
    changes = [_Piece(change_text(c), small) for c in line.seat_changes]
    return [customer, [_Piece(one_line(product_text(line)), body)],
            [_Piece(money(line.unit_price, line.currency), body)],
            [_Piece(locale.toString(line.licences_at_start), body)],
            [_Piece(locale.toString(line.licences_at_end), body)],
            [_Piece(locale.toString(line.licence_days), body)],
            changes or [_Piece("—", small, GREY)],
            [_Piece(money(line.amount, line.currency), sheet.font(_CELL, bold=True))]]


def _head(sheet: Sheet, basis: InvoiceBasis, created: dt.date, *, draw: bool) -> float:
    """The first page's head: the title, the period, the date, the partner; its height
    (measured only, unless ``draw``)."""
    mm, width = sheet.mm, sheet.width
    facts_width = mm(80)
    title_height = sheet.text(0, 0, width - facts_width - mm(4),
                              translate("InvoiceBasis", "Collective invoice basis"),
                              sheet.font(_TITLE, bold=True), draw=draw)
    created_text = translate("InvoiceBasis", "Created {date}").format(date=QLocale().toString(
        QDate(created.year, created.month, created.day), QLocale.FormatType.ShortFormat))
    facts = mm(1)
    for fact, bold in ((period_text(basis.year, basis.month), True), (created_text, False)):
        facts += sheet.text(width - facts_width, facts, facts_width, fact,
                            sheet.font(_BODY + 1, bold=bold), align=_RIGHT, draw=draw)
    y = max(title_height, facts) + mm(2)
    if draw:
        sheet.rule(0, y, width, 0.6, INK)
    y += mm(4)
    y += sheet.text(0, y, width, translate("InvoiceBasis", "Partner"), sheet.font(_SMALL), GREY,
                    draw=draw)
    y += sheet.text(0, y, width, one_line(basis.partner_name),
                    sheet.font(_BODY + 2, bold=True), draw=draw)
    details = [translate("InvoiceBasis", "Customer number {number}").format(
        number=basis.partner_customer_number)]
    if basis.partner_org_number:
        details.append(translate("InvoiceBasis", "Organisation number {number}").format(
            number=basis.partner_org_number))
    y += sheet.text(0, y, width, " · ".join(details), sheet.font(_BODY), draw=draw)
    return y + mm(6)


def _paginate(sheet: Sheet, table: _Table, basis: InvoiceBasis, first_top: float,
              bottom: float) -> list[list[BasisLine]]:
    """The lines of each page: as many as fit above ``bottom`` under the table's header,
    and an empty last page when the totals and the note do not fit under the last line."""
    header = table.row_height(table.header_cells())
    pages: list[list[BasisLine]] = [[]]
    y = first_top + (header if basis.lines else 0.0)
    previous: BasisLine | None = None
    for line in basis.lines:
        named = previous is None or previous.customer_id != line.customer_id or not pages[-1]
        height = table.row_height(_line_cells(sheet, line, named))
        if y + height > bottom and pages[-1]:
            pages.append([])
            y = header
            height = table.row_height(_line_cells(sheet, line, True))
        pages[-1].append(line)
        y += height
        previous = line
    if y + _closing(sheet, table, basis, y, draw=False) > bottom:
        pages.append([])
    return pages


def _draw(writer: QPdfWriter, sheet: Sheet, basis: InvoiceBasis, created: dt.date) -> None:
    mm, width, painter = sheet.mm, sheet.width, sheet.painter
    table = _Table(sheet)
    footer_font = sheet.font(_SMALL)
    footer_height = sheet.measure("0", footer_font, width)
    bottom = sheet.height - footer_height - mm(4)
    # Laid out first, so that each footer can say "page 2 of 3".
    pages = _paginate(sheet, table, basis, _head(sheet, basis, created, draw=False), bottom)
    footer = " · ".join((translate("InvoiceBasis", "Collective invoice basis"),
                         one_line(basis.partner_name), period_text(basis.year, basis.month)))
    previous: BasisLine | None = None
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        y = _head(sheet, basis, created, draw=True) if number == 1 else 0.0
        if page:
            cells = table.header_cells()
            height = table.row_height(cells)
            painter.fillRect(QRectF(0, y, width, height), BAND)
            table.draw_row(y, cells)
            y += height
            sheet.rule(0, y, width, 0.35, RULE)
        for index, line in enumerate(page):
            named = previous is None or previous.customer_id != line.customer_id
            if named and index > 0:
                sheet.rule(0, y, width, 0.3, RULE)
            elif index > 0:  # the same customer's next product
                sheet.rule(table.widths[0], y, width - table.widths[0], 0.2, _LIGHT_RULE)
            y += table.draw_row(y, _line_cells(sheet, line, named or index == 0))
            previous = line
        if number == len(pages):
            _closing(sheet, table, basis, y, draw=True)
        page_text = translate("InvoiceBasis", "Page {page} of {pages}").format(
            page=number, pages=len(pages))
        sheet.rule(0, sheet.height - footer_height - mm(1.5), width, 0.25)
        sheet.text(0, sheet.height - footer_height, width * 0.75, footer, footer_font, GREY)
        sheet.text(width * 0.75, sheet.height - footer_height, width * 0.25, page_text,
                   footer_font, GREY, _RIGHT)


def _note(basis: InvoiceBasis) -> str:
    period = period_text(basis.year, basis.month)
    if not basis.lines:
        return translate("InvoiceBasis", "No customer of {partner} on the collective invoice had "
                                   "licences or add-ons in {period}.").format(
            partner=one_line(basis.partner_name), period=period)
    return translate(
        "InvoiceBasis",
        "Licence-days: the licences in effect on each day of the month, added up (a customer "
        "whose partnership began during the month counts from that day; an add-on counts one "
        "licence on each day it is active). Amount: the licence-days × the reseller price per "
        "month ÷ {days}, the days of {period}, rounded to the nearest hundredth.").format(
        days=basis.days_in_month, period=period)


def _closing(sheet: Sheet, table: _Table, basis: InvoiceBasis, y: float, *,
             draw: bool) -> float:
    """The totals per currency under the amount column, then how the amounts are
    reckoned; the height (measured only, unless ``draw``)."""
    mm, width = sheet.mm, sheet.width
    top = y
    if basis.totals and draw:
        sheet.rule(0, y, width, 0.6, INK)
    y += mm(3)
    amount_width, label_width = table.widths[-1], width * 0.3
    font = sheet.font(_BODY + 1, bold=True)
    for total in basis.totals:
        label = f"{message_text(TOTAL)} {total.currency}"
        sheet.text(width - amount_width - label_width, y, label_width, label, font,
                   align=_RIGHT, draw=draw)
        y += sheet.text(width - amount_width, y, amount_width - table.pad,
                        money(total.amount, total.currency), font, align=_RIGHT,
                        draw=draw) + mm(1.5)
    y += mm(4)
    y += sheet.text(0, y, width * 0.7, _note(basis), sheet.font(_SMALL), GREY, draw=draw)
    return y - top


def invoice_basis_pdf(basis: InvoiceBasis, created: dt.date | None = None) -> bytes:
    """``basis`` as an A4 landscape PDF (as many pages as its lines need)."""
    title = translate("InvoiceBasis", "Collective invoice basis")
    return a4_pdf(f"{title} {one_line(basis.partner_name)} {basis.year:04d}-{basis.month:02d}",
                  QPageLayout.Orientation.Landscape, MARGIN_MM,
                  lambda writer, sheet: _draw(writer, sheet, basis,
                                              created or dt.date.today()))


def write_invoice_basis_pdf(basis: InvoiceBasis, path: Path,
                            created: dt.date | None = None) -> None:
    """Writes ``basis`` to ``path`` as a PDF (see :func:`write_file`)."""
    write_file(path, invoice_basis_pdf(basis, created))
