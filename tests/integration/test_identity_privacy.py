"""A sole trader's personal identity number appears in full nowhere but its own column.

Issue 14, points 1–4 (R31, R32, R33; "a personal identity number is
sensitive: masked in lists, never in logs"). A sentinel personnummer is set
as a sole trader's organisation number and Peppol ID (``0007:`` + the same
digits), created, changed, deleted, imported, reported and exported, with
logging captured at DEBUG; then every written output is searched for its
digits in every written form. Only the account's own fields and an
administrator's audited export hold it in full.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, text

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.audit import REGISTER_EXPORT
from custadmin.domain.errors import StorageError
from custadmin.domain.messages import Message
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.domain.transfer import FIELDS, ImportField
from custadmin.services.accounts import (
    create_account,
    delete_account,
    load_account,
    update_account_details,
)
from custadmin.services.audit_trail import account_history, export_audit, search_audit
from custadmin.services.exporter import export_register
from custadmin.services.importer import commit_import, plan_import, problem_rows, write_report
from custadmin.services.register import DatabaseRegister, register_rows, search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.quick_register import open_quick_register
from custadmin.storage.schema import AuditEntry, utcnow

NewAccountFactory = Callable[..., NewAccount]
F = ImportField

#: The sentinel: born 1937-04-13, serial 457, Luhn check digit 0 (a valid personnummer).
DIGITS = "3704134570"
CENTURY = "19"
MASKED = "370413-****"
PEPPOL = f"0007:{DIGITS}"
#: Every written form of the number; none may appear outside its own column.
FORMS = (DIGITS, f"{DIGITS[:6]}-{DIGITS[6:]}", f"{DIGITS[:6]}+{DIGITS[6:]}",
         CENTURY + DIGITS, f"{CENTURY}{DIGITS[:6]}-{DIGITS[6:]}")
#: The same, however separated (a space, a hyphen, a plus, nothing).
_ANY_FORM = re.compile(rf"(?:{CENTURY})?{DIGITS[:6]}[\s+-]?{DIGITS[6:]}")

AGENT = Actor(None, "Eva Agent", OperatorRole.SUPPORT_AGENT)
ADMIN = Actor(None, "Ada Admin", OperatorRole.ADMINISTRATOR)
READER = Actor(None, "Rut Reader", OperatorRole.READ_ONLY)

HEADER = ["Kundnummer", "Företag", "Land", "Org.nr", "Peppol ID", "Förnamn", "Efternamn",
          "E-post", "Telefon", "Adress", "Postnummer", "Ort"]


def leaks(text_: str) -> list[str]:
    """The sentinel's full digits wherever they stand in ``text_`` (empty: none)."""
    found = [form for form in FORMS if form in text_]
    found += _ANY_FORM.findall(text_)
    return found


def assert_nowhere(where: str, texts: Iterable[str]) -> None:
    for value in texts:
        assert not leaks(value), f"{where} holds the personal identity number: {value!r}"


def sole_trader_row(ref: str, email: str, org: str = f"{DIGITS[:6]}-{DIGITS[6:]}",
                    peppol: str = PEPPOL) -> list[str]:
    return [ref, "Öbergs Firma", "SE", org, peppol, "Åsa", "Öberg", email, "070-123 45 67",
            "Storgatan 1", "111 22", "Malmö"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def file_texts(path: Path) -> list[str]:
    """Every cell of a CSV or XLSX export (and the CSV's raw text)."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return [str(c) for row in book.worksheets[0].iter_rows(values_only=True)
                    for c in row if c is not None]
        finally:
            book.close()
    raw = path.read_text(encoding="utf-8-sig")
    return [raw, *(cell for row in csv.reader(io.StringIO(raw)) for cell in row)]


def export_rows(path: Path) -> list[dict[ImportField, str]]:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            rows = [["" if c is None else str(c) for c in row]
                    for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    return [dict(zip(FIELDS, row, strict=True)) for row in rows[1:]]


def audit_dump(db: Workspace) -> list[str]:
    with db.reading() as uow:
        return [" ".join(str(v) for v in row)
                for row in uow.session.execute(text("SELECT * FROM audit_entry"))]


def export_entries(db: Workspace) -> list[Any]:
    """The audit rows of exports with full numbers (plain rows), oldest first."""
    audit = AuditEntry.__table__
    with db.reading() as uow:
        return list(uow.session.execute(select(*audit.c).where(
            audit.c.table_name == REGISTER_EXPORT).order_by(audit.c.id)))


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything custadmin logs at DEBUG, and SQLAlchemy's statement log (echo) too."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    return caplog


def test_a_personal_identity_number_appears_in_full_only_in_its_own_column(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path,
    captured: pytest.LogCaptureFixture,
) -> None:
    agent, admin = db.acting(AGENT), db.acting(ADMIN)
    main = new_account(email="asa@oberg.se").main_contact

    # --- created, changed and deleted through the forms (the flush hook) -------------
    created = create_account(agent, NewAccount(
        AccountInput(name="Åsa Öbergs Firma", country="SE",
                     org_number=f"{CENTURY}{DIGITS[:6]}-{DIGITS[6:]}", peppol_id=PEPPOL),
        main))
    assert (created.org_number, created.peppol_id) == (DIGITS, PEPPOL)  # its own columns
    changed = update_account_details(agent, created.token, dataclasses.replace(
        created.as_input(), name="Öbergs Handel", peppol_id=""), created.main_contact.as_input())
    changed = update_account_details(agent, changed.token, dataclasses.replace(
        changed.as_input(), peppol_id=PEPPOL), changed.main_contact.as_input())
    delete_account(admin, changed.token)

    # --- imported (the bulk path), then reported as stored and as differing ---------
    source = write_csv(tmp_path / "in.csv", [sole_trader_row("1", "asa@oberg.se")])
    plan = plan_import(admin, source)
    assert plan.problems == ()
    commit_import(admin, plan)
    (account_id,) = search_register(db, RegisterQuery(DIGITS))
    imported = load_account(db, account_id)
    assert (imported.org_number, imported.peppol_id) == (DIGITS, PEPPOL)
    update_account_details(agent, imported.token, dataclasses.replace(
        imported.as_input(), name="Öbergs Handel och Service"),
        imported.main_contact.as_input())

    again = plan_import(admin, source)
    differing = plan_import(admin, write_csv(tmp_path / "differs.csv", [
        sole_trader_row("7", "a@x.se", org=CENTURY + DIGITS),
        sole_trader_row("7", "b@x.se", org=DIGITS, peppol=f"0007:{DIGITS}"),
        sole_trader_row("8", "c@x.se", org=f"{DIGITS[:6]}-{DIGITS[6:]}",
                        peppol="0007:5560360793"),
    ]))
    report = tmp_path / "report.csv"
    write_report(report, [*again.problems, *differing.problems])
    stored = next(p for p in again.problems if p.field is F.ORG_NUMBER)
    assert f"(SE {MASKED})" in stored.message
    assert any(p.field is F.ORG_NUMBER and MASKED in p.message for p in differing.problems)
    assert_nowhere("the import report", [
        *(" ".join(row) for row in problem_rows([*again.problems, *differing.problems])),
        report.read_text(encoding="utf-8-sig")])

    # --- the register's lists -----------------------------------------------------------
    ids = list(search_register(db, RegisterQuery()))
    rows = register_rows(db, ids)
    (row,) = [r for r in rows if r.id == account_id]
    assert row.org_number == MASKED
    stored_rows = DatabaseRegister(db).stored_rows(ids)
    cells = [c for r in stored_rows for c in r.cells()]
    assert MASKED in cells
    assert_nowhere("the register rows", [repr(r) for r in rows])
    assert_nowhere("the register cells", [*cells, *(repr(r) for r in stored_rows)])
    if db.dialect == "sqlite":
        quick = open_quick_register(Path(str(db.engine.url.database)))
        assert quick is not None
        quick_cells = [c for r in quick.stored_rows(ids) for c in r.cells()]
        assert quick_cells == cells
        assert_nowhere("the quick register", quick_cells)

    # --- exports: masked by default, for anyone --------------------------------------
    for name in ("masked.csv", "masked.xlsx"):
        path = tmp_path / name
        export_register(agent, path)
        assert_nowhere(f"the export {name}", file_texts(path))
        (exported,) = [r for r in export_rows(path) if r[F.ACCOUNT_NAME].startswith("Öbergs")]
        assert (exported[F.ORG_NUMBER], exported[F.PEPPOL_ID]) == (MASKED, f"0007:{MASKED}")
    assert export_entries(db) == []  # a masked export is no event for the audit trail

    # --- full numbers: refused to anyone but an administrator -------------------------
    for actor in (AGENT, READER):
        with pytest.raises(NotPermitted):
            export_register(db.acting(actor), tmp_path / "refused.csv",
                            full_identity_numbers=True)
    assert not (tmp_path / "refused.csv").exists()
    assert export_entries(db) == []

    # --- ... and given to one who asks, in their own columns, and audited -------------
    for name in ("full.csv", "full.xlsx"):
        path = tmp_path / name
        result = export_register(admin, path, full_identity_numbers=True)
        assert result.full_identity_numbers
        exported_rows = export_rows(path)
        (exported,) = [r for r in exported_rows if r[F.ACCOUNT_NAME].startswith("Öbergs")]
        assert (exported[F.ORG_NUMBER], exported[F.PEPPOL_ID]) == (
            f"{DIGITS[:6]}-{DIGITS[6:]}", PEPPOL)
        others = [v for r in exported_rows for f, v in r.items()
                  if f not in (F.ORG_NUMBER, F.PEPPOL_ID)]
        assert_nowhere(f"the other columns of {name}", others)
    entries = export_entries(db)
    assert [(e.operator_name, e.action, e.account_id) for e in entries] == [
        ("Ada Admin", "insert", None)] * 2
    for entry, name in zip(entries, ("full.csv", "full.xlsx"), strict=True):
        recorded = json.loads(entry.changes)
        assert entry.object_id == name
        assert recorded["full_identity_numbers"] == [None, True]
        assert recorded["rows"] == [None, 1] and recorded["accounts"] == [None, 1]
        assert recorded["file"][1].endswith(name)
        assert entry.at is not None

    # --- the audit trail: its rows, and what the audit-trail service shows ------------
    dump = audit_dump(db)
    assert_nowhere("the audit trail's rows", dump)
    assert any(MASKED in row for row in dump)
    assert any(f"0007:{MASKED}" in row for row in dump)
    lines = search_audit(admin)
    history = account_history(admin, account_id)
    trail = tmp_path / "audit.csv"
    export_audit(lines, trail)
    shown = [" | ".join((ln.sentence(), ln.what, ln.before, ln.after)) for ln in
             (*lines, *history)]
    assert_nowhere("the audit-trail service", [*shown, trail.read_text(encoding="utf-8-sig")])
    assert any("Full personal identity numbers" in ln.field for ln in lines)

    # --- logs, at DEBUG, of all of the above --------------------------------------------
    assert captured.records, "something was logged (the capture works)"
    assert_nowhere("the log", [captured.text, *(r.getMessage() for r in captured.records)])


def test_an_older_audit_entry_with_the_number_in_clear_is_shown_masked(db: Workspace) -> None:
    # Entries written before the trail masked Peppol IDs cannot be changed
    # (migration 0005): the audit-trail service masks them when it shows them.
    with db.writing() as uow:
        uow.session.add(AuditEntry(
            at=utcnow(), operator_name="Before", table_name="account", object_id="1",
            account_id=1, action="update",
            changes=json.dumps({"peppol_id": ["", PEPPOL], "org_number": ["", DIGITS]})))
        uow.commit()
    lines = search_audit(db)
    assert {(ln.field, ln.after) for ln in lines} == {
        ("Organisation number", MASKED), ("Peppol ID", f"0007:{MASKED}")}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_full_export_whose_audit_entry_fails_leaves_no_file(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path, suffix: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from custadmin.services import exporter

    create_account(db, NewAccount(AccountInput(name="Firma", country="SE", org_number=DIGITS),
                                  new_account().main_contact))

    def busy(*_args: object) -> None:  # the database refuses the entry
        raise StorageError(Message("database.busy"))

    monkeypatch.setattr(exporter, "_record_full_export", busy)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StorageError):
        export_register(db.acting(ADMIN), folder / f"full{suffix}", full_identity_numbers=True)
    assert list(folder.iterdir()) == []


def test_the_register_search_still_finds_the_number_typed_in_full(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    created = create_account(db, NewAccount(
        AccountInput(name="Firma", country="SE", org_number=f"{DIGITS[:6]}-{DIGITS[6:]}"),
        new_account().main_contact))
    for typed in (DIGITS, f"{DIGITS[:6]}-{DIGITS[6:]}"):
        assert search_register(db, RegisterQuery(typed, RegisterColumn.NAME)).tolist() == [
            created.id]


def test_the_cli_exports_full_numbers_only_for_an_administrator_who_asks(
    tmp_path: Path, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from custadmin import cli
    from factories import open_workspace

    database = str(tmp_path / "cli.sqlite3")
    db = open_workspace(database)
    try:
        create_account(db, NewAccount(
            AccountInput(name="Firma", country="SE", org_number=DIGITS, peppol_id=PEPPOL),
            new_account().main_contact))
    finally:
        db.dispose()
    # The computer's first user is the database's administrator; the next is read-only.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LOGNAME", "ada")
    masked, full = tmp_path / "masked.csv", tmp_path / "full.csv"
    assert cli.main(["export", str(masked), "--database", database]) == cli.EXIT_OK
    assert_nowhere("a CLI export", file_texts(masked))
    assert cli.main(["export", str(full), "--database", database,
                     "--full-identity-numbers"]) == cli.EXIT_OK
    assert PEPPOL in full.read_text(encoding="utf-8-sig")
    assert "recorded in the audit trail" in capsys.readouterr().out

    monkeypatch.setenv("LOGNAME", "rut")
    refused = tmp_path / "refused.csv"
    assert cli.main(["export", str(refused), "--database", database,
                     "--full-identity-numbers"]) == cli.EXIT_DATABASE
    assert "exporting full personal identity numbers" in capsys.readouterr().err
    assert not refused.exists()

    db = open_workspace(database)
    try:
        assert [(e.operator_name, e.object_id) for e in export_entries(db)] == [
            ("ada", "full.csv")]
        assert_nowhere("the audit trail's rows", audit_dump(db))
    finally:
        db.dispose()
