"""Benchmark of import and export: N demo accounts exported, then imported into an empty database.

    python benchmarks/import_export.py [--rows N] [--workers W] [--xlsx-import]
        [--database URL] [--source CSV] [--json]

1. N demo accounts (``generate_demo_accounts``) are stored in a temporary
   SQLite database through ``bulk_create_accounts`` (not timed).
2. The register is exported with ``export_register`` to CSV and to XLSX (timed).
3. The CSV is imported into a second, empty database (migrated as the app does,
   so with the search triggers of migration 0004 where present) — a temporary
   SQLite file, or with ``--database`` an empty PostgreSQL database: the check
   ``plan_import`` (reading, validating every row, duplicate look-ups) and the
   write ``commit_import`` (one transaction of batched inserts, ``storage.bulk``) are timed apart.
4. Where validation time goes: the identifier checks alone, per row, on the
   same values (email-validator, phonenumbers, python-stdnum).
5. The CPU time of the check and of the write per row (the importing process,
   its workers, and a PostgreSQL server on this machine), and so the best rate
   the machine's cores could give check + write together.

With ``--json`` the last line of stdout is one JSON object (see README.md).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_common import EXIT_REFUSED, Refused, ensure_importable


def _rate(rows: int, seconds: float) -> float:
    return round(rows / seconds, 1) if seconds > 0 else 0.0


def _breakdown(rows: int, seed: int) -> dict[str, float]:
    """Microseconds per row spent in each identifier library, on the demo values."""
    from custadmin.domain.accounts import validate_new_account
    from custadmin.domain.identifiers import (
        Country,
        normalize_email,
        normalize_org_number,
        normalize_phone,
    )
    from custadmin.services.demo import generate_demo_accounts

    items = list(generate_demo_accounts(min(rows, 20_000), seed=seed))
    count = len(items)

    def timed(check: Any) -> float:
        start = time.perf_counter()
        for item in items:
            check(item)
        return round((time.perf_counter() - start) / count * 1e6, 1)

    whole = timed(validate_new_account)
    email = timed(lambda i: normalize_email("email", i.main_contact.email))
    phone = timed(lambda i: normalize_phone("phone", i.main_contact.phone, i.account.country))
    org = timed(lambda i: normalize_org_number("org", i.account.org_number,
                                               Country(i.account.country)))
    return {"validate_new_account_us": whole, "email_validator_us": email,
            "phonenumbers_us": phone, "stdnum_org_number_us": org,
            "rest_us": round(whole - email - phone - org, 1)}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_empty(database: str) -> str:
    """``database`` (PostgreSQL) opened as the app does (an empty one gets the
    schema), refused unless it holds no accounts; its address for people."""
    from custadmin.domain.errors import StorageError
    from custadmin.services.accounts import count_accounts
    from custadmin.services.workspace import Workspace
    from custadmin.storage.engine import display_url, normalize_url
    from custadmin.storage.migrate import open_database

    url = normalize_url(database)
    where = display_url(url)
    if url.get_backend_name() != "postgresql":
        raise Refused(f"--database takes a PostgreSQL URL, not {url.get_backend_name()} "
                      "(without it the import goes to a temporary SQLite file)")
    try:
        # (Not open_workspace: a benchmark has nobody to ask for a password, and
        # no business with the keyring.)
        target = Workspace(open_database(database))
    except StorageError as exc:
        raise Refused(f"{where}: {exc.message}") from exc
    try:
        existing = count_accounts(target)
    finally:
        target.dispose()
    if existing:
        raise Refused(f"{where} holds {existing:,} accounts: the import needs an empty "
                      "database (drop and create it again)")
    return where


def _server_cpu_s(target: str) -> float | None:
    """CPU seconds so far of every PostgreSQL process on this machine, None
    when the database is elsewhere (or this is not Linux).

    The whole server, not only this import's connection: its writer and
    checkpointer work for the import too. Run on an otherwise idle server.
    """
    from sqlalchemy.engine import make_url

    if "://" not in target or (make_url(target).host or "localhost") not in (
            "localhost", "127.0.0.1", "::1"):
        return None
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total, found = 0, False
    for stat in proc.glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # ended meanwhile, or not ours to read
            continue
        name, _, rest = text.partition(" (")[2].rpartition(") ")
        if name != "postgres":
            continue
        fields = rest.split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        found = True
    return total / tick if found else None


def _cpu_s(who: int) -> float:
    import resource

    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _import_child(target: str, csv_path: str, workers: int | None, report: Any) -> None:
    """The check and the write of one import, in a process of its own; figures sent back."""
    import resource

    from custadmin.services.importer import commit_import, plan_import
    from custadmin.services.workspace import Workspace, open_workspace
    from custadmin.storage.migrate import open_database

    def cpu() -> tuple[float, float, float | None]:
        return (_cpu_s(resource.RUSAGE_SELF), _cpu_s(resource.RUSAGE_CHILDREN),
                _server_cpu_s(target))

    def used(before: tuple[float, float, float | None],
             after: tuple[float, float, float | None]) -> list[float | None]:
        server = (after[2] - before[2] if after[2] is not None and before[2] is not None
                  else None)
        return [after[0] - before[0], after[1] - before[1], server]

    try:
        ws = (Workspace(open_database(target)) if "://" in target
              else open_workspace(target))
        at_start = cpu()
        start = time.perf_counter()
        plan = plan_import(ws, Path(csv_path), workers=workers)
        check_s = time.perf_counter() - start
        checked = cpu()
        start = time.perf_counter()
        imported = commit_import(ws, plan)
        write_s = time.perf_counter() - start
        written = cpu()
        ws.dispose()
        report.send({
            "rows": plan.rows, "refused_lines": plan.rejected_lines,
            "contacts": imported.contacts, "check_s": check_s, "write_s": write_s,
            # (this process, its joined children: the validating workers, the
            # database server or None) in CPU seconds.
            "check_cpu_s": used(at_start, checked), "write_cpu_s": used(checked, written),
            # Linux reports kilobytes. RUSAGE_CHILDREN: the largest of the
            # validating workers (joined by now), not their sum.
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "worker_peak_rss_mb": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        })
    except Exception as exc:  # reported to the parent, which says it
        report.send({"error": repr(exc)})


def _cpu_figures(rows: int, check: list[float | None], write: list[float | None],
                 cores: int) -> dict[str, float]:
    """CPU µs per row of the file, and the rate check + write could reach at
    best if every core were busy with them throughout (overlapped, which they
    are not: the write starts when the check is done)."""
    def per_row(seconds: float | None) -> float:
        return round((seconds or 0.0) / rows * 1e6, 1) if rows else 0.0

    figures = {
        "check_cpu_us_per_row": per_row((check[0] or 0.0) + (check[1] or 0.0)
                                        + (check[2] or 0.0)),
        "check_workers_cpu_us_per_row": per_row(check[1]),
        "write_cpu_us_per_row": per_row((write[0] or 0.0) + (write[2] or 0.0)),
        "write_server_cpu_us_per_row": per_row(write[2]),
    }
    whole = figures["check_cpu_us_per_row"] + figures["write_cpu_us_per_row"]
    figures["cpu_bound_rows_per_s"] = round(cores * 1e6 / whole, 1) if whole else 0.0
    return figures


def run(rows: int, workers: int | None, xlsx_import: bool, seed: int,
        database: str | None = None, source_csv: Path | None = None) -> dict[str, Any]:
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.exporter import export_register
    from custadmin.services.importer import default_workers, plan_import
    from custadmin.services.workspace import Workspace, open_workspace
    from custadmin.storage.migrate import open_database

    # Refused before anything is made: the target must be empty.
    where = _check_empty(database) if database else None
    folder = Path(tempfile.mkdtemp(prefix="custadmin-bench-io-"))
    result: dict[str, Any] = {"rows": rows,
                              "backend": "postgresql" if database else "sqlite"}
    try:
        csv_path = source_csv or folder / "register.csv"
        if source_csv is None:
            source = open_workspace(str(folder / "source.sqlite3"))
            start = time.perf_counter()
            bulk_create_accounts(source, generate_demo_accounts(rows, seed=seed))
            result["create_s"] = round(time.perf_counter() - start, 2)
            print(f"created {rows:,} demo accounts in {result['create_s']} s", flush=True)

            for kind in ("csv", "xlsx"):
                start = time.perf_counter()
                exported = export_register(source, folder / f"register.{kind}")
                seconds = time.perf_counter() - start
                result[f"{kind}_export_s"] = round(seconds, 2)
                result[f"{kind}_export_rows_per_s"] = _rate(exported.rows, seconds)
                print(f"export {kind}: {exported.rows:,} rows in {seconds:.2f} s "
                      f"({result[f'{kind}_export_rows_per_s']:,.0f} rows/s)", flush=True)
            source.dispose()

        if database:
            print(f"importing into {where}", flush=True)
        target_where = database or str(folder / "target.sqlite3")
        result["workers"] = default_workers(rows) if workers is None else workers
        # The import in a process of its own, as the app's: its peak memory is
        # the import's alone (not the source's creation and export).
        context = multiprocessing.get_context("spawn")
        receiving, sending = context.Pipe(duplex=False)
        child = context.Process(target=_import_child, args=(
            target_where, str(csv_path), workers, sending))
        child.start()
        sending.close()
        imported = receiving.recv()
        child.join()
        if "error" in imported:
            raise RuntimeError(f"the import failed: {imported['error']}")
        check_s, write_s = imported["check_s"], imported["write_s"]
        # The demo generator repeats a few organisation numbers; both are refused.
        result["refused_lines"] = imported["refused_lines"]
        result["validation_s"] = round(check_s, 2)
        result["validation_rows_per_s"] = _rate(imported["rows"], check_s)
        print(f"check (validation) of {imported['rows']:,} rows with {result['workers']} "
              f"worker(s): {check_s:.2f} s ({result['validation_rows_per_s']:,.0f} rows/s), "
              f"{imported['refused_lines']} lines refused", flush=True)
        result["write_s"] = round(write_s, 2)
        result["write_rows_per_s"] = _rate(imported["contacts"], write_s)
        result["import_rows_per_s"] = _rate(imported["rows"], check_s + write_s)
        result["import_peak_rss_mb"] = imported["peak_rss_mb"]
        result["worker_peak_rss_mb"] = imported["worker_peak_rss_mb"]
        print(f"write: {imported['contacts']:,} contacts in {write_s:.2f} s "
              f"({result['write_rows_per_s']:,.0f} rows/s); check + write "
              f"{result['import_rows_per_s']:,.0f} rows/s; the importing process's peak "
              f"memory {imported['peak_rss_mb']} MB (each validating worker at most "
              f"{imported['worker_peak_rss_mb']} MB)", flush=True)
        cores = _cores()
        cpu = _cpu_figures(imported["rows"], imported["check_cpu_s"], imported["write_cpu_s"],
                           cores)
        result.update(cpu)
        server = ("" if imported["write_cpu_s"][2] is None else
                  f", of which the database server {cpu['write_server_cpu_us_per_row']}")
        print(f"CPU per row: check {cpu['check_cpu_us_per_row']} µs (the validating workers "
              f"{cpu['check_workers_cpu_us_per_row']}), write {cpu['write_cpu_us_per_row']} "
              f"µs{server}; with all {cores} cores busy throughout, check + write could at "
              f"best reach {cpu['cpu_bound_rows_per_s']:,.0f} rows/s", flush=True)
        target = (Workspace(open_database(database)) if database
                  else open_workspace(target_where))
        if xlsx_import:
            start = time.perf_counter()
            xplan = plan_import(target, folder / "register.xlsx", workers=workers)
            seconds = time.perf_counter() - start
            result["xlsx_validation_rows_per_s"] = _rate(xplan.rows, seconds)
            print(f"check of the XLSX: {seconds:.2f} s "
                  f"({result['xlsx_validation_rows_per_s']:,.0f} rows/s)", flush=True)
        target.dispose()
    finally:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    result["validation_breakdown"] = _breakdown(rows, seed)
    print("single-process validation per row (µs): " + ", ".join(
        f"{k.removesuffix('_us')} {v}" for k, v in result["validation_breakdown"].items()),
        flush=True)
    result["cpu_count"] = os.cpu_count()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=None,
                        help="validating processes (default: as the app chooses)")
    parser.add_argument("--xlsx-import", action="store_true",
                        help="also time the check of the XLSX export")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--database", metavar="URL",
                        help="import into this empty PostgreSQL database instead of a "
                        "temporary SQLite file (the imported rows stay there)")
    parser.add_argument("--source", metavar="CSV", type=Path,
                        help="import this file (an earlier export) instead of creating and "
                        "exporting --rows demo accounts; --rows is then only for the "
                        "validation breakdown")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.source is not None and args.xlsx_import:
        parser.error("--xlsx-import times the benchmark's own XLSX export: not with --source")
    ensure_importable()
    try:
        result = run(args.rows, args.workers, args.xlsx_import, args.seed, args.database,
                     args.source)
    except Refused as exc:
        print(f"import/export benchmark: {exc}", file=sys.stderr, flush=True)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":  # required: validation workers are spawned processes
    sys.exit(main())
