"""The importer fuzzed: damaged input never raises out of it and never leaves half an import.

One SQLite database for the whole run (hypothesis and function-scoped
fixtures do not mix); every example compares the row counts before and
after, so each checks its own effect whatever earlier examples stored.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from custadmin.services.importer import ImportCancelled, commit_import, plan_import
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, Contact
from factories import open_workspace

HEADER = ["Customer number", "Main contact", "Account name", "Country", "Organisation number",
          "First name", "Last name", "Email", "Phone", "Address line 1", "Postcode", "City"]
GOOD = [
    ["1", "yes", "Hägg Bygg AB", "SE", "556036-0793", "Anna", "Lind", "anna@hagg.se",
     "070-123 45 67", "Storgatan 1", "111 22", "Stockholm"],
    ["1", "", "Hägg Bygg AB", "SE", "", "Per", "Berg", "per@hagg.se", "+46 70 222 33 44",
     "Storgatan 1", "111 22", "Stockholm"],
    ["2", "", "Østergaard ApS", "DK", "13585628", "Lars", "Øster", "lars@oster.dk",
     "20 12 34 56", "Vestergade 2", "2100", "København"],
    ["", "", "Nord AS", "NO", "", "Kari", "Nord", "kari@nord.no", "+47 923 21 761", "Gata 1",
     "0150", "Oslo"],
    ["3", "ja", "Yritys Oy", "FI", "2077474-0", "Aino", "Virtanen", "aino@yritys.fi",
     "09-555 9994", "Katu 1", "00100", "Helsinki"],
]

nasty_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Lu"]),
            max_size=12),
    st.sampled_from(["\x00", "=1+1", "'+46701234567", "\r\n", '"', "x" * 140_000,
                     "a" * 300, "0007:556036-0793", "9955:SE556036079301", "0000000000",
                     "anna@@x", "", " "]),
)


@st.composite
def rows(draw: st.DrawFn) -> list[list[str]]:
    result: list[list[str]] = []
    for _ in range(draw(st.integers(0, 8))):
        row = list(draw(st.sampled_from(GOOD)))
        if draw(st.booleans()):
            row[0] = draw(st.sampled_from(["", "1", "2", "9", "x"]))
        for _ in range(draw(st.integers(0, 3))):
            row[draw(st.integers(0, len(row) - 1))] = draw(nasty_text)
        cut = draw(st.integers(0, 3))
        if cut == 1:
            row = row[: draw(st.integers(0, len(row)))]  # ragged
        elif cut == 2:
            row = [*row, draw(nasty_text)]  # a cell too many
        result.append(row)
    return result


@st.composite
def files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["csv", "csv", "csv", "bytes", "damaged"]))
    if kind == "bytes":
        prefix = draw(st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]))
        return prefix + draw(st.binary(max_size=400))
    header = list(HEADER)
    if draw(st.booleans()):
        for _ in range(draw(st.integers(1, 3))):
            header.pop(draw(st.integers(0, len(header) - 1)))  # missing columns
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    writer.writerow(header)
    writer.writerows(draw(rows()))
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if kind == "damaged" and data:
        for _ in range(draw(st.integers(1, 5))):
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + draw(st.binary(min_size=1, max_size=3)) + data[at + 1:]
    return data


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_workspace(os.path.join(folder, "fuzz.sqlite3"))
    yield db, folder
    db.dispose()


def counts(db: Workspace) -> tuple[int, int]:
    with db.reading() as uow:
        accounts = uow.session.execute(select(func.count()).select_from(Account)).scalar_one()
        contacts = uow.session.execute(select(func.count()).select_from(Contact)).scalar_one()
    return int(accounts), int(contacts)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=files(), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
       cancel_after=st.one_of(st.none(), st.integers(0, 2)))
def test_fuzzed_files_never_raise_and_never_leave_half_an_import(
    shared_db: tuple[Workspace, Path], data: bytes, suffix: str, cancel_after: int | None
) -> None:
    db, folder = shared_db
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    before = counts(db)

    plan = plan_import(db, path)  # never raises for anything in the file

    assert counts(db) == before
    if plan.fatal:
        assert plan.accounts == () and plan.problems
    assert all(p.line >= 0 and p.message for p in plan.problems)
    assert plan.valid_rows + plan.rejected_lines >= len(plan.accounts)
    batches = [0]

    def cancel() -> bool:
        batches[0] += 1
        return cancel_after is not None and batches[0] > cancel_after

    try:
        result = commit_import(db, plan, batch_size=1, cancel=cancel)
    except ImportCancelled:
        assert counts(db) == before  # cancelled: nothing at all
        return
    # Either every valid account wholly, or (nothing valid) nothing.
    assert (result.accounts, result.contacts) == (len(plan.accounts), plan.valid_rows)
    assert counts(db) == (before[0] + result.accounts, before[1] + result.contacts)
