"""Portal rules as pure functions: effective rights (R16, R17), single sign-on
(R10), password strength (R8) and hashing parameters (R15)."""

from __future__ import annotations

import re
import string

import argon2
import pytest
from argon2 import PasswordHasher

from custadmin.domain.portal import (
    RIGHT_KEYS,
    SETTINGS_RIGHT,
    PasswordProblem,
    RightState,
    ServiceType,
    SsoBlock,
    effective_rights,
    generate_passphrase,
    generate_password,
    password_strength,
    rights_in_force,
    sso_status,
)
from custadmin.storage import passwords

ALL = frozenset(RIGHT_KEYS)
SSO = frozenset({"products", "productsso", "manageproducts"})


def test_the_catalogue_is_the_one_in_domain_md() -> None:
    assert RIGHT_KEYS == (
        "profile", "contacts", "products", "manageproducts", "productsso", "domains",
        "managedomains", "invoices", "quotes", "tickets", "affiliates", "emails", "orders",
        "settings",
    )


def test_r16_in_force_only_where_ticked_and_offered_system_wide() -> None:
    states = effective_rights(is_main=False, portal_access=True,
                              ticked={"invoices", "domains"}, offered=ALL - {"domains"})
    assert states["invoices"] is RightState.IN_FORCE
    assert states["domains"] is RightState.OFF_SYSTEM_WIDE
    assert states["quotes"] is RightState.NOT_TICKED
    assert rights_in_force(states) == {"invoices"}


def test_the_main_contact_holds_every_offered_right() -> None:
    states = effective_rights(is_main=True, portal_access=True, ticked=(),
                              offered=ALL - {"affiliates"})
    assert rights_in_force(states) == ALL - {"affiliates"}
    assert states["invoices"] is RightState.MAIN_CONTACT
    assert states["affiliates"] is RightState.OFF_SYSTEM_WIDE


def test_no_right_is_in_force_without_portal_access() -> None:
    states = effective_rights(is_main=True, portal_access=False, ticked=ALL, offered=ALL)
    assert rights_in_force(states) == frozenset()
    assert set(states.values()) == {RightState.NO_PORTAL_ACCESS}


def test_r17_the_settings_menu_is_a_right_like_any_other() -> None:
    off = effective_rights(is_main=False, portal_access=True, ticked={SETTINGS_RIGHT},
                           offered=ALL - {SETTINGS_RIGHT})
    on = effective_rights(is_main=False, portal_access=True, ticked={SETTINGS_RIGHT},
                          offered=ALL)
    assert SETTINGS_RIGHT not in rights_in_force(off)
    assert SETTINGS_RIGHT in rights_in_force(on)


@pytest.mark.parametrize("missing", sorted(SSO))
def test_r10_each_of_the_three_rights_is_needed(missing: str) -> None:
    states = effective_rights(is_main=False, portal_access=True, ticked=SSO - {missing},
                              offered=ALL)
    status = sso_status(states, ServiceType.WEB_HOSTING)
    assert not status.available
    assert status.blocks == (SsoBlock.MISSING_RIGHTS,)
    assert status.missing_rights == (missing,)


def test_r10_a_right_off_system_wide_counts_as_missing() -> None:
    states = effective_rights(is_main=False, portal_access=True, ticked=SSO,
                              offered=ALL - {"productsso"})
    assert sso_status(states, "web_hosting").missing_rights == ("productsso",)


@pytest.mark.parametrize(("service", "block"), [
    (ServiceType.AGENCY, SsoBlock.NOT_WEB_HOSTING),
    (ServiceType.MANAGED_SERVER, SsoBlock.NOT_WEB_HOSTING),
    (None, SsoBlock.SERVICE_TYPE_UNKNOWN),
])
def test_r10_only_web_hosting_accounts_have_single_sign_on(
    service: ServiceType | None, block: SsoBlock
) -> None:
    states = effective_rights(is_main=False, portal_access=True, ticked=SSO, offered=ALL)
    assert sso_status(states, ServiceType.WEB_HOSTING).available
    status = sso_status(states, service)
    assert status.blocks == (block,)


def test_r10_the_main_contact_of_a_web_hosting_account_has_single_sign_on() -> None:
    states = effective_rights(is_main=True, portal_access=True, ticked=(), offered=ALL)
    assert sso_status(states, "web_hosting").available


@pytest.mark.parametrize(("password", "problem"), [
    ("Ab1!xyz", PasswordProblem.TOO_SHORT),
    ("password1234", PasswordProblem.GUESSABLE),
    ("qwertyuiopasdf", PasswordProblem.GUESSABLE),
    ("anna.berg-Rocks-2026", PasswordProblem.CONTAINS_USER_NAME),
    ("Tab\there-Long-Enough-77", PasswordProblem.CONTROL_CHARACTERS),
])
def test_r8_weak_passwords_name_their_problem(password: str, problem: PasswordProblem) -> None:
    strength = password_strength(password, ["anna.berg@hagg.se", "Anna", "Berg"])
    assert problem in strength.problems
    assert not strength.acceptable


def test_r8_a_strong_password_is_accepted() -> None:
    strength = password_strength("Blue-Harbour-Kettle-42", ["anna.berg@hagg.se"])
    assert strength.acceptable and strength.score >= 3


def test_generated_passwords_are_strong_different_and_read_out_in_groups() -> None:
    generated = {generate_password() for _ in range(50)}
    assert len(generated) == 50
    for password in generated:
        assert re.fullmatch(r"[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}", password), password
        assert password_strength(password, ["anna@hagg.se"]).acceptable
        assert any(ch in string.digits for ch in password)
        assert not set(password) & set("0O1lI")  # no look-alikes


def test_generated_passphrases_are_common_words_and_strong() -> None:
    generated = {generate_passphrase() for _ in range(20)}
    assert len(generated) == 20
    for phrase in generated:
        words = phrase.split("-")
        assert len(words) == 6 and all(w.isalpha() and w.islower() for w in words), phrase
        assert password_strength(phrase, ["anna@hagg.se", "Anna", "Berg"]).acceptable


def test_r15_production_hashing_meets_the_owasp_floor_for_argon2id() -> None:
    production = passwords.production_hasher()
    params = argon2.extract_parameters(production.hash("x"))
    assert params.type is argon2.Type.ID
    assert params.memory_cost >= passwords.OWASP_MIN_MEMORY_KIB
    assert params.time_cost >= passwords.OWASP_MIN_TIME_COST
    assert params.parallelism >= passwords.OWASP_MIN_PARALLELISM
    # Tests run with cheap parameters, injected — never production code.
    assert passwords.hasher() is not production


def test_verification_never_raises_for_bad_stored_data() -> None:
    good = passwords.hash_password("Blue-Harbour-Kettle-42")
    assert passwords.verify_password(good, "Blue-Harbour-Kettle-42").verdict is (
        passwords.Verdict.MATCH)
    assert passwords.verify_password(good, "nope").verdict is passwords.Verdict.MISMATCH
    for stored in ("", "plain", "$argon2id$v=19$m=65536,t=3,p=4$damaged", "$2b$12$bcrypt"):
        assert passwords.verify_password(stored, "x").verdict is (
            passwords.Verdict.CANNOT_VERIFY)
        assert not passwords.hash_is_verifiable(stored)
    assert passwords.hash_is_verifiable(good)


def test_an_outdated_hash_is_rehashed_after_a_match() -> None:
    old = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("secret-Phrase-9")
    result = passwords.verify_password(old, "secret-Phrase-9")
    assert result.verdict is passwords.Verdict.MATCH
    assert result.rehash is not None and result.rehash != old
