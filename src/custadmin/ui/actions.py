"""Every menu action, declared once: its text, shortcut, what it needs, its handler.

The main window builds its menus from :data:`ACTIONS` and enables each
action by the same rules: the database must be open (unless it says
otherwise), the operator's role must allow it (the tooltip says why not),
an account must be open if it works on one, and there must be unsaved edits
if it saves or reverts them. Adding a feature means adding its entries here,
each naming a handler in the feature's package.

A handler is named ``"module:attribute"`` and imported only when the action
is first used: the main window must paint the register before SQLAlchemy or
any dialog is imported (see ``custadmin.app``). It is called with the
:class:`Host` and may return what it opened (tests use that).
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence

from custadmin.domain.operators import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from custadmin.services.workspace import Workspace
    from custadmin.ui.account.editor import AccountEditor
    from custadmin.ui.register.panel import RegisterPanel
    from custadmin.ui.tasks import TaskRunner

#: Translation context of the texts below.
CONTEXT = "Actions"


class Host(Protocol):
    """What a handler may use: the main window, as the features see it."""

    @property
    def workspace(self) -> Workspace:
        """The database, the operator and the caller (once the database is open)."""
        ...

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def register(self) -> RegisterPanel: ...

    @property
    def editor(self) -> AccountEditor:
        """The account editor (once the database is open)."""
        ...

    @property
    def frame(self) -> QWidget:
        """The window itself: the parent of dialogs."""
        ...

    @property
    def location(self) -> str:
        """Where the database is, for people (no password)."""
        ...

    @property
    def settings(self) -> QSettings:
        """The operator's settings on this computer."""
        ...

    def show_message(self, text: str) -> None:
        """A short note in the status bar."""
        ...


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for pyside6-lupdate in ``context`` (as Qt's own); returns it as it is."""
    return source


class Menu(enum.Enum):
    FILE = QT_TRANSLATE_NOOP("Actions", "&File")
    EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
    VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
    TOOLS = QT_TRANSLATE_NOOP("Actions", "&Tools")
    REPORTS = QT_TRANSLATE_NOOP("Actions", "Re&ports")
    HELP = QT_TRANSLATE_NOOP("Actions", "&Help")

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, str(self.value))


Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    key: str
    menu: Menu
    #: The menu text (translated through :data:`CONTEXT`), with its mnemonic.
    text: str
    #: ``"module:attribute"``; the attribute may be a dotted path (a class method).
    handler: str
    shortcut: Shortcut = None
    status_tip: str = ""
    #: What the operator's role must allow (None: anyone).
    permission: Permission | None = None
    #: Works on the open account.
    needs_account: bool = False
    #: Works only while the open account has unsaved edits.
    needs_edits: bool = False
    #: Needs the database layer (False: usable while it is still opening).
    needs_database: bool = True
    #: The shortcut works only while the account editor has focus (Esc keeps
    #: its usual meaning elsewhere: closing a popup, clearing a selection).
    editor_shortcut: bool = False
    separator_before: bool = False

    def translated(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    @property
    def label(self) -> str:
        return self.translated(self.text)

    @property
    def tip(self) -> str:
        return self.translated(self.status_tip) if self.status_tip else ""

    def resolve(self) -> Callable[[Host], Any]:
        """The handler, imported now."""
        module_name, _colon, path = self.handler.partition(":")
        target: Any = importlib.import_module(module_name)
        for part in path.split("."):
            target = getattr(target, part)
        if not callable(target):
            raise TypeError(f"{self.handler} is not callable")
        handler: Callable[[Host], Any] = target
        return handler




ACTIONS: tuple[ActionSpec, ...] = (
    # --- File
    ActionSpec("account.new", Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&New customer account…"),
               "custadmin.ui.account.commands:new_account",
               QKeySequence.StandardKey.New, permission=Permission.EDIT_ACCOUNTS),
    ActionSpec("licence.partnership", Menu.FILE, QT_TRANSLATE_NOOP("Actions",
               "New &partnership…"),
               "custadmin.ui.licences.wizard:PartnershipWizard.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The open account, a partner, creates a customer's account with licences"),
               permission=Permission.EDIT_ACCOUNTS, needs_account=True),
    ActionSpec("transfer.import", Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&Import customers…"),
               "custadmin.ui.transfer.import_dialog:ImportDialog.open_for",
               permission=Permission.IMPORT, separator_before=True),
    ActionSpec("transfer.export", Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&Export register…"),
               "custadmin.ui.transfer.export:export_register"),
    ActionSpec("transfer.export_search", Menu.FILE, QT_TRANSLATE_NOOP("Actions",
               "Export &search result…"),
               "custadmin.ui.transfer.export:export_search_result"),
    ActionSpec("transfer.export_full", Menu.FILE, QT_TRANSLATE_NOOP("Actions",
               "Export with &full identity numbers…"),
               "custadmin.ui.transfer.export:export_with_identity_numbers",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "What the register shows, with sole traders' personal identity "
                   "numbers in full; recorded in the audit trail"),
               permission=Permission.EXPORT_IDENTITY_NUMBERS),
    ActionSpec("window.quit", Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&Quit"),
               "custadmin.ui.frame:quit",
               QKeySequence.StandardKey.Quit, needs_database=False, separator_before=True),
    # --- Edit
    ActionSpec("account.save", Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Save"),
               "custadmin.ui.account.commands:save",
               QKeySequence.StandardKey.Save, needs_edits=True),
    ActionSpec("account.revert", Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Revert unsaved changes"),
               "custadmin.ui.account.commands:revert", "Esc", needs_edits=True,
               editor_shortcut=True),
    ActionSpec("account.delete", Menu.EDIT, QT_TRANSLATE_NOOP("Actions",
               "&Delete customer account…"),
               "custadmin.ui.account.commands:delete_account",
               permission=Permission.DELETE_ACCOUNTS, needs_account=True,
               separator_before=True),
    # --- View
    ActionSpec("register.find", Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Find customer"),
               "custadmin.ui.frame:find",
               QKeySequence.StandardKey.Find, needs_database=False),
    # --- Tools
    ActionSpec("support.login_check", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Login check…"),
               "custadmin.ui.support.login_check:LoginCheckDialog.open_from", "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions",
                                 "What the customer portal answers for a user name and password"),
               permission=Permission.LOGIN_CHECK),
    ActionSpec("einvoice.network", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "&E-invoice network…"),
               "custadmin.ui.einvoice.network:NetworkWindow.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Search the e-invoice network; register, confirm and move recipients")),
    ActionSpec("einvoice.catalogue", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "E-invoice ope&rators…"),
               "custadmin.ui.einvoice.catalogue:CatalogueDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "E-invoice operators, our service tiers, and which tier is ours"),
               permission=Permission.EINVOICE_DECIDE),
    ActionSpec("bureau.window", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "Accounting &bureau…"),
               "custadmin.ui.bureaus.window:BureauWindow.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The open account as an accounting bureau: its users' roles, clients, "
                   "client access, effective access and activation list"),
               needs_account=True, separator_before=True),
    ActionSpec("bureau.programs", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "Program permissio&ns…"),
               "custadmin.ui.bureaus.programs:ProgramsDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Who sees which programs at the open account, granted by its system "
                   "administrator; who may sign for it"),
               needs_account=True),
    ActionSpec("bureau.why", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Why no programs?…"),
               "custadmin.ui.bureaus.why:WhyNoProgramsDialog.open_for", "Ctrl+Shift+L",
               QT_TRANSLATE_NOOP("Actions",
                                 "What a consultant sees at a client of their bureau, or why "
                                 "they see none")),
    ActionSpec("bureau.catalogue", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "Program &catalogue…"),
               "custadmin.ui.bureaus.catalogue:ProgramCatalogueDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The programs a client's system administrator grants"),
               permission=Permission.PORTAL_SETTINGS),
    ActionSpec("licence.agreement", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "Partner agreemen&t…"),
               "custadmin.ui.licences.admin:AgreementDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Whether the open account is a reseller, and since when it has a reseller "
                   "agreement"),
               needs_account=True, separator_before=True),
    ActionSpec("licence.products", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "Product &versions and prices…"),
               "custadmin.ui.licences.admin:ProductCatalogueDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The versions and add-ons partnerships choose from, with licence and "
                   "reseller prices"),
               permission=Permission.PARTNER_AGREEMENTS),
    ActionSpec("mail.settings", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "Outgoing &mail…"),
               "custadmin.ui.licences.commands:mail_settings",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The SMTP server welcome emails go through; without one they go to the "
                   "outbox folder"),
               permission=Permission.MAIL_SETTINGS),
    ActionSpec("mail.outbox", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "Outbo&x…"),
               "custadmin.ui.licences.commands:outbox",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Welcome emails written as files while no mail server is set")),
    ActionSpec("admin.portal_settings", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions",
               "System-wide &portal settings…"),
               "custadmin.ui.admin.portal_settings:PortalSettingsDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Which rights the customer portal offers, and which new portal "
                   "users get"),
               permission=Permission.PORTAL_SETTINGS),
    ActionSpec("admin.audit_trail", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Audit trail…"),
               "custadmin.ui.admin.audit_trail:AuditTrailDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions", "Every change, by whom and for whom"),
               permission=Permission.VIEW_AUDIT, separator_before=True),
    ActionSpec("admin.operators", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Operators…"),
               "custadmin.ui.admin.operators:OperatorsDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions", "Who may use custadmin, with which role"),
               permission=Permission.MANAGE_OPERATORS),
    ActionSpec("window.language", Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "Lan&guage…"),
               "custadmin.ui.frame:choose_language",
               status_tip=QT_TRANSLATE_NOOP("Actions", "The language custadmin speaks to you"),
               needs_database=False, separator_before=True),
    # --- Reports
    ActionSpec("einvoice.report", Menu.REPORTS, QT_TRANSLATE_NOOP("Actions",
               "&Invoices that cannot go as e-invoices…"),
               "custadmin.ui.einvoice.report:ReportDialog.open_for",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "Accounts expecting e-invoices whose invoices go otherwise, why and since "
                   "when; CSV and XLSX")),
    ActionSpec("licence.invoice_basis", Menu.REPORTS, QT_TRANSLATE_NOOP("Actions",
               "&Collective invoice basis…"),
               "custadmin.ui.licences.commands:invoice_basis",
               status_tip=QT_TRANSLATE_NOOP("Actions",
                   "The open partner's customers on its monthly collective invoice: licences "
                   "by day, add-ons, reseller prices; CSV and PDF"),
               needs_account=True),
    # --- Help
    ActionSpec("help.shortcuts", Menu.HELP, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               "custadmin.ui.frame:keyboard_shortcuts", QKeySequence.StandardKey.HelpContents,
               needs_database=False),
    ActionSpec("help.about", Menu.HELP, QT_TRANSLATE_NOOP("Actions", "&About custadmin"),
               "custadmin.ui.frame:about",
               needs_database=False),
)


@dataclass(frozen=True, slots=True)
class KeySpec:
    """A key the window binds outside the menus (the shortcuts list shows these too)."""

    keys: str  # portable text, e.g. "Ctrl+1"
    text: str  # what it does (translated through CONTEXT)

    @property
    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)


#: The account editor's tabs: Ctrl+1…4 in the tabs' order, then stepping.
TAB_KEYS: tuple[KeySpec, ...] = (
    KeySpec("Ctrl+1", QT_TRANSLATE_NOOP("Actions", "Show My details")),
    KeySpec("Ctrl+2", QT_TRANSLATE_NOOP("Actions", "Show Manage contacts")),
    KeySpec("Ctrl+3", QT_TRANSLATE_NOOP("Actions", "Show Internet")),
    KeySpec("Ctrl+4", QT_TRANSLATE_NOOP("Actions", "Show History")),
    KeySpec("Ctrl+5", QT_TRANSLATE_NOOP("Actions", "Show Licences & users")),
)
NEXT_TAB = KeySpec("Ctrl+PgDown", QT_TRANSLATE_NOOP("Actions", "Next tab"))
PREVIOUS_TAB = KeySpec("Ctrl+PgUp", QT_TRANSLATE_NOOP("Actions", "Previous tab"))
#: The window's panes: the search box, the register, the account editor.
NEXT_PANE = KeySpec("F6", QT_TRANSLATE_NOOP("Actions", "Next pane: search, register, account"))
PREVIOUS_PANE = KeySpec("Shift+F6", QT_TRANSLATE_NOOP("Actions", "Previous pane"))
#: Keys that work everywhere without a menu entry.
OTHER_KEYS: tuple[KeySpec, ...] = (
    NEXT_PANE,
    PREVIOUS_PANE,
    KeySpec("Return", QT_TRANSLATE_NOOP("Actions",
            "In the search box: open the first account found")),
    KeySpec("Alt", QT_TRANSLATE_NOOP("Actions",
            "With the underlined letter: that field or button")),
)

#: Each action by its key.
BY_KEY: dict[str, ActionSpec] = {spec.key: spec for spec in ACTIONS}
