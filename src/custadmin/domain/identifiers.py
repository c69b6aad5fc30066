"""Identifiers: validation, one stored (normalised) form, and display.

R29 (email), R30 (phone), R31 (organisation numbers), R32 (personal identity
numbers). The libraries made for each do the checking; this module only
adds the rules the domain states on top of them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

import email_validator
import phonenumbers
from stdnum import luhn
from stdnum.dk import cpr as dk_cpr
from stdnum.dk import cvr as dk_cvr
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr

from custadmin.domain.errors import FieldError
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
        raise FieldError(field, "Choose Sweden, Denmark, Norway or Finland.") from None


def parse_contact_country(field: str, value: str) -> str:
    """Any country phonenumbers knows: contacts may live abroad."""
    code = value.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise FieldError(field, "Choose a country from the list.")
    return code


# --- email (R29) ---------------------------------------------------------


def normalize_email(field: str, value: str) -> str:
    """Validated email in its normalised form (R29)."""
    value = value.strip()
    if not value:
        raise FieldError(field, "This field is required.")
    try:
        result = email_validator.validate_email(value, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        raise FieldError(field, f"Not a valid email address: {exc}") from None
    return str(result.normalized)


def email_key(normalized: str) -> str:
    """Key on which emails are compared and kept unique (R29)."""
    return fold(normalized)


# --- phone (R30) ---------------------------------------------------------


def normalize_phone(field: str, value: str, default_region: str) -> str:
    """Phone number as E.164, parsed with the account's country as default."""
    value = value.strip()
    if not value:
        raise FieldError(field, "This field is required.")
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        raise FieldError(field, "Not a phone number.") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError(field, f"Not a valid phone number for {default_region} or abroad.")
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


def normalize_se_personal_number(field: str, value: str, today: dt.date | None = None) -> str:
    """Swedish personnummer or samordningsnummer as 12 digits (YYYYMMDDNNNC).

    stdnum's personnummer refuses coordination numbers (day + 60), which are
    issued to people who are not registered in Sweden, so the date and Luhn
    check are done here for both.
    """
    today = today or dt.date.today()
    raw = value.strip()
    digits = re.sub(r"[\s-]", "", raw.replace("+", ""))
    if not digits.isdigit() or len(digits) not in (10, 12):
        raise FieldError(field, "A personal identity number has 10 or 12 digits.")
    if len(digits) == 12:
        century, ten = int(digits[:2]), digits[2:]
    else:
        ten = digits
        # "+" marks a person aged 100 or more; otherwise the latest century
        # that does not put the birth date in the future.
        century = today.year // 100
        born = _se_birth_date(ten, century)
        if born is None or born > today:
            century -= 1
        if "+" in raw:
            century -= 1
    if _se_birth_date(ten, century) is None:
        raise FieldError(field, "The date part is not a valid date.")
    if not luhn.is_valid(ten):
        raise FieldError(field, "The check digit does not match.")
    return f"{century:02d}{ten}"


def normalize_dk_personal_number(field: str, value: str) -> str:
    """Danish CPR as 10 digits; no modulus-11 check (numbers without it are issued)."""
    digits = re.sub(r"[\s-]", "", value.strip())
    try:
        dk_cpr.get_birth_date(digits)
    except (StdnumError, ValueError):
        raise FieldError(field, "Not a valid CPR number (DDMMYY-NNNN).") from None
    if len(digits) != 10 or not digits.isdigit():
        raise FieldError(field, "A CPR number has 10 digits.")
    return digits


def mask_personal_number(stored: str) -> str:
    """What lists and logs show of a personal identity number."""
    if len(stored) <= 4:
        return "*" * len(stored)
    return "*" * (len(stored) - 4) + stored[-4:]


# --- organisation numbers (R31) ------------------------------------------


@dataclass(frozen=True, slots=True)
class _OrgScheme:
    name: str
    length: int


_ORG_SCHEMES = {
    Country.SE: _OrgScheme("Swedish organisation number", 10),
    Country.DK: _OrgScheme("Danish CVR number", 8),
    Country.NO: _OrgScheme("Norwegian organisation number", 9),
    Country.FI: _OrgScheme("Finnish business ID", 8),
}


def normalize_org_number(field: str, value: str, country: Country) -> str:
    """Organisation number in compact form (digits only), validated for ``country``.

    Empty input gives ``""``: private customers have none.
    """
    value = value.strip()
    if not value:
        return ""
    scheme = _ORG_SCHEMES[country]
    try:
        if country is Country.SE:
            compact = se_orgnr.compact(value)
            se_orgnr.validate(compact)
        elif country is Country.DK:
            compact = dk_cvr.validate(value)
        elif country is Country.NO:
            compact = no_orgnr.validate(value)
        else:
            compact = fi_ytunnus.validate(value)
    except StdnumError:
        raise FieldError(
            field, f"Not a valid {scheme.name} (check the digits and the country)."
        ) from None
    compact = str(compact)
    if set(compact) == {"0"}:
        # All zeros pass every checksum but name nobody.
        raise FieldError(field, f"Not a valid {scheme.name}.")
    if country is Country.SE and int(compact[2:4]) < 20:
        # A legal entity has 20 or more in the third and fourth digits; below
        # that it is a month, i.e. a sole trader's personnummer.
        try:
            normalize_se_personal_number(field, compact)
        except FieldError:
            raise FieldError(
                field,
                "Not a valid Swedish organisation number; a sole trader uses the "
                "owner's personal identity number.",
            ) from None
    return compact


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


def org_number_search_digits(text: str) -> str:
    """Digits typed into the search box, with or without hyphen or spaces."""
    return re.sub(r"[\s-]", "", text)


# --- postcodes -----------------------------------------------------------

_POSTCODE_PATTERNS = {
    "SE": (re.compile(r"^(\d{3})\s?(\d{2})$"), "five digits, e.g. 123 45"),
    "FI": (re.compile(r"^(\d{5})$"), "five digits, e.g. 00100"),
    "DK": (re.compile(r"^(\d{4})$"), "four digits, e.g. 2100"),
    "NO": (re.compile(r"^(\d{4})$"), "four digits, e.g. 0150"),
}


def normalize_postcode(field: str, value: str, country: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise FieldError(field, "This field is required.")
    rule = _POSTCODE_PATTERNS.get(country)
    if rule is None:
        if len(value) > 12:
            raise FieldError(field, "At most 12 characters.")
        return value.upper()
    pattern, hint = rule
    match = pattern.match(value)
    if match is None:
        raise FieldError(field, f"A postcode here has {hint}.")
    if country == "SE":
        return f"{match.group(1)} {match.group(2)}"
    return match.group(1)
