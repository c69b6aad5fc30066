"""Benchmark of a bureau's matrices: opening client access at C consultants × K clients.

    python benchmarks/bureaus.py [--consultants 200] [--clients 5000] [--database URL] [--json]

Builds a bureau with C consultants (contacts with portal logins and the
Consultant role) and K active clients (created through
``bulk_create_accounts``), each consultant with access to 1 in 20 clients
and programs at a few, then times what the operator waits for, offscreen:

* ``access_read_ms``: ``access_matrix`` (the bureau, its users and roles, every
  client's own name and organisation number, the grants) on a worker's terms;
* ``access_open_ms``: the *Client access* tab from the click to the painted
  table (read, model, first paint);
* ``access_filter_ms``: typing a client's name into its search field, to paint;
* ``access_save_ms``: ticking one box and saving it (the service's conflict check
  reads every grant of the bureau);
* ``effective_open_ms``: the *Effective access* tab, read to paint.

Medians of ``--repeat`` runs (default 3). Peak memory is ``peak_rss_mb``. With
``--json`` the last line is one JSON object. Without ``--database`` a
temporary SQLite file is used; a PostgreSQL URL must name an empty database
(the schema is created and left; drop the database afterwards).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(text: str) -> None:
    print(text, flush=True)


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def build(url: str, consultants: int, clients: int) -> int:
    """The bureau with its consultants and clients; its account ID."""
    from sqlalchemy import insert, select

    from custadmin.domain.accounts import AccountInput, ContactInput, NewAccount
    from custadmin.domain.alphabet import name_keys
    from custadmin.services.accounts import bulk_create_accounts, create_account
    from custadmin.services.bureaus import set_bureau
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from custadmin.storage.schema import (
        Account,
        BureauClient,
        ClientAccess,
        Contact,
        ContactRole,
        Login,
        ProgramPermission,
        utcnow,
    )

    ws = Workspace(open_database(url))
    try:
        bureau = create_account(ws, NewAccount(
            AccountInput(name="Benchmark Redovisning AB", country="SE",
                         org_number="556677-8899"),
            ContactInput(first_name="Lina", last_name="Ek", email="lina@bench.example",
                         phone="070-111 22 33", address_line1="Kungsgatan 2",
                         postcode="111 43", city="Stockholm", country="SE")))
        set_bureau(ws, bureau.id, True)
        started = time.perf_counter()
        bulk_create_accounts(ws, generate_demo_accounts(clients, seed=17), batch_size=1000)
        _say(f"  {clients:,} client accounts created in {time.perf_counter() - started:.1f} s")
        rng = random.Random(5)
        with ws.writing() as uow:
            session = uow.session
            client_ids = list(session.scalars(select(Account.id).where(
                Account.id != bureau.id).order_by(Account.id)))
            now = utcnow()
            people = []
            for n in range(consultants):
                first, last = f"Konsult{n:03d}", rng.choice(["Ek", "Lind", "Berg", "Holm"])
                email = f"konsult{n:03d}@bench.example"
                login = Login(username=email, enabled=n % 50 != 7)
                contact = Contact(account_id=bureau.id, first_name=first, last_name=last,
                                  email=email, email_key=email, phone="+46701112233",
                                  address_line1="Kungsgatan 2", postcode="11143",
                                  city="Stockholm", country="SE", portal_access=True,
                                  login=login)
                session.add(contact)
                people.append(contact)
            session.flush()
            session.execute(insert(ContactRole), [
                {"contact_id": c.id, "role": "consultant"} for c in people])
            session.execute(insert(BureauClient), [
                {"bureau_id": bureau.id, "client_id": cid, "origin": "connected",
                 "state": "active", "created_at": now, "created_by": "benchmark",
                 "sent_at": now, "signed_at": now, "activated_at": now, "version": 1}
                for cid in client_ids])
            grants = {(c.id, cid) for c in people for cid in client_ids if rng.random() < 0.05}
            session.execute(insert(ClientAccess), [
                {"consultant_id": a, "client_id": b, "granted_at": now, "granted_by": "bench"}
                for a, b in sorted(grants)])
            session.execute(insert(ProgramPermission), [
                {"client_id": b, "user_id": a, "program_key": "bookkeeping", "granted_at": now}
                for a, b in sorted(grants) if rng.random() < 0.5])
            uow.commit()
        _ = name_keys
        _say(f"  bureau: {consultants} consultants, {len(client_ids):,} clients, "
             f"{len(grants):,} grants")
        return bureau.id
    finally:
        ws.dispose()


def _timed(action: Callable[[], Any], done: Callable[[], bool], app: Any,
           timeout_s: float = 120.0) -> float:
    started = time.perf_counter()
    action()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > timeout_s:
            raise RuntimeError("timed out")
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def measure(url: str, bureau_id: int, repeat: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from custadmin.services.bureaus import access_matrix
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from custadmin.ui.bureaus.matrix import FIRST_CELL
    from custadmin.ui.bureaus.window import BureauWindow
    from custadmin.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ws = Workspace(open_database(url))
    runner = TaskRunner()
    figures: dict[str, list[float]] = {k: [] for k in (
        "access_read_ms", "access_open_ms", "access_filter_ms", "access_save_ms",
        "effective_open_ms")}
    shape = ""
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            matrix = access_matrix(ws, bureau_id)
            figures["access_read_ms"].append((time.perf_counter() - started) * 1000)
            shape = f"{len(matrix.bureau.consultants)} × {len(matrix.bureau.open_clients)}"

            window = BureauWindow(ws, runner, bureau_id)
            window.resize(1400, 860)
            window.show()
            _timed(lambda: None, lambda w=window: w.overview is not None, app)
            painted: list[bool] = []
            table = window.access.table

            def paint_check(t: Any = table) -> bool:
                t.viewport().repaint()
                return bool(t.model().rowCount())

            window.access_model.modelReset.connect(lambda p=painted: p.append(True))
            figures["access_open_ms"].append(_timed(
                lambda w=window: w.tabs.setCurrentWidget(w.access),
                lambda p=painted: bool(p) and paint_check(), app))
            model = window.access_model
            if model.columnCount() - FIRST_CELL != len(matrix.bureau.consultants):
                raise RuntimeError("the matrix does not show every consultant")
            target = model.row_head(min(3, model.rowCount() - 1))
            figures["access_filter_ms"].append(_timed(
                lambda w=window, t=target: (w.access.row_filter.setText(t.label[:12]),
                                            w.access.apply_filters()),
                lambda: paint_check(), app))
            window.access.row_filter.clear()
            window.access.apply_filters()
            row, column = model.row_head(0), model.column_head(FIRST_CELL)
            model.set_ticked(row.key, column.key, not model.ticked(row.key, column.key))
            saved: list[bool] = []
            window.access.saved.connect(lambda s=saved: s.append(True))
            assert window.access.save_button is not None
            figures["access_save_ms"].append(_timed(
                window.access.save_button.click, lambda s=saved: bool(s), app))
            shown: list[bool] = []
            window.effective_model.modelReset.connect(lambda s=shown: s.append(True))
            figures["effective_open_ms"].append(_timed(
                lambda w=window: w.tabs.setCurrentWidget(w.effective_panel),
                lambda s=shown, w=window: bool(s) and bool(
                    w.effective_panel.table.viewport().repaint() or True), app))
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        runner.wait(30_000)
        runner.shutdown()
        ws.dispose()
    result: dict[str, Any] = {k: round(statistics.median(v), 1) for k, v in figures.items()}
    result.update({f"{k}_runs": [round(x, 1) for x in v] for k, v in figures.items()})
    result["matrix"] = shape
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--consultants", type=int, default=200)
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--database", metavar="URL",
                        help="an empty PostgreSQL database (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{tmp}/bench.sqlite3"
        _say(f"building {args.consultants} consultants × {args.clients:,} clients "
             f"on {url.split(':')[0]}")
        bureau_id = build(url, args.consultants, args.clients)
        result = measure(url, bureau_id, args.repeat)
    for key in ("access_read_ms", "access_open_ms", "access_filter_ms", "access_save_ms",
                "effective_open_ms"):
        _say(f"  {key}: {result[key]} (runs {result[key + '_runs']})")
    _say(f"  matrix {result['matrix']}, peak memory {result['peak_rss_mb']} MB")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
