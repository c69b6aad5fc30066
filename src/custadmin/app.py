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
from custadmin.domain.errors import AuthenticationFailed, CustadminError, StorageError
from custadmin.domain.messages import Message
from custadmin.memory import return_large_blocks, share_one_heap, skip_pyside_source_reading
from custadmin.terminal import ask_password

if TYPE_CHECKING:
    from concurrent.futures import Future

    from custadmin.domain.operators import Actor
    from custadmin.services.register_source import RegisterSource
    from custadmin.services.workspace import AskPassword, Workspace
    from custadmin.storage.quick_register import QuickRegister

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
    parser.add_argument(
        "--language", choices=("en", "sv", "da"),
        help="speak this language (English, Swedish, Danish) instead of the one chosen in "
        "Tools → Language…, or else the system's",
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


def _open(args: argparse.Namespace, ask: AskPassword | None) -> Workspace:
    from custadmin.services.workspace import open_workspace

    create = args.database is None or args.new or args.demo
    return open_workspace(args.database, ask, create=create)


def run_check(args: argparse.Namespace) -> int:
    """``--check``: no window; the database opened, upgraded and reported."""
    from custadmin.services.accounts import bulk_create_accounts, count_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.portal import add_demo_portal_users
    from custadmin.storage.migrate import head_revision

    try:
        ws = _open(args, ask_password)
        try:
            if args.demo and count_accounts(ws) == 0:
                result = bulk_create_accounts(ws, generate_demo_accounts(args.demo_accounts))
                users = add_demo_portal_users(ws)
                print(f"created {result.created} demo accounts ({users} with a portal user)")
            print(f"{ws.location}: schema {head_revision()}, "
                  f"{count_accounts(ws)} accounts")
        finally:
            ws.dispose()
    except StorageError as exc:
        return _fail(exc.message)
    return 0


def _quick_register(args: argparse.Namespace) -> QuickRegister | None:
    """The register read without SQLAlchemy, if the database allows it (see quick_register)."""
    if args.demo:
        return None  # filling demo data needs the full database layer at once
    from custadmin.storage.embedded import default_database_path
    from custadmin.storage.quick_register import open_quick_register, quick_sqlite_path

    path = quick_sqlite_path(args.database, default_database_path())
    return open_quick_register(path) if path is not None else None


def _shared_rest(ws: Workspace, register: RegisterSource) -> tuple[Workspace, RegisterSource]:
    """On a worker, after the first paint of a shared database (open already):
    what the account editor's pages need, imported off the GUI thread."""
    import custadmin.services.accounts
    import custadmin.services.contacts
    import custadmin.services.portal  # noqa: F401

    return ws, register


def _open_rest(args: argparse.Namespace) -> tuple[Workspace, RegisterSource]:
    """On a worker, after the first paint: the database layer, opened as ever."""
    from custadmin.services.operators import computer_operator
    from custadmin.services.register import DatabaseRegister

    ws = _open(args, None)  # an SQLite file: no password to ask for
    # On the embedded database the operator is the computer's user.
    ws = ws.acting(computer_operator(ws))
    # What the account editor's pages need, imported here rather than on the
    # GUI thread when the editor is built.
    import custadmin.services.accounts
    import custadmin.services.contacts
    import custadmin.services.portal  # noqa: F401

    return ws, DatabaseRegister(ws)


#: Unattended sign-in on a shared database (scripts, benchmarks): the operator's
#: name and password from the environment; a wrong one stops the start with the
#: sign-in's own refusal, no dialog is shown.
OPERATOR_ENV = "CUSTADMIN_OPERATOR"
PASSWORD_ENV = "CUSTADMIN_PASSWORD"


def _unattended() -> tuple[str, str] | None:
    """The operator and password a script gave through the environment, if any.

    The password leaves the environment at once: it is not handed on to any
    process this one starts. Read on the main thread, before Qt starts
    threads of its own (setenv and getenv on two threads are not safe).
    """
    named = os.environ.get(OPERATOR_ENV, "")
    return (named, os.environ.pop(PASSWORD_ENV, "")) if named else None


def _sign_in_without_asking(ws: Workspace, unattended: tuple[str, str] | None) -> Actor | None:
    """The operator of a shared database, signed in without a dialog: the
    environment's (refused with the sign-in's own error, never a dialog), else
    the one remembered in the OS keyring; None when a person must sign in."""
    if unattended is not None:
        from custadmin.services.operators import sign_in

        return sign_in(ws, *unattended)
    from custadmin.services.operators import sign_in_with_token
    from custadmin.storage.credentials import store_operator_token, stored_operator_token

    url = ws.engine.url
    token = stored_operator_token(url)
    if token is None:
        return None
    remembered = sign_in_with_token(ws, token)
    if remembered is None:
        store_operator_token(url, None)  # expired or revoked: forget it
    return remembered


class _OpenedAhead:
    """The database opened before Qt is imported, and its operator signed in on a
    thread meanwhile.

    Neither needs Qt unless a person must type something. Verifying an argon2id
    password is ~0.1 s of C code that lets go of the GIL: on its thread it
    overlaps the ~0.2 s import of PySide6 and the UI on the main thread. A
    password only a person can give (the database's, or the operator's) is
    asked for once Qt is up, as before.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.workspace: Workspace | None = None
        self.error: StorageError | None = None
        self.signing_in: Future[Actor | None] | None = None
        try:
            self.workspace = _open(args, None)
        except AuthenticationFailed:
            return  # the password dialog asks, once Qt is up
        except StorageError as exc:
            self.error = exc  # said once Qt is up, as any failure to open
            return
        if self.workspace.dialect == "sqlite":
            return
        from concurrent.futures import ThreadPoolExecutor

        import custadmin.services.operators  # noqa: F401  (imported here, not on the thread)

        unattended = _unattended()
        pool = ThreadPoolExecutor(1, thread_name_prefix="custadmin-sign-in")
        self.signing_in = pool.submit(_sign_in_without_asking, self.workspace, unattended)
        pool.shutdown(wait=False)


def _operator_workspace(ws: Workspace, location: str,
                        signing_in: Future[Actor | None] | None = None) -> Workspace | None:
    """``ws`` used by its operator: the computer's user on SQLite, signed in on PostgreSQL.

    ``signing_in``: the sign-in without a dialog, already under way
    (:class:`_OpenedAhead`). None when the operator cancels the sign-in.
    """
    from custadmin.services.operators import computer_operator

    if ws.dialect == "sqlite":
        return ws.acting(computer_operator(ws))
    if signing_in is not None:
        actor = signing_in.result()
    else:
        actor = _sign_in_without_asking(ws, _unattended())
    if actor is not None:
        return ws.acting(actor)
    from custadmin.services.operators import has_operators, issue_token
    from custadmin.storage.credentials import keyring_usable, store_operator_token
    from custadmin.ui.session.sign_in import SignInDialog
    from custadmin.ui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        answer = SignInDialog.ask(ws, location, runner, first=not has_operators(ws),
                                  may_remember=keyring_usable())
    finally:
        runner.wait(10_000)
        runner.shutdown()
    if answer is None:
        return None
    if answer.remember:
        store_operator_token(ws.engine.url, issue_token(ws.acting(answer.actor)))
    return ws.acting(answer.actor)


def run_gui(args: argparse.Namespace) -> int:
    # On the embedded database the register paints from the standard
    # library's sqlite3 first; SQLAlchemy and the rest load after that paint.
    # Any other database is opened before Qt loads (see _OpenedAhead).
    quick = _quick_register(args)
    ahead = _OpenedAhead(args) if quick is None else None

    # Before the UI's modules and the rest of the database layer are imported.
    skip_pyside_source_reading()
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from custadmin import translations
    from custadmin.paths import resource_path
    from custadmin.ui.collector import GuiThreadCollector
    from custadmin.ui.main_window import MainWindow
    from custadmin.ui.widgets.messages import message_text
    from custadmin.ui.widgets.prompts import ErrorMessage

    QCoreApplication.setOrganizationName("custadmin")
    QCoreApplication.setApplicationName("custadmin")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = GuiThreadCollector(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "custadmin.svg"))))
    # The language chosen in the settings, else the system's: its words, its
    # numbers and dates, its alphabet (the translators are the app's children).
    translations.install(
        app, args.language or translations.chosen_language(QSettings()),
        resource_path("translations"))

    def cannot_open(exc: StorageError) -> None:
        log.error("cannot open the database: %s", exc.message)
        print(f"custadmin: {exc.message}", file=sys.stderr)
        if not args.screenshot and not os.environ.get(OPERATOR_ENV):  # unattended: no dialog
            ErrorMessage.show(None, QCoreApplication.translate("App", "Cannot open the database"),
                              message_text(exc.message), exc.detail)

    ws: Workspace | None = None
    if ahead is not None:
        try:
            if ahead.error is not None:
                raise ahead.error
            if ahead.workspace is not None:
                ws = ahead.workspace
            else:
                from custadmin.ui.session.password import DatabasePasswordDialog

                ws = _open(args, DatabasePasswordDialog.ask)
        except StorageError as exc:
            cannot_open(exc)
            collector.stop()
            return EXIT_DATABASE
        location = ws.location
        try:
            signed_in = _operator_workspace(
                ws, location, ahead.signing_in if ws is ahead.workspace else None)
        except CustadminError as exc:
            ws.dispose()
            cannot_open(StorageError(getattr(exc, "message", None) or str(exc)))
            collector.stop()
            return EXIT_DATABASE
        if signed_in is None:  # the operator cancelled the sign-in
            ws.dispose()
            collector.stop()
            return EXIT_CANCELLED
        ws = signed_in
    else:
        assert quick is not None
        location = str(quick.path)

    settings = None
    if args.screenshot or args.quit_after_first_paint:
        # A screenshot run neither uses nor changes the operator's window layout.
        settings_dir = tempfile.mkdtemp(prefix="custadmin-shot-")
        settings = QSettings(os.path.join(settings_dir, "settings.ini"),
                             QSettings.Format.IniFormat)
    # A shared database paints its register first too: the account editor,
    # ~70 ms of widgets, is built after that paint (the database is open).
    deferred = ws is not None and not args.demo
    if deferred:
        from custadmin.services.register import DatabaseRegister

        assert ws is not None
        opened_ws, shared_register = ws, DatabaseRegister(ws)
        window = MainWindow(None, location, settings=settings, register_source=shared_register)
    else:
        window = MainWindow(ws, location, settings=settings, register_source=quick)
    window.show()

    def ready() -> None:
        window.start()
        if window.is_attached and window.workspace.read_only:
            # Browsing only (a read-only file or disk): say why, and how to mend it.
            window.show_message(message_text(window.workspace.read_only))
        if args.screenshot:
            _schedule_screenshot(window, args)
        if args.quit_after_first_paint:
            _quit_after_first_paint(window)

    def rest_failed(exc: BaseException) -> None:
        if isinstance(exc, CustadminError) and not isinstance(exc, StorageError):
            # e.g. a disabled operator: its own sentence says why
            exc = StorageError(getattr(exc, "message", None) or str(exc))
        elif not isinstance(exc, StorageError):
            log.error("cannot open the database", exc_info=exc)
            exc = StorageError(Message("database.open_failed_unexpectedly"))
        cannot_open(exc)
        app.exit(EXIT_DATABASE)

    if quick is not None:
        window.attach_after_first_paint(lambda: _open_rest(args), rest_failed)
        QTimer.singleShot(0, ready)
    elif deferred:
        def said_read_only() -> None:
            if opened_ws.read_only:
                window.show_message(message_text(opened_ws.read_only))

        window.attached.connect(said_read_only)
        window.attach_after_first_paint(lambda: _shared_rest(opened_ws, shared_register),
                                        rest_failed)
        QTimer.singleShot(0, ready)
    elif args.demo:
        from custadmin.services.accounts import count_accounts

        assert ws is not None
        if count_accounts(ws) == 0:
            from custadmin.ui.transfer.demo_fill import fill_demo

            fill_demo(window, ws, window.runner, args.demo_accounts, lambda _result: ready())
        else:
            log.info("the database already holds accounts; no demo data added")
            QTimer.singleShot(0, ready)
    else:
        QTimer.singleShot(0, ready)
    code = app.exec()
    window.runner.wait(10_000)
    window.runner.shutdown()
    collector.stop()
    if window.is_attached:
        window.workspace.dispose()
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
    # Before any thread starts (the sign-in's, Qt's, the workers').
    return_large_blocks()
    share_one_heap()
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
