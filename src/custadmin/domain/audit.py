"""The audit trail in words: what an entry's table, field and values mean to an operator.

Entries store column names and raw values (storage.audit); the history panel
and the audit view show these labels instead. Plain English; the UI
translates by the keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from custadmin.domain.identifiers import masked_identifier
from custadmin.domain.portal import RIGHT_LABELS

#: The table name of the entry an export with full personal identity numbers
#: leaves (services.exporter): no table of its own, an entry like an insert.
REGISTER_EXPORT = "register_export"

#: What a row of each audited table is called.
TABLE_LABELS: dict[str, str] = {
    "account": "Account",
    "contact": "Contact",
    "contact_right": "Portal right",
    "login": "Portal login",
    "portal_right_setting": "System-wide portal setting",
    "operator": "Operator",
    REGISTER_EXPORT: "Register export",
}

ACTION_LABELS: dict[str, str] = {"insert": "created", "update": "changed", "delete": "deleted"}

#: Column -> label; a column not listed shows as its name with spaces.
FIELD_LABELS: dict[str, str] = {
    "id": "ID",
    "customer_number": "Customer number",
    "name": "Name",
    "country": "Country",
    "org_number": "Organisation number",
    "invoice_contact_id": "Invoice contact",
    "payment_confirmations_main_only": "Payment confirmations only to the main contact",
    "requires_einvoice": "Requires e-invoices",
    "peppol_id": "Peppol ID",
    "service_type": "Service type",
    "account_id": "Account",
    "is_main": "Main contact",
    "first_name": "First name",
    "last_name": "Last name",
    "organisation_name": "Organisation",
    "email": "Email",
    "phone": "Phone",
    "address_line1": "Address",
    "address_line2": "Address line 2",
    "postcode": "Postcode",
    "city": "City",
    "mail_general": "Email: General",
    "mail_invoices": "Email: Invoices & reminders",
    "mail_support": "Email: Support",
    "mail_products": "Email: Products & services",
    "mail_domains": "Email: Domains",
    "mail_affiliate": "Email: Affiliate",
    "portal_access": "Portal access",
    "login_id": "Portal login",
    "username": "User name",
    "password_hash": "Password",
    "enabled": "Enabled",
    "contact_id": "Contact",
    "right_key": "Right",
    "key": "Right",
    "position": "Position",
    "offered": "Offered",
    "default_on": "On for new portal users",
    "display_name": "Name",
    "role": "Role",
    # an export with full personal identity numbers (REGISTER_EXPORT)
    "file": "File",
    "format": "Format",
    "accounts": "Accounts",
    "rows": "Rows",
    "full_identity_numbers": "Full personal identity numbers",
}


def field_label(column: str) -> str:
    return FIELD_LABELS.get(column, column.replace("_", " ").capitalize())


def value_text(column: str, value: Any) -> str:
    """A stored value as words ("yes", the right's label, "set" for a hidden secret).

    A personal identity number shows masked, also from an entry recorded
    before the trail masked Peppol IDs (storage.audit.recorded_value).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if column in ("right_key", "key") and isinstance(value, str):
        return RIGHT_LABELS.get(value, value)
    if column == "password_hash":
        return "set"
    return masked_identifier(str(value))


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One changed field of one audit entry, ready to show."""

    entry_id: int
    at: dt.datetime
    operator: str
    caller: str
    verified_by: str
    table: str
    object_id: str
    action: str
    column: str
    before: str
    after: str
    #: The row's name in words ("Per Svensson", "Invoices for Per Svensson"), if known.
    label: str = ""

    @property
    def what(self) -> str:
        return f"{TABLE_LABELS.get(self.table, self.table)} {self.label or self.object_id}"

    @property
    def field(self) -> str:
        return field_label(self.column) if self.column else ""

    def sentence(self) -> str:
        """"Anna for Per Svensson (verified by …) changed City of Contact 12: Stockholm → Visby"."""
        who = self.operator
        if self.caller:
            who += f" for {self.caller}"
            if self.verified_by:
                who += f", verified by {self.verified_by},"
        verb = ACTION_LABELS.get(self.action, self.action)
        if self.action == "update":
            if self.column == "password_hash":
                return f"{who} changed the password of {self.what}"
            return f"{who} changed {self.field} of {self.what}: {self.before} → {self.after}"
        return f"{who} {verb} {self.what}"
