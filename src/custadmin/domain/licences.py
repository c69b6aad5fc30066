"""Partnerships and licences (R25–R28, R32), as rules without storage.

A partner creates a customer's account through a partnership: a product
version, a number of licences, and users whose role (Reporter, Approver,
Administrator) each takes one licence at the same price (R25). A user has an
email, or else a personal identity number for BankID; an employment number,
a salary type and an approver (R26). Either the partner or the customer is
invoiced; the partner's monthly collective invoice needs a reseller
agreement (R27). A welcome email invites a user who has an email; one who has
none is told to log in with BankID (R28).

:func:`readiness` says what is still missing before an invitation can go:
the question the partner's primary contact asks.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from stdnum import fi, no
from stdnum.exceptions import ValidationError as StdnumError

from custadmin.domain.errors import FieldError
from custadmin.domain.identifiers import (
    normalize_dk_personal_number,
    normalize_se_personal_number,
)
from custadmin.domain.messages import Message, comma_list, semicolon_list


class LicenceRole(enum.StrEnum):
    """What a user may do; every role takes one licence at the same price (R25)."""

    REPORTER = "reporter"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"


#: The roles that may approve another user's reports.
APPROVING_ROLES = frozenset({LicenceRole.APPROVER, LicenceRole.ADMINISTRATOR})


class SalaryType(enum.StrEnum):
    MONTHLY = "monthly"
    HOURLY = "hourly"


class Invoiced(enum.StrEnum):
    """Who is invoiced for the customer's licences (R27)."""

    PARTNER = "partner"
    CUSTOMER = "customer"


# --- R32: the personal identity number that enables BankID ------------------------------


def normalize_personal_number(field: str, value: str, country: str,
                              today: dt.date | None = None) -> str:
    """The personal identity number of a person in ``country``, normalised; "" when none
    is given. Sweden and Denmark as R32 says; Norway's fødselsnummer and Finland's
    henkilötunnus with python-stdnum."""
    typed = value.strip()
    if not typed:
        return ""
    if country == "SE":
        return normalize_se_personal_number(field, typed, today)
    if country == "DK":
        return normalize_dk_personal_number(field, typed)
    checks = {"NO": no.fodselsnummer, "FI": fi.hetu}
    module = checks.get(country)
    if module is None:
        raise FieldError(field, Message("licence.personal_number_country", country=country))
    try:
        return str(module.validate(typed))
    except StdnumError:
        raise FieldError(field, Message("licence.personal_number_invalid")) from None


# --- R26: what a user is, and what is missing before an invitation ----------------------


class Missing(enum.StrEnum):
    """What a user still lacks before a welcome email can go (R26, R28)."""

    EMAIL = "email"
    EMPLOYMENT_NUMBER = "employment_number"
    SALARY_TYPE = "salary_type"
    APPROVER = "approver"


#: How each missing piece is named in a sentence.
MISSING_NAMES: dict[Missing, Message] = {
    Missing.EMAIL: Message("licence.missing.email"),
    Missing.EMPLOYMENT_NUMBER: Message("licence.missing.employment_number"),
    Missing.SALARY_TYPE: Message("licence.missing.salary_type"),
    Missing.APPROVER: Message("licence.missing.approver"),
}


@dataclass(frozen=True, slots=True)
class LicenceUser:
    """A user as stored: "" or None where nothing is recorded."""

    id: int
    name: str
    role: LicenceRole
    email: str = ""
    #: Normalised; never shown in full outside its own field (R32).
    personal_number: str = ""
    employment_number: str = ""
    salary_type: SalaryType | None = None
    approver_id: int | None = None


def check_identity(email: str, personal_number: str) -> Message | None:
    """None if a user may be saved with these (R26): an email, or else a personal
    identity number to log in with BankID; otherwise why not."""
    if email.strip() or personal_number.strip():
        return None
    return Message("licence.email_or_personal_number")


def check_approver(user_id: int | None, approver: LicenceUser | None) -> Message | None:
    """None if ``approver`` may approve for the user ``user_id``: another user of the
    account who is an Approver or Administrator."""
    if approver is None:
        return None
    if approver.id == user_id:
        return Message("licence.approver_self")
    if approver.role not in APPROVING_ROLES:
        return Message("licence.approver_role", name=approver.name)
    return None


@dataclass(frozen=True, slots=True)
class Readiness:
    user: LicenceUser
    missing: tuple[Missing, ...]

    @property
    def ready(self) -> bool:
        return not self.missing


def readiness(user: LicenceUser) -> Readiness:
    """What ``user`` lacks before a welcome email can go (R26, R28), in a fixed order."""
    missing = []
    if not user.email:
        missing.append(Missing.EMAIL)
    if not user.employment_number:
        missing.append(Missing.EMPLOYMENT_NUMBER)
    if user.salary_type is None:
        missing.append(Missing.SALARY_TYPE)
    if user.approver_id is None:
        missing.append(Missing.APPROVER)
    return Readiness(user, tuple(missing))


def readiness_summary(users: Sequence[LicenceUser]) -> Message:
    """For the primary contact: "3 of 7 users are ready; missing: …" (each user who is
    not, with what they lack)."""
    answers = [readiness(u) for u in users]
    ready = sum(1 for a in answers if a.ready)
    lacking = [Message("licence.user_lacks", name=a.user.name,
                       missing=comma_list([MISSING_NAMES[m] for m in a.missing]))
               for a in answers if not a.ready]
    if not lacking:
        return Message("licence.summary_all_ready", ready=ready, total=len(answers))
    return Message("licence.summary", ready=ready, total=len(answers),
                   missing=semicolon_list(lacking))


# --- R25: seats ---------------------------------------------------------------------


def check_seats(licences: int, in_use: int, adding: int = 1) -> Message | None:
    """None if ``adding`` more users fit in the agreement's ``licences``; else the
    counts, so the operator can add licences there."""
    if in_use + adding <= licences:
        return None
    return Message("licence.no_free_seat", licences=licences, in_use=in_use,
                   free=max(licences - in_use, 0))


# --- R27: who is invoiced, and the collective invoice ---------------------------------------


def check_invoicing(invoiced: Invoiced, collective: bool,
                    reseller_agreement_since: dt.date | None,
                    on: dt.date) -> Message | None:
    """None if the choice is allowed (R27): the partner's monthly collective invoice
    needs a reseller agreement in force on ``on``, and invoices the partner."""
    if not collective:
        return None
    if invoiced is not Invoiced.PARTNER:
        return Message("licence.collective_needs_partner")
    if reseller_agreement_since is None or reseller_agreement_since > on:
        return Message("licence.collective_needs_agreement")
    return None


# --- R28: the welcome email ---------------------------------------------------------------


def invitation_refusal(user: LicenceUser) -> Message | None:
    """None if a welcome email can go to ``user`` (R28); else what to tell the operator:
    without an email, how the user logs in instead."""
    if not user.email:
        return Message("licence.no_email_bankid")
    state = readiness(user)
    if not state.ready:
        return Message("licence.not_ready", missing=comma_list(
            [MISSING_NAMES[m] for m in state.missing]))
    return None


def roles_in_use(users: Collection[LicenceUser]) -> dict[LicenceRole, int]:
    """Users per role: each takes one licence whatever the role (R25)."""
    counts = dict.fromkeys(LicenceRole, 0)
    for user in users:
        counts[user.role] += 1
    return counts
