"""E-invoicing rules: a recipient's mandatory fields (R18), its states and the
delivery decision in every branch (R19, R5, R7), Peppol IDs (R33)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from custadmin.domain.einvoice import (
    AccountDelivery,
    DeliveryMethod,
    DeliveryReason,
    DocumentType,
    EInvoiceOperator,
    Network,
    PendingMove,
    Recipient,
    RecipientInput,
    RecipientState,
    ServiceTier,
    decide_delivery,
    validate_recipient,
)
from custadmin.domain.errors import ValidationError

OURS = EInvoiceOperator(1, "PAGERO", "Pagero", "0007:5567105780")
OTHER = EInvoiceOperator(2, "INEXCHANGE", "InExchange", "0007:5566866135")
THIRD = EInvoiceOperator(3, "BASWARE", "Basware", "0088:6430015160002")
TIERS = (ServiceTier("free", "Free", 0, False), ServiceTier("basic", "Basic", 1, True),
         ServiceTier("premium", "Premium", 2, True))
SINCE = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


def network(tier: str = "free") -> Network:
    return Network(operators=(OURS, OTHER, THIRD), tiers=TIERS, our_tier=tier,
                   our_operator="PAGERO")


def recipient(**changes: object) -> Recipient:
    base = Recipient(id=7, company_name="Hägg Bygg AB", country="SE", org_number="5560360793",
                     operator_id=OURS.id, email="faktura@hagg.se",
                     participant_ids=("0007:5560360793",), state=RecipientState.CONFIRMED,
                     state_since=SINCE)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def account(**changes: object) -> AccountDelivery:
    base = AccountDelivery(org_number="5560360793", peppol_ids=("0007:5560360793",),
                           requires_einvoice=False, invoice_emails=("eva@hagg.se",),
                           invoice_address="Hägg Bygg AB, Anna Berg, Storgatan 1, 123 45 Stockholm")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# --- R19 and the delivery decision ------------------------------------------------------


def test_a_confirmed_recipient_at_our_operator_gets_peppol() -> None:
    decision = decide_delivery(account(), [recipient()], network())
    assert (decision.method, decision.reason) == (DeliveryMethod.PEPPOL, DeliveryReason.CONFIRMED)
    assert decision.message == "Receives e-invoices through Pagero (confirmed 2026-11-02)."


def test_another_operator_needs_a_tier_that_reaches_it_and_names_the_tier() -> None:
    elsewhere = recipient(operator_id=OTHER.id)
    blocked = decide_delivery(account(), [elsewhere], network("free"))
    assert (blocked.method, blocked.reason) == (DeliveryMethod.EMAIL_PDF,
                                                DeliveryReason.TIER_TOO_LOW)
    assert "Our service tier Free does not reach recipients at InExchange: that needs Basic" \
        in blocked.message
    assert "eva@hagg.se" in blocked.message
    for tier in ("basic", "premium"):
        assert decide_delivery(account(), [elsewhere], network(tier)).method is (
            DeliveryMethod.PEPPOL)


def test_pending_registration_falls_back_to_pdf_by_email_then_paper() -> None:
    pending = recipient(state=RecipientState.PENDING)
    by_email = decide_delivery(account(), [pending], network())
    assert (by_email.method, by_email.reason) == (DeliveryMethod.EMAIL_PDF,
                                                  DeliveryReason.PENDING)
    assert by_email.message == ("Registration pending since 2026-11-02. Invoices go as PDF by "
                                "email to eva@hagg.se meanwhile.")
    on_paper = decide_delivery(account(invoice_emails=()), [pending], network())
    assert on_paper.method is DeliveryMethod.PAPER
    assert "Storgatan 1" in on_paper.message


@pytest.mark.parametrize("who", [
    recipient(state=RecipientState.PENDING),
    recipient(state=RecipientState.REJECTED, rejected_reason="unknown organisation"),
    recipient(operator_id=OTHER.id),  # the tier
    None,  # not in the network
])
def test_an_account_that_requires_e_invoices_is_held_never_sent_otherwise(
    who: Recipient | None,
) -> None:
    decision = decide_delivery(account(requires_einvoice=True), [who] if who else [], network())
    assert decision.method is DeliveryMethod.HELD
    assert "held" in decision.message
    assert "eva@hagg.se" not in decision.message


def test_rejected_registration_says_why() -> None:
    decision = decide_delivery(account(), [recipient(state=RecipientState.REJECTED,
                                                     rejected_reason="no such company")],
                               network())
    assert decision.reason is DeliveryReason.REJECTED
    assert decision.message.startswith("Registration rejected: no such company")


def test_not_in_the_network() -> None:
    decision = decide_delivery(account(), [recipient(org_number="5566778899",
                                                     participant_ids=("0007:5566778899",))],
                               network())
    assert (decision.reason, decision.recipient) == (DeliveryReason.NOT_IN_NETWORK, None)


def test_a_confirmed_recipient_but_no_peppol_id_on_the_account() -> None:
    decision = decide_delivery(account(peppol_ids=()), [recipient()], network())
    assert (decision.method, decision.reason) == (DeliveryMethod.EMAIL_PDF,
                                                  DeliveryReason.NO_PEPPOL_ID)


def test_a_recipient_that_takes_only_credit_notes() -> None:
    decision = decide_delivery(account(), [recipient(
        document_types=frozenset({DocumentType.CREDIT_NOTE}))], network())
    assert decision.reason is DeliveryReason.CANNOT_RECEIVE_INVOICES


def test_a_pending_move_keeps_the_old_route_until_confirmed() -> None:
    moving = recipient(move=PendingMove(OTHER.id, SINCE, "Eva Ek"))
    decision = decide_delivery(account(), [moving], network("free"))
    # Through the old operator, even though our tier could not reach the new one.
    assert (decision.method, decision.reason) == (DeliveryMethod.PEPPOL,
                                                  DeliveryReason.MOVE_PENDING)
    assert decision.message == ("Moving to InExchange: still delivered through Pagero until "
                                "the move is confirmed.")


def test_matched_by_any_participant_id_case_insensitively() -> None:
    other_org = recipient(org_number="1111111111",
                          participant_ids=("0088:5790000435975", "0007:5560360793"))
    decision = decide_delivery(account(org_number="", peppol_ids=("0007:5560360793",)),
                               [other_org], network())
    assert decision.method is DeliveryMethod.PEPPOL
    fi = recipient(country="FI", org_number="20774740", participant_ids=("0216:003720774740AB",))
    assert decide_delivery(account(org_number="", peppol_ids=("0216:003720774740ab",)), [fi],
                           network()).method is DeliveryMethod.PEPPOL


# --- R18: what a recipient must have, R29/R31/R33 on its fields ---------------------------


def entry(**changes: str | tuple[str, ...]) -> RecipientInput:
    base = RecipientInput(company_name="Hägg Bygg AB", country="SE", org_number="556036-0793",
                          operator_id=str(OURS.id), email="faktura@hagg.se",
                          participant_ids=("0007:5560360793",))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_valid_recipient_is_normalised() -> None:
    valid = validate_recipient(entry(), (OURS, OTHER))
    assert (valid.org_number, valid.operator_id, valid.participant_ids) == (
        "5560360793", OURS.id, ("0007:5560360793",))


@pytest.mark.parametrize("field", ["company_name", "org_number", "operator_id", "email"])
def test_each_of_the_four_is_mandatory(field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_recipient(entry(**{field: "  "}), (OURS, OTHER))
    assert set(caught.value.errors) == {field}


@pytest.mark.parametrize(("changes", "field"), [
    ({"org_number": "556036-0794"}, "org_number"),  # R31: check digit
    ({"country": "DK", "org_number": "13585627"}, "org_number"),
    ({"country": "NO", "org_number": "974760674"}, "org_number"),
    ({"email": "faktura@@hagg"}, "email"),  # R29
    ({"operator_id": "99"}, "operator_id"),  # not in the catalogue
])
def test_bad_fields_are_refused_at_the_field(changes: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_recipient(entry(**changes), (OURS, OTHER))
    assert set(caught.value.errors) == {field}


@pytest.mark.parametrize("peppol_id", [
    "0007:5560360793", "0088:5790000435975", "0192:974760673", "0216:003720774740",
])
def test_r33_accepted_participant_ids(peppol_id: str) -> None:
    assert validate_recipient(entry(participant_ids=(peppol_id,)), (OURS,)).participant_ids == (
        peppol_id,)


@pytest.mark.parametrize("peppol_id", [
    "0007:556036-0793", "9955:SE556036079301", "9902:13585628", "9904:DK13585628",
    "9908:974760673", "0037:20774740", "0212:20774740", "0213:20774740", "0215:20774740",
])
def test_r33_refused_participant_ids(peppol_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_recipient(entry(participant_ids=(peppol_id,)), (OURS,))
    assert set(caught.value.errors) == {"participant_ids.0"}


def test_several_participant_ids_but_not_one_twice() -> None:
    two = validate_recipient(entry(participant_ids=("0007:5560360793", "0088:5790000435975")),
                             (OURS,))
    assert len(two.participant_ids) == 2
    with pytest.raises(ValidationError) as caught:
        validate_recipient(entry(participant_ids=("0007:5560360793", "0007:5560360793")), (OURS,))
    assert set(caught.value.errors) == {"participant_ids.1"}
