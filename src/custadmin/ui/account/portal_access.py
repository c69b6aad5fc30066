"""The portal-access part of *Manage contacts*: *Activate sub-account*, the
login's state and a new password (R8, R9, R12–R15).

The password typed or generated here is visible while it is being set, with a
Copy button; once saved, only *Password set* / *No password* is shown (R15).
It is hashed by the service on a worker thread, never here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from custadmin.domain.accounts import AccountDetails, ContactDetails
from custadmin.domain.messages import Message
from custadmin.domain.portal import (
    PasswordStrength,
    PortalAccessChange,
    generate_passphrase,
    generate_password,
    password_problem_message,
    password_strength,
)
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text
from custadmin.ui.widgets.portal_texts import right_label

ACCESS = "portal.access"
PASSWORD = "portal.password"
LOGIN_ENABLED = "portal.login_enabled"


class PortalAccessBox(QGroupBox):
    #: Anything the operator changed here.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Portal access (sub-account)"), parent)
        self._contact: ContactDetails | None = None
        self._account: AccountDetails | None = None
        self._email = ""
        self._names: list[str] = []

        self.access = QCheckBox(self.tr("&Activate sub-account: may log in to the customer "
                                        "portal"), self)
        self.user = QLabel(self)
        self.user.setWordWrap(True)
        self.login_state = QLabel(self)
        self.login_state.setWordWrap(True)
        self.login_enabled = QCheckBox(self.tr("&Login enabled (applies to every account "
                                               "the login serves)"), self)

        self.password = QLineEdit(self)
        self.password.setMaxLength(200)
        self.password.setPlaceholderText(self.tr("Type a new password, or Generate one"))
        self.password.setAccessibleName(self.tr("New password"))
        # Read out over the phone: a fixed-width font shows each character
        # plainly (the generated ones have no look-alikes and come in groups).
        self.password.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        password_label = QLabel(self.tr("New pass&word:"), self)
        password_label.setBuddy(self.password)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setToolTip(self.tr(
            "Make a strong random password, in groups of four to read out"))
        self.passphrase = QCheckBox(self.tr("As w&ords"), self)
        self.passphrase.setToolTip(self.tr(
            "Generate six common words instead, e.g. “maple-garden-winter-…”: easier to "
            "say over the phone"))
        self.copy_button = QPushButton(self.tr("Cop&y"), self)
        self.copy_button.setToolTip(self.tr("Copy the new password: after Save it cannot "
                                            "be shown again"))
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Password strength"))
        self.strength_text = QLabel(self)
        self.strength_text.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.rights = QLabel(self)
        self.rights.setWordWrap(True)

        # The field has the row to itself: a generated password or passphrase
        # shows whole, to be read out (the buttons go underneath).
        self.password.setMinimumWidth(
            self.password.fontMetrics().horizontalAdvance("m" * 40))
        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addWidget(self.passphrase)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.access, 0, 0, 1, 2)
        grid.addWidget(self.user, 1, 0, 1, 2)
        grid.addWidget(self.login_state, 2, 0, 1, 2)
        grid.addWidget(self.login_enabled, 3, 0, 1, 2)
        grid.addWidget(password_label, 4, 0)
        grid.addWidget(self.password, 4, 1)
        grid.addLayout(row, 5, 1)
        grid.addWidget(self.strength, 6, 1)
        grid.addWidget(self.strength_text, 7, 1)
        grid.addWidget(self.error, 8, 1)
        grid.addWidget(self.rights, 9, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.access.toggled.connect(lambda _c: self._on_changed())
        self.login_enabled.toggled.connect(lambda _c: self._on_changed())
        self.password.textEdited.connect(lambda _t: self._on_changed())
        self.generate_button.clicked.connect(self.generate)
        self.copy_button.clicked.connect(self.copy)

    # --- state ---------------------------------------------------------------

    def show_contact(self, account: AccountDetails, contact: ContactDetails | None) -> None:
        """Show ``contact``'s portal access (None: a contact being added, R3: off)."""
        self._account, self._contact = account, contact
        for box, value in ((self.access, contact is not None and contact.portal_access),
                           (self.login_enabled, contact is None or contact.login is None
                            or contact.login.enabled)):
            blocked = box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(blocked)
        self.password.clear()
        self.error.clear()
        self.error.setVisible(False)
        self._refresh()

    def set_person(self, email: str, names: list[str]) -> None:
        """The email and names as currently typed: the user name, and words a
        password must not be built from."""
        # Called on every edit of the page: re-estimate the password's
        # strength only when the words it is judged against changed.
        if (email.strip(), names) != (self._email, self._names):
            self._email, self._names = email.strip(), names
            self._refresh()

    def values(self) -> dict[str, str]:
        return {
            ACCESS: "1" if self.access.isChecked() else "",
            PASSWORD: self.password.text(),
            LOGIN_ENABLED: "1" if self.login_enabled.isChecked() else "",
        }

    def restore(self, values: Mapping[str, str]) -> None:
        """Put back what :meth:`values` returned (unsaved typing over a reload)."""
        for box, key in ((self.access, ACCESS), (self.login_enabled, LOGIN_ENABLED)):
            blocked = box.blockSignals(True)
            box.setChecked(bool(values.get(key)))
            box.blockSignals(blocked)
        self.password.setText(values.get(PASSWORD, ""))
        self._refresh()

    def change(self) -> PortalAccessChange:
        login = self._contact.login if self._contact else None
        enabled = self.login_enabled.isChecked()
        return PortalAccessChange(
            enabled=self.access.isChecked(),
            new_password=self.password.text() or None,
            login_enabled=enabled if login is not None and enabled != login.enabled else None,
            login_version=login.version if login is not None else None,
        )

    def set_busy(self, busy: bool) -> None:
        for widget in (self.access, self.login_enabled, self.generate_button, self.passphrase):
            widget.setEnabled(not busy)
        self.password.setReadOnly(busy)
        self._refresh()

    # --- the password ----------------------------------------------------------

    def strength_of(self, password: str) -> PasswordStrength:
        return password_strength(password, [self._email, *self._names])

    def problem(self) -> Message | None:
        """Why the typed password cannot be saved, or None: the service's own
        words for it (:meth:`show_error` renders them)."""
        typed = self.password.text()
        if typed and not self.access.isChecked() and (
                self._contact is None or self._contact.login is None):
            return Message("password.needs_portal_access")
        if not typed:
            return None
        strength = self.strength_of(typed)
        return password_problem_message(strength.problems[0]) if strength.problems else None

    def show_error(self, message: str | None) -> None:
        """Show a domain message (the service's or :meth:`problem`'s) at the password."""
        self.error.setText(message_text(message) if message else "")
        self.error.setVisible(bool(message))
        self.password.setStyleSheet("border: 1px solid #b3261e;" if message else "")
        if message:
            self.password.setFocus()

    def generate(self) -> None:
        self.password.setText(generate_passphrase() if self.passphrase.isChecked()
                              else generate_password())
        self._on_changed()
        # In view and readable: focus without a selection (white on blue is
        # hard to read out); the page's scroll area follows the focus.
        self.password.setFocus()
        self.password.deselect()
        self.password.setCursorPosition(len(self.password.text()))

    def copy(self) -> None:
        if self.password.text():
            QGuiApplication.clipboard().setText(self.password.text())
            self.strength_text.setText(self.tr("Copied. Give it to the person now: after Save "
                                               "it cannot be shown again."))

    # --- display ---------------------------------------------------------------

    def _on_changed(self) -> None:
        self.show_error(None)
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        contact, login = self._contact, (self._contact.login if self._contact else None)
        on = self.access.isChecked()
        user = self._email or (contact.email if contact else "")
        self.user.setText(self.tr("User name: {user}").format(user=user) if user else
                          self.tr("User name: the contact's email address"))
        if login is None:
            state = self.tr("No login yet: saving with the sub-account activated creates one "
                            "(or joins the existing login of this email, after you confirm).")
        else:
            state = self.tr("Password set") if login.has_password else self.tr(
                "No password: the person cannot log in until one is set.")
            if not login.enabled:
                state += " " + self.tr("The login is disabled.")
            others = [s for s in login.served if contact is None or s.contact_id != contact.id]
            if others:
                state += "\n" + self.tr("Shared login: the same user name and password also "
                                        "serve {accounts}.").format(accounts="; ".join(
                                            f"{s.account_name} ({s.customer_number})"
                                            for s in others))
        self.login_state.setText(state)
        self.login_enabled.setVisible(login is not None)
        typed = self.password.text()
        self.copy_button.setEnabled(bool(typed))
        if typed:
            strength = self.strength_of(typed)
            self.strength.setValue(max(strength.score, 1))
            colour = "#2e7d32" if strength.acceptable else "#b3261e"
            self.strength.setStyleSheet(
                f"QProgressBar::chunk {{ background-color: {colour}; }}")
            # Only acceptable passwords get a kind word: "fair" must not read as "fine".
            words = [self.tr("very weak"), self.tr("weak"), self.tr("weak"), self.tr("strong"),
                     self.tr("very strong")]
            word = words[strength.score] if strength.acceptable else self.tr("too weak")
            text = self.tr("Strength: {word}.").format(word=word)
            if strength.problems:
                text += " " + message_text(password_problem_message(strength.problems[0]))
            else:
                text += " " + self.tr("Copy it before you save: it is shown only now.")
            self.strength_text.setText(text)
        else:
            self.strength.setValue(0)
            self.strength_text.setText(
                self.tr("Leave empty to keep the current password.")
                if login is not None and login.has_password
                else self.tr("The person needs a password to log in."))
        self.rights.setText(self._rights_text(on))

    def _rights_text(self, on: bool) -> str:
        contact, account = self._contact, self._account
        if account is None or not on:
            return ""
        if contact is not None and contact.is_main:
            return self.tr("Rights: the main contact holds every right.")
        if contact is None or contact.login is None:
            defaults = sorted(account.portal_settings.defaults_for_new_user())
            if not defaults:
                return self.tr("Rights: none ticked for new portal users (system-wide "
                               "settings); tick them on the Internet tab after saving.")
            return self.tr("Rights for a new portal user (system-wide defaults): {rights}. "
                           "Change them on the Internet tab.").format(
                               rights=", ".join(right_label(k) for k in defaults))
        return self.tr("Rights: %Ln ticked; see and change them on the Internet tab.", "",
                       len(contact.rights))
