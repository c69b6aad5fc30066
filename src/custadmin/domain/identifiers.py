"""Identifiers: validation, one stored (normalised) form, and display.

R29 (email), R30 (phone), R31 (organisation numbers), R32 (personal identity
numbers). The libraries made for each do the checking; this module only
adds the rules the domain states on top of them.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from dataclasses import dataclass

import email_validator
import phonenumbers
from stdnum import ean, luhn
from stdnum.dk import cpr as dk_cpr
from stdnum.dk import cvr as dk_cvr
from stdnum.exceptions import InvalidChecksum, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr
from stdnum.se import personnummer as se_personnummer

from custadmin.domain.errors import FieldError
from custadmin.domain.messages import Message, comma_list
from custadmin.domain.text import fold


class Country(enum.StrEnum):
    """Countries an account can belong to (ISO 3166-1 alpha-2)."""

    SE = "SE"
    DK = "DK"
    NO = "NO"
    FI = "FI"


ACCOUNT_COUNTRIES: tuple[Country, ...] = tuple(Country)


def parse_account_country(field: str, value: str) -> Country:
    try:
        return Country(value.strip().upper())
    except ValueError:
        raise FieldError(field, Message("country.account_invalid")) from None


def parse_contact_country(field: str, value: str) -> str:
    """Any country phonenumbers knows: contacts may live abroad."""
    code = value.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise FieldError(field, Message("country.contact_invalid"))
    return code


# --- email (R29) ---------------------------------------------------------


#: Values checked once per process however often they recur (a bureau's email
#: on each of its clients' accounts, a switchboard's number on each of a
#: company's contacts, rows of an import), the most recent this many of each.
#: Only accepted values are kept: a refused one is checked again, which costs
#: nothing worth keeping and keeps its message's field name right.
REMEMBERED_VALUES = 1 << 14


@functools.lru_cache(maxsize=REMEMBERED_VALUES)
def normalize_email(field: str, value: str) -> str:
    """Validated email in its normalised form (R29)."""
    value = value.strip()
    if not value:
        raise FieldError(field, Message("field.required"))
    try:
        result = email_validator.validate_email(value, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        raise FieldError(field, Message("email.invalid", reason=str(exc))) from None
    return str(result.normalized)


def email_key(normalized: str) -> str:
    """Key on which emails are compared and kept unique (R29)."""
    return fold(normalized)


# --- phone (R30) ---------------------------------------------------------


@functools.lru_cache(maxsize=REMEMBERED_VALUES)
def normalize_phone(field: str, value: str, default_region: str) -> str:
    """Phone number as E.164, parsed with the account's country as default."""
    value = value.strip()
    if not value:
        raise FieldError(field, Message("field.required"))
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        raise FieldError(field, Message("phone.not_a_number")) from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError(field, Message("phone.invalid_for_region", region=default_region))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str, home_region: str) -> str:
    """National format for numbers of ``home_region``, international otherwise."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, fmt))


def phone_search_digits(text: str) -> str:
    """Digits of a phone number typed in any format, for fragment search.

    A leading national trunk 0 is dropped ("070-123" finds "+4670123…"),
    as is a leading 00 international prefix.
    """
    digits = re.sub(r"\D", "", text)
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return digits[1:]
    return digits


# --- personal identity numbers (R32) -------------------------------------

#: The birth-date part (YYMMDD) of a Swedish personal identity number: a month
#: 01–12 and a day 01–31, or 61–91 in a coordination number (samordningsnummer,
#: day + 60). A legal entity's organisation number has 20 or more where the
#: month stands (R31), so it never matches. Python, PostgreSQL and SQLite
#: (SQLAlchemy's REGEXP) read this pattern alike; storage.audit masks bulk
#: audit entries in SQL with it.
SE_BIRTH_DATE_PATTERN = (r"[0-9]{2}(?:0[1-9]|1[0-2])"
                         r"(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])")
#: A stored organisation number that is a sole trader's personal identity number.
PERSONAL_ORG_NUMBER_PATTERN = SE_BIRTH_DATE_PATTERN + "[0-9]{4}"
#: A stored Peppol ID whose identifier is one (R33: ICD 0007 is the Swedish
#: organisation number, i.e. a sole trader's personal identity number).
PERSONAL_PEPPOL_ID_PATTERN = "0007:" + PERSONAL_ORG_NUMBER_PATTERN
_PERSONAL_ORG_NUMBER = re.compile(PERSONAL_ORG_NUMBER_PATTERN, re.ASCII)
_PERSONAL_PEPPOL_ID = re.compile(PERSONAL_PEPPOL_ID_PATTERN, re.ASCII)
#: A Swedish personal identity number written in any form inside a text: 10
#: digits, or 12 with the century; "-", "+" or nothing before the last four.
#: Not after a "+" or a digit (an E.164 phone number is no personal number).
_PERSONAL_IN_TEXT = re.compile(
    rf"(?<![0-9+])(?:18|19|20)?{SE_BIRTH_DATE_PATTERN}[-+]?[0-9]{{4}}(?![0-9])", re.ASCII)
#: What a masked personal identity number shows instead of its last four digits.
MASKED_DIGITS = "****"
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
#: The earliest birth year a 12-digit personal identity number may give.
_EARLIEST_BIRTH_YEAR = 1850


def mask_personal_number(number: str) -> str:
    """A personal identity number as lists, reports, exports and the audit trail show it.

    THE masking function: the birth date stays (what a support agent asks a
    caller for), the serial and check digits never show: ``880320-0016``,
    ``8803200016`` and ``811228+9841`` become ``880320-****`` and
    ``811228-****``; the 12-digit form keeps its century (``19880320-****``).
    A Danish CPR number (DDMMYY-SSSS) masks the same way.
    """
    digits = "".join(_DIGITS.findall(number))
    if len(digits) <= len(MASKED_DIGITS):
        return "*" * len(digits)
    return f"{digits[:-4]}-{MASKED_DIGITS}"


def is_personal_org_number(compact: str, country: str) -> bool:
    """Whether a stored organisation number is a sole trader's personnummer (R31).

    A Swedish organisation number below 20 in its third and fourth digits is
    not a legal entity's: validation (:func:`normalize_org_number`) accepted
    it only as a valid personnummer or samordningsnummer. Such a number is a
    personal identity number: masked in lists, reports, exports, the audit
    trail and logs. Danish, Norwegian and Finnish organisation numbers
    (CVR, orgnr, Y-tunnus) name businesses, never a person.
    """
    return country == Country.SE and _PERSONAL_ORG_NUMBER.fullmatch(compact) is not None


def is_personal_peppol_id(canonical: str) -> bool:
    """Whether a stored Peppol ID is ``0007:`` + a sole trader's personnummer (R33)."""
    return _PERSONAL_PEPPOL_ID.fullmatch(canonical) is not None


def masked_identifier(value: str) -> str:
    """A stored value masked if it is a personal identity number (the audit trail's rule).

    Whole values only, as they are stored: a sole trader's organisation
    number (10 digits; no other country's has 10) and a Peppol ID holding
    one. Anything else is returned as it is.
    """
    if _PERSONAL_ORG_NUMBER.fullmatch(value):
        return mask_personal_number(value)
    if _PERSONAL_PEPPOL_ID.fullmatch(value):
        code, _colon, ident = value.partition(":")
        return f"{code}:{mask_personal_number(ident)}"
    return value


def redact_personal_numbers(text: str) -> str:
    """``text`` with every Swedish personal identity number in it masked, in any written form.

    For text as typed (an import report quoting a cell): 10 or 12 digits,
    with "-", "+" or nothing before the last four, whose date part is a
    date or a coordination date. The check digit is not asked for: a number
    with one digit mistyped is still somebody's.
    """
    return _PERSONAL_IN_TEXT.sub(lambda match: mask_personal_number(match.group()), text)


def _se_birth_date(digits10: str, century: int) -> dt.date | None:
    year = century * 100 + int(digits10[0:2])
    month = int(digits10[2:4])
    day = int(digits10[4:6])
    if day > 60:  # coordination number (samordningsnummer): day + 60
        day -= 60
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _se_personal_digits(field: str, value: str, today: dt.date) -> tuple[int, str]:
    """(the century of the birth year, the 10 digits) of a personnummer or samordningsnummer.

    Every written form: ``880320-0016``, ``8803200016``, ``19880320-0016``,
    ``198803200016``, ``811228+9841`` (aged 100 or more) and coordination
    numbers (``701063-2391``, day + 60). stdnum's personnummer reads the
    written form (separators, the century) but refuses coordination numbers
    and puts a birth date of later this year a century too late, so the
    date and the Luhn check are done here.
    """
    written = se_personnummer.compact(value.strip())
    digits = written[:-5] + written[-4:]
    if (len(written) not in (11, 13) or written[-5] not in "-+"
            or _DIGITS.fullmatch(digits) is None):
        raise FieldError(field, Message("personal_number.se_length"))
    ten = digits[-10:]
    if len(digits) == 12:
        century = int(digits[:2])
    else:
        # The latest century that does not put the birth date in the future;
        # "+" marks a person aged 100 or more, one century earlier.
        century = today.year // 100
        born = _se_birth_date(ten, century)
        if born is None or born > today:
            century -= 1
        if written[-5] == "+":
            century -= 1
    born = _se_birth_date(ten, century)
    if born is None:
        raise FieldError(field, Message("personal_number.se_date"))
    if born.year < _EARLIEST_BIRTH_YEAR or born > today:
        raise FieldError(field, Message("personal_number.se_birth_year", year=born.year))
    if not luhn.is_valid(ten):
        raise FieldError(field, Message("personal_number.se_check_digit"))
    return century, ten


def normalize_se_personal_number(field: str, value: str, today: dt.date | None = None) -> str:
    """Swedish personnummer or samordningsnummer as 12 digits (YYYYMMDDNNNC)."""
    century, ten = _se_personal_digits(field, value, today or dt.date.today())
    return f"{century:02d}{ten}"


def normalize_dk_personal_number(field: str, value: str) -> str:
    """Danish CPR as 10 digits; no modulus-11 check (numbers without it are issued)."""
    digits = re.sub(r"[\s-]", "", value.strip())
    try:
        dk_cpr.get_birth_date(digits)
    except (StdnumError, ValueError):
        raise FieldError(field, Message("personal_number.dk_invalid")) from None
    if len(digits) != 10 or not digits.isdigit():
        raise FieldError(field, Message("personal_number.dk_length"))
    return digits


# --- organisation numbers (R31) ------------------------------------------


@dataclass(frozen=True, slots=True)
class _OrgScheme:
    name: Message
    length: int


_ORG_SCHEMES = {
    Country.SE: _OrgScheme(Message("scheme.se_org_number"), 10),
    Country.DK: _OrgScheme(Message("scheme.dk_cvr"), 8),
    Country.NO: _OrgScheme(Message("scheme.no_org_number"), 9),
    Country.FI: _OrgScheme(Message("scheme.fi_business_id"), 8),
}


def normalize_org_number(field: str, value: str, country: Country) -> str:
    """Organisation number in compact form (digits only), validated for ``country``.

    Empty input gives ``""``: private customers have none. A Swedish sole
    trader's number is the owner's personnummer or samordningsnummer, in any
    of its written forms (:func:`_se_org_number`).
    """
    value = value.strip()
    if not value:
        return ""
    if MASKED_DIGITS in value:
        raise FieldError(field, Message("personal_number.masked"))
    if country is Country.SE:
        return _se_org_number(field, value)
    scheme = _ORG_SCHEMES[country]
    try:
        if country is Country.DK:
            compact = dk_cvr.validate(value)
        elif country is Country.NO:
            compact = no_orgnr.validate(value)
        else:
            compact = fi_ytunnus.validate(value)
    except InvalidChecksum:
        raise FieldError(field, Message("org_number.check_digit", scheme=scheme.name)) from None
    except InvalidLength:
        raise FieldError(field, Message("org_number.length", scheme=scheme.name,
                                        length=scheme.length)) from None
    except StdnumError:
        raise FieldError(field, Message("org_number.invalid", scheme=scheme.name)) from None
    compact = str(compact)
    if set(compact) == {"0"}:
        # All zeros pass every checksum but name nobody.
        raise FieldError(field, Message("org_number.all_zeros", scheme=scheme.name))
    return compact


def _se_org_number(field: str, value: str) -> str:
    """A Swedish organisation number as its 10 digits, the form the column stores.

    A legal entity has 20 or more in the third and fourth digits (R31); it
    may be written with the prefix 16 as 12 digits. Below 20 they are a
    month: the number is a sole trader's, the owner's personnummer or
    samordningsnummer (R32), accepted in every form it is written in
    (``880320-0016``, ``19880320-0016``, ``811228+9841``, ``701063-2391``).
    Its century is not stored: an organisation number is the 10 digits
    (Peppol 0007, the VAT number SE…01 and the numbers already stored use
    them), and the "+" of a person aged 100 or more is not part of it but
    a function of the date it is written on (a "-" turns "+" the year the
    owner turns 100), so a stored sign would go stale.
    """
    scheme = _ORG_SCHEMES[Country.SE].name
    written = "".join(value.split())
    digits = written.replace("-", "").replace("+", "")
    if _DIGITS.fullmatch(digits) is None:
        raise FieldError(field, Message("org_number.se_form"))
    if len(digits) not in (10, 12):
        raise FieldError(field, Message("org_number.se_length", actual=len(digits)))
    if set(digits) == {"0"}:
        # All zeros pass every checksum but name nobody.
        raise FieldError(field, Message("org_number.all_zeros", scheme=scheme))
    ten = digits[-10:]
    if int(ten[2:4]) >= 20:  # a legal entity
        if "+" in written:
            raise FieldError(field, Message("org_number.se_plus"))
        if len(digits) == 12 and digits[:2] != "16":
            raise FieldError(field, Message("org_number.se_prefix"))
        if not se_orgnr.is_valid(ten):
            raise FieldError(field, Message("org_number.check_digit", scheme=scheme))
        return ten
    try:
        _se_personal_digits(field, written, dt.date.today())
    except FieldError as exc:
        raise FieldError(field, Message("org_number.se_sole_trader",
                                        reason=exc.message)) from None
    return ten


def format_org_number(compact: str, country: str) -> str:
    if not compact:
        return ""
    try:
        if country == Country.SE:
            return str(se_orgnr.format(compact))
        if country == Country.FI:
            return str(fi_ytunnus.format(compact))
        if country == Country.NO:
            return str(no_orgnr.format(compact))
    except StdnumError:
        return compact
    return compact


def shown_org_number(compact: str, country: str, *, full: bool = False) -> str:
    """An organisation number as lists, reports and exports show it.

    Formatted; a sole trader's (a personal identity number) masked unless
    ``full`` (an administrator's audited export, or the account's own field).
    """
    if not full and is_personal_org_number(compact, country):
        return mask_personal_number(compact)
    return format_org_number(compact, country)


def shown_peppol_id(canonical: str, *, full: bool = False) -> str:
    """A Peppol ID as lists and exports show it: masked if it holds a personnummer."""
    return canonical if full else masked_identifier(canonical)


def org_number_search_digits(text: str) -> str:
    """Digits typed into the search box, with or without hyphen or spaces."""
    return re.sub(r"[\s-]", "", text)


# --- postcodes -----------------------------------------------------------

_POSTCODE_PATTERNS = {
    "SE": (re.compile(r"^(\d{3})\s?(\d{2})$"), Message("postcode.form_se")),
    "FI": (re.compile(r"^(\d{5})$"), Message("postcode.form_fi")),
    "DK": (re.compile(r"^(\d{4})$"), Message("postcode.form_dk")),
    "NO": (re.compile(r"^(\d{4})$"), Message("postcode.form_no")),
}


def normalize_postcode(field: str, value: str, country: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise FieldError(field, Message("field.required"))
    rule = _POSTCODE_PATTERNS.get(country)
    if rule is None:
        if len(value) > 12:
            raise FieldError(field, Message("field.at_most", max_length=12))
        return value.upper()
    pattern, hint = rule
    match = pattern.match(value)
    if match is None:
        raise FieldError(field, Message("postcode.invalid", form=hint))
    if country == "SE":
        return f"{match.group(1)} {match.group(2)}"
    return match.group(1)


# --- Peppol participant IDs (R33) ----------------------------------------

#: The only participant identifier scheme custadmin accepts.
PEPPOL_SCHEME = "iso6523-actorid-upis"
_PEPPOL_PREFIX = f"{PEPPOL_SCHEME}::"
_PEPPOL_EXAMPLE = "0007:5560360793"

_ASCII_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_OVT = re.compile(r"0037([0-9]{8})([A-Za-z0-9]{0,5})", re.ASCII)
_DK_SE = re.compile(r"DK([0-9]{8})", re.ASCII | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _PeppolIcd:
    name: Message
    example: str


#: Accepted ICDs (R33), in the order they are listed to the operator.
PEPPOL_ICDS: dict[str, _PeppolIcd] = {
    "0007": _PeppolIcd(Message("scheme.se_org_number"), "0007:5560360793"),
    "0088": _PeppolIcd(Message("scheme.gln"), "0088:5790000435975"),
    "0184": _PeppolIcd(Message("scheme.dk_cvr"), "0184:13585628"),
    "0198": _PeppolIcd(Message("scheme.dk_se_number"), "0198:DK13585628"),
    "0096": _PeppolIcd(Message("scheme.dk_p_number"), "0096:1234567890"),
    "0192": _PeppolIcd(Message("scheme.no_org_number"), "0192:974760673"),
    "0216": _PeppolIcd(Message("scheme.fi_ovt"), "0216:003720774740"),
}

_USE_0216 = Message("peppol.advice_0216")
#: Codes removed from the Peppol code list: what each was, and what to use instead.
_REMOVED_PEPPOL_ICDS: dict[str, tuple[Message, Message]] = {
    "9955": (Message("scheme.se_vat"), Message("peppol.advice_0007")),
    "9902": (Message("scheme.dk_cvr"), Message("peppol.advice_0184")),
    "9904": (Message("scheme.dk_vat"), Message("peppol.advice_0184_or_0198")),
    "9908": (Message("scheme.no_org_number"), Message("peppol.advice_0192")),
    "0037": (Message("scheme.fi_ovt_ly"), _USE_0216),
    "0212": (Message("scheme.fi_org_identifier"), _USE_0216),
    "0213": (Message("scheme.fi_vat"), _USE_0216),
    "0215": (Message("scheme.fi_net_service"), _USE_0216),
}


def _digits_message(icd: _PeppolIcd, ident: str, length: int) -> Message | None:
    """Why ``ident`` is not exactly ``length`` ASCII digits, or None if it is."""
    if _ASCII_DIGITS.fullmatch(ident) is None:
        return Message("peppol.digits_only", scheme=icd.name, example=icd.example)
    if len(ident) != length:
        return Message("peppol.length", scheme=icd.name, length=length, actual=len(ident),
                       example=icd.example)
    return None


def _peppol_identifier_problem(code: str, ident: str) -> Message | None:
    """Why ``ident`` is not a valid identifier for ICD ``code``, or None."""
    icd = PEPPOL_ICDS[code]
    check_digit = Message("peppol.check_digit", scheme=icd.name)
    all_zero = Message("peppol.all_zeros", scheme=icd.name)
    if code == "0198":
        match = _DK_SE.fullmatch(ident)
        if match is None:
            return Message("peppol.dk_se_form", scheme=icd.name, example=icd.example)
        return all_zero if set(match.group(1)) == {"0"} else None
    if code == "0216":
        match = _OVT.fullmatch(ident)
        if match is None:
            return Message("peppol.ovt_form", scheme=icd.name, example=icd.example)
        business_id = match.group(1)
        if set(business_id) == {"0"}:
            return Message("peppol.business_id_zeros", scheme=icd.name)
        if not fi_ytunnus.is_valid(business_id):
            return Message("peppol.business_id_check_digit", scheme=icd.name,
                           business_id=business_id)
        return None
    length = {"0007": 10, "0088": 13, "0184": 8, "0096": 10, "0192": 9}[code]
    problem = _digits_message(icd, ident, length)
    if problem is not None:
        return problem
    if set(ident) == {"0"}:
        return all_zero
    valid: bool
    if code == "0007":
        valid = bool(luhn.is_valid(ident))
    elif code == "0088":
        valid = bool(ean.is_valid(ident))
    elif code == "0184":
        valid = bool(dk_cvr.is_valid(ident))
    elif code == "0192":
        valid = bool(no_orgnr.is_valid(ident))
    else:  # 0096 Danish P number: no check digit
        valid = True
    return None if valid else check_digit


def normalize_peppol_id(field: str, value: str) -> str:
    """Peppol participant ID in its canonical form ``ICD:IDENTIFIER`` (R33).

    An optional ``iso6523-actorid-upis::`` prefix (any case) and surrounding
    spaces are removed; the identifier itself is checked as typed (no hyphens
    or spaces are taken out) and its letters upper-cased. Empty input gives
    ``""``: the account has no Peppol ID.
    """
    text = value.strip()
    if not text:
        return ""
    if MASKED_DIGITS in text:
        raise FieldError(field, Message("personal_number.masked"))
    if text[: len(_PEPPOL_PREFIX)].lower() == _PEPPOL_PREFIX:
        text = text[len(_PEPPOL_PREFIX) :]
    code, colon, ident = text.partition(":")
    if not colon or _ASCII_DIGITS.fullmatch(code) is None or len(code) != 4:
        raise FieldError(field, Message("peppol.form", example=_PEPPOL_EXAMPLE))
    if code in _REMOVED_PEPPOL_ICDS:
        what, advice = _REMOVED_PEPPOL_ICDS[code]
        raise FieldError(field, Message("peppol.removed_code", icd=code, scheme=what,
                                        advice=advice))
    if code not in PEPPOL_ICDS:
        accepted = comma_list([Message("peppol.accepted_code", icd=c, scheme=icd.name)
                               for c, icd in PEPPOL_ICDS.items()])
        raise FieldError(field, Message("peppol.unknown_code", icd=code, accepted=accepted))
    icd = PEPPOL_ICDS[code]
    if not ident:
        raise FieldError(field, Message("peppol.identifier_missing", scheme=icd.name,
                                        example=icd.example))
    if "-" in ident or any(ch.isspace() for ch in ident):
        raise FieldError(field, Message("peppol.separators", scheme=icd.name,
                                        example=icd.example))
    problem = _peppol_identifier_problem(code, ident)
    if problem is not None:
        raise FieldError(field, problem)
    return f"{code}:{ident.upper()}"


def peppol_key(canonical: str) -> str:
    """Key on which Peppol IDs are compared (they compare case-insensitively)."""
    return fold(canonical)
