"""The account card: what an agent checks against the caller, above the tabs.

Account, customer number and organisation number; the main contact's name,
email and phone; the portal users and whether each can log in; the Peppol ID
when there is one. Always in view whatever tab is in front, at any window
size (each line elided, whole in its tooltip), and selectable, so an email
address can be copied while the caller waits. It shows the account as
stored: unsaved edits are the forms' business.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from custadmin.domain.accounts import AccountDetails, ContactDetails
from custadmin.domain.identifiers import format_phone, shown_org_number
from custadmin.ui.widgets.elided import ElidedLabel


class AccountCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel(self)  # a 200-character name must not widen the window
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.contact = ElidedLabel(self)
        self.portal = ElidedLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(1)
        for label in (self.title, self.contact, self.portal):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Account card"))

    def show_account(self, details: AccountDetails) -> None:
        self.title.setText(self.tr("{name} — customer {number}").format(
            name=details.name, number=details.customer_number))
        main = details.main_contact
        parts = []
        if details.org_number:
            parts.append(self.tr("Org. no. {number}").format(
                number=shown_org_number(details.org_number, details.country)))
        else:
            parts.append(self.tr("Private customer"))
        parts.append(self.tr("Main contact {name}").format(name=main.full_name))
        parts += [p for p in (main.email, format_phone(main.phone, main.country)) if p]
        self.contact.setText(" · ".join(parts))
        users = details.portal_users()
        portal = (self.tr("Portal users: {users}").format(
            users=", ".join(self._user(c) for c in users)) if users
            else self.tr("No portal users"))
        if details.peppol_id:
            portal += " · " + self.tr("Peppol ID {id}").format(id=details.peppol_id)
        self.portal.setText(portal)

    def _user(self, contact: ContactDetails) -> str:
        login = contact.login
        if login is None or not login.has_password:
            state = self.tr("no password yet")
        elif not login.enabled:
            state = self.tr("login disabled")
        else:
            state = self.tr("can log in")
        return self.tr("{name} ({state})").format(name=contact.full_name, state=state)
