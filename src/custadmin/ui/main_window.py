"""The main window: a frame hosting the register and the account editor.

It knows no feature's details: its menus come from :mod:`custadmin.ui.actions`
and each action's handler lives in its feature's package; the panels get
their services passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSplitter, QWidget

from custadmin.domain.alphabet import Alphabet
from custadmin.memory import drop_source_lines
from custadmin.services.register_source import RegisterSource, StartupRegister
from custadmin.ui.actions import ACTIONS, BY_KEY, NEXT_PANE, PREVIOUS_PANE, ActionSpec, Menu
from custadmin.ui.register.panel import RegisterPanel
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.notes import no_account_open_note
from custadmin.ui.widgets.operator_texts import role_title
from custadmin.ui.widgets.page import forbidden

if TYPE_CHECKING:
    from custadmin.domain.accounts import AccountDetails
    from custadmin.services.workspace import Workspace
    from custadmin.ui.account.editor import AccountEditor

# Nothing that imports SQLAlchemy is imported here: at start-up the window
# paints its first register rows from the standard library's sqlite3
# (storage.quick_register) while the database layer and the account editor
# are still loading (attach). Features are imported when first used.

#: The account editor's tabs are built, a part at a time, once the register has
#: neither searched nor painted for this long (MainWindow._build_editor).
EDITOR_BUILD_PAUSE_MS = 100


class MainWindow(QMainWindow):
    """The register beside the account editor.

    Given a ``workspace``, everything is there at once. Given only a
    ``register_source`` (start-up on the embedded database), the register
    paints from it and the rest follows with :meth:`attach`; until then what
    needs the database is disabled.
    """

    #: The database and the account editor are there (after attach).
    attached = Signal()
    #: A unit of work found the operator's role changed (emitted from a worker).
    _role_changed = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        location: str,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        register_source: RegisterSource | None = None,
    ) -> None:
        super().__init__(parent)
        if workspace is None and register_source is None:
            raise ValueError("a workspace or a register source is needed")
        self._workspace: Workspace | None = None
        self._runner = runner or TaskRunner(self)
        self.settings = settings or QSettings()
        self._closing = False
        #: (account ID, contact ID or 0) asked to open before the editor was there.
        self._pending_open: tuple[int, int] | None = None
        self._editor: AccountEditor | None = None
        self._started = False
        # Builds the account editor's next part (_build_editor).
        self._editor_timer = QTimer(self)
        self._editor_timer.setSingleShot(True)
        self._editor_timer.timeout.connect(self._build_editor)
        self._location = location
        self.setWindowTitle(self.tr("custadmin — {location}[*]").format(location=location))

        if register_source is None:
            assert workspace is not None
            register_source = _database_register(workspace)
        self._register = RegisterPanel(register_source, self._runner, self)
        # Names sort in the alphabet of the language the window speaks.
        self._register.model.set_alphabet(Alphabet.for_language(QLocale().name()))
        # Stands where the editor will be, looking as it will with no account open.
        self._editor_slot: QWidget = no_account_open_note(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._register)
        self.splitter.addWidget(self._editor_slot)
        # Half and half as the window grows or shrinks: at 1366 pixels the
        # editor's forms and the account card need ~650 of them.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.operator_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {location}").format(
            location=location), self))

        self.actions_by_key: dict[str, QAction] = {}
        self._build_menus()
        self._register.open_requested.connect(self._open_requested)
        for spec, step in ((NEXT_PANE, 1), (PREVIOUS_PANE, -1)):
            QShortcut(QKeySequence(spec.keys), self).activated.connect(
                lambda step=step: self.cycle_pane(step))
        self._restore_state()
        if workspace is not None:
            self.attach(workspace)
        else:
            self.update_actions()

    # --- what the features see (actions.Host) -----------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The database, the operator and the caller (there once :attr:`is_attached`)."""
        if self._workspace is None:
            raise RuntimeError("the database is still being opened")
        return self._workspace

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def register(self) -> RegisterPanel:
        return self._register

    @property
    def editor(self) -> AccountEditor:
        """The account editor (there once :attr:`is_attached`)."""
        if self._editor is None:
            raise RuntimeError("the database is still being opened")
        return self._editor

    @property
    def frame(self) -> QWidget:
        return self

    @property
    def location(self) -> str:
        return self._location

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # --- the database arrives ---------------------------------------------------------

    @property
    def is_attached(self) -> bool:
        return self._editor is not None

    def attach(self, workspace: Workspace, register_source: RegisterSource | None = None) -> None:
        """The database is open: build the editor, enable what needs it.

        ``register_source`` takes over the register's reads from the start-up
        source (searching needs it).
        """
        from custadmin.ui.account.editor import AccountEditor

        self._workspace = workspace
        # An administrator may change this operator's role while they work:
        # the services then check the stored role (the unit of work reads it),
        # and the window says it and greys out what the new role may not do.
        self._role_changed.connect(self._show_role, Qt.ConnectionType.QueuedConnection)
        workspace.on_actor_changed(lambda _actor: self._role_changed.emit())
        if register_source is not None:
            previous = self._register.model.source
            if isinstance(previous, StartupRegister):
                previous.hand_over(register_source)  # for searches already waiting
            self._register.model.set_source(register_source)
        self._register.set_filters_available(True)
        editor = AccountEditor(workspace, self._runner, self, self.settings)
        self._editor = editor
        # Sizes read before the window is shown are not the ones it will have:
        # then the saved (or default) split is applied again.
        sizes = self.splitter.sizes() if self.splitter.isVisible() else None
        self.splitter.replaceWidget(1, editor)
        if sizes:
            self.splitter.setSizes(sizes)
        else:
            self._restore_split()
        self._editor_slot.deleteLater()
        self._editor_slot = editor
        editor.addAction(self.actions_by_key["account.revert"])  # Esc, in the editor only
        editor.saved.connect(self._account_saved)
        editor.dirty_changed.connect(lambda _d: self.update_actions())
        editor.login_check_requested.connect(
            lambda username: self.run("support.login_check", username))
        editor.opened.connect(lambda _d: self.update_actions())
        self._show_operator()
        if self._started:
            self._build_editor_when_painted()
        self.update_actions()
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            editor.open_account(*pending)
        # The editor's modules are imported by now (its parts are built
        # later): what PySide6 read of their source files goes before the
        # register's reads grow the heap above it (see drop_source_lines).
        drop_source_lines()
        self.attached.emit()

    def attach_after_first_paint(
        self,
        open_rest: Callable[[], tuple[Workspace, RegisterSource]],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Once the register's first rows are painted, ``open_rest()`` on a worker, then attach.

        ``failed(exc)`` is called here if it raises; searches waiting for it
        fail too.
        """
        def give_up(exc: BaseException) -> None:
            source = self._register.model.source
            if isinstance(source, StartupRegister):
                source.fail(exc)
            failed(exc)

        def start() -> None:
            if not self._register.has_painted_first_rows:
                return
            self._register.first_rows_painted.disconnect(start)
            self._runner.run(open_rest, lambda opened: self.attach(*opened), give_up)

        self._register.first_rows_painted.connect(start)
        start()

    def cycle_pane(self, step: int) -> None:
        """F6 / Shift+F6: the search box, the register, the account editor, round."""
        focused = QApplication.focusWidget()
        register = self._register
        editor = self._editor
        panes: list[QWidget] = [register.search, register.table]
        if editor is not None and editor.account is not None:
            panes.append(editor)
        here = next((i for i, pane in enumerate(panes)
                     if focused is not None and (pane is focused or pane.isAncestorOf(focused))),
                    len(panes) - 1 if step > 0 else 0)
        target = panes[(here + step) % len(panes)]
        if target is editor and editor is not None:
            editor.focus_page()
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_requested(self, account_id: int, contact_id: int = 0) -> None:
        if self._editor is None:
            # Opened as soon as the editor is there.
            self._pending_open = (account_id, contact_id)
        else:
            self._editor.open_account(account_id, contact_id or None)

    def _build_editor_when_painted(self) -> None:
        # The tabs are needed only once an account is opened: built after the
        # register's first rows are painted (or at once if an account is
        # opened before, see AccountEditor.build).
        if self._editor is None:
            return
        if self._register.has_painted_first_rows:
            self._editor_timer.start(0)
        else:
            self._register.first_rows_painted.connect(self._editor_timer.start)

    def _build_editor(self) -> None:
        if self._editor is None:
            return
        if not self._editor.is_built:
            quiet = self._register.quiet_for_ms()
            if quiet < EDITOR_BUILD_PAUSE_MS:
                # A part (up to ~20 ms) would hold up the next jump, page or
                # search result: built once the register pauses.
                self._editor_timer.start(EDITOR_BUILD_PAUSE_MS - quiet)
                return
            if not self._editor.build_step():
                # The next part in a later turn of the event loop: what is
                # waiting (a paint, a keystroke) goes first.
                self._editor_timer.start(0)
                return
        # The app's modules are imported by now; what PySide6 read of their
        # source files stays behind otherwise (see drop_source_lines).
        drop_source_lines()

    def start(self) -> None:
        self._register.start()
        self._register.focus_search()
        self._started = True
        self._build_editor_when_painted()

    def _show_operator(self) -> None:
        if self._workspace is not None:
            actor = self._workspace.actor
            self.operator_label.setText(self.tr("Operator: {name} ({role})").format(
                name=actor.name, role=role_title(actor.role)))

    def _show_role(self) -> None:
        self._show_operator()
        if self._editor is not None:
            self._editor.permissions_changed()
        self.update_actions()

    def _account_saved(self, details: AccountDetails) -> None:
        self._register.model.invalidate_account(details.id)

    # --- actions ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus: dict[Menu, QMenu] = {}
        for spec in ACTIONS:
            menu = menus.get(spec.menu)
            if menu is None:
                menu = menus[spec.menu] = self.menuBar().addMenu(spec.menu.title)
                menu.setToolTipsVisible(True)  # they say why an action is disabled
            elif spec.separator_before:
                menu.addSeparator()
            action = QAction(spec.label, self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.editor_shortcut:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if spec.tip:
                action.setStatusTip(spec.tip)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.run(key))
            menu.addAction(action)
            self.actions_by_key[spec.key] = action

    def action(self, key: str) -> QAction:
        """The menu action of :data:`custadmin.ui.actions.ACTIONS` called ``key``."""
        return self.actions_by_key[key]

    def run(self, key: str, *args: Any) -> Any:
        """Do what the action ``key`` does (its handler's result), if it is enabled now."""
        if not self.actions_by_key[key].isEnabled():
            return None
        return BY_KEY[key].resolve()(self, *args)

    def update_actions(self) -> None:
        dirty = self._editor is not None and self._editor.is_dirty()
        self.setWindowModified(dirty)
        for spec in ACTIONS:
            why = self._why_not(spec)
            action = self.actions_by_key[spec.key]
            action.setEnabled(why is None and self._possible(spec, dirty))
            action.setToolTip(why or spec.label.replace("&", "").rstrip("…"))

    def _why_not(self, spec: ActionSpec) -> str | None:
        """Why the operator may not use ``spec`` now (a tooltip), or None."""
        if not spec.needs_database:
            return None
        if self._workspace is None:
            return self.tr("Opening the database…")
        return forbidden(self._workspace, spec.permission) if spec.permission else None

    def _possible(self, spec: ActionSpec, dirty: bool) -> bool:
        if spec.needs_database and self._editor is None:
            return False
        if spec.needs_edits and not dirty:
            return False
        return not spec.needs_account or (self._editor is not None
                                          and self._editor.account is not None)

    # --- window state -------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 860)
        self._restore_split()
        self._register.restore_state(self.settings)

    def _restore_split(self) -> None:
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([760, 740])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or self._editor is None or not self._editor.is_dirty():
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self._register.save_state(self.settings)
            self._runner.wait(10_000)
            event.accept()
            return
        event.ignore()
        self.editor.request_leave(self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        # Not from inside closeEvent: Qt ignores a close() nested in one.
        QTimer.singleShot(0, self.close)


def _database_register(workspace: Workspace) -> RegisterSource:
    # Imported here: with only a register source the window paints without SQLAlchemy.
    from custadmin.services.register import DatabaseRegister

    return DatabaseRegister(workspace)
