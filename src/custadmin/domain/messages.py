"""Every text the domain, storage and services say to an operator: a code with
parameters, worded in English once, here.

A :class:`Message` *is* its English rendering (it subclasses ``str``), so
logs, the command line and comparisons with text keep working; it also
carries its ``code`` and ``params``, from which the UI renders it in the
operator's language (``custadmin.ui.widgets.messages.message_text``, the one
place that does: it translates the code's English template in the context
:data:`CONTEXT` and fills in the parameters, translating parameters that are
messages themselves).

Codes are dotted lower-case names grouped by area (``field.required``,
``peppol.check_digit``); parameters are the dynamic parts (a field's length,
a line number, an exception's own text). The templates are ``str.format``
templates: literal braces are doubled.

Nothing here imports Qt (the domain never does).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

#: The Qt translation context of every template below.
CONTEXT = "DomainMessages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for Qt Linguist; returns it unchanged.

    ``pyside6-lupdate`` finds translatable texts by this name in the source,
    without running it. PySide6 has a function of the same name, but the
    domain must not import Qt (tests/unit/test_layers.py), so this stand-in
    with the same meaning lets ``pyside6-lupdate src/custadmin/domain/messages.py``
    extract the catalogue below into the ``DomainMessages`` context.
    """
    return source


#: The English template of every code. Rendered with ``str.format`` and the
#: message's parameters; no two codes share a template (one rule, one wording).
ENGLISH: dict[str, str] = {
    # --- any field -----------------------------------------------------------
    "field.required": QT_TRANSLATE_NOOP("DomainMessages", "This field is required."),
    "field.control_character": QT_TRANSLATE_NOOP(
        "DomainMessages", "Contains a control character (such as a tab or line break)."),
    "field.lone_surrogate": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Contains a damaged character (a lone surrogate, U+D800–U+DFFF), perhaps from copy "
        "and paste; type the text again."),
    "field.direction_control": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Contains an invisible text-direction control (U+202A–U+202E or U+2066–U+2069), "
        "which can make text read backwards; remove it."),
    "field.line_separator": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Contains a line or paragraph separator (U+2028 or U+2029); the field holds one line."),
    "field.too_long": QT_TRANSLATE_NOOP(
        "DomainMessages", "At most {max_length} characters (this has {length})."),
    "field.at_most": QT_TRANSLATE_NOOP("DomainMessages", "At most {max_length} characters."),
    # --- countries and service types ---------------------------------------------
    "country.account_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose Sweden, Denmark, Norway or Finland."),
    "country.contact_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose a country from the list."),
    "service_type.invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose web hosting, agency services or managed server."),
    # --- email and phone (R29, R30) ------------------------------------------------
    "email.invalid": QT_TRANSLATE_NOOP("DomainMessages", "Not a valid email address: {reason}"),
    "phone.not_a_number": QT_TRANSLATE_NOOP("DomainMessages", "Not a phone number."),
    "phone.invalid_for_region": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid phone number for {region} or abroad."),
    # --- personal identity numbers (R32) ---------------------------------------------
    "personal_number.se_length": QT_TRANSLATE_NOOP(
        "DomainMessages", "A personal identity number has 10 or 12 digits."),
    "personal_number.se_date": QT_TRANSLATE_NOOP(
        "DomainMessages", "The date part is not a valid date."),
    "personal_number.se_check_digit": QT_TRANSLATE_NOOP(
        "DomainMessages", "The check digit does not match."),
    "personal_number.se_birth_year": QT_TRANSLATE_NOOP(
        "DomainMessages", "The birth year {year} cannot be right: check the century."),
    "personal_number.masked": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The personal identity number in it is masked (****), as exports write it unless an "
        "administrator asks for full numbers: type it in full."),
    "personal_number.dk_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid CPR number (DDMMYY-NNNN)."),
    "personal_number.dk_length": QT_TRANSLATE_NOOP(
        "DomainMessages", "A CPR number has 10 digits."),
    # --- names of identifier schemes (parameters of the messages below) ----------------
    "scheme.se_org_number": QT_TRANSLATE_NOOP("DomainMessages", "Swedish organisation number"),
    "scheme.dk_cvr": QT_TRANSLATE_NOOP("DomainMessages", "Danish CVR number"),
    "scheme.no_org_number": QT_TRANSLATE_NOOP("DomainMessages", "Norwegian organisation number"),
    "scheme.fi_business_id": QT_TRANSLATE_NOOP("DomainMessages", "Finnish business ID"),
    "scheme.gln": QT_TRANSLATE_NOOP("DomainMessages", "GLN"),
    "scheme.dk_se_number": QT_TRANSLATE_NOOP("DomainMessages", "Danish SE number"),
    "scheme.dk_p_number": QT_TRANSLATE_NOOP("DomainMessages", "Danish P number"),
    "scheme.fi_ovt": QT_TRANSLATE_NOOP("DomainMessages", "Finnish OVT identifier"),
    "scheme.se_vat": QT_TRANSLATE_NOOP("DomainMessages", "Swedish VAT number"),
    "scheme.dk_vat": QT_TRANSLATE_NOOP("DomainMessages", "Danish VAT number"),
    "scheme.fi_ovt_ly": QT_TRANSLATE_NOOP("DomainMessages", "Finnish OVT/LY-tunnus"),
    "scheme.fi_org_identifier": QT_TRANSLATE_NOOP(
        "DomainMessages", "Finnish organisation identifier"),
    "scheme.fi_vat": QT_TRANSLATE_NOOP("DomainMessages", "Finnish VAT number"),
    "scheme.fi_net_service": QT_TRANSLATE_NOOP("DomainMessages", "Finnish Net service ID"),
    # --- organisation numbers (R31) -------------------------------------------------
    "org_number.invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid {scheme} (check the digits and the country)."),
    "org_number.all_zeros": QT_TRANSLATE_NOOP("DomainMessages", "Not a valid {scheme}."),
    "org_number.se_sole_trader": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{reason} Below 20 in the third and fourth digits, a Swedish organisation number is a "
        "sole trader's: the owner's personal identity number or coordination number."),
    "org_number.check_digit": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The check digit (the last digit) of this {scheme} does not match: a digit is "
        "mistyped or two are swapped."),
    "org_number.length": QT_TRANSLATE_NOOP("DomainMessages", "A {scheme} has {length} digits."),
    "org_number.se_form": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A Swedish organisation number is written with digits, e.g. 556036-0793, or as a sole "
        "trader's personal identity number, YYMMDD-NNNN."),
    "org_number.se_length": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A Swedish organisation number has 10 digits, not {actual}; a sole trader's personal "
        "identity number may have 12 (with the century)."),
    "org_number.se_plus": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Only a personal identity number is written with + (its owner is aged 100 or more); "
        "a legal entity's organisation number is written with -, e.g. 556036-0793."),
    "org_number.se_prefix": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A legal entity's organisation number has 10 digits, or 12 beginning with 16."),
    # --- postcodes -------------------------------------------------------------------
    "postcode.invalid": QT_TRANSLATE_NOOP("DomainMessages", "A postcode here has {form}."),
    "postcode.form_se": QT_TRANSLATE_NOOP("DomainMessages", "five digits, e.g. 123 45"),
    "postcode.form_fi": QT_TRANSLATE_NOOP("DomainMessages", "five digits, e.g. 00100"),
    "postcode.form_dk": QT_TRANSLATE_NOOP("DomainMessages", "four digits, e.g. 2100"),
    "postcode.form_no": QT_TRANSLATE_NOOP("DomainMessages", "four digits, e.g. 0150"),
    # --- Peppol participant IDs (R33) ---------------------------------------------------
    "peppol.form": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A Peppol ID is written ICD:identifier: a four-digit scheme code, a colon, then the "
        "identifier, e.g. {example}."),
    "peppol.removed_code": QT_TRANSLATE_NOOP(
        "DomainMessages", "Scheme code {icd} ({scheme}) is no longer used in Peppol. {advice}"),
    "peppol.advice_0007": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Use 0007 with the 10-digit Swedish organisation number instead, e.g. 0007:5560360793."),
    "peppol.advice_0184": QT_TRANSLATE_NOOP(
        "DomainMessages", "Use 0184 with the 8-digit CVR number instead, e.g. 0184:13585628."),
    "peppol.advice_0184_or_0198": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Use 0184 with the 8-digit CVR number instead, or 0198 for an SE number (DK followed "
        "by 8 digits)."),
    "peppol.advice_0192": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Use 0192 with the 9-digit organisation number instead, e.g. 0192:974760673."),
    "peppol.advice_0216": QT_TRANSLATE_NOOP(
        "DomainMessages", "Use 0216 with the OVT identifier instead, e.g. 0216:003720774740."),
    "peppol.unknown_code": QT_TRANSLATE_NOOP(
        "DomainMessages", "Unknown Peppol scheme code {icd}. Accepted codes: {accepted}."),
    "peppol.accepted_code": QT_TRANSLATE_NOOP("DomainMessages", "{icd} ({scheme})"),
    "peppol.identifier_missing": QT_TRANSLATE_NOOP(
        "DomainMessages", "Type the {scheme} after the colon, e.g. {example}."),
    "peppol.separators": QT_TRANSLATE_NOOP(
        "DomainMessages", "Type the {scheme} without hyphens or spaces, e.g. {example}."),
    "peppol.digits_only": QT_TRANSLATE_NOOP(
        "DomainMessages", "A {scheme} has digits only, e.g. {example}."),
    "peppol.length": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A {scheme} has exactly {length} digits (this has {actual}), e.g. {example}."),
    "peppol.check_digit": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid {scheme}: the check digit does not match."),
    "peppol.all_zeros": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid {scheme}: it cannot be all zeros."),
    "peppol.dk_se_form": QT_TRANSLATE_NOOP(
        "DomainMessages", "A {scheme} is DK followed by 8 digits, e.g. {example}."),
    "peppol.ovt_form": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A {scheme} is 0037, then the 8-digit business ID without hyphen, then up to 5 letters "
        "or digits, e.g. {example}."),
    "peppol.business_id_zeros": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid {scheme}: the business ID cannot be all zeros."),
    "peppol.business_id_check_digit": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Not a valid {scheme}: the business ID {business_id} has a wrong check digit."),
    # --- portal passwords (R8) ------------------------------------------------------------
    "password.control_characters": QT_TRANSLATE_NOOP(
        "DomainMessages", "The password contains control characters."),
    "password.invalid_character": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The password contains a damaged character (a lone surrogate, U+D800–U+DFFF) that "
        "cannot be stored; type it again."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "DomainMessages", "The password must have at least {min_length} characters."),
    "password.contains_user_name": QT_TRANSLATE_NOOP(
        "DomainMessages", "The password must not contain the user name."),
    "password.guessable": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The password is too easy to guess: use a longer one or Generate."),
    "password.needs_portal_access": QT_TRANSLATE_NOOP(
        "DomainMessages", "Activate portal access to set a password."),
    # --- portal logins and rights (R9, R13, R16) ----------------------------------------------
    "login.user_name_on_account": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{username} is already the portal user name of {contact} on this account; a person "
        "has one portal access per account."),
    "login.join_needs_confirmation": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{username} already logs in to the portal for: {served}. If this is the same person, "
        "the contact joins that login and keeps its password; otherwise use another email "
        "address."),
    "login.shared_change": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The login {username} is shared: the change applies to {served} as well."),
    "login.served_contact": QT_TRANSLATE_NOOP(
        "DomainMessages", "{account} (customer {customer_number}, {contact})"),
    "rights.main_contact_holds_all": QT_TRANSLATE_NOOP(
        "DomainMessages", "The main contact holds every right; there is nothing to tick."),
    "rights.no_portal_access": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} has no portal access."),
    "rights.off_system_wide": QT_TRANSLATE_NOOP(
        "DomainMessages", "Off system-wide, so ticking it would do nothing: {rights}"),
    "right.profile": QT_TRANSLATE_NOOP("DomainMessages", "Modify master account profile"),
    "right.contacts": QT_TRANSLATE_NOOP("DomainMessages", "View & manage contacts"),
    "right.products": QT_TRANSLATE_NOOP("DomainMessages", "View products & services"),
    "right.manageproducts": QT_TRANSLATE_NOOP("DomainMessages", "View & manage passwords"),
    "right.productsso": QT_TRANSLATE_NOOP("DomainMessages", "Perform single sign-on"),
    "right.domains": QT_TRANSLATE_NOOP("DomainMessages", "View domains"),
    "right.managedomains": QT_TRANSLATE_NOOP("DomainMessages", "Manage domain settings"),
    "right.invoices": QT_TRANSLATE_NOOP("DomainMessages", "View & pay invoices"),
    "right.quotes": QT_TRANSLATE_NOOP("DomainMessages", "View & accept quotes"),
    "right.tickets": QT_TRANSLATE_NOOP("DomainMessages", "View & open support tickets"),
    "right.affiliates": QT_TRANSLATE_NOOP("DomainMessages", "View & manage affiliate account"),
    "right.emails": QT_TRANSLATE_NOOP("DomainMessages", "View emails"),
    "right.orders": QT_TRANSLATE_NOOP(
        "DomainMessages", "Place new orders, upgrades and cancellations"),
    "right.settings": QT_TRANSLATE_NOOP(
        "DomainMessages", "Show the Settings menu (change own password)"),
    # --- accounts and contacts ------------------------------------------------------------
    "account.not_found": QT_TRANSLATE_NOOP(
        "DomainMessages", "Customer account {account_id} does not exist (any more)."),
    "contact.not_on_account": QT_TRANSLATE_NOOP(
        "DomainMessages", "Contact {contact_id} is not on this account (any more)."),
    "contact.main_cannot_be_deleted": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The main contact cannot be deleted: an account always has exactly one. Make another "
        "contact the main contact first."),
    "invoice_contact.not_on_account": QT_TRANSLATE_NOOP(
        "DomainMessages", "Pick one of this account's contacts."),
    # --- changed by someone else (optimistic locking) -------------------------------------------
    "conflict.record": QT_TRANSLATE_NOOP(
        "DomainMessages", "This record was changed by someone else since you opened it."),
    "conflict.account": QT_TRANSLATE_NOOP(
        "DomainMessages", "This account was changed by someone else since you opened it."),
    "conflict.contact": QT_TRANSLATE_NOOP(
        "DomainMessages", "This contact was changed by someone else since you opened it."),
    "conflict.contact_portal_access": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This contact's portal access was changed by someone else since you opened it."),
    "conflict.login": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The portal login {username} was changed by someone else since you opened it "
        "(its password or whether it may log in): your change to it was not saved."),
    "conflict.operator": QT_TRANSLATE_NOOP(
        "DomainMessages", "This operator was changed by someone else since you opened it."),
    "conflict.portal_settings": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The system-wide portal settings were changed by someone else since you opened them."),
    "conflict.user_name_taken_meanwhile": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Someone else gave portal access to this user name at the same moment. Open the "
        "account again and retry."),
    # --- operators, roles and permissions ----------------------------------------------------
    "operator.sign_in_failed": QT_TRANSLATE_NOOP(
        "DomainMessages", "The operator name or password is not right."),
    "operator.sign_in_needs_terminal": QT_TRANSLATE_NOOP(
        "DomainMessages", "Signing in needs a terminal: run the command from one."),
    "operator.disabled": QT_TRANSLATE_NOOP(
        "DomainMessages", "The operator {name} is disabled. Ask an administrator."),
    "operator.name_required": QT_TRANSLATE_NOOP("DomainMessages", "An operator needs a name."),
    "operator.name_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Operator name: {problem}"),
    "operator.display_name_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Display name: {problem}"),
    "operator.login_name_unusable": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This computer's user name cannot be used as an operator name: {problem} Sign in to "
        "the computer as another user, or use a shared database with operator names."),
    "caller.name_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Caller's name: {problem}"),
    "caller.verified_by_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Verified by: {problem}"),
    "operator.name_taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "There is already an operator called {name}."),
    "operator.not_found": QT_TRANSLATE_NOOP("DomainMessages", "That operator no longer exists."),
    "operator.last_administrator": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This is the last administrator: make someone else administrator first."),
    "operator.remember_needs_operator": QT_TRANSLATE_NOOP(
        "DomainMessages", "Only an operator can be remembered."),
    "operator.remember_needs_password": QT_TRANSLATE_NOOP(
        "DomainMessages", "Only an operator who signs in with a password can be remembered."),
    "operator.role_changed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "An administrator changed your role to {role} since you signed in: this was not done. "
        "Try again if your new role allows it."),
    "operator.account_disabled": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Your operator account was disabled by an administrator (or removed): nothing was done."),
    "operator.first_administrator_password": QT_TRANSLATE_NOOP(
        "DomainMessages", "The first administrator needs a password."),
    "operator.already_registered": QT_TRANSLATE_NOOP(
        "DomainMessages", "This database has operators already: sign in as one."),
    "permission.refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} is signed in as {role}: {what} needs the role {allowed}."),
    "role.read_only": QT_TRANSLATE_NOOP("DomainMessages", "read-only"),
    "role.support_agent": QT_TRANSLATE_NOOP("DomainMessages", "support agent"),
    "role.administrator": QT_TRANSLATE_NOOP("DomainMessages", "administrator"),
    "permission.edit_accounts": QT_TRANSLATE_NOOP(
        "DomainMessages", "changing customer accounts and contacts"),
    "permission.portal_access": QT_TRANSLATE_NOOP(
        "DomainMessages", "changing portal access and passwords"),
    "permission.login_check": QT_TRANSLATE_NOOP("DomainMessages", "checking portal logins"),
    "permission.portal_settings": QT_TRANSLATE_NOOP(
        "DomainMessages", "changing the system-wide portal settings"),
    "permission.manage_operators": QT_TRANSLATE_NOOP(
        "DomainMessages", "managing operators and their roles"),
    "permission.delete_accounts": QT_TRANSLATE_NOOP(
        "DomainMessages", "deleting customer accounts"),
    "permission.import": QT_TRANSLATE_NOOP("DomainMessages", "importing customers"),
    "permission.view_audit": QT_TRANSLATE_NOOP(
        "DomainMessages", "reading the audit trail of every account"),
    "permission.export_identity_numbers": QT_TRANSLATE_NOOP(
        "DomainMessages", "exporting full personal identity numbers"),
    "permission.einvoice_register": QT_TRANSLATE_NOOP(
        "DomainMessages", "registering e-invoice recipients"),
    "permission.einvoice_decide": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "confirming and rejecting e-invoice registrations and moves, and keeping the "
        "operators and tiers"),
    "permission.partner_agreements": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "recording reseller agreements and keeping the product versions and their prices"),
    "permission.mail_settings": QT_TRANSLATE_NOOP(
        "DomainMessages", "keeping the settings of the outgoing mail server"),
    # --- import: the mapping, the rows, the file --------------------------------------------------
    "import.field_account_ref": QT_TRANSLATE_NOOP("DomainMessages", "Customer number"),
    "import.field_main_contact": QT_TRANSLATE_NOOP("DomainMessages", "Main contact"),
    "import.field_account_name": QT_TRANSLATE_NOOP("DomainMessages", "Account name"),
    "import.field_country": QT_TRANSLATE_NOOP("DomainMessages", "Country"),
    "import.field_org_number": QT_TRANSLATE_NOOP("DomainMessages", "Organisation number"),
    "import.field_peppol_id": QT_TRANSLATE_NOOP("DomainMessages", "Peppol ID"),
    "import.field_service_type": QT_TRANSLATE_NOOP("DomainMessages", "Service type"),
    "import.field_first_name": QT_TRANSLATE_NOOP("DomainMessages", "First name"),
    "import.field_last_name": QT_TRANSLATE_NOOP("DomainMessages", "Last name"),
    "import.field_organisation_name": QT_TRANSLATE_NOOP("DomainMessages", "Organisation name"),
    "import.field_email": QT_TRANSLATE_NOOP("DomainMessages", "Email"),
    "import.field_phone": QT_TRANSLATE_NOOP("DomainMessages", "Phone"),
    "import.field_address_line1": QT_TRANSLATE_NOOP("DomainMessages", "Address line 1"),
    "import.field_address_line2": QT_TRANSLATE_NOOP("DomainMessages", "Address line 2"),
    "import.field_postcode": QT_TRANSLATE_NOOP("DomainMessages", "Postcode"),
    "import.field_city": QT_TRANSLATE_NOOP("DomainMessages", "City"),
    "import.field_contact_country": QT_TRANSLATE_NOOP("DomainMessages", "Contact country"),
    "import.mapping_unknown_field": QT_TRANSLATE_NOOP(
        "DomainMessages", "Unknown field {name!r}. Fields: {fields}."),
    "import.mapping_invalid_json": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mapping is not valid JSON: {reason}."),
    "import.mapping_json_shape": QT_TRANSLATE_NOOP(
        "DomainMessages", 'A JSON mapping is an object like {{"email": "E-post"}}.'),
    "import.mapping_pair": QT_TRANSLATE_NOOP("DomainMessages", "Write field=Header, not {part!r}."),
    "import.mapping_no_such_column": QT_TRANSLATE_NOOP(
        "DomainMessages", "The file has no column {header!r} (for {field})."),
    "import.no_column": QT_TRANSLATE_NOOP(
        "DomainMessages", "No column holds {field}; choose one in the mapping."),
    "import.knock_on": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not imported: its account is refused (see line {lines})."),
    "import.main_contact_flag": QT_TRANSLATE_NOOP(
        "DomainMessages", "Write yes or no (or leave it empty)."),
    "import.main_contact_twice": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Line {line} is already the main contact of this account (an account has exactly "
        "one)."),
    "import.account_differs": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Differs from line {line} of the same account (“{value}” against “{main_value}”); "
        "leave it empty or write the same."),
    "import.duplicate_email": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The same email as line {line} of this account: a person is one contact."),
    "import.duplicate_org_number": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The same organisation number ({country}) as the account on line {lines}: one "
        "organisation is one account."),
    "import.org_number_stored": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "An account with this organisation number ({country} {org_number}) is already "
        "stored: customer number {customer_number}."),
    "import.too_many_cells": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This line has {cells} cells but the header only {width}: a separator too many, or a "
        "value with a comma that is not quoted?"),
    "import.cannot_read": QT_TRANSLATE_NOOP("DomainMessages", "Cannot read the file: {reason}."),
    "import.cancelled": QT_TRANSLATE_NOOP("DomainMessages", "Cancelled: nothing was imported."),
    "file.cannot_open": QT_TRANSLATE_NOOP("DomainMessages", "Cannot open the file: {reason}."),
    "file.not_a_table": QT_TRANSLATE_NOOP(
        "DomainMessages", "This is {what}, not a CSV or XLSX file."),
    "file.kind_xls": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "an Excel 97–2003 workbook (.xls) or another old Office file; save it as .xlsx or CSV"),
    "file.kind_pdf": QT_TRANSLATE_NOOP("DomainMessages", "a PDF document"),
    "file.kind_png": QT_TRANSLATE_NOOP("DomainMessages", "a PNG image"),
    "file.kind_jpeg": QT_TRANSLATE_NOOP("DomainMessages", "a JPEG image"),
    "file.kind_sqlite": QT_TRANSLATE_NOOP("DomainMessages", "an SQLite database"),
    "file.not_xlsx": QT_TRANSLATE_NOOP(
        "DomainMessages", "This is not an Excel workbook (.xlsx): it does not start like one."),
    "file.read_as_windows_1252": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The file is not UTF-8 text; it was read as Windows-1252 (Western European). If "
        "letters such as å, ä, ö look wrong in the preview, save the file as “CSV UTF-8” and "
        "import that."),
    "file.not_text": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The file is not text that custadmin can read (byte {byte} is neither UTF-8 nor "
        "Windows-1252). Save it as “CSV UTF-8” or as an Excel workbook."),
    "file.wrong_encoding": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The file says it is {encoding} text but byte {byte} is not. Save it again as "
        "“CSV UTF-8”."),
    "file.line_unreadable": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Cannot read this line ({reason}); a field may be too long or a quote not closed."),
    "file.empty": QT_TRANSLATE_NOOP("DomainMessages", "The file is empty."),
    "file.header_unreadable": QT_TRANSLATE_NOOP(
        "DomainMessages", "The first line (the column names) cannot be read: {reason}."),
    "file.workbook_unreadable": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This is not a readable Excel workbook (.xlsx); it may be damaged or another kind of "
        "file."),
    "file.no_worksheet": QT_TRANSLATE_NOOP("DomainMessages", "The workbook has no worksheet."),
    "file.worksheet_unreadable": QT_TRANSLATE_NOOP(
        "DomainMessages", "The worksheet cannot be read ({error})."),
    "file.worksheet_empty": QT_TRANSLATE_NOOP("DomainMessages", "The first worksheet is empty."),
    "file.worksheet_damaged": QT_TRANSLATE_NOOP(
        "DomainMessages", "The worksheet is damaged after line {line} ({error})."),
    "file.first_worksheet_only": QT_TRANSLATE_NOOP(
        "DomainMessages", "Only the first worksheet ({sheet}) is read."),
    # --- export -----------------------------------------------------------------------------
    "export.cancelled": QT_TRANSLATE_NOOP("DomainMessages", "Cancelled: no file was written."),
    "export.unknown_format": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose csv or xlsx, not {given!r}."),
    "export.cannot_write_folder": QT_TRANSLATE_NOOP(
        "DomainMessages", "Cannot write to {folder}: {reason}."),
    "export.cannot_write_file": QT_TRANSLATE_NOOP(
        "DomainMessages", "Cannot write {path}: {reason}."),
    # --- the database ---------------------------------------------------------------------------
    "database.busy": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database is busy: someone else is saving at this moment. Nothing was saved; try "
        "again."),
    "database.locked": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{where} is locked by another program (perhaps another custadmin doing a long task). "
        "Close it or wait, then start again."),
    "database.read_only_file": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database is read-only: changes cannot be saved. Check the file's permissions or "
        "ask an administrator."),
    "database.read_only_mount": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{path} is on a read-only disk: it is open for browsing and changes cannot be saved. "
        "To change it, make the disk writable, or copy the database to a writable folder "
        "while custadmin is closed."),
    "database.read_only_mount_unfinished": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{path} is on a read-only disk and its companion file {companion} holds saved changes "
        "that can only be read on a writable disk. Copy the database together with its "
        "companion files to a writable folder, or make the disk writable."),
    "database.read_only_permissions": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database file {path} is read-only for you: it is open for browsing and changes "
        "cannot be saved. Make the file writable (for example chmod u+w), then start "
        "custadmin again."),
    "database.read_only_shm": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database's companion file {companion} is read-only (SQLite made it so while the "
        "database was read-only), so nothing can be saved. Make it writable, or delete it "
        "while custadmin is closed; then start custadmin again."),
    "database.read_only_wal": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database's companion file {companion} is read-only, so nothing can be saved. "
        "Make it writable, then start custadmin again; do not delete it: it holds saved "
        "changes."),
    "database.read_only_folder": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The folder {folder} is read-only for you, and SQLite needs to create the database's "
        "companion files ({name}-wal and {name}-shm) there. Make the folder writable, or move "
        "the database to a folder you may write to."),
    "database.read_only_server": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database server accepts no changes (read-only)."),
    "database.disk_full": QT_TRANSLATE_NOOP(
        "DomainMessages", "The disk is full: nothing was saved. Free some space and save again."),
    "database.server_full": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database server is out of space: nothing was saved."),
    "database.damaged": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database file is damaged or is not a database. Restore it from a backup."),
    "database.file_cannot_open": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database file cannot be opened: check that its folder exists and that you may "
        "write there."),
    "database.authentication_failed": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database server refused the user name or password."),
    "database.missing_on_server": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database does not exist on that server."),
    "database.unreachable": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database server cannot be reached. Check the network and the database address, "
        "then try again."),
    "database.connection_lost": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The connection to the database server was lost: nothing was saved. Check the "
        "network, then try again."),
    "database.connection_lost_at_commit": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The connection to the database server was lost while the save was being confirmed: "
        "it may or may not have been saved. Open the record again to see, then try again if "
        "needed."),
    "database.statement_timeout": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database server stopped the work because it took too long: nothing was saved. "
        "Try again; if it keeps happening, tell an administrator (the server may be "
        "overloaded)."),
    "database.cancelled_on_server": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database server cancelled the work (perhaps an administrator stopped it): "
        "nothing was saved. Try again."),
    "database.is_folder": QT_TRANSLATE_NOOP(
        "DomainMessages", "{path} is a folder, not a database file."),
    "database.no_file": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "There is no database at {path}. Check the path, or start custadmin with --new to "
        "create an empty database there."),
    "database.network_share": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{path} is on a network share. SQLite cannot be used safely there (its write-ahead "
        "log needs a local disk); put the file on a local disk, or use a PostgreSQL server for "
        "shared use."),
    "database.other_application": QT_TRANSLATE_NOOP(
        "DomainMessages", "{where} is an SQLite database of another application, not custadmin's."),
    "database.foreign_tables": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{where} holds tables that are not custadmin's. Choose a custadmin database, or an "
        "empty one."),
    "database.not_custadmin": QT_TRANSLATE_NOOP(
        "DomainMessages", "{where} is not a custadmin database."),
    "database.too_new": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{where} was written by a newer version of custadmin (schema {revision}). Install the "
        "newer custadmin to open it; this version will not change it."),
    "database.upgrade_inconsistent": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The schema upgrade left the database inconsistent; the previous state was restored."),
    "database.upgrade_failed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The database could not be brought to this version's schema; it was left as it was "
        "before. See the log for details."),
    "database.at": QT_TRANSLATE_NOOP("DomainMessages", "{where}: {message}"),
    "database.cannot_open": QT_TRANSLATE_NOOP(
        "DomainMessages", "{where} cannot be opened: {reason}"),
    "database.open_failed": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database could not be opened."),
    "database.open_failed_unexpectedly": QT_TRANSLATE_NOOP(
        "DomainMessages", "The database could not be opened; see the log for details."),
    "database.unsupported": QT_TRANSLATE_NOOP(
        "DomainMessages", "custadmin works with SQLite or PostgreSQL, not {backend}."),
    "database.password_needed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{where} needs a password: put it in the keyring (service {service!r}) or start "
        "custadmin interactively."),
    "database.no_valid_password": QT_TRANSLATE_NOOP(
        "DomainMessages", "No valid password was given for {where}."),
    # --- e-invoicing (R18, R19) -----------------------------------------------------------------
    "einvoice.operator_required": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose the recipient's e-invoice operator."),
    "einvoice.operator_unknown": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not an operator in the catalogue: choose one from the list."),
    "einvoice.participant_id_twice": QT_TRANSLATE_NOOP(
        "DomainMessages", "{id} is given twice."),
    "einvoice.duplicate_org": QT_TRANSLATE_NOOP(
        "DomainMessages", "Already in the network as {name}: search for it and update it."),
    "einvoice.duplicate_participant": QT_TRANSLATE_NOOP(
        "DomainMessages", "{id} is already in the network, for {name}."),
    "einvoice.recipient_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "This recipient is no longer in the network."),
    "einvoice.recipient_changed": QT_TRANSLATE_NOOP(
        "DomainMessages", "Someone else changed this recipient meanwhile: search again."),
    "einvoice.move_same_operator": QT_TRANSLATE_NOOP(
        "DomainMessages", "The recipient is at this operator already."),
    "einvoice.move_pending_already": QT_TRANSLATE_NOOP(
        "DomainMessages", "A move is waiting to be confirmed already."),
    "einvoice.no_move_pending": QT_TRANSLATE_NOOP(
        "DomainMessages", "No move is waiting to be confirmed."),
    "einvoice.operator_code_taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} has this code already."),
    "einvoice.tier_rank": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A whole number from 0 to 999: the tier's place in the order (lowest first)."),
    "einvoice.tier_rank_taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} has this place in the order already."),
    "einvoice.tier_unknown": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a tier in the catalogue: choose one from the list."),
    "delivery.peppol": QT_TRANSLATE_NOOP(
        "DomainMessages", "Receives e-invoices through {operator} (confirmed {date})."),
    "delivery.peppol_move_pending": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Moving to {new_operator}: still delivered through {operator} until the move is "
        "confirmed."),
    "delivery.not_in_network": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not in the e-invoice network."),
    "delivery.pending": QT_TRANSLATE_NOOP(
        "DomainMessages", "Registration pending since {date}."),
    "delivery.rejected": QT_TRANSLATE_NOOP(
        "DomainMessages", "Registration rejected: {reason}"),
    "delivery.no_peppol_id": QT_TRANSLATE_NOOP(
        "DomainMessages", "In the network, but the account has no Peppol ID."),
    "delivery.cannot_receive_invoices": QT_TRANSLATE_NOOP(
        "DomainMessages", "The recipient cannot receive invoices through Peppol."),
    "delivery.tier_too_low": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Our service tier {tier} does not reach recipients at {operator}: that needs {needed} "
        "or higher."),
    "delivery.email_pdf": QT_TRANSLATE_NOOP(
        "DomainMessages", "{why} Invoices go as PDF by email to {recipients} meanwhile."),
    "delivery.paper": QT_TRANSLATE_NOOP(
        "DomainMessages", "{why} Invoices go on paper to {address} meanwhile."),
    "delivery.held": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{why} The customer requires e-invoices: invoices are held until the recipient can "
        "receive them."),
    # --- accounting bureaus (R20–R24) ---------------------------------------------------------
    "bureau.may_not_activate": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Only the bureau's system administrator or a program administrator of the client "
        "manager may activate clients."),
    "bureau.step_refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "A connection request that is {state} cannot {step}."),
    "connection.state.draft": QT_TRANSLATE_NOOP("DomainMessages", "a draft"),
    "connection.state.sent": QT_TRANSLATE_NOOP("DomainMessages", "sent"),
    "connection.state.signed": QT_TRANSLATE_NOOP("DomainMessages", "signed"),
    "connection.state.awaiting_activation": QT_TRANSLATE_NOOP(
        "DomainMessages", "awaiting activation"),
    "connection.state.active": QT_TRANSLATE_NOOP("DomainMessages", "active"),
    "connection.state.declined": QT_TRANSLATE_NOOP("DomainMessages", "declined"),
    "connection.state.expired": QT_TRANSLATE_NOOP("DomainMessages", "expired"),
    "connection.state.disconnected": QT_TRANSLATE_NOOP("DomainMessages", "disconnected"),
    "connection.step.send": QT_TRANSLATE_NOOP("DomainMessages", "be sent"),
    "connection.step.sign": QT_TRANSLATE_NOOP("DomainMessages", "be signed"),
    "connection.step.decline": QT_TRANSLATE_NOOP("DomainMessages", "be declined"),
    "connection.step.queue": QT_TRANSLATE_NOOP("DomainMessages",
                                               "be put in the activation list"),
    "connection.step.activate": QT_TRANSLATE_NOOP("DomainMessages", "be activated"),
    "connection.step.disconnect": QT_TRANSLATE_NOOP("DomainMessages", "be disconnected"),
    "bureau.not_bureau": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} is not marked as an accounting bureau."),
    "bureau.role_needs_bureau": QT_TRANSLATE_NOOP(
        "DomainMessages", "Only users of an accounting bureau have bureau roles."),
    "bureau.not_consultant": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} is not a consultant of the bureau."),
    "bureau.client_not_connected": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{name} is not connected to the bureau yet: access is granted once the client is "
        "created by the bureau or its connection form is signed."),
    "bureau.matrix_conflict": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Someone else changed {count} of these boxes since you opened them; nothing was "
        "saved. Those boxes now show what is stored; your other changes are kept, not yet "
        "saved."),
    "bureau.not_client_user": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{name} is neither a user of the client nor a consultant with access to it."),
    "bureau.already_client": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} is already a client of the bureau ({state})."),
    "bureau.own_client": QT_TRANSLATE_NOOP(
        "DomainMessages", "A bureau cannot be its own client."),
    "bureau.not_bureau_user": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose a user of the bureau (a contact with a portal login)."),
    "bureau.not_a_contact": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose a contact of this account."),
    "bureau.not_client_contact": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose a contact of the client."),
    "bureau.signed_file_empty": QT_TRANSLATE_NOOP(
        "DomainMessages", "Choose the signed connection form (a file that is not empty)."),
    "bureau.link_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "This client is no longer in the bureau's list."),
    "bureau.link_changed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Someone else changed this client's connection since you opened it: it is shown "
        "as stored now."),
    "bureau.login_unknown": QT_TRANSLATE_NOOP(
        "DomainMessages", "No consultant of any bureau logs in as {username}."),
    "bureau.no_client_found": QT_TRANSLATE_NOOP(
        "DomainMessages", "No client of {bureau} matches “{text}”."),
    "bureau.program_unknown": QT_TRANSLATE_NOOP(
        "DomainMessages", "This program is no longer in the catalogue."),
    "bureau.program_taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "The program {name} has this code already."),
    "bureau.wrong_signer": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The connection form must be signed by the client's system administrator or an "
        "authorised signatory."),
    "bureau.not_client_administrator": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Only the client's own system administrator grants program permissions there."),
    "access.login_disabled": QT_TRANSLATE_NOOP(
        "DomainMessages", "The consultant's login is disabled."),
    "access.not_connected": QT_TRANSLATE_NOOP(
        "DomainMessages", "The client's connection form is not signed yet."),
    "access.not_activated": QT_TRANSLATE_NOOP(
        "DomainMessages", "The client is not activated yet: it waits in the activation list."),
    "access.no_access": QT_TRANSLATE_NOOP(
        "DomainMessages", "The bureau has not given the consultant access to this client."),
    "access.no_programs": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The client's system administrator has not granted the consultant any program."),
    "access.granted": QT_TRANSLATE_NOOP(
        "DomainMessages", "Sees {programs}."),
    # --- partnerships and licences (R25–R28) -------------------------------------------------
    "licence.personal_number_country": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Personal identity numbers are checked for Swedish, Danish, Norwegian and Finnish "
        "accounts; this account's country is {country}."),
    "licence.personal_number_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a valid personal identity number."),
    "licence.missing.email": QT_TRANSLATE_NOOP("DomainMessages", "email"),
    "licence.missing.employment_number": QT_TRANSLATE_NOOP(
        "DomainMessages", "employment number"),
    "licence.missing.salary_type": QT_TRANSLATE_NOOP("DomainMessages", "salary type"),
    "licence.missing.approver": QT_TRANSLATE_NOOP("DomainMessages", "approver"),
    "licence.email_or_personal_number": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Give an email, or a personal identity number so that the user can log in with "
        "BankID."),
    "licence.approver_self": QT_TRANSLATE_NOOP(
        "DomainMessages", "A user cannot approve their own reports: choose another user."),
    "licence.approver_role": QT_TRANSLATE_NOOP(
        "DomainMessages", "{name} is neither an Approver nor an Administrator."),
    "licence.user_lacks": QT_TRANSLATE_NOOP("DomainMessages", "{name} lacks {missing}"),
    "licence.summary": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ready to be invited: {ready} of {total}. Missing: {missing}."),
    "licence.summary_all_ready": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ready to be invited: {ready} of {total}. Nothing is missing."),
    "licence.no_free_seat": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "No free licence: the agreement has {licences}, {in_use} in use, {free} free. Add "
        "licences first."),
    "licence.collective_needs_partner": QT_TRANSLATE_NOOP(
        "DomainMessages", "The collective invoice goes to the partner: invoice the partner."),
    "licence.collective_needs_agreement": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The partner has no reseller agreement: without one, the customer's licences cannot "
        "go on the partner's collective invoice."),
    "licence.no_email_bankid": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "No email: no welcome email can be sent. Tell the user to log in with BankID; they "
        "enter an email at their first login."),
    "licence.not_ready": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not ready to be invited: missing {missing}."),
    "licence.user_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "This user is no longer on the account's licences."),
    "licence.user_changed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Someone else changed this user since you opened it; nothing was saved."),
    "licence.too_few": QT_TRANSLATE_NOOP(
        "DomainMessages", "Too few: the account needs licences for {in_use} users at least."),
    "licence.too_many": QT_TRANSLATE_NOOP(
        "DomainMessages", "Too many: at most {most} licences at a time."),
    "licence.taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "Already given for {name}, another user of this account."),
    "licence.approver_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "The approver is not a user of this account any more."),
    "licence.still_approver": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Still the approver of other users ({count}): choose them another approver first."),
    "licence.not_partner": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{name} is neither a bureau nor a reseller: only partners create accounts through "
        "a partnership."),
    "licence.product_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "This product is no longer in the catalogue."),
    "licence.partnership_gone": QT_TRANSLATE_NOOP(
        "DomainMessages", "This account's partnership no longer exists."),
    "licence.partnership_changed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Someone else changed the agreement since you opened it; nothing was saved."),
    "licence.product_key": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "A code of lower-case letters a–z, digits and _ (at most 40), e.g. easy_plus."),
    "licence.price_negative": QT_TRANSLATE_NOOP("DomainMessages", "A price cannot be negative."),
    "licence.currency": QT_TRANSLATE_NOOP(
        "DomainMessages", "A currency code of three letters, e.g. SEK, DKK, NOK or EUR."),
    "licence.reseller_above_list": QT_TRANSLATE_NOOP(
        "DomainMessages", "The reseller price must not be above the licence price."),
    "licence.product_taken": QT_TRANSLATE_NOOP(
        "DomainMessages", "The product {name} has this code already."),
    "licence.no_partnership": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "This account was not created through a partnership: it has no licences to give."),
    # --- mail delivery: SMTP and the outbox folder (issue 18) ---------------------------------
    "mail.host_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages", "Not a host name or IP address (e.g. smtp.example.com)."),
    "mail.port_range": QT_TRANSLATE_NOOP("DomainMessages", "A port from 1 to 65535."),
    "mail.security_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Choose STARTTLS, TLS or none."),
    "mail.plain_only_local": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Unencrypted only to a mail server on this computer (localhost or 127.0.0.1): "
        "choose STARTTLS or TLS."),
    "mail.password_without_user": QT_TRANSLATE_NOOP(
        "DomainMessages", "A password needs a user name."),
    "mail.settings_changed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The outgoing mail settings were changed by someone else since you opened them."),
    "mail.settings_incomplete": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The outgoing mail settings are incomplete: correct them in Outgoing mail."),
    "mail.password_missing": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "No password is kept for {username} at {host} (without a keyring it is forgotten "
        "when custadmin closes): type it again in Outgoing mail."),
    "mail.no_recipient": QT_TRANSLATE_NOOP("DomainMessages", "The email has no recipient."),
    "mail.connection_refused": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The mail server {server} refused the connection: are the host and port right, and "
        "is the server running?"),
    "mail.timeout": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server {server} did not answer in time (seconds: {seconds})."),
    "mail.unknown_host": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The mail server's host name {host} is not known: check its spelling and the network."),
    "mail.unreachable": QT_TRANSLATE_NOOP(
        "DomainMessages", "Cannot reach the mail server {server}: {reason}"),
    "mail.disconnected": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The mail server {server} closed the connection unexpectedly; the email was not sent."),
    "mail.greeting_refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server {server} refused to serve custadmin: {reply}"),
    "mail.no_starttls": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The mail server {server} does not offer STARTTLS, and custadmin never sends "
        "unencrypted: choose TLS (often port 465) or ask the server's administrator."),
    "mail.certificate_untrusted": QT_TRANSLATE_NOOP(
        "DomainMessages", "The certificate of the mail server {server} is not trusted: {reason}"),
    "mail.tls_failed": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The encrypted connection to {server} failed ({reason}): does the server expect "
        "STARTTLS or TLS on this port?"),
    "mail.auth_failed": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server refused the user name or password: {reply}"),
    "mail.auth_not_offered": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The mail server {server} offers no login custadmin can use on this connection: "
        "leave the user name empty, or choose another port or security."),
    "mail.sender_refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server refused the sender {sender}: {reply}"),
    "mail.recipient_refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server refused to deliver to {recipients}: {reply}"),
    "mail.some_recipients_refused": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "The email went to the other recipients, but the mail server refused {recipients}: "
        "{reply}"),
    "mail.message_refused": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server refused the email: {reply}"),
    "mail.server_error": QT_TRANSLATE_NOOP(
        "DomainMessages", "The mail server answered with an error: {reply}"),
    "mail.smtp_failed": QT_TRANSLATE_NOOP("DomainMessages", "Sending the email failed: {reason}"),
    "mail.outbox_failed": QT_TRANSLATE_NOOP(
        "DomainMessages", "Cannot write the email into the outbox folder {folder}: {reason}"),
    # --- invoice basis: the partner's collective invoice (issue 18) ---------------------------
    "invoice.month_invalid": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Choose a month from 1 to 12 of a year from 1 to 9999 (not month {month} of {year})."),
    "invoice.no_agreement": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{name} had no reseller agreement in this month, and a collective invoice needs one."),
    "invoice.column_customer": QT_TRANSLATE_NOOP("DomainMessages", "Customer"),
    "invoice.column_product": QT_TRANSLATE_NOOP("DomainMessages", "Product"),
    "invoice.column_kind": QT_TRANSLATE_NOOP("DomainMessages", "Kind"),
    "invoice.column_unit_price": QT_TRANSLATE_NOOP(
        "DomainMessages", "Reseller price per month"),
    "invoice.column_currency": QT_TRANSLATE_NOOP("DomainMessages", "Currency"),
    "invoice.column_start": QT_TRANSLATE_NOOP("DomainMessages", "Licences at start"),
    "invoice.column_end": QT_TRANSLATE_NOOP("DomainMessages", "Licences at end"),
    "invoice.column_licence_days": QT_TRANSLATE_NOOP("DomainMessages", "Licence-days"),
    "invoice.column_changes": QT_TRANSLATE_NOOP("DomainMessages", "Changes in the month"),
    "invoice.column_amount": QT_TRANSLATE_NOOP("DomainMessages", "Amount"),
    "invoice.kind_version": QT_TRANSLATE_NOOP("DomainMessages", "Version"),
    "invoice.kind_addon": QT_TRANSLATE_NOOP("DomainMessages", "Add-on"),
    "invoice.total": QT_TRANSLATE_NOOP("DomainMessages", "Total"),
    # --- lists (parts of a sentence) -----------------------------------------------------------
    "list.or": QT_TRANSLATE_NOOP("DomainMessages", "{head} or {tail}"),
    "list.comma": QT_TRANSLATE_NOOP("DomainMessages", "{head}, {tail}"),
    "list.semicolon": QT_TRANSLATE_NOOP("DomainMessages", "{head}; {tail}"),
}


class Message(str):
    """A text for the operator: its English rendering, with ``code`` and ``params``.

    As a ``str`` it is the English text (equality, hashing, ``in`` and
    formatting are those of that text). ``Message("password.too_short",
    min_length=12)`` renders :data:`ENGLISH`\\ ``["password.too_short"]``
    with ``min_length=12``; a parameter that is a :class:`Message` is
    rendered in its place (and translated with it by the UI).
    """

    __slots__ = ("code", "params")
    code: str
    params: Mapping[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        self = super().__new__(cls, ENGLISH[code].format(**params))
        self.code = code
        self.params = MappingProxyType(dict(params))
        return self

    @property
    def template(self) -> str:
        """The English template of :attr:`code` (what a translation translates)."""
        return ENGLISH[self.code]

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.code!r}{args})"

    # Pickling (the import validates rows in worker processes and sends the
    # problems back): rebuilt from the code and the parameters, never from
    # the text, so that it comes back as a Message with both.
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        return (self.code,), dict(self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        args, params = self.__getnewargs_ex__()
        return (_restore, (type(self), args, params))


def _restore(cls: type[Message], args: tuple[str], params: dict[str, object]) -> Message:
    """Unpickles a :class:`Message` (a module-level function: any protocol can name it)."""
    return cls(*args, **params)


def _joined(items: Sequence[str], pair: Callable[[str, str], Message]) -> str:
    # Halves, not a chain: a long list nests only log2(n) deep.
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    middle = len(items) // 2
    return pair(_joined(items[:middle], pair), _joined(items[middle:], pair))


def or_list(items: Sequence[str]) -> str:
    """``a or b or c``, each part translatable."""
    return _joined(items, lambda head, tail: Message("list.or", head=head, tail=tail))


def comma_list(items: Sequence[str]) -> str:
    """``a, b, c``, each part translatable."""
    return _joined(items, lambda head, tail: Message("list.comma", head=head, tail=tail))


def semicolon_list(items: Sequence[str]) -> str:
    """``a; b; c``, each part translatable."""
    return _joined(items, lambda head, tail: Message("list.semicolon", head=head, tail=tail))
