"""Import and export services on real databases (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from custadmin.domain import identifiers
from custadmin.domain.accounts import ContactChange, NewAccount
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole, Permission
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.domain.transfer import FIELD_LABELS, FIELDS, ImportField
from custadmin.services import importer, spool
from custadmin.services.accounts import bulk_create_accounts, create_account, load_account
from custadmin.services.demo import generate_demo_accounts
from custadmin.services.exporter import ExportCancelled, export_register
from custadmin.services.importer import (
    ImportCancelled,
    commit_import,
    plan_import,
    preview_file,
    write_report,
)
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, AuditEntry, Contact, Login
from factories import open_workspace

F = ImportField
NewAccountFactory = Callable[..., NewAccount]
HEADER = ["Kundnummer", "Företag", "Land", "Org.nr", "Förnamn", "Efternamn", "E-post",
          "Telefon", "Adress", "Postnummer", "Ort"]


def counts(db: Workspace) -> tuple[int, int]:
    with db.reading() as uow:
        accounts = uow.session.execute(select(func.count()).select_from(Account)).scalar_one()
        contacts = uow.session.execute(select(func.count()).select_from(Contact)).scalar_one()
    return int(accounts), int(contacts)


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER,
              encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def person(ref: str, company: str, first: str, email: str, *, org: str = "",
           phone: str = "070-123 45 67", country: str = "SE") -> list[str]:
    postcode = {"SE": "111 22", "FI": "00100"}.get(country, "0150")
    return [ref, company, country, org, first, "Lind", email, phone, "Storgatan 1", postcode,
            "Stockholm"]


def test_plan_then_commit_imports_accounts_with_their_contacts(
    db: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "in.csv", [
        person("1", "Hägg Bygg AB", "Anna", "anna@hagg.se", org="556036-0793"),
        person("1", "Hägg Bygg AB", "Per", "per@hagg.se", phone="+46 70 222 33 44"),
        person("2", "Lind Konsult", "Eva", "eva@lind.se"),
    ])
    plan = plan_import(db, path)
    assert plan.problems == ()
    assert (plan.rows, len(plan.accounts), plan.valid_rows) == (3, 2, 3)
    assert counts(db) == (0, 0)  # planning writes nothing

    seen: list[tuple[int, int]] = []
    result = commit_import(db, plan, progress=lambda d, t: seen.append((d, t)))
    assert (result.accounts, result.contacts) == (2, 3)
    assert seen[-1] == (3, 3)
    assert counts(db) == (2, 3)
    (hagg_id,) = search_register(db, RegisterQuery("hägg"))
    # The search finds imported accounts by any contact (the search index was
    # written with them): here by the extra contact's email and phone.
    assert search_register(db, RegisterQuery("per@hagg")).tolist() == [hagg_id]
    assert search_register(db, RegisterQuery("070-222 33")).tolist() == [hagg_id]
    hagg = load_account(db, hagg_id)
    assert hagg.org_number == "5560360793"
    assert hagg.main_contact.first_name == "Anna"
    assert hagg.customer_number == result.first_customer_number
    per = next(c for c in hagg.contacts if not c.is_main)
    assert per.phone == "+46702223344"
    # R3: an extra contact has no rights, no emails and no portal access.
    assert per.email_categories == frozenset() and not per.portal_access and not per.rights


def test_duplicates_in_the_file_and_in_the_database(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path
) -> None:
    create_account(db, new_account(name="Stored AB", org_number="556036-0793"))
    before = counts(db)
    path = write_csv(tmp_path / "dups.csv", [
        person("1", "Already There AB", "Anna", "anna@a.se", org="5560360793"),   # line 2
        person("2", "Norsk AS", "Ola", "ola@n.no", org="974760673", country="NO",
               phone="+47 923 21 761"),                                          # line 3
        person("3", "Norsk Kopi AS", "Kari", "kari@n.no", org="974 760 673", country="NO",
               phone="+47 923 21 762"),                                           # line 4
        person("4", "Email Twice AB", "Eva", "eva@e.se"),                          # line 5
        person("4", "Email Twice AB", "Eva", "EVA@e.se"),                          # line 6
        person("5", "Shares An Email AB", "Anna", "anna@a.se"),                    # line 7
    ])
    plan = plan_import(db, path)
    bad = {(p.line, p.field): p.message for p in plan.problems}
    assert "already stored: customer number 10001" in bad[(2, F.ORG_NUMBER)]
    assert "as the account on line 4" in bad[(3, F.ORG_NUMBER)]
    assert "as the account on line 3" in bad[(4, F.ORG_NUMBER)]
    assert "The same email as line 5" in bad[(6, F.EMAIL)]
    assert (5, None) in bad  # the account of line 6, refused as a whole
    # R9: one email may serve several accounts: line 7 is no duplicate.
    assert not any(p.line == 7 for p in plan.problems)
    assert len(plan.accounts) == 1
    commit_import(db, plan)
    assert counts(db) == (before[0] + 1, before[1] + 1)


def test_a_file_checked_in_many_chunks_gives_the_plan_of_one_chunk(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows and checked accounts are spooled a chunk at a time (to disk past
    a few bytes here): an account's rows far apart, organisation numbers
    repeated in different chunks and one stored already must come out as
    when the whole file is one chunk."""
    create_account(db, new_account(name="Stored AB", org_number="556036-0793"))
    rows = [person(str(n % 7), f"Ref {n % 7} AB", "Anna", f"a{n}@k.se") if n % 3 else
            person("", f"Kund {n} AB", "Bo", f"b{n}@k.se", phone="12" if n == 30 else
                   "070-123 45 67")
            for n in range(60)]
    rows[6][3] = "5560360793"  # stored already (line 8)
    rows[9][3] = rows[51][3] = "556016-0680"  # twice in the file, chunks apart (11, 53)
    path = write_csv(tmp_path / "chunks.csv", rows)
    whole = plan_import(db, path, workers=1)
    monkeypatch.setattr(importer, "CHUNK_ROWS", 4)
    monkeypatch.setattr(spool, "MEMORY_BYTES", 64)
    monkeypatch.setattr(spool.Spool.__init__, "__defaults__", (64,))
    chunked = plan_import(db, path, workers=1)
    assert isinstance(chunked.accounts, spool.Spool) and chunked.accounts.chunk_count > 3
    assert chunked.accounts._file._rolled
    assert list(chunked.accounts) == list(whole.accounts)
    assert chunked.problems == whole.problems
    assert (chunked.valid_rows, chunked.rejected_lines) == (whole.valid_rows,
                                                            whole.rejected_lines)
    bad = {(p.line, p.field) for p in chunked.problems}
    assert bad == {(8, F.ORG_NUMBER), (11, F.ORG_NUMBER), (53, F.ORG_NUMBER), (32, F.PHONE)}
    # References 0…6 gather their rows from the whole file and keep their
    # place (where each first appears); the other rows are accounts of their own.
    firsts = [a.lines[0] for a in chunked.accounts]
    assert firsts == sorted(firsts) and len(firsts) == 7 + 20 - 4
    assert [a.lines for a in chunked.accounts][1:3] == [
        tuple(n + 2 for n in range(1, 60, 7) if n % 3),
        tuple(n + 2 for n in range(2, 60, 7) if n % 3)]
    result = commit_import(db, chunked, batch_size=3)
    assert (result.accounts, result.contacts) == (len(whole.accounts), whole.valid_rows)


def test_values_repeated_across_rows_are_validated_once(
    db: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import email_validator
    import phonenumbers

    calls = {"phone": 0, "email": 0}
    parse, validate = phonenumbers.parse, email_validator.validate_email

    def counted_parse(*args: object, **kwargs: object) -> object:
        calls["phone"] += 1
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    def counted_validate(*args: object, **kwargs: object) -> object:
        calls["email"] += 1
        return validate(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(phonenumbers, "parse", counted_parse)
    monkeypatch.setattr(email_validator, "validate_email", counted_validate)
    identifiers.normalize_phone.cache_clear()
    identifiers.normalize_email.cache_clear()
    # A bureau's email and a switchboard's number on forty accounts.
    rows = [person("", f"Klient {n} AB", "Anna", "ekonomi@byran.se",
                   phone="08-123 456 78" if n % 2 else "070-123 45 67") for n in range(40)]
    plan = plan_import(db, write_csv(tmp_path / "same.csv", rows), workers=1)
    assert len(plan.accounts) == 40 and not plan.problems
    assert calls == {"phone": 2, "email": 1}
    assert {a.contacts[0].phone for a in plan.accounts} == {"+46812345678", "+46701234567"}


def test_line_numbers_count_records_as_a_spreadsheet_does(db: Workspace, tmp_path: Path) -> None:
    good = person("", "A AB", "Anna", "anna@a.se")
    multi = person("", "B AB", "Bo", "bo@b.se")
    multi[8] = "Storgatan 1\nPlan 3"  # a quoted line break: still one spreadsheet row
    bad = person("", "C AB", "Cia", "not-an-email")
    path = write_csv(tmp_path / "lines.csv", [good, multi, [], bad])
    plan = plan_import(db, path)
    assert plan.rows == 3  # the blank row is not a data row
    by_line = {p.line: p for p in plan.problems}
    assert by_line[3].field is F.ADDRESS_LINE1 and "control character" in by_line[3].message
    assert by_line[5].field is F.EMAIL
    assert set(by_line) == {3, 5}


def test_missing_columns_are_one_file_level_problem(db: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "few.csv", [["Anna", "x"]], header=["Förnamn", "Anything"])
    plan = plan_import(db, path)
    assert plan.fatal and plan.accounts == ()
    missing = {p.field for p in plan.problems}
    assert {F.ACCOUNT_NAME, F.EMAIL, F.PHONE, F.CITY} <= missing
    assert all(p.line == 1 for p in plan.problems)
    assert "No column holds Email" in next(p.message for p in plan.problems if p.field is F.EMAIL)


def test_an_explicit_mapping_replaces_the_guess(db: Workspace, tmp_path: Path) -> None:
    header = ["Namn", "Land", "Kontaktperson", "Efternamn", "Mejladress", "Telefon", "Adress",
              "Postnummer", "Ort"]
    path = write_csv(tmp_path / "m.csv", [["A AB", "SE", "Anna", "Lind", "anna@a.se",
                                           "070-123 45 67", "Gatan 1", "111 22", "Ort"]],
                     header=header, delimiter=";")
    preview = preview_file(path)
    assert preview.headers == tuple(header)
    assert preview.rows[0][0] == "A AB"
    assert F.FIRST_NAME not in preview.mapping
    mapping = {**preview.mapping, F.FIRST_NAME: 2, F.EMAIL: 4}
    plan = plan_import(db, path, mapping)
    assert plan.problems == () and len(plan.accounts) == 1


@pytest.mark.parametrize(("data", "message"), [
    (b"", "The file is empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "Excel 97"),
    (b"%PDF-1.7 ...", "PDF"),
    (b"PK\x03\x04not really a zip", "not a readable Excel workbook"),
    (b"Name,\x81\x8d\x8f\x90\x9d\n", "neither UTF-8 nor Windows-1252"),
    (b"\xef\xbb\xbfName\n\xff\xfe", "says it is UTF-8"),
])
def test_files_that_are_not_tables_are_refused_as_a_whole(
    db: Workspace, tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    plan = plan_import(db, path)
    assert plan.fatal and plan.accounts == ()
    assert message in plan.problems[0].message
    assert preview_file(path).problems


def test_windows_1252_and_utf16_files_are_read(db: Workspace, tmp_path: Path) -> None:
    rows = [person("", "Hägg Bygg AB", "Åsa", "asa@hagg.se")]
    plan = plan_import(db, write_csv(tmp_path / "cp.csv", rows, encoding="cp1252"))
    assert plan.problems == ()
    assert plan.accounts[0].account.name == "Hägg Bygg AB"
    assert "Windows-1252" in plan.notes[0]
    plan = plan_import(db, write_csv(tmp_path / "u16.csv", rows, encoding="utf-16"))
    assert plan.problems == () and plan.notes == ()
    assert plan.accounts[0].contacts[0].first_name == "Åsa"


def test_damaged_rows_become_row_problems(db: Workspace, tmp_path: Path) -> None:
    good = person("", "Good AB", "Anna", "anna@a.se")
    nul = person("", "Nul\x00 AB", "Bo", "bo@b.se")
    huge = person("", "Huge AB", "Cia", "cia@c.se")
    huge[5] = "x" * 200_000  # beyond the csv module's field limit
    ragged = ["", "Short AB", "SE"]
    extra = [*person("", "Extra AB", "Dan", "dan@d.se"), "surplus"]
    path = write_csv(tmp_path / "damaged.csv", [good, nul, huge, ragged, extra])
    plan = plan_import(db, path)
    by_line: dict[int, set[ImportField | None]] = {}
    for p in plan.problems:
        by_line.setdefault(p.line, set()).add(p.field)
    assert F.ACCOUNT_NAME in by_line[3]
    assert by_line[4] == {None}  # cannot be read: too long
    assert {F.FIRST_NAME, F.EMAIL, F.CITY} <= by_line[5]
    assert by_line[6] == {None}  # more cells than the header
    assert [a.lines for a in plan.accounts] == [(2,)]


def test_a_broken_line_refuses_its_whole_account(db: Workspace, tmp_path: Path) -> None:
    extra = [*person("9", "Extra AB", "Dan", "dan@d.se"), "surplus"]
    path = write_csv(tmp_path / "b.csv", [person("9", "Extra AB", "Eva", "eva@d.se"), extra])
    plan = plan_import(db, path)
    assert plan.accounts == ()
    assert [(p.line, p.knock_on) for p in plan.problems] == [(2, True), (3, False)]


def test_xlsx_with_numbers_and_gaps(db: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["1", "Hägg Bygg AB", "SE", 5560360793, "Anna", "Lind", "anna@hagg.se",
                  "+46701234567", "Storgatan 1", 11122, "Stockholm"])
    sheet.append([])
    sheet.append([2, "Norsk AS", "NO", 974760673, "Ola", "Nord", "ola@n.no", 4792321761,
                  "Gata 1", 150, "Oslo"])
    book.save(tmp_path / "in.xlsx")
    plan = plan_import(db, tmp_path / "in.xlsx")
    assert [a.lines for a in plan.accounts] == [(2,)]
    # A number cell loses a leading zero: Oslo's 0150 became 150, and is refused.
    assert {(p.line, p.field) for p in plan.problems} == {(4, F.POSTCODE)}


def test_worker_processes_give_the_same_plan(db: Workspace, tmp_path: Path) -> None:
    rows = [person("", f"Kund {i} AB", "Anna", f"anna{i}@k.se",
                   phone="070-123 45 67" if i % 7 else "12") for i in range(60)]
    path = write_csv(tmp_path / "w.csv", rows)
    here = plan_import(db, path, workers=1)
    pooled = plan_import(db, path, workers=2)
    assert list(pooled.accounts) == list(here.accounts)
    assert pooled.problems == here.problems
    assert len(here.problems) == 9


def test_workers_that_die_leave_their_rows_to_be_validated_here(
    db: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    class DyingPool(ProcessPoolExecutor):
        """Each worker exits as it starts, as one killed for lack of memory would."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.update(initializer=os._exit, initargs=(3,))
            super().__init__(*args, **kwargs)

    rows = [person("", f"Kund {i} AB", "Anna", f"anna{i}@k.se",
                   phone="070-123 45 67" if i % 7 else "12") for i in range(60)]
    path = write_csv(tmp_path / "d.csv", rows)
    here = plan_import(db, path, workers=1)
    monkeypatch.setattr(importer, "CHUNK_ROWS", 7)
    monkeypatch.setattr(importer, "ProcessPoolExecutor", DyingPool)
    with caplog.at_level(logging.WARNING, logger="custadmin.services.importer"):
        pooled = plan_import(db, path, workers=2)
    assert list(pooled.accounts) == list(here.accounts) and len(here.accounts) == 51
    assert pooled.problems == here.problems
    assert sum("validating here" in r.getMessage() for r in caplog.records) == 1


def test_cancelling_the_commit_after_a_batch_leaves_nothing(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path
) -> None:
    create_account(db, new_account(name="Before AB"))
    before = counts(db)
    path = write_csv(tmp_path / "c.csv", [person("", f"Kund {i}", "Anna", f"a{i}@k.se")
                                          for i in range(30)])
    plan = plan_import(db, path)
    stop = threading.Event()
    batches: list[int] = []

    def progress(done: int, _total: int) -> None:
        batches.append(done)
        stop.set()  # cancel once the first batch is written

    with pytest.raises(ImportCancelled):
        commit_import(db, plan, batch_size=10, progress=progress, cancel=stop.is_set)
    assert batches == [10]
    assert counts(db) == before
    # The customer-number counter was rolled back too.
    assert create_account(db, new_account()).customer_number == 10002


def test_cancelling_the_plan_stops_it(db: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [person("", f"K {i}", "A", f"a{i}@k.se")
                                          for i in range(5)])
    with pytest.raises(ImportCancelled):
        plan_import(db, path, cancel=lambda: True)


def test_report_is_saved_as_csv(db: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [person("", "=cmd|' /C calc'!A0", "A", "nope")])
    plan = plan_import(db, path)
    write_report(tmp_path / "report.csv", plan.problems)
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Line", "Field", "Value", "Problem"]
    assert lines[1][:3] == ["2", "Email", "nope"]  # the refused value, as the file has it


# --- export ---------------------------------------------------------------------------


def read_back(path: Path) -> list[list[str]]:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        rows = [["" if v is None else str(v) for v in row]
                for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
        return rows
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_escapes_formula_cells(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path, suffix: str
) -> None:
    create_account(db, new_account(
        name="=HYPERLINK(\"http://evil\")", first_name="+Plus", last_name="-Minus",
        address_line1="@SUM(A1)", city="'=quoted"))
    path = tmp_path / f"out{suffix}"
    result = export_register(db, path)
    assert (result.accounts, result.rows) == (1, 1)
    header, row = read_back(path)
    assert header == [FIELD_LABELS[f] for f in FIELDS]
    cell = dict(zip(FIELDS, row, strict=True))
    assert cell[F.ACCOUNT_NAME] == "'=HYPERLINK(\"http://evil\")"
    assert cell[F.FIRST_NAME] == "'+Plus"
    assert cell[F.LAST_NAME] == "'-Minus"
    assert cell[F.ADDRESS_LINE1] == "'@SUM(A1)"
    assert cell[F.CITY] == "''=quoted"
    assert cell[F.PHONE] == "'+46701234567"
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        # strings, never formulas
        assert all(c.data_type == "s" for c in sheet[2] if c.value is not None)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_of_demo_accounts(db: Workspace, tmp_path: Path, suffix: str) -> None:
    source_db = db
    bulk_create_accounts(source_db, generate_demo_accounts(40, seed=3))
    # Extra contacts too, and the main contact not first by name.
    first_id = search_register(source_db, RegisterQuery(sort=RegisterColumn.CUSTOMER_NUMBER))[0]
    first = load_account(source_db, first_id)
    from custadmin.services.contacts import save_contact

    extra = dataclasses.replace(first.main_contact.as_input(), first_name="Aaron",
                                email="aaron@example.se", phone="+46 70 999 88 77")
    save_contact(source_db, first.id, None, ContactChange(extra, frozenset()))
    path = tmp_path / f"register{suffix}"
    export_register(source_db, path)

    target = tmp_path / "target.sqlite3"
    empty = open_workspace(str(target))
    try:
        plan = plan_import(empty, path)
        assert plan.problems == ()
        commit_import(empty, plan)
        assert counts(empty) == counts(source_db) == (40, 41)
        query = RegisterQuery(sort=RegisterColumn.CUSTOMER_NUMBER)
        for old_id, new_id in zip(search_register(source_db, query),
                                  search_register(empty, query), strict=True):
            old, new = load_account(source_db, old_id), load_account(empty, new_id)
            assert new.as_input() == old.as_input()
            assert [c.as_input() for c in new.contacts] == [c.as_input() for c in old.contacts]
            assert new.main_contact.as_input() == old.main_contact.as_input()
    finally:
        empty.dispose()


def test_export_of_a_search_result_in_its_order(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path
) -> None:
    for name in ("Beta Hägg AB", "Alfa Hägg AB", "Other AB"):
        create_account(db, new_account(name=name))
    query = RegisterQuery("hägg", RegisterColumn.NAME, descending=True)
    result = export_register(db, tmp_path / "s.csv", query)
    rows = read_back(tmp_path / "s.csv")[1:]
    assert result.accounts == 2
    assert [r[2] for r in rows] == ["Beta Hägg AB", "Alfa Hägg AB"]


def test_export_never_holds_passwords(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path
) -> None:
    from custadmin.domain.portal import PortalAccessChange
    from custadmin.services.contacts import save_contact

    account = create_account(db, new_account())
    save_contact(db, account.id, account.main_contact.token,
                 ContactChange(account.main_contact.as_input(), frozenset(), PortalAccessChange(
                     enabled=True, new_password="Tr0ub4dor&3-horse-staple")))
    with db.reading() as uow:
        hashes = [h for h in uow.session.scalars(select(Login.password_hash)) if h]
    assert hashes
    export_register(db, tmp_path / "p.csv")
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "argon2" not in text and hashes[0] not in text
    assert "Tr0ub4dor" not in text


# --- personal identity numbers (R31, R32): masked unless an administrator asks --------

SOLE_TRADER = "8803200016"
ADMIN = Actor(None, "Ada Admin", OperatorRole.ADMINISTRATOR)


def _sole_trader_and_company(db: Workspace, new_account: NewAccountFactory) -> None:
    create_account(db, new_account(name="Öbergs Firma", org_number="19880320-0016",
                                   email="asa@oberg.se"))
    company = new_account(name="Hägg Bygg AB", org_number="556036-0793")
    create_account(db, dataclasses.replace(company, account=dataclasses.replace(
        company.account, peppol_id="0007:5560360793")))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_masks_personal_identity_numbers_and_says_so_on_import(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path, suffix: str
) -> None:
    _sole_trader_and_company(db, new_account)
    path = tmp_path / f"masked{suffix}"
    result = export_register(db, path)
    assert not result.full_identity_numbers
    cells = {row[2]: dict(zip(FIELDS, row, strict=True)) for row in read_back(path)[1:]}
    assert cells["Öbergs Firma"][F.ORG_NUMBER] == "880320-****"
    # A legal entity's number names no person: in full, as before.
    assert cells["Hägg Bygg AB"][F.ORG_NUMBER] == "556036-0793"
    assert cells["Hägg Bygg AB"][F.PEPPOL_ID] == "0007:5560360793"

    empty = open_workspace(str(tmp_path / "target.sqlite3"))
    try:
        plan = plan_import(empty, path)
        # The masked number is refused as masked, not as "wrong digits".
        assert [(p.line, p.field, p.message.code) for p in plan.problems  # type: ignore[attr-defined]
                ] == [(2, F.ORG_NUMBER, "personal_number.masked")]
        assert [a.account.name for a in plan.accounts] == ["Hägg Bygg AB"]
    finally:
        empty.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_administrators_full_export_imports_again(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path, suffix: str
) -> None:
    _sole_trader_and_company(db, new_account)
    path = tmp_path / f"full{suffix}"
    result = export_register(db.acting(ADMIN), path, full_identity_numbers=True)
    assert result.full_identity_numbers and (result.accounts, result.rows) == (2, 2)
    empty = open_workspace(str(tmp_path / "target.sqlite3"))
    try:
        plan = plan_import(empty, path)
        assert plan.problems == ()
        commit_import(empty, plan)
        with empty.reading() as uow:
            stored = set(uow.session.scalars(select(Account.org_number)))
        assert stored == {SOLE_TRADER, "5560360793"}
    finally:
        empty.dispose()


@pytest.mark.parametrize("role", [OperatorRole.SUPPORT_AGENT, OperatorRole.READ_ONLY])
def test_full_identity_numbers_are_refused_to_a_non_administrator(
    db: Workspace, new_account: NewAccountFactory, tmp_path: Path, role: OperatorRole
) -> None:
    _sole_trader_and_company(db, new_account)
    with db.reading() as uow:
        entries_before = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotPermitted) as info:
        export_register(db.acting(Actor(None, "Eva", role)), folder / "full.csv",
                        full_identity_numbers=True)
    assert info.value.permission is Permission.EXPORT_IDENTITY_NUMBERS
    assert "administrator" in info.value.message
    assert list(folder.iterdir()) == []
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == entries_before


def test_cancelled_export_leaves_no_file(db: Workspace, tmp_path: Path) -> None:
    bulk_create_accounts(db, generate_demo_accounts(30, seed=1))
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("out.xlsx", "out.csv"):
        with pytest.raises(ExportCancelled):
            export_register(db, folder / name, cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_a_workbook_damaged_inside_is_refused_as_a_whole(db: Workspace, tmp_path: Path) -> None:
    import zipfile

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for i in range(60):
        sheet.append(person("", f"Kund {i} AB", "Anna", f"a{i}@k.se"))
    book.save(tmp_path / "good.xlsx")
    with zipfile.ZipFile(tmp_path / "good.xlsx") as good, \
            zipfile.ZipFile(tmp_path / "cut.xlsx", "w") as cut:
        for name in good.namelist():
            data = good.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # the sheet's XML ends half way
            cut.writestr(name, data)
    plan = plan_import(db, tmp_path / "cut.xlsx")
    assert plan.fatal and plan.accounts == ()
    assert "The worksheet is damaged after line" in plan.problems[0].message
    commit_import(db, plan)
    assert counts(db) == (0, 0)
