"""``custadmin import`` and ``custadmin export``: the register from scripts, without Qt.

    custadmin import FILE [--mapping SPEC] [--dry-run] [--all-or-nothing]
                          [--report FILE] [--database URL] [--new]
    custadmin export FILE [--search TEXT] [--format csv|xlsx] [--database URL]
                          [--full-identity-numbers]

``custadmin`` is a GUI program on Windows (no console, so no output there);
``custadmin-cli`` is the same entry as a console program, for scripts. Any
other arguments given to ``custadmin-cli`` go to ``custadmin`` itself (e.g.
``custadmin-cli --check``).

Exit codes: 0 done, nothing refused; 1 rows were refused (the valid accounts
were imported unless ``--dry-run`` or ``--all-or-nothing``); 2 the database
cannot be used (as ``custadmin --check``) or the arguments are wrong; 3 the
file cannot be read or written; 130 interrupted (nothing imported, no file
written).

Nothing here imports Qt: a script pays for SQLAlchemy and the validators only.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from custadmin.domain.errors import CustadminError, StorageError
from custadmin.terminal import ask_password

if TYPE_CHECKING:
    from custadmin.domain.operators import Actor
    from custadmin.services.workspace import Workspace

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_DATABASE = 2
EXIT_FILE = 3
EXIT_INTERRUPTED = 130
DATABASE_ENV = "CUSTADMIN_DATABASE_URL"
COMMANDS = ("import", "export")

MAPPING_HELP = (
    "which column holds which field, over the guess from the headers: "
    "'field=Header,field=Header' (an empty header: not in the file), a JSON object "
    '{"field": "Header"}, or the path of a .json file holding one. Fields: account_ref, '
    "main_contact, account_name, country, org_number, peppol_id, service_type, first_name, "
    "last_name, organisation_name, email, phone, address_line1, address_line2, postcode, "
    "city, contact_country"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="custadmin", description="Import or export the customer register."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database", metavar="URL", default=os.environ.get(DATABASE_ENV),
        help=f"SQLite file or PostgreSQL URL (default: the embedded database; also "
        f"{DATABASE_ENV})",
    )
    imp = commands.add_parser(
        "import", parents=[database], help="import customers and their contacts (CSV/XLSX)",
        description="Import customers with their contacts from a CSV or XLSX file: one "
        "contact per row; rows with the same account reference form one account.",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mapping", metavar="SPEC", help=MAPPING_HELP)
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and report; import nothing")
    imp.add_argument("--all-or-nothing", action="store_true",
                     help="import nothing if any row is refused")
    imp.add_argument("--report", metavar="FILE",
                     help="also save the refused lines (line, field, reason) as CSV")
    imp.add_argument("--new", action="store_true",
                     help="create the SQLite file given with --database if it does not exist")
    exp = commands.add_parser(
        "export", parents=[database], help="export the register (CSV/XLSX)",
        description="Export the register, or the accounts a search finds, one row per "
        "contact; the file imports again.",
    )
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--search", metavar="TEXT",
                     help="only the accounts this search finds (as the register's search box)")
    exp.add_argument("--format", choices=("csv", "xlsx"),
                     help="default: by the file's extension, CSV if it has none")
    exp.add_argument("--full-identity-numbers", action="store_true",
                     help="write sole traders' personal identity numbers (their organisation "
                     "numbers and Peppol IDs) in full instead of masked (880320-****); "
                     "administrators only, and recorded in the audit trail")
    return parser


class ProgressBar:
    """A bar redrawn in place on a terminal; plain lines every 10% otherwise."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._step = -1
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        share = min(done / total, 1.0)
        if self.tty:
            now = time.monotonic()
            if done < total and now - self._last < 0.1:
                return
            self._last = now
            filled = int(share * 30)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] "
                              f"{share:4.0%} {done:,}/{total:,}")
            self._drawn = True
        else:
            step = int(share * 10)
            if step == self._step:
                return
            self._step = step
            self.stream.write(f"{self.label}: {share:.0%} ({done:,} of {total:,})\n")
        self.stream.flush()

    def end(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


OPERATOR_ENV = "CUSTADMIN_OPERATOR"


def _open(database: str | None, create: bool) -> Workspace:
    from custadmin.services.workspace import open_workspace

    ws = open_workspace(database, ask_password, create=create or database is None)
    try:
        return ws.acting(_operator(ws))
    except BaseException:
        ws.dispose()
        raise


def _operator(ws: Workspace) -> Actor:
    """Who runs the command: the computer's user on SQLite; on PostgreSQL an operator
    signing in at the terminal (``CUSTADMIN_OPERATOR`` names them, else it is asked)."""
    from custadmin.domain.messages import Message
    from custadmin.services.operators import SignInFailed, computer_operator, sign_in

    if ws.dialect == "sqlite":
        return computer_operator(ws)
    if sys.stdin is None or not sys.stdin.isatty():
        raise SignInFailed(Message("operator.sign_in_needs_terminal"))
    name = os.environ.get(OPERATOR_ENV) or input("Operator name: ")
    return sign_in(ws, name, getpass.getpass(f"Password for operator {name}: "))


def _say(message: str) -> None:
    print(f"custadmin: {message}", file=sys.stderr)


def _read_spec(text: str) -> str:
    candidate = Path(text[1:] if text.startswith("@") else text)
    if text.startswith("@") or (candidate.suffix.lower() == ".json" and candidate.is_file()):
        return candidate.read_text(encoding="utf-8")
    return text


def run_import(args: argparse.Namespace) -> int:
    from custadmin.domain.transfer import MappingError, apply_mapping, parse_mapping_spec
    from custadmin.services.importer import (
        commit_import,
        plan_import,
        preview_file,
        problem_rows,
        write_report,
    )

    path = Path(args.file)
    if not path.is_file():
        _say(f"{path}: no such file.")
        return EXIT_FILE
    mapping = None
    if args.mapping:
        preview = preview_file(path)
        if preview.problems:
            _say(f"{path}: {preview.problems[0].message}")
            return EXIT_FILE
        try:
            given = parse_mapping_spec(_read_spec(args.mapping))
            mapping = apply_mapping(preview.headers, preview.mapping, given)
        except (MappingError, OSError) as exc:
            _say(f"--mapping: {exc}")
            return EXIT_FILE
    ws = _open(args.database, args.new)
    try:
        checking = ProgressBar("Checking")
        try:
            plan = plan_import(ws, path, mapping, progress=checking)
        finally:
            checking.end()
        for note in plan.notes:
            _say(note)
        if plan.problems:
            print(f"Refused lines of {path}:")
            for line, label, value, reason in problem_rows(plan.problems):
                where = f"line {line}" if line else "file"
                quoted = f" “{value}”" if value else ""
                print(f"  {where}{', ' + label if label else ''}{quoted}: {reason}")
        if args.report:
            try:
                write_report(args.report, plan.problems)
            except OSError as exc:
                _say(f"cannot save the report to {args.report}: {exc.strerror or exc}.")
                return EXIT_FILE
        if plan.fatal:
            _say(f"{path}: nothing imported.")
            return EXIT_FILE
        refused = plan.rejected_lines
        summary = (f"{plan.rows:,} rows checked: {len(plan.accounts):,} accounts with "
                   f"{plan.valid_rows:,} contacts are valid, {refused:,} lines refused.")
        if args.dry_run:
            print(summary + " Nothing imported (--dry-run).")
            return EXIT_REJECTED if refused else EXIT_OK
        if refused and args.all_or_nothing:
            print(summary + " Nothing imported (--all-or-nothing).")
            return EXIT_REJECTED
        if not plan.accounts:
            print(summary + " Nothing to import.")
            return EXIT_REJECTED if refused else EXIT_OK
        importing = ProgressBar("Importing")
        try:
            result = commit_import(ws, plan, progress=importing)
        finally:
            importing.end()
        for line, label, _value, reason in problem_rows(result.problems):
            print(f"  line {line}{', ' + label if label else ''}: {reason}")
        numbers = (f" (customer numbers {result.first_customer_number}–"
                   f"{result.last_customer_number})" if result.accounts else "")
        print(f"{summary} Imported {result.accounts:,} accounts with {result.contacts:,} "
              f"contacts{numbers}.")
        return EXIT_REJECTED if refused or result.problems else EXIT_OK
    finally:
        ws.dispose()


def run_export(args: argparse.Namespace) -> int:
    from custadmin.domain.register import RegisterQuery
    from custadmin.services.exporter import ExportFailed, export_register

    ws = _open(args.database, False)
    try:
        query = RegisterQuery(args.search) if args.search else None
        bar = ProgressBar("Exporting")
        try:
            result = export_register(ws, args.file, query, format=args.format, progress=bar,
                                     full_identity_numbers=args.full_identity_numbers)
        except ExportFailed as exc:
            _say(exc.message)
            return EXIT_FILE
        finally:
            bar.end()
        print(f"Exported {result.accounts:,} accounts ({result.rows:,} rows) to {result.path}.")
        if result.full_identity_numbers:
            print("Personal identity numbers are in full; the export is recorded in the audit "
                  "trail.")
        return EXIT_OK
    finally:
        ws.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """``import`` and ``export``; anything else is handed to :func:`custadmin.app.main`."""
    raw = list(sys.argv[1:] if argv is None else argv)
    if not raw or raw[0] not in COMMANDS:
        from custadmin.app import main as app_main

        return app_main(raw)
    logging.basicConfig(level=logging.WARNING, format="custadmin: %(levelname)s: %(message)s")
    try:
        args = build_parser().parse_args(raw)
    except SystemExit as exc:  # --help, or wrong arguments (2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_DATABASE
    try:
        return run_import(args) if args.command == "import" else run_export(args)
    except KeyboardInterrupt:
        _say("interrupted: nothing was imported." if args.command == "import"
             else "interrupted: no file was written.")
        return EXIT_INTERRUPTED
    except StorageError as exc:
        _say(exc.message)
        return EXIT_DATABASE
    except CustadminError as exc:
        _say(str(getattr(exc, "message", None) or exc))
        return EXIT_DATABASE


if __name__ == "__main__":
    sys.exit(main())
