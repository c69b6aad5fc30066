"""Ctrl+L: "why can't I log in?" — what the customer portal answers (R9–R17).

A support agent types the caller's user name and, if the caller says it, the
password they typed. The check runs on the task runner (argon2 takes a
noticeable fraction of a second by design) and shows either the companies
the person may choose between, with the rights in force and single sign-on
for each, or exactly why the login fails.

The password typed lives only in its QLineEdit and in the one task that
checks it: it is never put in an attribute, a message or the log, and the
field is emptied (undo history included) whenever the dialog is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.portal import RIGHT_KEYS, CompanyChoice, LoginCheck, LoginOutcome
from custadmin.services.portal import check_login
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.portal_texts import (
    outcome_explanation,
    outcome_headline,
    right_label,
    sso_text,
)
from custadmin.ui.widgets.prompts import ErrorMessage

OK_COLOUR = "#1b6e20"
FAIL_COLOUR = "#b3261e"
MUTED_COLOUR = "#5f6368"


class _CompanyTree(QTreeWidget):
    """The companies with their rights; a row spanning every column wraps.

    Qt sizes a spanned row by its first column only, so a long sentence
    (single sign-on and why not) would be cut off; the delegate measures it
    against the whole width, and a resize lays the rows out again.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0 or not index.parent().isValid():
            return hint
        # A child row: indented twice (branch of the company, then its own).
        width = self._tree.viewport().width() - 2 * self._tree.indentation() - 12
        if width <= 0:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        bounds = item.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 4))


class LoginCheckDialog(QDialog):
    """Non-modal; one per main window, see :meth:`open_for`."""

    #: A check's answer was shown (LoginCheck).
    checked = Signal(object)

    # Columns of the companies tree.
    COMPANY, NUMBER, CONTACT = range(3)

    def __init__(
        self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        #: Bumped by every edit of the fields and every check started: a
        #: result is shown only if nothing happened since its check started.
        self._generation = 0
        #: The generation of the check whose answer is awaited, if any.
        self._awaited: int | None = None
        #: The answer shown (never holds the password; LoginCheck has none).
        self.answer: LoginCheck | None = None
        self.setWindowTitle(self.tr("Login check"))
        self.setModal(False)

        intro = QLabel(self.tr(
            "What the customer portal answers for a user name and, if the caller tells "
            "you, the password they typed. Nothing is changed and the password is not "
            "kept."), self)
        intro.setWordWrap(True)

        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("the email address the person logs in with"))
        self.username.setClearButtonEnabled(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: what the caller typed"))
        # No autocompletion or drag-out of what the caller told us.
        self.password.setDragEnabled(False)
        self.show_password = QToolButton(self)
        self.show_password.setCheckable(True)
        self.show_password.setText(self.tr("S&how"))
        self.show_password.setToolTip(self.tr("Show or hide the password typed"))
        self.show_password.toggled.connect(self._reveal)

        user_label = QLabel(self.tr("&User name:"), self)
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        fields = QGridLayout()
        fields.addWidget(user_label, 0, 0)
        fields.addWidget(self.username, 0, 1, 1, 2)
        fields.addWidget(password_label, 1, 0)
        fields.addWidget(self.password, 1, 1)
        fields.addWidget(self.show_password, 1, 2)
        action_row = QHBoxLayout()
        action_row.addWidget(self.check_button)
        action_row.addWidget(self.status, 1)
        fields.addLayout(action_row, 2, 1, 1, 2)
        fields.setColumnStretch(1, 1)

        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companies = _CompanyTree(self)
        self.companies.setWordWrap(True)
        self.companies.setItemDelegate(_WrappingDelegate(self.companies))
        self.companies.setColumnCount(3)
        self.companies.setHeaderLabels([
            self.tr("Company / rights in force"), self.tr("Customer no."), self.tr("Contact")])
        self.companies.setRootIsDecorated(True)
        self.companies.setAlternatingRowColors(False)
        self.companies.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.companies.setAccessibleName(self.tr("Companies the person may act for"))
        header = self.companies.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.CONTACT, QHeaderView.ResizeMode.ResizeToContents)

        self.served = QLabel(self)
        self.served.setTextFormat(Qt.TextFormat.PlainText)
        self.served.setWordWrap(True)
        self.served.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_area = QWidget(self)
        result_layout = QVBoxLayout(self.result_area)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.headline)
        result_layout.addWidget(self.explanation)
        result_layout.addWidget(self.companies, 1)
        result_layout.addWidget(self.served)
        result_layout.addStretch(0)  # short answers stay together at the top
        self.result_area.setVisible(False)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # no mnemonic: Alt+C is Check; Esc closes
        close.setAutoDefault(False)  # Enter in a field checks, it never closes

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(line)
        layout.addWidget(self.result_area, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.resize(780, 300)

        self.username.textChanged.connect(self._fields_changed)
        self.password.textChanged.connect(self._fields_changed)
        self.username.setText(username.strip())
        (self.password if self.username.text() else self.username).setFocus()

    # --- opening -------------------------------------------------------------

    @classmethod
    def open_from(cls, host: Host, username: str = "") -> LoginCheckDialog:
        """Tools → Login check… (a handler of :mod:`custadmin.ui.actions`), or a
        portal user's login check from the Internet tab (``username``)."""
        return cls.open_for(host.frame, host.workspace, host.runner, username)

    @classmethod
    def open_for(
        cls, parent: QWidget | None, ws: Workspace, runner: TaskRunner, username: str = ""
    ) -> LoginCheckDialog:
        """Show the parent's login check (made on first use), raised and focused.

        A user name given replaces the one in the field and is checked at
        once (without a password: does the login exist, have a password,
        serve anyone?); the password field is always emptied.
        """
        dialog: LoginCheckDialog | None = None
        if parent is not None:
            dialog = next(iter(parent.findChildren(
                cls, options=Qt.FindChildOption.FindDirectChildrenOnly)), None)
        if dialog is None:
            dialog = cls(ws, runner, parent, username)
        else:
            dialog._forget_password()
            if username.strip():
                dialog.username.setText(username.strip())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if username.strip():
            dialog.password.setFocus()
            dialog.check()
        else:
            dialog.username.setFocus()
            dialog.username.selectAll()
        return dialog

    # --- the check ---------------------------------------------------------------

    def check(self) -> None:
        """Ask the portal's question for the fields as they are now."""
        username = self.username.text().strip()
        if not username:
            self.status.setText(self.tr("Type the user name (the email address) first."))
            self.username.setFocus()
            return
        self._generation += 1
        token = self._generation
        self._awaited = token
        self._update_busy()
        ws = self._ws
        # The password travels to the worker in this closure only.
        password = self.password.text() or None
        self._runner.run(
            lambda: check_login(ws, username, password),
            lambda result: self._checked(token, result),
            lambda exc: self._failed(token, exc),
        )

    def is_busy(self) -> bool:
        """A check runs whose answer will be shown."""
        return self._awaited is not None and self._awaited == self._generation

    def _update_busy(self) -> None:
        busy = self.is_busy()
        self.check_button.setEnabled(not busy)
        self.status.setText(self.tr("Checking…") if busy else "")

    def _finished(self, token: int) -> bool:
        """Whether the answer of check ``token`` is still the one to show."""
        current = token == self._awaited == self._generation
        if token == self._awaited:
            self._awaited = None
        self._update_busy()
        return current

    def _checked(self, token: int, result: LoginCheck) -> None:
        if not self._finished(token):
            return  # the fields changed, or another check started, meanwhile
        self.show_result(result)
        self.checked.emit(result)

    def _failed(self, token: int, exc: BaseException) -> None:
        if not self._finished(token):
            return
        ErrorMessage.show(self, self.tr("Login check failed"),
                          operator_message(exc, "checking a portal login"))

    def _fields_changed(self) -> None:
        """An answer belongs to the fields it was asked for: edits make it stale."""
        self._generation += 1
        self._update_busy()
        self.clear_result()

    # --- the answer --------------------------------------------------------------

    def clear_result(self) -> None:
        self.answer = None
        self.result_area.setVisible(False)
        self.companies.clear()

    def show_result(self, result: LoginCheck) -> None:
        self.answer = result
        ok = result.outcome is LoginOutcome.OK
        self.headline.setText(outcome_headline(result.outcome))
        self.headline.setStyleSheet(f"color: {OK_COLOUR if ok else FAIL_COLOUR};")
        self.explanation.setText(outcome_explanation(result.outcome, result.password_checked))
        self.companies.clear()
        self.companies.setVisible(ok)
        if ok:
            for company in result.companies:
                self._add_company(company)
            self.companies.expandAll()
        if result.outcome is not LoginOutcome.NO_SUCH_LOGIN and result.served:
            self.served.setText(self.served_text(result))
            self.served.setVisible(True)
        else:
            self.served.setVisible(False)
        self.result_area.setVisible(True)
        # Grow to show the answer (never shrink what the agent sized).
        wanted = 700 if ok else self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def served_text(self, result: LoginCheck) -> str:
        lines = []
        for person in result.served:
            line = self.tr("{company} (customer {number}): {contact}").format(
                company=person.account_name, number=person.customer_number,
                contact=person.contact_name)
            if not person.portal_access:
                line = self.tr("{served} — portal access off").format(served=line)
            lines.append("• " + line)
        return self.tr("This login serves:") + "\n" + "\n".join(lines)

    def _add_company(self, company: CompanyChoice) -> None:
        contact = company.contact_name
        if company.is_main:
            contact = self.tr("{name} (main contact)").format(name=contact)
        item = QTreeWidgetItem(self.companies, [
            company.account_name, str(company.customer_number), contact])
        bold = QFont(item.font(self.COMPANY))
        bold.setBold(True)
        item.setFont(self.COMPANY, bold)
        item.setTextAlignment(self.NUMBER, Qt.AlignmentFlag.AlignRight
                              | Qt.AlignmentFlag.AlignVCenter)
        children: list[QTreeWidgetItem] = []
        rights = [key for key in RIGHT_KEYS if key in company.rights]
        for key in rights:
            children.append(QTreeWidgetItem(item, [right_label(key)]))
        if not rights:
            children.append(QTreeWidgetItem(item, [self.tr(
                "No rights in force: none ticked for this person, or all switched off "
                "system-wide.")]))
        sso = sso_text(company.sso)
        sso_item = QTreeWidgetItem(item, [sso])
        sso_item.setForeground(self.COMPANY, QBrush(QColor(
            OK_COLOUR if company.sso.available else MUTED_COLOUR)))
        children.append(sso_item)
        for child in children:
            child.setFirstColumnSpanned(True)
            child.setToolTip(self.COMPANY, child.text(self.COMPANY))

    # --- the password is not kept ----------------------------------------------

    def _reveal(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        self.show_password.setText(self.tr("&Hide") if shown else self.tr("S&how"))

    def _forget_password(self) -> None:
        # setText, not clear(): clear() is undoable and would keep the text
        # in the field's undo history.
        self.password.setText("")
        self.show_password.setChecked(False)

    def hideEvent(self, event: QHideEvent) -> None:
        self._forget_password()
        super().hideEvent(event)
