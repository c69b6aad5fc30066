"""The collective invoice basis dialog and its PDF (issue 18, point 5; R27).

A real SQLite database with a reseller and its customers; the dialog reads on
the task runner. The PDF's text checks need poppler's ``pdftotext``; without
it those parts are skipped, saying so.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from custadmin.services.invoice_basis import basis_csv, invoice_basis
from custadmin.services.licences import (
    UserInput,
    add_user,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Partnership
from custadmin.ui.licences.invoice_basis import (
    InvoiceBasisDialog,
    InvoiceBasisModel,
    invoice_basis_pdf,
    previous_month,
    write_invoice_basis_pdf,
)
from custadmin.ui.tasks import TaskRunner
from factories import make_customer, make_partner, seats

TODAY = dt.date(2026, 12, 4)  # the dialog opens on November 2026 (30 days)
HOSTILE = "Evil <b>& Co</b> =SUM(A1)"
SOLE_TRADER = "880320-0016"
USER_NUMBER = "811228-9841"
PERSONAL_FORMS = ("880320-0016", "8803200016", "198803200016", "811228-9841", "8112289841",
                  "198112289841", "701063-2391", "7010632391")


def day(n: int, month: int = 11) -> dt.date:
    return dt.date(2026, month, n)


@pytest.fixture
def reseller(sqlite_db: Workspace) -> int:
    """Three customers: two versions, an add-on, seat changes, a sole trader whose
    user has a personal identity number, a hostile name; one not collective."""
    db = sqlite_db
    reseller = make_partner(db, "Nordlicens AB")
    bygg = make_customer(db, reseller, "Bergström Bygg AB", on=day(3, 6), licences=12,
                         product="plus", org_number="556036-0793",
                         addons=("project_planning",))
    seats(db, bygg, day(10), 15)
    maleri = make_customer(db, reseller, "Lindqvist Måleri", on=day(14), licences=3,
                           org_number=SOLE_TRADER, personal_number=USER_NUMBER)
    with db.reading() as uow:
        link = uow.session.get(Partnership, maleri)
        assert link is not None
        customer_id = link.customer_id
    add_user(db, customer_id, UserInput("Per", "Persson", "reporter",
                                        personal_number="701063-2391"))
    make_customer(db, reseller, HOSTILE, on=day(1, 9), licences=2)
    make_customer(db, reseller, "Kundfakturerad AB", on=day(1, 9), licences=4,
                  collective=False)
    return reseller


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_db: Workspace, reseller: int,
           runner: TaskRunner) -> InvoiceBasisDialog:
    shown = InvoiceBasisDialog(sqlite_db, reseller, runner=runner, today=TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.open()
    return shown


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for exports alone (the test's database is in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


# --- the model ----------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, sqlite_db: Workspace, reseller: int,
) -> None:
    model = InvoiceBasisModel()
    qtmodeltester.check(model, force_py=False)  # empty
    basis = invoice_basis(sqlite_db, reseller, 2026, 11)
    model.set_rows(basis.lines)
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == len(basis.lines) == 4 and model.columnCount() == 10
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[1:4] == ["Bergström Bygg AB", "556036-0793", "Plus"]
    assert first[4:9] == ["199.00 SEK", "12", "15", "423", "2,805.90 SEK"]
    assert first[9] == "10 Nov: 12 → 15"
    assert model.index(1, 3).data() == "Project planning (add-on)"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Price/month"
    assert model.headerData(4, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Reseller price per month"
    assert model.index(0, 8).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    model.set_rows([])
    qtmodeltester.check(model, force_py=False)


# --- the dialog ---------------------------------------------------------------------------


def test_the_dialog_shows_last_months_lines_and_totals(dialog: InvoiceBasisDialog) -> None:
    assert previous_month(TODAY) == (2026, 11) == dialog.chosen_month()
    assert dialog.basis is not None and dialog.model.rowCount() == 4
    names = [dialog.model.index(r, 1).data() for r in range(4)]
    assert names == ["Bergström Bygg AB", "Bergström Bygg AB", HOSTILE, "Lindqvist Måleri"]
    assert dialog.model.index(3, 2).data() == "880320-****"
    assert dialog.pages.currentWidget() is dialog.table
    total = 280590 + 3900 + 2 * 11900 + 20230
    assert dialog.basis.total("SEK") == total
    assert dialog.totals.text() == "Total: 3,285.20 SEK"
    assert "Nordlicens AB" in dialog.windowTitle()
    assert dialog.heading.text() == "Nordlicens AB: collective invoice basis for November 2026"
    assert not dialog.agreement.isVisibleTo(dialog)
    assert dialog.csv_button.isEnabled() and dialog.pdf_button.isEnabled()


def test_choosing_another_month_reads_it(qtbot: QtBot, dialog: InvoiceBasisDialog) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.set_month(2026, 10)
    assert dialog.basis is not None and (dialog.basis.year, dialog.basis.month) == (2026, 10)
    # Lindqvist Måleri began in November: not yet on October's basis.
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == [
        "Bergström Bygg AB", "Bergström Bygg AB", HOSTILE]
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.set_month(2026, 5)
    assert dialog.model.rowCount() == 0 and dialog.pages.currentWidget() is dialog.empty
    assert "Nothing to invoice Nordlicens AB for May 2026" in dialog.empty.text()
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()


def test_a_partner_without_collective_customers_is_told_so(
    qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner,
) -> None:
    lonely = make_partner(sqlite_db, "Ensam Partner AB", since=None)
    shown = InvoiceBasisDialog(sqlite_db, lonely, runner=runner, today=TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.open()
    assert shown.pages.currentWidget() is shown.empty
    assert shown.empty.text().startswith("Ensam Partner AB has no customers on a collective "
                                         "invoice.")
    assert shown.totals.text() == ""
    # Without a reseller agreement the operator is told (R27).
    assert shown.agreement.isVisibleTo(shown)
    assert "had no reseller agreement" in shown.agreement.text()


def test_a_missing_partner_is_an_error_in_the_dialog(
    qtbot: QtBot, sqlite_db: Workspace,
) -> None:
    # No runner given: the dialog uses one of its own.
    shown = InvoiceBasisDialog(sqlite_db, 424242, today=TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.failed, timeout=10_000) as failed:
        shown.open()
    assert failed.args == [shown.status.text()]
    assert shown.status.text() != "" and shown.basis is None


def test_one_meaning_per_mnemonic_letter(dialog: InvoiceBasisDialog) -> None:
    letters: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                   and widget.buddy() is not None):
            found = re.search(r"(?<!&)&([^&\s])", widget.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).casefold())
    assert sorted(letters) == sorted(set(letters)) == ["l", "m", "p", "x"]


# --- exports ------------------------------------------------------------------------------


def test_export_csv(qtbot: QtBot, dialog: InvoiceBasisDialog, out: Path) -> None:
    target = out / "basis.csv"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.export_csv(target)
    assert exported.args == [str(target)]
    assert dialog.basis is not None
    with target.open(encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    assert text == basis_csv(dialog.basis)
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["Customer"] for r in rows] == ["Bergström Bygg AB", "Bergström Bygg AB",
                                             "'" + HOSTILE if HOSTILE[0] in "=+-@" else HOSTILE,
                                             "Lindqvist Måleri", "Total"]
    assert "Saved to" in dialog.status.text()
    for number in PERSONAL_FORMS:
        assert number not in text


def test_the_operator_chooses_the_file(qtbot: QtBot, dialog: InvoiceBasisDialog,
                                       out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(kind: str) -> str:
        asked.append(kind)
        return str(out / f"chosen.{kind}") if kind == "pdf" else ""

    monkeypatch.setattr(dialog, "ask_target", ask)
    dialog.csv_button.click()  # cancelled: nothing written
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.pdf_button.click()
    assert asked == ["csv", "pdf"]
    assert [p.name for p in out.iterdir()] == ["chosen.pdf"]


def test_export_pdf(qtbot: QtBot, dialog: InvoiceBasisDialog, out: Path) -> None:
    target = out / "basis.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["basis.pdf"]
    text = _pdf_text(target)
    flat = " ".join(text.split())
    assert text.count("\f") == 1, "one page"
    for fact in ("Collective invoice basis", "November 2026", "Nordlicens AB",
                 "Bergström Bygg AB", "556036-0793", "Lindqvist Måleri", "880320-****",
                 HOSTILE, "Project planning (add-on)", "10 Nov: 12 → 15", "14 Nov: 0 → 3",
                 "2,805.90 SEK", "Total SEK 3,285.20 SEK", "Page 1 of 1"):
        assert fact in flat, fact
    assert "Kundfakturerad" not in flat
    for number in PERSONAL_FORMS:
        assert number not in text


def test_a_failed_export_says_why_and_leaves_no_file(
    qtbot: QtBot, dialog: InvoiceBasisDialog, out: Path,
) -> None:
    for export in (dialog.export_csv, dialog.export_pdf):
        with qtbot.waitSignal(dialog.failed, timeout=10_000):
            export(out / "no such folder" / "basis.out")
        assert dialog.status.text().startswith("Nothing was saved:")
    assert list(out.iterdir()) == []


def test_a_long_basis_runs_over_pages_with_the_header_on_each(
    qtbot: QtBot, sqlite_db: Workspace, tmp_path: Path,
) -> None:
    many = make_partner(sqlite_db, "Stor Partner AB")
    for n in range(40):
        link = make_customer(sqlite_db, many, f"Kund {n:02d} AB", on=day(1, 10),
                             licences=n + 1, addons=("payroll_export",) if n % 3 else ())
        if n % 4 == 0:
            seats(sqlite_db, link, day(n % 28 + 1), n + 3)
    basis = invoice_basis(sqlite_db, many, 2026, 11)
    assert len(basis.lines) == 40 + 26
    target = tmp_path / "long.pdf"
    write_invoice_basis_pdf(basis, target, created=TODAY)
    text = _pdf_text(target)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        if page.strip() and "Kund" in page:
            assert "Licences" in page  # the table's header again
    flat = " ".join(text.split())
    assert all(f"Kund {n:02d} AB" in flat for n in range(40))
    assert "Total SEK" in pages[-1]


def test_an_empty_basis_is_one_page_that_says_so(
    qtbot: QtBot, sqlite_db: Workspace, tmp_path: Path,
) -> None:
    lonely = make_partner(sqlite_db, "Ensam Partner AB")
    data = invoice_basis_pdf(invoice_basis(sqlite_db, lonely, 2026, 11))
    assert data.startswith(b"%PDF")
    target = tmp_path / "empty.pdf"
    target.write_bytes(data)
    flat = " ".join(_pdf_text(target).split())
    assert "No customer of Ensam Partner AB on the collective invoice had licences or " \
           "add-ons in November 2026." in flat
