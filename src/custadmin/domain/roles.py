"""A contact's role follows only from its preferences and rights (R4).

There is one kind of contact record; "billing contact" and "sub-account" are
names for what a contact has been given, never stored separately.
"""

from __future__ import annotations

import enum
from collections.abc import Collection

from custadmin.domain.mail import EmailCategory


class ContactRole(enum.StrEnum):
    MAIN = "main"  # the account owner (R1)
    BILLING = "billing"  # receives "Invoices & reminders"
    SUB_ACCOUNT = "sub_account"  # portal access with rights ticked
    RECIPIENT = "recipient"  # receives some other emails


def contact_roles(
    *,
    is_main: bool,
    categories: Collection[EmailCategory],
    portal_access: bool = False,
    rights: Collection[str] = (),
) -> frozenset[ContactRole]:
    """Every role the contact has; empty for a contact that was given nothing (R3)."""
    roles: set[ContactRole] = set()
    if is_main:
        roles.add(ContactRole.MAIN)
    if EmailCategory.INVOICES in categories:
        roles.add(ContactRole.BILLING)
    if set(categories) - {EmailCategory.INVOICES}:
        roles.add(ContactRole.RECIPIENT)
    if portal_access and rights:
        roles.add(ContactRole.SUB_ACCOUNT)
    return frozenset(roles)
