"""R3, R4, R6, R7: who receives which email, through ``route`` / ``route_all``."""

from __future__ import annotations

import pytest

from custadmin.domain.mail import (
    EmailCategory,
    MailContact,
    MailSettings,
    MessageKind,
    Reason,
    Routing,
    category_of,
    route,
    route_all,
)

ALL_CATEGORIES = frozenset(EmailCategory)
CATEGORY_KINDS = [kind for kind in MessageKind if category_of(kind) is not None]
PERSONAL = [MessageKind.PASSWORD_RESET, MessageKind.EMAIL_VERIFICATION]


def _contact(
    id: int | None,
    email: str,
    *categories: EmailCategory,
    is_main: bool = False,
) -> MailContact:
    return MailContact(
        id=id,
        name=email.split("@")[0].title(),
        email=email,
        is_main=is_main,
        categories=frozenset(categories),
    )


MAIN = _contact(1, "owner@example.se", is_main=True)  # ticked nothing itself
BILLING = _contact(2, "billing@example.se", EmailCategory.INVOICES)
TECH = _contact(3, "tech@example.se", EmailCategory.SUPPORT, EmailCategory.DOMAINS)
NEW = _contact(None, "new@example.se")  # R3: a new contact ticks nothing
EVERYTHING = _contact(4, "all@example.se", *ALL_CATEGORIES)


def _emails(routing: Routing) -> list[str]:
    return [r.contact.email for r in routing.recipients]


def _settings(*contacts: MailContact, main_only: bool = False) -> MailSettings:
    return MailSettings(contacts=contacts, payment_confirmations_main_only=main_only)


# --- the main contact always (R1, R7) --------------------------------------


@pytest.mark.parametrize("kind", CATEGORY_KINDS)
def test_main_contact_receives_every_category_without_ticking_it(kind: MessageKind) -> None:
    routing = route(_settings(MAIN, BILLING, TECH, NEW), kind)
    assert routing.recipients[0].contact == MAIN
    assert routing.recipients[0].reason is Reason.MAIN_CONTACT


def test_main_contact_receives_payment_confirmations_when_main_only() -> None:
    routing = route(_settings(MAIN, BILLING, main_only=True), MessageKind.PAYMENT_CONFIRMATION)
    assert _emails(routing) == [MAIN.email]


def test_main_contact_listed_last_still_comes_first() -> None:
    routing = route(_settings(BILLING, MAIN), MessageKind.INVOICES)
    assert _emails(routing) == [MAIN.email, BILLING.email]


# --- ticked categories only (R4, R7) ----------------------------------------


@pytest.mark.parametrize("kind", CATEGORY_KINDS)
def test_contact_receives_a_category_only_if_it_ticked_it(kind: MessageKind) -> None:
    routing = route(_settings(MAIN, BILLING, TECH, EVERYTHING), kind)
    category = category_of(kind)
    expected = [MAIN.email] + [
        c.email for c in (BILLING, TECH, EVERYTHING) if category in c.categories
    ]
    assert _emails(routing) == expected
    assert all(r.reason is Reason.TICKED for r in routing.recipients[1:])


def test_billing_contact_gets_invoices_but_not_support() -> None:
    settings = _settings(MAIN, BILLING, TECH)
    assert BILLING.email in _emails(route(settings, MessageKind.INVOICES))
    assert BILLING.email not in _emails(route(settings, MessageKind.SUPPORT))
    assert TECH.email in _emails(route(settings, MessageKind.SUPPORT))
    assert TECH.email not in _emails(route(settings, MessageKind.INVOICES))


def test_not_ticking_is_not_an_exclusion() -> None:
    routing = route(_settings(MAIN, TECH), MessageKind.INVOICES)
    assert routing.excluded == ()


@pytest.mark.parametrize("kind", list(MessageKind))
def test_new_contact_with_no_categories_receives_nothing(kind: MessageKind) -> None:
    # R3: every preference starts unticked. (Personal messages go only to the
    # person concerned, by default the main contact.)
    routing = route(_settings(MAIN, NEW), kind)
    assert NEW.email not in _emails(routing)
    assert NEW not in [r.contact for r in routing.excluded]


def test_account_without_contacts_sends_nothing() -> None:
    for routing in route_all(_settings()):
        assert routing.recipients == ()


# --- payment confirmations (R6, R7) -----------------------------------------


def test_payment_confirmations_follow_invoices_and_reminders() -> None:
    assert category_of(MessageKind.PAYMENT_CONFIRMATION) is EmailCategory.INVOICES
    routing = route(_settings(MAIN, BILLING, TECH), MessageKind.PAYMENT_CONFIRMATION)
    assert _emails(routing) == [MAIN.email, BILLING.email]
    assert routing.excluded == ()


def test_payment_confirmations_main_only_excludes_the_others_with_reason() -> None:
    settings = _settings(MAIN, BILLING, TECH, EVERYTHING, main_only=True)
    routing = route(settings, MessageKind.PAYMENT_CONFIRMATION)
    assert _emails(routing) == [MAIN.email]
    assert [(r.contact, r.reason) for r in routing.excluded] == [
        (BILLING, Reason.ONLY_MAIN_CONTACT),
        (EVERYTHING, Reason.ONLY_MAIN_CONTACT),
    ]


@pytest.mark.parametrize(
    "kind", [k for k in CATEGORY_KINDS if k is not MessageKind.PAYMENT_CONFIRMATION]
)
def test_main_only_narrows_payment_confirmations_and_nothing_else(kind: MessageKind) -> None:
    narrowed = route(_settings(MAIN, BILLING, TECH, EVERYTHING, main_only=True), kind)
    plain = route(_settings(MAIN, BILLING, TECH, EVERYTHING), kind)
    assert narrowed.recipients == plain.recipients
    assert narrowed.excluded == plain.excluded == ()


def test_main_only_still_sends_invoices_to_billing_contacts() -> None:
    routing = route(_settings(MAIN, BILLING, main_only=True), MessageKind.INVOICES)
    assert _emails(routing) == [MAIN.email, BILLING.email]


# --- personal messages ignore preferences (R7) ------------------------------


@pytest.mark.parametrize("kind", PERSONAL)
def test_personal_message_goes_only_to_the_concerned_contact(kind: MessageKind) -> None:
    settings = _settings(MAIN, BILLING, TECH, EVERYTHING)
    routing = route(settings, kind, concerned=TECH)
    assert [(r.contact, r.reason) for r in routing.recipients] == [(TECH, Reason.PERSON_CONCERNED)]
    assert routing.excluded == ()


@pytest.mark.parametrize("kind", PERSONAL)
def test_personal_message_reaches_a_contact_that_ticked_nothing(kind: MessageKind) -> None:
    routing = route(_settings(MAIN, NEW), kind, concerned=NEW)
    assert _emails(routing) == [NEW.email]


@pytest.mark.parametrize("kind", PERSONAL)
def test_personal_message_defaults_to_the_main_contact(kind: MessageKind) -> None:
    routing = route(_settings(BILLING, MAIN, EVERYTHING), kind)
    assert [(r.contact, r.reason) for r in routing.recipients] == [(MAIN, Reason.PERSON_CONCERNED)]


@pytest.mark.parametrize("kind", PERSONAL)
def test_personal_message_ignores_main_only(kind: MessageKind) -> None:
    routing = route(_settings(MAIN, BILLING, main_only=True), kind, concerned=BILLING)
    assert _emails(routing) == [BILLING.email]


# --- one address, one message ------------------------------------------------


def test_same_address_on_two_contacts_is_sent_once() -> None:
    twin = _contact(5, "billing@example.se", EmailCategory.INVOICES)
    routing = route(_settings(MAIN, BILLING, twin), MessageKind.INVOICES)
    assert _emails(routing) == [MAIN.email, BILLING.email]
    assert [(r.contact, r.reason) for r in routing.excluded] == [(twin, Reason.SAME_ADDRESS)]


def test_same_address_compares_case_insensitively() -> None:
    twin = _contact(5, "BILLING@Example.SE", EmailCategory.INVOICES)
    routing = route(_settings(MAIN, BILLING, twin), MessageKind.INVOICES)
    assert _emails(routing) == [MAIN.email, BILLING.email]


def test_contact_sharing_the_main_address_is_not_sent_a_second_copy() -> None:
    twin = _contact(5, "Owner@example.se", *ALL_CATEGORIES)
    for kind in CATEGORY_KINDS:
        routing = route(_settings(MAIN, twin), kind)
        assert [r.contact for r in routing.recipients] == [MAIN]


# --- route_all -------------------------------------------------------------


def test_route_all_routes_every_kind_in_order() -> None:
    settings = _settings(MAIN, BILLING, TECH, NEW, EVERYTHING, main_only=True)
    routings = route_all(settings)
    assert [r.kind for r in routings] == list(MessageKind)
    for routing in routings:
        assert routing == route(settings, routing.kind)


def test_route_all_personal_kinds_go_to_the_main_contact() -> None:
    routings = {r.kind: r for r in route_all(_settings(MAIN, BILLING, EVERYTHING))}
    for kind in PERSONAL:
        assert [r.contact for r in routings[kind].recipients] == [MAIN]
