"""The main window: a frame hosting the register and the account editor.

It knows no feature's details; panels get their services passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from custadmin import __version__
from custadmin.domain.operators import Permission
from custadmin.services.quick_register import QuickRegister
from custadmin.ui.dialogs.prompts import ErrorMessage
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.views.register_panel import RegisterPanel
from custadmin.ui.widgets.notes import no_account_open_note
from custadmin.ui.widgets.operator_texts import role_title
from custadmin.ui.widgets.page import forbidden, operator_message

if TYPE_CHECKING:
    from custadmin.domain.accounts import AccountDetails
    from custadmin.domain.portal import PortalSettings
    from custadmin.domain.register import RegisterQuery
    from custadmin.services.importer import ImportResult
    from custadmin.services.register_source import RegisterSource
    from custadmin.storage.database import Database
    from custadmin.ui.dialogs.export import RegisterExport
    from custadmin.ui.dialogs.import_dialog import ImportDialog
    from custadmin.ui.dialogs.login_check import LoginCheckDialog
    from custadmin.ui.views.account_editor import AccountEditor
    from custadmin.ui.views.contacts_page import ContactsPage
    from custadmin.ui.views.internet_page import InternetPage
    from custadmin.ui.views.my_details import MyDetailsPage

# Nothing that imports SQLAlchemy is imported here: at start-up the window
# paints its first register rows from the standard library's sqlite3
# (services.quick_register) while the database layer and the account editor
# are still loading (attach_database). The dialogs are imported when first
# opened.


class MainWindow(QMainWindow):
    """The register beside the account editor.

    Given ``db``, everything is there at once. Given only a
    ``register_source`` (start-up on the embedded database), the register
    paints from it and the rest follows with :meth:`attach_database`; until
    then what needs the database is disabled.
    """

    #: The database and the account editor are there (after attach_database).
    attached = Signal()

    def __init__(
        self,
        db: Database | None,
        location: str,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        register_source: RegisterSource | None = None,
    ) -> None:
        super().__init__(parent)
        if db is None and register_source is None:
            raise ValueError("a database or a register source is needed")
        self.db: Database | None = None
        self.runner = runner or TaskRunner(self)
        self.settings = settings or QSettings()
        self._closing = False
        self._pending_select = 0
        self._pending_open: int | None = None
        self._editor: AccountEditor | None = None
        self._started = False
        self.setWindowTitle(self.tr("custadmin — {location}[*]").format(location=location))

        self.register = RegisterPanel(
            register_source if register_source is not None else db,  # type: ignore[arg-type]
            self.runner, self)
        # Stands where the editor will be, looking as it will with no account open.
        self._editor_slot: QWidget = no_account_open_note(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(self._editor_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.operator_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {location}").format(
            location=location), self))

        self._build_actions()
        self.register.open_requested.connect(self._open_requested)
        self._restore_state()
        if db is not None:
            self.attach_database(db)
        else:
            self._update_actions()

    @property
    def editor(self) -> AccountEditor:
        """The account editor (there once :attr:`is_attached`)."""
        if self._editor is None:
            raise RuntimeError("the database is still being opened")
        return self._editor

    @property
    def is_attached(self) -> bool:
        return self._editor is not None

    def attach_database(self, db: Database, register_source: RegisterSource | None = None) -> None:
        """The database is open: build the editor, enable what needs it.

        ``register_source`` takes over the register's reads from the start-up
        source (searching needs it).
        """
        from custadmin.ui.views.account_editor import AccountEditor

        self.db = db
        if register_source is not None:
            previous = self.register.model.source
            if isinstance(previous, QuickRegister):
                previous.hand_over(register_source)  # for searches already waiting
            self.register.model.set_source(register_source)
        editor = AccountEditor(db, self.runner, self)
        self._editor = editor
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(1, editor)
        self.splitter.setSizes(sizes)
        self._editor_slot.deleteLater()
        self._editor_slot = editor
        editor.addAction(self.revert_action)
        editor.saved.connect(self._account_saved)
        editor.dirty_changed.connect(lambda _d: self._update_actions())
        editor.login_check_requested.connect(self.open_login_check)
        editor.opened.connect(lambda _d: self._update_actions())
        self.operator_label.setText(self.tr("Operator: {name} ({role})").format(
            name=db.actor.name, role=role_title(db.actor.role)))
        if self._started:
            self._build_editor_when_painted()
        self._update_actions()
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            editor.open_account(pending)
        self.attached.emit()

    def attach_after_first_paint(
        self,
        open_rest: Callable[[], tuple[Database, RegisterSource]],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Once the register's first rows are painted, ``open_rest()`` on a worker, then attach.

        ``failed(exc)`` is called here if it raises; searches waiting for it
        fail too.
        """
        def give_up(exc: BaseException) -> None:
            source = self.register.model.source
            if isinstance(source, QuickRegister):
                source.fail(exc)
            failed(exc)

        def start() -> None:
            if not self.register.has_painted_first_rows:
                return
            self.register.first_rows_painted.disconnect(start)
            self.runner.run(open_rest, lambda opened: self.attach_database(*opened), give_up)

        self.register.first_rows_painted.connect(start)
        start()

    def _open_requested(self, account_id: int) -> None:
        if self._editor is None:
            self._pending_open = account_id  # opened as soon as the editor is there
        else:
            self._editor.open_account(account_id)

    def _build_editor_when_painted(self) -> None:
        # The tabs are needed only once an account is opened: built after the
        # register's first rows are painted (or at once if an account is
        # opened before, see AccountEditor.build).
        if self._editor is None:
            return
        if self.register.has_painted_first_rows:
            QTimer.singleShot(0, self._editor.build)
        else:
            self.register.first_rows_painted.connect(self._editor.build)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New customer account…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_account)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import customers…"), self)
        self.import_action.triggered.connect(self.import_customers)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export register…"), self)
        self.export_action.triggered.connect(lambda: self.export(None))
        file_menu.addAction(self.export_action)
        self.export_search_action = QAction(self.tr("Export &search result…"), self)
        self.export_search_action.triggered.connect(
            lambda: self.export(self.register.model.query))
        file_menu.addAction(self.export_search_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._save_current)
        edit_menu.addAction(self.save_action)
        self.revert_action = QAction(self.tr("&Revert unsaved changes"), self)
        self.revert_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Esc reverts only while the editor has focus; elsewhere it keeps its
        # usual meaning (closing a popup, clearing a selection).
        self.revert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_action.triggered.connect(self._revert_current)
        edit_menu.addAction(self.revert_action)
        edit_menu.addSeparator()
        self.delete_account_action = QAction(self.tr("&Delete customer account…"), self)
        self.delete_account_action.triggered.connect(self.delete_account)
        edit_menu.addAction(self.delete_account_action)
        for each in (file_menu, edit_menu):
            each.setToolTipsVisible(True)  # they say why an action is disabled

        view_menu = menu.addMenu(self.tr("&View"))
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.register.focus_search)
        view_menu.addAction(self.find_action)

        tools_menu = menu.addMenu(self.tr("&Tools"))
        self.login_check_action = QAction(self.tr("&Login check…"), self)
        self.login_check_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.login_check_action.setStatusTip(self.tr(
            "What the customer portal answers for a user name and password"))
        self.login_check_action.triggered.connect(lambda: self.open_login_check())
        tools_menu.addAction(self.login_check_action)
        self.portal_settings_action = QAction(self.tr("System-wide &portal settings…"), self)
        self.portal_settings_action.setStatusTip(self.tr(
            "Which rights the customer portal offers, and which new portal users get"))
        self.portal_settings_action.triggered.connect(self.edit_portal_settings)
        tools_menu.addAction(self.portal_settings_action)
        tools_menu.addSeparator()
        self.audit_action = QAction(self.tr("&Audit trail…"), self)
        self.audit_action.setStatusTip(self.tr("Every change, by whom and for whom"))
        self.audit_action.triggered.connect(self.open_audit_trail)
        tools_menu.addAction(self.audit_action)
        self.operators_action = QAction(self.tr("&Operators…"), self)
        self.operators_action.setStatusTip(self.tr("Who may use custadmin, with which role"))
        self.operators_action.triggered.connect(self.open_operators)
        tools_menu.addAction(self.operators_action)

        tools_menu.setToolTipsVisible(True)
        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About custadmin"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _update_actions(self) -> None:
        attached = self._editor is not None
        dirty = self._editor is not None and self._editor.is_dirty()
        self.setWindowModified(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        account_open = attached and self.editor.account is not None
        needs = (
            (self.new_action, Permission.EDIT_ACCOUNTS, True),
            (self.import_action, Permission.IMPORT, True),
            (self.export_action, None, True),
            (self.export_search_action, None, True),
            (self.login_check_action, Permission.LOGIN_CHECK, True),
            (self.portal_settings_action, Permission.PORTAL_SETTINGS, True),
            (self.audit_action, Permission.VIEW_AUDIT, True),
            (self.operators_action, Permission.MANAGE_OPERATORS, True),
            (self.delete_account_action, Permission.DELETE_ACCOUNTS, account_open),
        )
        for action, permission, possible in needs:
            why = None
            if self.db is None:
                why = self.tr("Opening the database…")
            elif permission is not None:
                why = forbidden(self.db, permission)
            action.setEnabled(attached and possible and why is None)
            action.setToolTip(why or action.text().replace("&", "").rstrip("…"))

    def _pages(self) -> tuple[MyDetailsPage, ContactsPage, InternetPage]:
        return self.editor.my_details, self.editor.contacts, self.editor.internet

    def _current_page(self) -> MyDetailsPage | ContactsPage | InternetPage:
        current = self.editor.tabs.currentWidget()
        return next((p for p in self._pages() if p is current), self.editor.my_details)

    def _save_current(self) -> None:
        """Ctrl+S saves the page in front, or the one page that has edits."""
        if self._editor is None:
            return
        page = self._current_page()
        if not page.is_dirty():
            page = next((p for p in self._pages() if p.is_dirty()), page)
        page.save()

    def _revert_current(self) -> None:
        if self._editor is not None:
            self._current_page().revert()

    def start(self) -> None:
        self.register.start()
        self.register.focus_search()
        self._started = True
        self._build_editor_when_painted()

    def new_account(self) -> None:
        self.editor.request_leave(self._create)

    def _create(self) -> None:
        from custadmin.ui.dialogs.new_account import NewAccountDialog

        assert self.db is not None  # the action is enabled once attached
        created = NewAccountDialog.ask(self, self.db, self.runner)
        if created is None:
            return
        self.editor.show_account(created)
        self.register.model.completed.connect(self._select_created)
        self._pending_select = created.id
        self.register.model.refresh()

    def _select_created(self) -> None:
        # Once every ID is known: the new account may sort anywhere.
        self.register.model.completed.disconnect(self._select_created)
        self.register.select_account(self._pending_select)

    def import_customers(self) -> ImportDialog:
        from custadmin.ui.dialogs.import_dialog import ImportDialog

        assert self.db is not None

        def imported(result: ImportResult) -> None:
            self.register.model.refresh()
            self.statusBar().showMessage(self.tr("Imported {n} accounts.").format(
                n=f"{result.accounts:,}"), 10_000)

        return ImportDialog.run(self, self.db, self.runner, imported)

    def export(self, query: RegisterQuery | None) -> RegisterExport | None:
        """Export the register (None) or the search result on screen."""
        from custadmin.ui.dialogs.export import export_dialog

        assert self.db is not None
        return export_dialog(self, self.db, self.runner, query)

    def _account_saved(self, details: AccountDetails) -> None:
        self.register.model.invalidate_account(details.id)

    # --- tools ----------------------------------------------------------------

    def open_login_check(self, username: str = "") -> LoginCheckDialog:
        """Show the login check (one per window), checking ``username`` if given."""
        from custadmin.ui.dialogs.login_check import LoginCheckDialog

        assert self.db is not None
        return LoginCheckDialog.open_for(self, self.db, self.runner, username)

    def edit_portal_settings(self) -> None:
        from custadmin.ui.dialogs.portal_settings import PortalSettingsDialog

        assert self.db is not None
        saved = PortalSettingsDialog.edit(self, self.db, self.runner)
        if saved is not None:
            self._portal_settings_saved(saved)

    def _portal_settings_saved(self, _settings: PortalSettings) -> None:
        """The open account shows rights in force: read it again, unless edits are open."""
        from custadmin.services.accounts import load_account

        shown = self.editor.account
        if shown is None or self.editor.is_dirty():
            return
        db, account_id = self.db, shown.id
        assert db is not None

        def loaded(details: AccountDetails) -> None:
            # Only if the same state is still on screen, untouched.
            if self.editor.account is shown and not self.editor.is_dirty():
                self.editor.show_account(details)

        def failed(exc: BaseException) -> None:
            if self.editor.account is shown:
                ErrorMessage.show(self, self.tr("Cannot open the account"),
                                  operator_message(exc, f"reloading account {account_id}"))

        self.runner.run(lambda: load_account(db, account_id), loaded, failed)

    def open_audit_trail(self) -> QDialog:
        from custadmin.ui.dialogs.audit_view import AuditTrailDialog

        assert self.db is not None
        dialog = AuditTrailDialog(self.db, self.runner, self)
        dialog.show()
        return dialog

    def open_operators(self) -> QDialog:
        from custadmin.ui.dialogs.operators import OperatorsDialog

        assert self.db is not None
        dialog = OperatorsDialog(self.db, self.runner, self)
        dialog.show()
        return dialog

    def delete_account(self) -> None:
        """Delete the open account, after the operator confirms it by its name."""
        from custadmin.services.accounts import delete_account

        shown = self.editor.account
        if shown is None or self.db is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete customer account"),
            self.tr("Delete {name} (customer {number}) with all its contacts and their "
                    "portal access? The audit trail keeps a record; the account cannot "
                    "be brought back.").format(name=shown.name, number=shown.customer_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.db

        def deleted(_none: object) -> None:
            self.editor.close_account()
            self.register.model.refresh()
            self.statusBar().showMessage(self.tr("Deleted {name}.").format(name=shown.name),
                                         10_000)

        self.runner.run(lambda: delete_account(db, shown), deleted, lambda exc: (
            ErrorMessage.show(self, self.tr("Not deleted"),
                              operator_message(exc, "deleting an account"))))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About custadmin"), self.tr(
            "custadmin {version}\nAdministration of customer accounts.").format(
                version=__version__))

    # --- window state -------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 860)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([760, 740])
        self.register.restore_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or self._editor is None or not self._editor.is_dirty():
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.register.save_state(self.settings)
            self.runner.wait(10_000)
            event.accept()
            return
        event.ignore()
        self.editor.request_leave(self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        # Not from inside closeEvent: Qt ignores a close() nested in one.
        QTimer.singleShot(0, self.close)
