"""Import and export of the customer register: the rules, as plain Python.

A file (CSV or XLSX) holds one *contact* per row. The account's columns are
repeated on each of its rows; an optional *account reference* column groups
rows into one account (an export writes the customer number there), and an
optional *main contact* column says which of them is the main contact (R1;
otherwise the account's first row is). Without a reference column every row
is an account of its own. Extra contacts start with no rights and no emails
(R3).

Everything here is pure: which column is which (guessed from the headers in
English, Swedish, Danish, Norwegian and Finnish), the CWE-1236 escape of
exported cells and its inverse, and the validation of one account's rows with
the domain's own functions (:func:`~custadmin.domain.accounts.validate_account`,
:func:`~custadmin.domain.accounts.validate_contact`), so an import applies
exactly the rules a form does. Reading files and writing the database belong
to :mod:`custadmin.services.importer` and :mod:`custadmin.services.exporter`.
"""

from __future__ import annotations

import enum
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from custadmin.domain.accounts import (
    AccountInput,
    AccountRow,
    AccountRows,
    ContactInput,
    ContactRow,
    validate_account,
    validate_contact,
)
from custadmin.domain.errors import ValidationError
from custadmin.domain.identifiers import redact_personal_numbers, shown_org_number
from custadmin.domain.messages import Message


class ImportField(enum.StrEnum):
    """What a column of an import file can hold, in export column order."""

    ACCOUNT_REF = "account_ref"
    MAIN_CONTACT = "main_contact"
    ACCOUNT_NAME = "account_name"
    COUNTRY = "country"
    ORG_NUMBER = "org_number"
    PEPPOL_ID = "peppol_id"
    SERVICE_TYPE = "service_type"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION_NAME = "organisation_name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS_LINE1 = "address_line1"
    ADDRESS_LINE2 = "address_line2"
    POSTCODE = "postcode"
    CITY = "city"
    CONTACT_COUNTRY = "contact_country"


FIELDS: tuple[ImportField, ...] = tuple(ImportField)
#: Position of each field in a row's value tuple.
_AT = {f: i for i, f in enumerate(FIELDS)}

#: Each field's name as messages about the file name it (translatable).
FIELD_NAMES: dict[ImportField, Message] = {
    ImportField.ACCOUNT_REF: Message("import.field_account_ref"),
    ImportField.MAIN_CONTACT: Message("import.field_main_contact"),
    ImportField.ACCOUNT_NAME: Message("import.field_account_name"),
    ImportField.COUNTRY: Message("import.field_country"),
    ImportField.ORG_NUMBER: Message("import.field_org_number"),
    ImportField.PEPPOL_ID: Message("import.field_peppol_id"),
    ImportField.SERVICE_TYPE: Message("import.field_service_type"),
    ImportField.FIRST_NAME: Message("import.field_first_name"),
    ImportField.LAST_NAME: Message("import.field_last_name"),
    ImportField.ORGANISATION_NAME: Message("import.field_organisation_name"),
    ImportField.EMAIL: Message("import.field_email"),
    ImportField.PHONE: Message("import.field_phone"),
    ImportField.ADDRESS_LINE1: Message("import.field_address_line1"),
    ImportField.ADDRESS_LINE2: Message("import.field_address_line2"),
    ImportField.POSTCODE: Message("import.field_postcode"),
    ImportField.CITY: Message("import.field_city"),
    ImportField.CONTACT_COUNTRY: Message("import.field_contact_country"),
}
#: Column headers an export writes (and the labels reports use): the names
#: above in English, as plain text (a file's headers are not translated).
FIELD_LABELS: dict[ImportField, str] = {field: str(name) for field, name in FIELD_NAMES.items()}

#: Columns a file must have. The rest may be missing: no reference (every row
#: its own account), no main-contact flag (the first row), no organisation
#: number, Peppol ID, service type, organisation name or address line 2, and
#: no contact country (the account's country).
REQUIRED_FIELDS: frozenset[ImportField] = frozenset({
    ImportField.ACCOUNT_NAME, ImportField.COUNTRY, ImportField.FIRST_NAME,
    ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE,
    ImportField.ADDRESS_LINE1, ImportField.POSTCODE, ImportField.CITY,
})

ACCOUNT_COLUMNS: tuple[ImportField, ...] = (
    ImportField.ACCOUNT_NAME, ImportField.COUNTRY, ImportField.ORG_NUMBER,
    ImportField.PEPPOL_ID, ImportField.SERVICE_TYPE,
)

#: Header words per field. Compared after :func:`header_key` (case, accents,
#: spaces and punctuation ignored), so "E-post", "e post" and "EPOST" are one.
_SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    ImportField.ACCOUNT_REF: (
        "customer number", "customer no", "customer id", "customer ref", "customer reference",
        "account reference", "account ref", "account number", "account no", "account id",
        "reference", "ref", "kundnummer", "kundnr", "kund id", "kundreferens", "referens",
        "kundenummer", "kundenr", "kunde nr", "kunde id", "kundereference", "referanse",
        "asiakasnumero", "asiakasnro",
    ),
    ImportField.MAIN_CONTACT: (
        "main contact", "main", "is main", "primary contact", "primary", "account owner",
        "huvudkontakt", "primär kontakt", "kontoägare", "hovedkontakt", "primær kontakt",
        "kontoejer", "kontoeier", "pääyhteyshenkilö",
    ),
    ImportField.ACCOUNT_NAME: (
        "account name", "account", "customer name", "customer", "company", "company name",
        "name", "kundnamn", "kund", "företag", "företagsnamn", "kontonamn", "namn",
        "kundenavn", "kunde", "firma", "firmanavn", "virksomhed", "virksomhedsnavn",
        "bedrift", "foretak", "kontonavn", "navn", "asiakas", "yritys", "nimi",
    ),
    ImportField.COUNTRY: (
        "country", "account country", "country code", "land", "landskod", "landekode",
        "landkode", "maa",
    ),
    ImportField.ORG_NUMBER: (
        "organisation number", "organization number", "org number", "org no", "org nr",
        "orgnr", "org id", "company number", "company registration number",
        "registration number", "business id", "organisationsnummer", "organisationsnr",
        "orgnummer", "cvr", "cvr nr", "cvr nummer", "organisasjonsnummer", "y tunnus",
        "ytunnus",
    ),
    ImportField.PEPPOL_ID: (
        "peppol id", "peppol", "peppol participant id", "participant id", "peppol address",
        "peppoladress", "peppol adresse", "peppol tunnus",
    ),
    ImportField.SERVICE_TYPE: (
        "service type", "service", "tjänstetyp", "tjänst", "tjenestetype", "ydelsestype",
        "ydelse", "palvelutyyppi",
    ),
    ImportField.FIRST_NAME: (
        "first name", "firstname", "given name", "forename", "förnamn", "fornavn",
        "etunimi",
    ),
    ImportField.LAST_NAME: (
        "last name", "lastname", "surname", "family name", "efternamn", "efternavn",
        "etternavn", "sukunimi",
    ),
    ImportField.ORGANISATION_NAME: (
        "organisation name", "organization name", "organisation", "organization",
        "contact organisation", "contact company", "organisationsnamn", "organisationsnavn",
        "organisasjonsnavn", "organisaatio",
    ),
    ImportField.EMAIL: (
        "email", "e mail", "email address", "e mail address", "mail", "e post", "epost",
        "e postadress", "e postadresse", "mejl", "mailadresse", "sähköposti",
    ),
    ImportField.PHONE: (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile phone", "telefon",
        "telefonnummer", "telefonnr", "mobil", "mobilnummer", "tlf", "tlf nr", "puhelin",
        "puhelinnumero",
    ),
    ImportField.ADDRESS_LINE1: (
        "address line 1", "address 1", "address", "street", "street address", "adressrad 1",
        "adress", "gatuadress", "utdelningsadress", "adresse", "adresselinje 1", "adresse 1",
        "gateadresse", "gadenavn", "osoite", "katuosoite",
    ),
    ImportField.ADDRESS_LINE2: (
        "address line 2", "address 2", "adressrad 2", "adress 2", "c o", "co",
        "adresselinje 2", "adresse 2", "osoite 2",
    ),
    ImportField.POSTCODE: (
        "postcode", "post code", "postal code", "zip", "zip code", "postnummer", "postnr",
        "post nr", "postinumero",
    ),
    ImportField.CITY: (
        "city", "town", "ort", "postort", "stad", "by", "bynavn", "poststed", "sted",
        "postitoimipaikka", "kaupunki",
    ),
    ImportField.CONTACT_COUNTRY: (
        "contact country", "contact land", "kontaktland", "kontaktens land", "kontakt land",
        "yhteyshenkilön maa",
    ),
}


def header_key(header: str) -> str:
    """A header as compared: accents, case, spaces and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return "".join(ch for ch in plain if ch.isalnum())


_BY_KEY: dict[str, ImportField] = {
    header_key(word): field for field, words in _SYNONYMS.items() for word in words
}
# Export headers always come back to their own field.
_BY_KEY.update({header_key(label): field for field, label in FIELD_LABELS.items()})

def guess_mapping(headers: Sequence[str]) -> dict[ImportField, int]:
    """Fields recognised in ``headers``; the first column wins a field."""
    mapping: dict[ImportField, int] = {}
    for index, header in enumerate(headers):
        field = _BY_KEY.get(header_key(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


class MappingError(ValueError):
    """A mapping given by the operator names a field or a column that does not exist.

    ``message`` says which (a :class:`~custadmin.domain.messages.Message`).
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_field(name: str) -> ImportField:
    """A field by its key (``email``) or its label (``Email``, any case)."""
    text = name.strip()
    try:
        return ImportField(text.lower())
    except ValueError:
        pass
    key = header_key(text)
    for field, label in FIELD_LABELS.items():
        if header_key(label) == key or header_key(field.value) == key:
            return field
    known = ", ".join(f.value for f in FIELDS)
    raise MappingError(Message("import.mapping_unknown_field", name=name, fields=known))


def parse_mapping_spec(spec: str) -> dict[ImportField, str]:
    """``field=Header,field=Header`` or a JSON object ``{"field": "Header"}``.

    An empty header (``field=``) means "this field is not in the file".
    """
    text = spec.strip()
    pairs: list[tuple[str, str]] = []
    if text.startswith("{"):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MappingError(Message("import.mapping_invalid_json", reason=exc.msg)) from None
        if not isinstance(loaded, dict) or not all(
            isinstance(v, str | None) for v in loaded.values()
        ):
            raise MappingError(Message("import.mapping_json_shape"))
        pairs = [(str(k), v or "") for k, v in loaded.items()]
    else:
        for part in filter(None, (p.strip() for p in text.split(","))):
            name, equals, header = part.partition("=")
            if not equals:
                raise MappingError(Message("import.mapping_pair", part=part))
            pairs.append((name, header.strip()))
    return {parse_field(name): header for name, header in pairs}


def apply_mapping(
    headers: Sequence[str], guessed: Mapping[ImportField, int], given: Mapping[ImportField, str]
) -> dict[ImportField, int]:
    """The guess, overridden by what the operator gave by header name."""
    mapping = dict(guessed)
    for field, header in given.items():
        mapping.pop(field, None)
        if not header:
            continue
        index = next((i for i, h in enumerate(headers) if h == header), None)
        if index is None:
            key = header_key(header)
            index = next((i for i, h in enumerate(headers) if header_key(h) == key), None)
        if index is None:
            raise MappingError(Message("import.mapping_no_such_column", header=header,
                                       field=FIELD_NAMES[field]))
        mapping[field] = index
    return mapping


def missing_fields(mapping: Mapping[ImportField, int]) -> list[ImportField]:
    """Required fields no column is mapped to, in column order."""
    return [f for f in FIELDS if f in REQUIRED_FIELDS and f not in mapping]


# --- CWE-1236 ------------------------------------------------------------

#: A spreadsheet may run a cell starting with one of these as a formula.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\x00")
_ESCAPED = re.compile("'+[=+\\-@\t\r\x00]")


def escape_cell(value: str) -> str:
    """``value`` safe to open in a spreadsheet (CWE-1236).

    A cell that starts with ``= + - @``, tab, CR or NUL gets a leading ``'``.
    So that :func:`unescape_cell` can undo it exactly, so does a cell that
    already starts with apostrophes followed by one of those.
    """
    if not value:
        return value
    first = value[0]
    if first in FORMULA_TRIGGERS or (first == "'" and _ESCAPED.match(value)):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """The inverse of :func:`escape_cell`: one ``'`` before a trigger removed."""
    if value[:1] == "'" and _ESCAPED.match(value):
        return value[1:]
    return value


# --- rows, accounts, problems -----------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a line (1-based, as a spreadsheet numbers it; 0 = the whole file) was refused.

    ``message`` is a :class:`~custadmin.domain.messages.Message` (pickled
    with its code and parameters when a worker process sends it back).
    """

    line: int
    field: ImportField | None
    message: str
    #: Refused only because another line of its account was.
    knock_on: bool = False
    #: The refused cell as the file has it (a personal identity number
    #: masked, at most :data:`SHOWN_VALUE` characters); "" for a whole line.
    value: str = ""

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field] if self.field is not None else ""


class SourceRow(NamedTuple):
    """One data row: its line number and the mapped cells in :data:`FIELDS` order."""

    line: int
    values: tuple[str, ...]


def row_values(cells: Sequence[str], columns: Sequence[int]) -> tuple[str, ...]:
    """The cells of ``columns`` (-1: not in the file), unescaped and trimmed.

    A row shorter than the header (a ragged row) reads as empty cells.
    """
    count = len(cells)
    return tuple(
        unescape_cell(cells[i].strip()).strip() if 0 <= i < count else "" for i in columns
    )


def columns_of(mapping: Mapping[ImportField, int]) -> tuple[int, ...]:
    return tuple(mapping.get(f, -1) for f in FIELDS)


class PlannedAccount(NamedTuple):
    """An account that passed every check, its main contact first."""

    lines: tuple[int, ...]
    account: AccountRow
    contacts: tuple[ContactRow, ...]

    @property
    def org_key(self) -> tuple[str, str] | None:
        """(country, organisation number), or None for an account without one."""
        account = self.account
        return (account.country, account.org_number) if account.org_number else None

    @property
    def rows(self) -> AccountRows:
        return AccountRows(self.account, self.contacts)


_YES = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "kylla", "k", "main", "sant"})
_NO = frozenset({"no", "n", "false", "0", "", "nej", "nei", "ei", "falskt"})


def parse_flag(value: str) -> bool | None:
    """Yes/no in the languages of the headers; None if it is neither."""
    key = header_key(value)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


_ACCOUNT_ERROR_FIELDS = {
    "name": ImportField.ACCOUNT_NAME, "country": ImportField.COUNTRY,
    "org_number": ImportField.ORG_NUMBER, "peppol_id": ImportField.PEPPOL_ID,
    "service_type": ImportField.SERVICE_TYPE,
}
_CONTACT_ERROR_FIELDS = {
    "first_name": ImportField.FIRST_NAME, "last_name": ImportField.LAST_NAME,
    "organisation_name": ImportField.ORGANISATION_NAME, "email": ImportField.EMAIL,
    "phone": ImportField.PHONE, "address_line1": ImportField.ADDRESS_LINE1,
    "address_line2": ImportField.ADDRESS_LINE2, "postcode": ImportField.POSTCODE,
    "city": ImportField.CITY, "country": ImportField.CONTACT_COUNTRY,
}

_I_NAME, _I_COUNTRY, _I_ORG, _I_PEPPOL, _I_SERVICE = (_AT[f] for f in ACCOUNT_COLUMNS)
_I_MAIN = _AT[ImportField.MAIN_CONTACT]
_I_CONTACT_COUNTRY = _AT[ImportField.CONTACT_COUNTRY]
_CONTACT_AT = tuple(_AT[f] for f in _CONTACT_ERROR_FIELDS.values())


def not_imported(line: int, because: Iterable[int]) -> Problem:
    lines = ", ".join(str(n) for n in sorted(set(because)))
    return Problem(line, None, Message("import.knock_on", lines=lines), knock_on=True)


#: How much of a refused value a report quotes.
SHOWN_VALUE = 60


def _cell(values: Sequence[str], field: ImportField | None) -> str:
    """The cell of ``field`` as a report may quote it (never a personal number in full)."""
    if field is None:
        return ""
    return redact_personal_numbers(values[_AT[field]])[:SHOWN_VALUE]


def _main_row(rows: Sequence[SourceRow], flagged: bool, problems: list[Problem]) -> int:
    """Which row is the main contact: the one marked, else the first."""
    if not flagged:
        return 0
    main: int | None = None
    for position, row in enumerate(rows):
        flag = parse_flag(row.values[_I_MAIN])
        if flag is None:
            problems.append(Problem(row.line, ImportField.MAIN_CONTACT,
                                    Message("import.main_contact_flag"),
                                    value=_cell(row.values, ImportField.MAIN_CONTACT)))
        elif flag and main is None:
            main = position
        elif flag and main is not None:
            problems.append(Problem(
                row.line, ImportField.MAIN_CONTACT,
                Message("import.main_contact_twice", line=rows[main].line),
            ))
    return main or 0


def validate_account_rows(
    rows: Sequence[SourceRow], *, flagged: bool = False
) -> tuple[PlannedAccount | None, list[Problem]]:
    """One account's rows checked with the domain's rules.

    ``flagged``: the file has a main-contact column. Returns the account, or
    None and every problem; a problem on any row refuses the whole account,
    and its other rows say so.
    """
    problems: list[Problem] = []
    main_at = _main_row(rows, flagged, problems)
    main = rows[main_at]
    ordered = [main, *rows[:main_at], *rows[main_at + 1:]]
    v = main.values
    account = None
    try:
        account = validate_account(AccountInput(
            name=v[_I_NAME], country=v[_I_COUNTRY], org_number=v[_I_ORG],
            peppol_id=v[_I_PEPPOL], service_type=v[_I_SERVICE],
        ))
    except ValidationError as exc:
        problems.extend(
            Problem(main.line, field, message, value=_cell(v, field))
            for key, message in exc.errors.items()
            for field in (_ACCOUNT_ERROR_FIELDS.get(key),)
        )
    # As validate_new_account: the phone's default region is the account's country.
    country = account.country.value if account else v[_I_COUNTRY].upper() or "SE"
    contacts: list[ContactRow] = []
    emails: dict[str, int] = {}
    for row in ordered:
        values = row.values
        if row is not main:
            for field in ACCOUNT_COLUMNS:
                at = _AT[field]
                if values[at] and values[at] != v[at]:
                    # Quoted as typed, but never a personal identity number in full.
                    problems.append(Problem(
                        row.line, field,
                        Message("import.account_differs", line=main.line,
                                value=_cell(values, field), main_value=_cell(v, field)),
                        value=_cell(values, field),
                    ))
        cells = [values[i] for i in _CONTACT_AT]
        if not cells[-1]:
            cells[-1] = country  # no contact country: the account's
        try:
            contact = validate_contact(ContactInput(*cells), country)
        except ValidationError as exc:
            problems.extend(
                Problem(row.line, field, message, value=_cell(values, field))
                for key, message in exc.errors.items()
                for field in (_CONTACT_ERROR_FIELDS.get(key),)
            )
            continue
        seen = emails.setdefault(contact.email_key, row.line)
        if seen != row.line:
            problems.append(Problem(
                row.line, ImportField.EMAIL, Message("import.duplicate_email", line=seen),
                value=_cell(values, ImportField.EMAIL),
            ))
        contacts.append(ContactRow.of(contact))
    if problems or account is None:
        return None, refuse(ordered, problems)
    return PlannedAccount(
        lines=tuple(r.line for r in ordered), account=AccountRow.of(account),
        contacts=tuple(contacts),
    ), []


def refuse(rows: Iterable[SourceRow] | Iterable[int], problems: list[Problem]) -> list[Problem]:
    """``problems`` plus a note on every other line of the refused account."""
    lines = [r.line if isinstance(r, SourceRow) else r for r in rows]
    bad = {p.line for p in problems if not p.knock_on}
    notes = [not_imported(line, bad) for line in lines if line not in bad]
    return sorted([*problems, *notes], key=lambda p: p.line)


def validate_groups(
    groups: Sequence[Sequence[SourceRow]], flagged: bool
) -> list[tuple[PlannedAccount | None, list[Problem]]]:
    """:func:`validate_account_rows` for each group (a unit of work for a worker process)."""
    return [validate_account_rows(rows, flagged=flagged) for rows in groups]


class _Group:
    """An account's rows while a file is grouped; complete once its last row is in."""

    __slots__ = ("complete", "rows")

    def __init__(self, complete: bool = False) -> None:
        self.rows: list[SourceRow] = []
        self.complete = complete


def repeated_hashes(hashes: Iterable[int]) -> dict[int, int]:
    """Hash -> how often, for the hashes that occur more than once."""
    repeated: dict[int, int] = {}
    previous: int | None = None
    run = 0
    for value in sorted(hashes):
        if value == previous:
            run += 1
            continue
        if run > 1 and previous is not None:
            repeated[previous] = run
        previous, run = value, 1
    if run > 1 and previous is not None:
        repeated[previous] = run
    return repeated


def group_rows(
    rows: Iterable[SourceRow], has_reference: bool, repeated: Mapping[int, int] | None = None,
) -> Iterator[list[SourceRow]]:
    """Rows into accounts: by reference, in order of first appearance.

    A row without a reference (or a file without the column) is an account
    of its own. ``repeated`` is :func:`repeated_hashes` of the ``hash()`` of
    every row's non-empty reference; with it, ``rows`` is read once and only
    the accounts with rows still to come are held (an account is complete at
    its last row), so that a large file can be grouped from a spool. Without
    it the rows are counted first.
    """
    at = _AT[ImportField.ACCOUNT_REF]
    if repeated is None:
        rows = list(rows)
        repeated = repeated_hashes(
            hash(r.values[at]) for r in rows if has_reference and r.values[at])
    left = dict(repeated)
    waiting: deque[_Group] = deque()
    open_groups: dict[str, _Group] = {}
    #: References of the open groups by hash (two references may share one).
    by_hash: dict[int, list[str]] = {}
    for row in rows:
        ref = row.values[at] if has_reference else ""
        key = hash(ref) if ref else 0
        if ref and key in left:
            group = open_groups.get(ref)
            if group is None:
                group = open_groups[ref] = _Group()
                by_hash.setdefault(key, []).append(ref)
                waiting.append(group)
            group.rows.append(row)
            left[key] -= 1
            if not left[key]:
                del left[key]
                for done in by_hash.pop(key):
                    open_groups.pop(done).complete = True
        elif waiting:
            group = _Group(complete=True)
            group.rows.append(row)
            waiting.append(group)
        else:
            yield [row]
            continue
        while waiting and waiting[0].complete:
            yield waiting.popleft().rows
    for group in waiting:  # none when ``repeated`` counted these rows
        yield group.rows


class OrgClaim(NamedTuple):
    """What the organisation number checks need of a planned account."""

    lines: tuple[int, ...]
    org_key: tuple[str, str] | None


def duplicate_org_numbers(
    accounts: Sequence[PlannedAccount | OrgClaim],
) -> dict[int, list[Problem]]:
    """Accounts in one file with the same country and organisation number.

    Both (all) are refused, since the file does not say which is right:
    position in ``accounts`` -> problems.
    """
    by_key: dict[tuple[str, str], list[int]] = {}
    for position, planned in enumerate(accounts):
        key = planned.org_key
        if key is not None:
            by_key.setdefault(key, []).append(position)
    refused: dict[int, list[Problem]] = {}
    for (country, _org), positions in by_key.items():
        if len(positions) < 2:
            continue
        for position in positions:
            others = ", ".join(str(accounts[p].lines[0]) for p in positions if p != position)
            line = accounts[position].lines[0]
            refused[position] = refuse(accounts[position].lines, [Problem(
                line, ImportField.ORG_NUMBER,
                Message("import.duplicate_org_number", country=country, lines=others),
            )])
    return refused


def stored_duplicate(planned: PlannedAccount | OrgClaim,
                     customer_number: int) -> list[Problem]:
    """The account's organisation number is stored already: shown as lists show it
    (a sole trader's masked, R31/R32), since a report is written out and kept."""
    country, org = planned.org_key or ("", "")
    return refuse(planned.lines, [Problem(
        planned.lines[0], ImportField.ORG_NUMBER,
        Message("import.org_number_stored", country=country,
                org_number=shown_org_number(org, country), customer_number=customer_number),
    )])
