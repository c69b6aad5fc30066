"""Partnerships and licences as rules (R25–R28, R32), before any storage: seats,
who may be saved without an email, readiness for an invitation, the collective
invoice, and the welcome email."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from custadmin.domain.errors import FieldError
from custadmin.domain.licences import (
    Invoiced,
    LicenceRole,
    LicenceUser,
    Missing,
    SalaryType,
    check_approver,
    check_identity,
    check_invoicing,
    check_seats,
    invitation_refusal,
    normalize_personal_number,
    readiness,
    readiness_summary,
    roles_in_use,
)

TODAY = dt.date(2026, 12, 3)
ANNA = LicenceUser(1, "Anna Berg", LicenceRole.ADMINISTRATOR, "anna@hagg.se", "",
                   "1001", SalaryType.MONTHLY, 2)
PER = LicenceUser(2, "Per Holm", LicenceRole.APPROVER, "per@hagg.se", "", "1002",
                  SalaryType.HOURLY, 1)
EVA = LicenceUser(3, "Eva Ek", LicenceRole.REPORTER)


def test_r25_every_role_takes_one_licence_and_the_seats_are_counted() -> None:
    assert roles_in_use([ANNA, PER, EVA]) == {
        LicenceRole.REPORTER: 1, LicenceRole.APPROVER: 1, LicenceRole.ADMINISTRATOR: 1}
    assert check_seats(licences=3, in_use=2) is None
    refused = check_seats(licences=3, in_use=3)
    assert refused is not None and refused.code == "licence.no_free_seat"
    assert dict(refused.params) == {"licences": 3, "in_use": 3, "free": 0}
    assert check_seats(licences=5, in_use=3, adding=3) is not None
    assert check_seats(licences=5, in_use=3, adding=2) is None


def test_r26_a_user_without_email_needs_a_personal_identity_number() -> None:
    assert check_identity("anna@hagg.se", "") is None
    assert check_identity("", "198803200016") is None
    refused = check_identity("  ", "")
    assert refused is not None and refused.code == "licence.email_or_personal_number"


def test_r26_the_approver_is_another_approver_or_administrator() -> None:
    assert check_approver(EVA.id, ANNA) is None
    assert check_approver(EVA.id, PER) is None
    assert check_approver(EVA.id, None) is None
    own = check_approver(ANNA.id, ANNA)
    assert own is not None and own.code == "licence.approver_self"
    reporter = check_approver(ANNA.id, EVA)
    assert reporter is not None and reporter.code == "licence.approver_role"


@pytest.mark.parametrize(("country", "typed", "stored"), [
    ("SE", "880320-0016", "198803200016"),
    ("SE", "19880320-0016", "198803200016"),
    ("DK", "211062-5629", "2110625629"),
    ("NO", "151086 95088", "15108695088"),
    ("FI", "131052-308T", "131052-308T"),
    ("SE", "", ""),
])
def test_r32_personal_identity_numbers_of_each_country(country: str, typed: str,
                                                       stored: str) -> None:
    assert normalize_personal_number("pin", typed, country, TODAY) == stored


@pytest.mark.parametrize(("country", "typed"), [
    ("SE", "880320-0017"), ("DK", "321362-5629"), ("NO", "15108695089"),
    ("FI", "131052-308U"), ("DE", "880320-0016")])
def test_r32_a_bad_personal_identity_number_is_refused_at_the_field(country: str,
                                                                    typed: str) -> None:
    with pytest.raises(FieldError) as refused:
        normalize_personal_number("pin", typed, country, TODAY)
    assert refused.value.field == "pin"


def test_readiness_names_what_is_missing_in_order() -> None:
    assert readiness(ANNA).ready
    assert readiness(EVA).missing == (Missing.EMAIL, Missing.EMPLOYMENT_NUMBER,
                                      Missing.SALARY_TYPE, Missing.APPROVER)
    bankid_only = dataclasses.replace(ANNA, email="", personal_number="198803200016")
    assert readiness(bankid_only).missing == (Missing.EMAIL,)


def test_the_summary_for_the_primary_contact() -> None:
    summary = readiness_summary([ANNA, PER, EVA])
    assert summary.code == "licence.summary"
    assert str(summary) == ("Ready to be invited: 2 of 3. Missing: Eva Ek lacks email, "
                            "employment number, salary type, approver.")
    assert readiness_summary([ANNA, PER]).code == "licence.summary_all_ready"


@pytest.mark.parametrize(("invoiced", "collective", "since", "code"), [
    (Invoiced.CUSTOMER, False, None, None),
    (Invoiced.PARTNER, False, None, None),
    (Invoiced.PARTNER, True, dt.date(2025, 1, 1), None),
    (Invoiced.PARTNER, True, TODAY, None),
    (Invoiced.PARTNER, True, None, "licence.collective_needs_agreement"),
    (Invoiced.PARTNER, True, TODAY + dt.timedelta(days=1),
     "licence.collective_needs_agreement"),
    (Invoiced.CUSTOMER, True, dt.date(2025, 1, 1), "licence.collective_needs_partner"),
])
def test_r27_the_collective_invoice_needs_a_reseller_agreement(
        invoiced: Invoiced, collective: bool, since: dt.date | None, code: str | None) -> None:
    refused = check_invoicing(invoiced, collective, since, TODAY)
    assert (refused.code if refused is not None else None) == code


def test_r28_a_welcome_email_needs_an_email_and_a_ready_user() -> None:
    assert invitation_refusal(ANNA) is None
    no_email = invitation_refusal(dataclasses.replace(ANNA, email="",
                                                      personal_number="198803200016"))
    assert no_email is not None and no_email.code == "licence.no_email_bankid"
    assert "BankID" in no_email
    not_ready = invitation_refusal(dataclasses.replace(EVA, email="eva@hagg.se"))
    assert not_ready is not None and not_ready.code == "licence.not_ready"
    assert str(not_ready) == ("Not ready to be invited: missing employment number, "
                              "salary type, approver.")
