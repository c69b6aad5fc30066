"""Composition root: arguments, logging, database, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from custadmin import __version__
from custadmin.domain.errors import CustadminError, StorageError
from custadmin.terminal import ask_password

if TYPE_CHECKING:
    from custadmin.services.quick_register import QuickRegister
    from custadmin.services.register_source import RegisterSource
    from custadmin.storage.database import Database

log = logging.getLogger("custadmin")

DATABASE_ENV = "CUSTADMIN_DATABASE_URL"
DEMO_ACCOUNTS = 2500
EXIT_DATABASE = 2
#: The operator cancelled signing in.
EXIT_CANCELLED = 1


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="custadmin", description="Administer customer accounts."
    )
    parser.add_argument(
        "--database", metavar="URL",
        default=os.environ.get(DATABASE_ENV),
        help="SQLite file path or database URL (sqlite:///PATH, "
        "postgresql://user@host/dbname); default: the embedded database in your data "
        f"folder. Also read from {DATABASE_ENV}.",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help=f"fill an empty database with {DEMO_ACCOUNTS} demo customer accounts",
    )
    parser.add_argument("--demo-accounts", type=int, default=DEMO_ACCOUNTS,
                        help=argparse.SUPPRESS)
    parser.add_argument(
        "--new", action="store_true",
        help="create the SQLite file given with --database if it does not exist",
    )
    parser.add_argument(
        "--check", action="store_true",
        help="open the database, bring it to the current schema, report and exit "
        "(no window)",
    )
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    # benchmarks/register.py: print a line once the register is painted, then quit.
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--open-first", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"custadmin {__version__}")
    return parser.parse_args(argv)


def setup_logging() -> Path | None:
    root = logging.getLogger()
    if any(getattr(h, "custadmin", False) for h in root.handlers):
        return None  # already set up (main() called twice in one process)
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("custadmin: %(levelname)s: %(message)s"))
    console.custadmin = True  # type: ignore[attr-defined]
    root.addHandler(console)
    try:
        log_dir = platformdirs.user_log_path("custadmin", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "custadmin.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def _fail(message: str) -> int:
    print(f"custadmin: {message}", file=sys.stderr)
    return EXIT_DATABASE


def _open(args: argparse.Namespace, ask):  # type: ignore[no-untyped-def]
    from custadmin.storage.credentials import open_with_credentials
    from custadmin.storage.engine import default_database_url

    url = args.database or default_database_url()
    create = args.database is None or args.new or args.demo
    return open_with_credentials(url, ask, create=create)


def run_check(args: argparse.Namespace) -> int:
    """``--check``: no window; the database opened, upgraded and reported."""
    from custadmin.services.accounts import bulk_create_accounts, count_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.portal import add_demo_portal_users
    from custadmin.storage.engine import display_url
    from custadmin.storage.migrate import head_revision

    try:
        db = _open(args, ask_password)
        try:
            if args.demo and count_accounts(db) == 0:
                result = bulk_create_accounts(db, generate_demo_accounts(args.demo_accounts))
                users = add_demo_portal_users(db)
                print(f"created {result.created} demo accounts ({users} with a portal user)")
            print(f"{display_url(db.engine.url)}: schema {head_revision()}, "
                  f"{count_accounts(db)} accounts")
        finally:
            db.dispose()
    except StorageError as exc:
        return _fail(exc.message)
    return 0


def _quick_register(args: argparse.Namespace) -> QuickRegister | None:
    """The register read without SQLAlchemy, if the database allows it (see quick_register)."""
    if args.demo:
        return None  # filling demo data needs the full database layer at once
    from custadmin.services.quick_register import open_quick_register, quick_sqlite_path
    from custadmin.storage.embedded import default_database_path

    path = quick_sqlite_path(args.database, default_database_path())
    return open_quick_register(path) if path is not None else None


def _open_rest(args: argparse.Namespace) -> tuple[Database, RegisterSource]:
    """On a worker, after the first paint: the database layer, opened as ever."""
    from custadmin.services.operators import computer_operator
    from custadmin.services.register import DatabaseRegister

    db = _open(args, None)  # an SQLite file: no password to ask for
    # On the embedded database the operator is the computer's user.
    db = db.acting(computer_operator(db))
    # What the account editor's pages need, imported here rather than on the
    # GUI thread when the editor is built.
    import custadmin.services.accounts
    import custadmin.services.contacts
    import custadmin.services.portal  # noqa: F401

    return db, DatabaseRegister(db)


def _operator_database(db: Database, location: str) -> Database | None:
    """``db`` used by its operator: the computer's user on SQLite, signed in on PostgreSQL.

    None when the operator cancels the sign-in.
    """
    from custadmin.services.operators import computer_operator

    if db.dialect == "sqlite":
        return db.acting(computer_operator(db))
    from custadmin.services.operators import has_operators, issue_token, sign_in_with_token
    from custadmin.storage.credentials import (
        keyring_usable,
        store_operator_token,
        stored_operator_token,
    )
    from custadmin.ui.dialogs.sign_in import SignInDialog
    from custadmin.ui.tasks import TaskRunner

    url = db.engine.url
    token = stored_operator_token(url)
    if token is not None:
        remembered = sign_in_with_token(db, token)
        if remembered is not None:
            return db.acting(remembered)
        store_operator_token(url, None)  # expired or revoked: forget it
    runner = TaskRunner()
    try:
        answer = SignInDialog.ask(db, location, runner, first=not has_operators(db),
                                  may_remember=keyring_usable())
    finally:
        runner.wait(10_000)
        runner.shutdown()
    if answer is None:
        return None
    if answer.remember:
        store_operator_token(url, issue_token(db, answer.actor))
    return db.acting(answer.actor)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import (
        QCoreApplication,
        QLibraryInfo,
        QLocale,
        QSettings,
        QTimer,
        QTranslator,
    )
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from custadmin.paths import resource_path
    from custadmin.ui.collector import GuiThreadCollector
    from custadmin.ui.dialogs.prompts import ErrorMessage
    from custadmin.ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("custadmin")
    QCoreApplication.setApplicationName("custadmin")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = GuiThreadCollector(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "custadmin.svg"))))
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("custadmin", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)

    def cannot_open(exc: StorageError) -> None:
        log.error("cannot open the database: %s", exc.message)
        print(f"custadmin: {exc.message}", file=sys.stderr)
        if not args.screenshot:
            ErrorMessage.show(None, QCoreApplication.translate("App", "Cannot open the database"),
                              exc.message, exc.detail)

    # On the embedded database the register paints from the standard
    # library's sqlite3 first; SQLAlchemy and the rest load after that paint.
    quick = _quick_register(args)
    db: Database | None = None
    if quick is None:
        from custadmin.storage.engine import display_url
        from custadmin.ui.dialogs.password import DatabasePasswordDialog

        try:
            db = _open(args, DatabasePasswordDialog.ask)
        except StorageError as exc:
            cannot_open(exc)
            collector.stop()
            return EXIT_DATABASE
        location = display_url(db.engine.url)
        try:
            signed_in = _operator_database(db, location)
        except CustadminError as exc:
            db.dispose()
            cannot_open(StorageError(str(getattr(exc, "message", exc))))
            collector.stop()
            return EXIT_DATABASE
        if signed_in is None:  # the operator cancelled the sign-in
            db.dispose()
            collector.stop()
            return EXIT_CANCELLED
        db = signed_in
    else:
        location = str(quick.path)

    settings = None
    if args.screenshot or args.quit_after_first_paint:
        # A screenshot run neither uses nor changes the operator's window layout.
        settings_dir = tempfile.mkdtemp(prefix="custadmin-shot-")
        settings = QSettings(os.path.join(settings_dir, "settings.ini"),
                             QSettings.Format.IniFormat)
    window = MainWindow(db, location, settings=settings, register_source=quick)
    window.show()

    def ready() -> None:
        window.start()
        if args.screenshot:
            _schedule_screenshot(window, args)
        if args.quit_after_first_paint:
            _quit_after_first_paint(window)

    if quick is not None:
        def rest_failed(exc: BaseException) -> None:
            if isinstance(exc, CustadminError) and not isinstance(exc, StorageError):
                # e.g. a disabled operator: its own sentence says why
                exc = StorageError(str(getattr(exc, "message", None) or exc))
            elif not isinstance(exc, StorageError):
                log.error("cannot open the database", exc_info=exc)
                exc = StorageError("The database could not be opened; see the log for details.")
            cannot_open(exc)
            app.exit(EXIT_DATABASE)

        window.attach_after_first_paint(lambda: _open_rest(args), rest_failed)
        QTimer.singleShot(0, ready)
    elif args.demo:
        from custadmin.services.accounts import count_accounts

        assert db is not None
        if count_accounts(db) == 0:
            from custadmin.ui.demo_fill import fill_demo

            fill_demo(window, db, window.runner, args.demo_accounts, lambda _result: ready())
        else:
            log.info("the database already holds accounts; no demo data added")
            QTimer.singleShot(0, ready)
    else:
        QTimer.singleShot(0, ready)
    code = app.exec()
    window.runner.wait(10_000)
    window.runner.shutdown()
    collector.stop()
    if window.db is not None:
        window.db.dispose()
    return code


def _quit_after_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    def painted() -> None:
        window.register.table.viewport().repaint()
        print(f"first paint: {window.register.model.rowCount()} rows", flush=True)
        QApplication.quit()

    window.register.model.page_shown.connect(painted)


def _schedule_screenshot(window, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    model = window.register.model

    def shoot() -> None:
        window.grab().save(args.screenshot)
        print(f"screenshot saved to {args.screenshot}")
        QApplication.quit()

    def open_first() -> None:
        window.register.table.selectRow(0)
        window.editor.opened.connect(lambda _d: QTimer.singleShot(400, shoot))
        window.editor.open_account(model.account_id(0))

    def loaded(_count: int) -> None:
        model.count_changed.disconnect(loaded)
        if args.open_first and model.rowCount() > 0:
            if window.is_attached:
                open_first()
            else:
                window.attached.connect(open_first)
        else:
            QTimer.singleShot(400, shoot)

    model.count_changed.connect(loaded)


def main(argv: Sequence[str] | None = None) -> int:
    # `custadmin import …` / `custadmin export …`: the scripting commands (no Qt).
    command = list(sys.argv[1:] if argv is None else argv)[:1]
    if command in (["import"], ["export"]):
        from custadmin.cli import main as cli_main

        return cli_main(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    setup_logging()
    log.info("custadmin %s starting", __version__)
    if args.check:
        return run_check(args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
