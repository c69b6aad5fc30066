"""Accounting bureaus through the services, on both back ends (issue 17; R20–R24).

Consultants' access to clients (R20); program permissions granted in the name
of the client's own system administrator (R21); creating and connecting
clients, the request's lifecycle with a wrong signer and the 30-day expiry
(R22); the client's name and organisation number read from the client (R23);
who activates (R24); effective access reason by reason and *Why no
programs?*; two operators on one matrix; roles; the audit trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.bureaus import (
    AccessReason,
    BureauRole,
    ClientRole,
    ConnectionState,
    EffectiveAccess,
    StepRefused,
)
from custadmin.domain.errors import (
    ConfirmationNeeded,
    ConflictError,
    CustadminError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from custadmin.domain.messages import Message
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.bureaus import (
    Change,
    ClientRow,
    access_matrix,
    activate_client,
    bureau_overview,
    connect_client,
    connection_form,
    create_client,
    decline_request,
    disconnect_client,
    effective_matrix,
    program_matrix,
    programs,
    record_signature,
    save_access,
    save_program,
    save_program_permissions,
    save_roles,
    send_request,
    set_bureau,
    why_no_programs,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    AuditEntry,
    BureauClient,
    ClientAccess,
    Contact,
    ContactRole,
    Login,
    ProgramPermission,
    utcnow,
)
from factories import add_portal_user, open_workspace

NewAccountFactory = Callable[..., NewAccount]
AGENT = Actor(None, "Eva Ek", OperatorRole.SUPPORT_AGENT)
ADMIN = Actor(None, "Gun Gran", OperatorRole.ADMINISTRATOR)
READER = Actor(None, "Ulla Ung", OperatorRole.READ_ONLY)
#: The signed connection form as it comes back (any bytes: only its SHA-256 is kept).
SIGNED_FORM = b"%PDF-1.4\n% connection form, signed by Olle Ohlin\n%%EOF\n"

SYSADMIN, MANAGER, CONSULTANT = (BureauRole.SYSTEM_ADMINISTRATOR,
                                 BureauRole.CLIENT_MANAGER_ADMINISTRATOR, BureauRole.CONSULTANT)
CLIENT_ADMIN, SIGNATORY = ClientRole.SYSTEM_ADMINISTRATOR, ClientRole.AUTHORISED_SIGNATORY


@dataclass(frozen=True)
class World:
    """A bureau with its users, and an existing account with its own users."""

    bureau: int  # Siffror Redovisning AB
    admin: int  # Bo Berg: the bureau's system administrator
    manager: int  # Cleo Dahl: program administrator of the client manager
    karin: int  # Karin Kvist: consultant
    lars: int  # Lars Lund: consultant
    client: int  # Hägg Bygg AB: not yet a client
    client_admin: int  # Sara Strand: the client's system administrator
    signatory: int  # Olle Ohlin: the client's authorised signatory
    plain: int  # Tove Torn: a user of the client with no role


def _give_roles(db: Workspace, account_id: int, roles: dict[int, tuple[str, ...]]) -> None:
    save_roles(db, account_id, [Change(contact, role, True, False)
                                for contact, named in roles.items() for role in named])


@pytest.fixture
def world(db: Workspace, new_account: NewAccountFactory) -> World:
    bureau = create_account(db, new_account(name="Siffror Redovisning AB",
                                            org_number="556710-5787",
                                            email="info@siffror.se")).id
    set_bureau(db, bureau, True)
    admin = add_portal_user(db, bureau, "Bo", "Berg", "bo.berg@siffror.se")
    manager = add_portal_user(db, bureau, "Cleo", "Dahl", "cleo.dahl@siffror.se")
    karin = add_portal_user(db, bureau, "Karin", "Kvist", "karin.kvist@siffror.se")
    lars = add_portal_user(db, bureau, "Lars", "Lund", "lars.lund@siffror.se")
    _give_roles(db, bureau, {admin: (SYSADMIN,), manager: (MANAGER,), karin: (CONSULTANT,),
                             lars: (CONSULTANT,)})
    client = create_account(db, new_account(name="Hägg Bygg AB", org_number="556036-0793",
                                            email="info@hagg.se")).id
    client_admin = add_portal_user(db, client, "Sara", "Strand", "sara@hagg.se")
    signatory = add_portal_user(db, client, "Olle", "Ohlin", "olle@hagg.se")
    plain = add_portal_user(db, client, "Tove", "Torn", "tove@hagg.se")
    _give_roles(db, client, {client_admin: (CLIENT_ADMIN,), signatory: (SIGNATORY,)})
    return World(bureau, admin, manager, karin, lars, client, client_admin, signatory, plain)


@pytest.fixture
def other(db: Workspace) -> Iterator[Workspace]:
    """A second operator's session (its own engine and pool) on the same database."""
    second = open_workspace(db.engine.url.render_as_string(hide_password=False))
    try:
        yield second.acting(ADMIN)
    finally:
        second.dispose()


# --- helpers ------------------------------------------------------------------------------


def _row(db: Workspace, bureau: int, client: int) -> ClientRow:
    """The bureau's newest link to ``client``, as read now."""
    return next(c for c in bureau_overview(db, bureau).clients if c.client_id == client)


def _connect(db: Workspace, w: World) -> ClientRow:
    return connect_client(db, w.bureau, w.client, responsible_id=w.karin,
                          signer_id=w.signatory)


def _connected(db: Workspace, w: World) -> ClientRow:
    """Hägg Bygg connected: the form sent and signed, waiting in the activation list."""
    sent = send_request(db, _connect(db, w).token)
    return record_signature(db, sent.token, w.signatory, SIGNED_FORM)


def _active(db: Workspace, w: World) -> ClientRow:
    return activate_client(db, _connected(db, w).token, w.admin)


def _second_client(db: Workspace, new_account: NewAccountFactory) -> tuple[int, int]:
    """Ek Konsult AB and its authorised signatory Nils Ek."""
    client = create_account(db, new_account(name="Ek Konsult AB", org_number="556677-8899",
                                            email="info@ekkonsult.se")).id
    signer = add_portal_user(db, client, "Nils", "Ek", "nils@ekkonsult.se")
    _give_roles(db, client, {signer: (SIGNATORY,)})
    return client, signer


def _code(text: str) -> str:
    """The message code of a refusal's text."""
    assert isinstance(text, Message), text
    return text.code


def _roles(db: Workspace, contact_id: int) -> set[str]:
    with db.reading() as uow:
        return set(uow.session.scalars(select(ContactRole.role).where(
            ContactRole.contact_id == contact_id)))


def _links(db: Workspace) -> int:
    with db.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(BureauClient)) or 0)


def _audit(db: Workspace, table: str) -> list[Any]:
    audit = AuditEntry.__table__
    with db.reading() as uow:
        return list(uow.session.execute(select(*audit.c).where(audit.c.table_name == table)
                                        .order_by(audit.c.id)))


def _changes(entry: Any) -> dict[str, list[Any]]:
    loaded: dict[str, list[Any]] = json.loads(entry.changes)
    return loaded


def _effective(db: Workspace, w: World, consultant: int, client: int) -> EffectiveAccess:
    matrix = effective_matrix(db, w.bureau)
    user = next(u for u in matrix.bureau.consultants if u.contact_id == consultant)
    row = next(c for c in matrix.bureau.open_clients if c.client_id == client)
    return matrix.access(user, row)


def _sent_days_ago(db: Workspace, link_id: int, **ago: int) -> None:
    with db.writing() as uow:
        link = uow.session.get(BureauClient, link_id)
        assert link is not None
        link.sent_at = utcnow() - dt.timedelta(**ago)
        uow.commit()


# --- R22: creating a client ------------------------------------------------------------------


def test_creating_a_client_with_its_own_access_waits_for_activation(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w, agent = world, db.acting(AGENT)
    row = create_client(agent, w.bureau, new_account(
        name="Nya Kunden AB", org_number="556123-4567", email="ny@kunden.se"),
        own_access=True, invoiced="bureau", responsible_id=w.karin)
    assert (row.state, row.origin, row.invoiced, row.client_own_access) == (
        ConnectionState.AWAITING_ACTIVATION, "created", "bureau", True)
    assert (row.name, row.org_number, row.responsible, row.created_by) == (
        "Nya Kunden AB", "5561234567", "Karin Kvist", "Eva Ek")
    # Its own access: the main contact is the client's system administrator, in
    # whose name programs are granted (no portal login needed for that).
    main = load_account(db, row.client_id).main_contact.id
    assert _roles(db, main) == {CLIENT_ADMIN}
    assert [u.contact_id for u in program_matrix(db, row.client_id).administrators] == [main]
    assert [c.link_id for c in bureau_overview(db, w.bureau).awaiting_activation] == [
        row.link_id]
    # Without its own access, invoiced to the client: nobody is given a role.
    plain = create_client(agent, w.bureau, new_account(
        name="Tyst AB", org_number="559012-3450", email="info@tyst.se"),
        own_access=False, invoiced="client")
    assert (plain.client_own_access, plain.invoiced, plain.responsible) == (False, "client", "")
    assert _roles(db, load_account(db, plain.client_id).main_contact.id) == set()

    with db.reading() as uow:
        accounts = uow.session.scalar(select(func.count()).select_from(Account))
    with pytest.raises(ValidationError) as invoiced:
        create_client(agent, w.bureau, new_account(name="X AB", email="x@x.se"),
                      own_access=True, invoiced="nobody")
    assert set(invoiced.value.errors) == {"invoiced"}
    with pytest.raises(ValidationError) as responsible:  # the administrator is no consultant
        create_client(agent, w.bureau, new_account(name="X AB", email="x@x.se"),
                      own_access=True, invoiced="client", responsible_id=w.admin)
    assert "Bo Berg" in responsible.value.errors["responsible"]
    with pytest.raises(RuleViolation) as not_bureau:
        create_client(agent, w.client, new_account(name="X AB", email="x@x.se"),
                      own_access=True, invoiced="client")
    assert _code(not_bureau.value.message) == "bureau.not_bureau"
    assert "Hägg Bygg AB" in not_bureau.value.message
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Account)) == accounts


# --- R22: connecting an existing account --------------------------------------------------------


def test_a_connection_request_from_draft_to_the_activation_list(
    db: Workspace, world: World
) -> None:
    w, agent = world, db.acting(AGENT)
    draft = connect_client(agent, w.bureau, w.client, responsible_id=w.karin,
                           signer_id=w.client_admin)
    assert (draft.state, draft.origin, draft.responsible, draft.signer, draft.sent_at) == (
        ConnectionState.DRAFT, "connected", "Karin Kvist", "Sara Strand", None)
    form = connection_form(db, draft.link_id)
    assert (form.bureau_name, form.bureau_org_number, form.client_name,
            form.client_org_number) == ("Siffror Redovisning AB", "556710-5787",
                                        "Hägg Bygg AB", "556036-0793")
    assert (form.responsible, form.signer, form.signer_role) == (
        "Karin Kvist", "Sara Strand", "system_administrator")
    assert form.valid_until - form.date == dt.timedelta(days=30)

    sent = send_request(agent, draft.token)
    assert sent.state is ConnectionState.SENT and sent.sent_at is not None
    with pytest.raises(ConflictError):  # from what was read before it was sent
        send_request(agent, draft.token)

    # A wrong signer: a user of the client with no role. Refused, nothing changes.
    with pytest.raises(ValidationError) as wrong:
        record_signature(agent, sent.token, w.plain, SIGNED_FORM)
    assert set(wrong.value.errors) == {"signer"}
    assert _code(wrong.value.errors["signer"]) == "bureau.wrong_signer"
    # Someone of another account (the bureau's consultant) cannot sign for the client.
    with pytest.raises(ValidationError) as stranger:
        record_signature(agent, sent.token, w.karin, SIGNED_FORM)
    assert set(stranger.value.errors) == {"signer"}
    with pytest.raises(ValidationError) as empty:
        record_signature(agent, sent.token, w.signatory, b"")
    assert set(empty.value.errors) == {"file"}
    unchanged = _row(db, w.bureau, w.client)
    assert (unchanged.state, unchanged.signer, unchanged.signed_at,
            unchanged.signed_file_sha256, unchanged.version) == (
        ConnectionState.SENT, "Sara Strand", None, "", sent.version)

    # The authorised signatory signs: the signer and the file's SHA-256 are kept.
    signed = record_signature(agent, sent.token, w.signatory, SIGNED_FORM)
    assert signed.state is ConnectionState.AWAITING_ACTIVATION and signed.connected
    assert signed.signer == "Olle Ohlin" and signed.signed_at is not None
    assert signed.signed_file_sha256 == hashlib.sha256(SIGNED_FORM).hexdigest()
    assert [c.link_id for c in bureau_overview(db, w.bureau).awaiting_activation] == [
        signed.link_id]
    with db.reading() as uow:
        link = uow.session.get(BureauClient, signed.link_id)
        assert link is not None
        assert (link.signer_id, link.signed_file_sha256) == (
            w.signatory, hashlib.sha256(SIGNED_FORM).hexdigest())
    with pytest.raises(StepRefused):  # signed once
        record_signature(agent, signed.token, w.signatory, SIGNED_FORM)


def test_a_declined_request_ends_and_a_new_one_may_follow(db: Workspace, world: World) -> None:
    w = world
    sent = send_request(db, _connect(db, w).token)
    declined = decline_request(db, sent.token, "We keep our own bookkeeping")
    assert declined.state is ConnectionState.DECLINED and declined.ended_at is not None
    assert declined.ended_reason == "We keep our own bookkeeping"
    assert declined.link_id not in {c.link_id for c in bureau_overview(db, w.bureau).open_clients}
    with pytest.raises(StepRefused):
        record_signature(db, declined.token, w.signatory, SIGNED_FORM)
    again = _connect(db, w)
    assert again.state is ConnectionState.DRAFT and again.link_id != declined.link_id


def test_a_request_unsigned_for_30_days_expires(db: Workspace, world: World) -> None:
    w = world
    sent = send_request(db, _connect(db, w).token)
    _sent_days_ago(db, sent.link_id, days=29, hours=23)
    assert _row(db, w.bureau, w.client).state is ConnectionState.SENT
    _sent_days_ago(db, sent.link_id, days=30, minutes=1)
    expired = _row(db, w.bureau, w.client)
    assert expired.state is ConnectionState.EXPIRED and not expired.connected
    assert expired.link_id not in {c.link_id for c in bureau_overview(db, w.bureau).open_clients}
    # It cannot be signed any more: a refusal custadmin explains, nothing stored.
    with pytest.raises(StepRefused) as refused:
        record_signature(db, expired.token, w.signatory, SIGNED_FORM)
    assert isinstance(refused.value, CustadminError)
    assert "expired" in refused.value.message
    with db.reading() as uow:
        link = uow.session.get(BureauClient, expired.link_id)
        assert link is not None and (link.signer_id, link.signed_file_sha256) == (
            w.signatory, "")
    # A new request for the pair may go; the old one is recorded as expired.
    again = _connect(db, w)
    assert again.state is ConnectionState.DRAFT and again.link_id != expired.link_id
    with db.reading() as uow:
        link = uow.session.get(BureauClient, expired.link_id)
        assert link is not None and link.state == "expired" and link.ended_at is not None


def test_connecting_twice_itself_a_missing_account_or_with_a_wrong_signer_is_refused(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w = world
    _connect(db, w)
    before = _links(db)
    with pytest.raises(ValidationError) as twice:
        _connect(db, w)
    assert set(twice.value.errors) == {"client"}
    assert "Hägg Bygg AB" in twice.value.errors["client"]
    with pytest.raises(ValidationError) as itself:
        connect_client(db, w.bureau, w.bureau, responsible_id=None, signer_id=w.admin)
    assert _code(itself.value.errors["client"]) == "bureau.own_client"
    # A client the bureau created is its client already.
    created = create_client(db, w.bureau, new_account(name="Nya AB", email="ny@nya.se"),
                            own_access=True, invoiced="client")
    created_main = load_account(db, created.client_id).main_contact.id
    with pytest.raises(ValidationError) as again:
        connect_client(db, w.bureau, created.client_id, responsible_id=None,
                       signer_id=created_main)
    assert set(again.value.errors) == {"client"}
    # The signer the form names is checked when it is drawn up.
    ek, nils = _second_client(db, new_account)
    ek_main = load_account(db, ek).main_contact.id
    for signer in (ek_main, None, w.signatory):  # no role; nobody; someone else's
        with pytest.raises(ValidationError) as signer_refused:
            connect_client(db, w.bureau, ek, responsible_id=None, signer_id=signer)
        assert set(signer_refused.value.errors) == {"signer"}
    # Only a bureau connects clients; only an account that exists is connected.
    with pytest.raises(RuleViolation):
        connect_client(db, w.client, ek, responsible_id=None, signer_id=nils)
    with pytest.raises(NotFoundError) as missing:
        connect_client(db, w.bureau, 999_999, responsible_id=None, signer_id=None)
    assert "999999" in missing.value.message
    for read in (bureau_overview, program_matrix):
        with pytest.raises(NotFoundError):
            read(db, 999_999)
    assert _links(db) == before + 1  # the created one


# --- R20: client access ----------------------------------------------------------------------


def test_access_is_granted_to_connected_clients_and_consultants_only(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w, agent = world, db.acting(AGENT)
    _active(db, w)
    save_access(agent, w.bureau, [Change(w.karin, w.client, True, False)])
    assert access_matrix(db, w.bureau).granted == {(w.karin, w.client)}
    save_access(agent, w.bureau, [Change(w.karin, w.client, False, True)])
    assert access_matrix(db, w.bureau).granted == frozenset()

    ek, nils = _second_client(db, new_account)
    draft = connect_client(db, w.bureau, ek, responsible_id=None, signer_id=nils)
    for row in (draft, send_request(db, draft.token)):
        with pytest.raises(RuleViolation) as not_connected:
            save_access(agent, w.bureau, [Change(w.karin, ek, True, False)])
        message = not_connected.value.message
        assert _code(message) == "bureau.client_not_connected"
        assert "Ek Konsult AB" in message, row.state
    with pytest.raises(RuleViolation) as not_consultant:
        save_access(agent, w.bureau, [Change(w.admin, w.client, True, False)])
    assert "Bo Berg" in not_consultant.value.message
    # One refused box refuses the whole save.
    with pytest.raises(RuleViolation):
        save_access(agent, w.bureau, [Change(w.lars, w.client, True, False),
                                      Change(w.karin, ek, True, False)])
    assert access_matrix(db, w.bureau).granted == frozenset()
    # Signed (awaiting activation) is connected: access may be granted.
    record_signature(db, _row(db, w.bureau, ek).token, nils, SIGNED_FORM)
    save_access(agent, w.bureau, [Change(w.karin, ek, True, False)])
    assert access_matrix(db, w.bureau).granted == {(w.karin, ek)}


def test_disconnecting_a_client_takes_the_bureaus_consultants_access(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w = world
    active = _active(db, w)
    save_access(db, w.bureau, [Change(w.karin, w.client, True, False),
                               Change(w.lars, w.client, True, False)])
    # Another bureau's consultant at the same client keeps hers.
    other_bureau = create_account(db, new_account(name="Räkna Rätt AB", org_number="556987-6542",
                                                  email="info@rakna.se")).id
    set_bureau(db, other_bureau, True)
    mona = add_portal_user(db, other_bureau, "Mona", "Mark", "mona@rakna.se")
    _give_roles(db, other_bureau, {mona: (CONSULTANT,)})
    theirs = send_request(db, connect_client(db, other_bureau, w.client, responsible_id=mona,
                                             signer_id=w.client_admin).token)
    record_signature(db, theirs.token, w.client_admin, SIGNED_FORM)
    save_access(db, other_bureau, [Change(mona, w.client, True, False)])

    ended = disconnect_client(db.acting(AGENT), active.token)
    assert ended.state is ConnectionState.DISCONNECTED and ended.ended_at is not None
    assert access_matrix(db, w.bureau).granted == frozenset()
    assert access_matrix(db, other_bureau).granted == {(mona, w.client)}
    with db.reading() as uow:
        assert set(uow.session.execute(
            select(ClientAccess.consultant_id, ClientAccess.client_id))) == {
            (mona, w.client)}
    assert w.client not in {c.client_id for c in bureau_overview(db, w.bureau).open_clients}
    with pytest.raises(RuleViolation):
        save_access(db, w.bureau, [Change(w.karin, w.client, True, False)])


# --- R21: program permissions ------------------------------------------------------------------


def test_program_permissions_are_granted_in_the_name_of_the_clients_administrator(
    db: Workspace, world: World
) -> None:
    w, agent = world, db.acting(AGENT)
    _active(db, w)
    save_access(db, w.bureau, [Change(w.karin, w.client, True, False)])
    matrix = program_matrix(db, w.client)
    assert {u.user.contact_id for u in matrix.users if not u.bureau} == {
        w.client_admin, w.signatory, w.plain}
    assert [(u.user.contact_id, u.bureau) for u in matrix.users if u.bureau] == [
        (w.karin, "Siffror Redovisning AB")]  # Lars has no access: not a user here
    assert [a.contact_id for a in matrix.administrators] == [w.client_admin]
    assert [p.key for p in programs(db)][:4] == [
        "bookkeeping", "invoicing", "payroll", "time_reporting"]

    grant = [Change(w.karin, "bookkeeping", True, False),
             Change(w.plain, "invoicing", True, False)]
    # Only the authorised signatory, someone of another account, or nobody: refused.
    for granter, code in ((w.signatory, "bureau.not_client_administrator"),
                          (w.admin, "bureau.not_client_contact"),
                          (None, "bureau.not_client_contact")):
        with pytest.raises(ValidationError) as refused:
            save_program_permissions(agent, w.client, granter, grant)
        assert set(refused.value.errors) == {"granter"}
        assert _code(refused.value.errors["granter"]) == code
    assert program_matrix(db, w.client).granted == frozenset()

    save_program_permissions(agent, w.client, w.client_admin, grant)
    assert program_matrix(db, w.client).granted == {(w.karin, "bookkeeping"),
                                                    (w.plain, "invoicing")}
    with db.reading() as uow:
        assert set(uow.session.scalars(select(ProgramPermission.granted_by_id))) == {
            w.client_admin}

    # Neither the client's own user nor a consultant with access.
    with pytest.raises(RuleViolation) as stranger:
        save_program_permissions(agent, w.client, w.client_admin,
                                 [Change(w.lars, "payroll", True, False)])
    assert "Lars Lund" in stranger.value.message
    with pytest.raises(NotFoundError):
        save_program_permissions(agent, w.client, w.client_admin,
                                 [Change(w.karin, "astrology", True, False)])
    save_program_permissions(agent, w.client, w.client_admin,
                             [Change(w.karin, "bookkeeping", False, True)])
    assert program_matrix(db, w.client).granted == {(w.plain, "invoicing")}


def test_the_program_catalogue_is_maintained_by_administrators(db: Workspace) -> None:
    admin = db.acting(ADMIN)
    catalogue = save_program(admin, "Budget", "Budget and forecast", new=True)
    assert catalogue[-1].key == "budget" and catalogue[-1].name == "Budget and forecast"
    with pytest.raises(ValidationError) as taken:
        save_program(admin, "budget", "Again", new=True)
    assert set(taken.value.errors) == {"key"}
    renamed = save_program(admin, "budget", "Budgeting", new=False)
    assert [p.name for p in renamed if p.key == "budget"] == ["Budgeting"]
    with pytest.raises(NotFoundError):
        save_program(admin, "astrology", "Stars", new=False)
    with pytest.raises(NotPermitted):
        save_program(db.acting(READER), "extra", "Extra", new=True)


# --- effective access, reason by reason, and Why no programs? ---------------------------------


def test_effective_access_reason_by_reason_as_why_no_programs_says_it(
    db: Workspace, world: World
) -> None:
    w = world
    emails = {w.karin: "KARIN.Kvist@Siffror.SE", w.lars: "lars.lund@siffror.se"}

    def reads(reason: AccessReason, consultant: int = w.karin) -> EffectiveAccess:
        found = _effective(db, w, consultant, w.client)
        assert found.reason is reason
        assert _code(found.message) == f"access.{reason.value}"
        answers = why_no_programs(db, emails[consultant], "hägg")
        assert [(a.client, a.bureau, a.access) for a in answers] == [
            ("Hägg Bygg AB", "Siffror Redovisning AB", found)]
        return found

    draft = _connect(db, w)
    reads(AccessReason.NOT_CONNECTED)
    sent = send_request(db, draft.token)
    reads(AccessReason.NOT_CONNECTED)
    signed = record_signature(db, sent.token, w.signatory, SIGNED_FORM)
    save_access(db, w.bureau, [Change(w.karin, w.client, True, False)])
    reads(AccessReason.NOT_ACTIVATED)
    activate_client(db, signed.token, w.admin)
    reads(AccessReason.NO_ACCESS, w.lars)
    reads(AccessReason.NO_PROGRAMS)
    save_program_permissions(db, w.client, w.client_admin,
                             [Change(w.karin, "bookkeeping", True, False),
                              Change(w.karin, "payroll", True, False)])
    granted = reads(AccessReason.GRANTED)
    assert granted.programs == {"Bookkeeping", "Payroll"}
    assert "Bookkeeping, Payroll" in granted.message
    with db.writing() as uow:
        karin = uow.session.get(Contact, w.karin)
        assert karin is not None and karin.login_id is not None
        login = uow.session.get(Login, karin.login_id)
        assert login is not None
        login.enabled = False
        uow.commit()
    disabled = reads(AccessReason.LOGIN_DISABLED)
    assert disabled.programs == frozenset()

    # The client by organisation number or customer number, or every client.
    number = load_account(db, w.client).customer_number
    for text in ("556036-0793", str(number), ""):
        assert [a.client for a in why_no_programs(db, "lars.lund@siffror.se", text)] == [
            "Hägg Bygg AB"]
    for unknown in ("nobody@siffror.se", "bo.berg@siffror.se", "sara@hagg.se", "not an email"):
        with pytest.raises(ValidationError) as login_refused:
            why_no_programs(db, unknown, "")
        assert set(login_refused.value.errors) == {"username"}, unknown
    with pytest.raises(ValidationError) as no_client:
        why_no_programs(db, "lars.lund@siffror.se", "Ek Konsult")
    assert set(no_client.value.errors) == {"client"}


def test_why_no_programs_answers_for_a_login_that_serves_two_bureaus(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    """One login, a consultant at two bureaus (R9): the client of either is found."""
    w = world
    first = create_account(db, new_account(name="Annan Byrå AB", org_number="556987-6542",
                                           email="info@annan.se")).id
    set_bureau(db, first, True)
    with pytest.raises(ConfirmationNeeded) as join:
        add_portal_user(db, first, "Karin", "Kvist", "karin.kvist@siffror.se")
    twin = add_portal_user(db, first, "Karin", "Kvist", "karin.kvist@siffror.se",
                           confirmed_login_id=join.value.login_id)
    _give_roles(db, first, {twin: (CONSULTANT,)})
    _connected(db, w)
    answers = why_no_programs(db, "karin.kvist@siffror.se", "Hägg")
    assert [(a.bureau, a.client, a.access.reason) for a in answers] == [
        ("Siffror Redovisning AB", "Hägg Bygg AB", AccessReason.NOT_ACTIVATED)]


# --- R23: the client's own details ------------------------------------------------------------


def test_a_clients_name_and_org_number_are_read_from_the_client(
    db: Workspace, world: World
) -> None:
    w = world
    row = _connected(db, w)
    assert (row.name, row.org_number) == ("Hägg Bygg AB", "5560360793")
    details = load_account(db, w.client)
    update_account_details(db, details.token, AccountInput(
        name="Hägg & Son Bygg AB", country="SE", org_number="556123-4567"),
        details.main_contact.as_input())
    after = _row(db, w.bureau, w.client)
    assert (after.name, after.org_number) == ("Hägg & Son Bygg AB", "5561234567")
    assert connection_form(db, row.link_id).client_name == "Hägg & Son Bygg AB"
    with db.writing() as uow:  # straight on the row: nothing cached anywhere
        account = uow.session.get(Account, w.client)
        assert account is not None
        account.name = "Hägg Holding AB"
        uow.commit()
    assert _row(db, w.bureau, w.client).name == "Hägg Holding AB"
    assert [u.client for u in why_no_programs(db, "karin.kvist@siffror.se", "holding")] == [
        "Hägg Holding AB"]
    # No copy can exist: the link has no column for either.
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("bureau_client")}
    assert columns >= {"bureau_id", "client_id", "state"}
    assert not [c for c in columns if "name" in c or "org_number" in c], columns


# --- R24: the activation list ----------------------------------------------------------------


def test_only_the_bureaus_administrators_activate_clients(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w, agent = world, db.acting(AGENT)
    alfa = create_client(db, w.bureau, new_account(name="Alfa AB", email="info@alfa.se"),
                         own_access=True, invoiced="client")
    beta = create_client(db, w.bureau, new_account(name="Beta AB", email="info@beta.se"),
                         own_access=True, invoiced="client")
    with pytest.raises(ValidationError) as consultant:
        activate_client(agent, alfa.token, w.karin)
    assert set(consultant.value.errors) == {"requested_by"}
    assert _code(consultant.value.errors["requested_by"]) == (
        "bureau.may_not_activate")
    bureau_main = load_account(db, w.bureau).main_contact.id  # no login: no user
    for nobody in (w.client_admin, bureau_main, None):
        with pytest.raises(ValidationError) as not_user:
            activate_client(agent, alfa.token, nobody)
        assert set(not_user.value.errors) == {"requested_by"}
    waiting = _row(db, w.bureau, alfa.client_id)
    assert (waiting.state, waiting.activated_by, waiting.activated_at, waiting.version) == (
        ConnectionState.AWAITING_ACTIVATION, "", None, alfa.version)

    by_manager = activate_client(agent, alfa.token, w.manager)
    assert (by_manager.state, by_manager.activated_by) == (ConnectionState.ACTIVE, "Cleo Dahl")
    assert by_manager.activated_at is not None
    by_admin = activate_client(agent, beta.token, w.admin)
    assert (by_admin.state, by_admin.activated_by) == (ConnectionState.ACTIVE, "Bo Berg")
    with db.reading() as uow:
        assert dict(uow.session.execute(select(BureauClient.client_id,
                                               BureauClient.activated_by_id)).all()) == {
            alfa.client_id: w.manager, beta.client_id: w.admin}
    assert bureau_overview(db, w.bureau).awaiting_activation == ()
    with pytest.raises(StepRefused):
        activate_client(agent, by_admin.token, w.admin)


# --- roles ------------------------------------------------------------------------------------


def test_bureau_roles_only_at_a_bureau_client_roles_anywhere(
    db: Workspace, world: World
) -> None:
    w, agent = world, db.acting(AGENT)
    for role in (CONSULTANT, MANAGER):
        with pytest.raises(RuleViolation) as refused:
            save_roles(agent, w.client, [Change(w.plain, role, True, False)])
        assert _code(refused.value.message) == "bureau.role_needs_bureau"
    save_roles(agent, w.client, [Change(w.plain, CLIENT_ADMIN, True, False),
                                 Change(w.plain, SIGNATORY, True, False)])
    save_roles(agent, w.bureau, [Change(w.karin, SIGNATORY, True, False),
                                 Change(w.karin, MANAGER, True, False)])
    assert _roles(db, w.plain) == {CLIENT_ADMIN, SIGNATORY}
    assert _roles(db, w.karin) == {CONSULTANT, MANAGER, SIGNATORY}
    save_roles(agent, w.client, [Change(w.plain, CLIENT_ADMIN, False, True)])
    assert _roles(db, w.plain) == {SIGNATORY}
    users = {u.contact_id: u.roles for u in bureau_overview(db, w.bureau).users}
    assert users[w.karin] == {CONSULTANT, MANAGER, SIGNATORY}
    # A contact without a login may be the client's system administrator or sign for
    # it (a signatory need not use the portal), but is no user of a bureau; a role
    # that does not exist is none.
    client_main = load_account(db, w.client).main_contact.id
    save_roles(agent, w.client, [Change(client_main, SIGNATORY, True, False)])
    assert _roles(db, client_main) == {SIGNATORY}
    bureau_main = load_account(db, w.bureau).main_contact.id
    with pytest.raises(RuleViolation) as no_login:
        save_roles(agent, w.bureau, [Change(bureau_main, CONSULTANT, True, False)])
    assert _code(no_login.value.message) == "bureau.not_bureau_user"
    with pytest.raises(RuleViolation):
        save_roles(agent, w.client, [Change(w.plain, "owner", True, False)])
    # Roles are audited, on the contact's account.
    entries = [(e.action, e.object_id, e.account_id) for e in _audit(db, "contact_role")
               if e.operator_name == "Eva Ek"]
    assert (("delete", f"{w.plain}/system_administrator", w.client) in entries
            and ("insert", f"{w.karin}/client_manager_administrator", w.bureau) in entries)
    # No longer a bureau: no bureau roles given, no access granted.
    assert not set_bureau(db, w.bureau, False).is_bureau
    with pytest.raises(RuleViolation):
        save_roles(agent, w.bureau, [Change(w.admin, CONSULTANT, True, False)])


# --- two operators, one matrix ------------------------------------------------------------------


def test_two_operators_on_the_access_matrix_meet_the_conflict_path(
    db: Workspace, other: Workspace, world: World
) -> None:
    w, first = world, db.acting(AGENT)
    _active(db, w)
    seen_first, seen_second = access_matrix(first, w.bureau), access_matrix(other, w.bureau)
    box = (w.karin, w.client)
    save_access(first, w.bureau, [Change(*box, True, box in seen_first.granted)])
    with pytest.raises(ConflictError) as conflict:
        save_access(other, w.bureau, [Change(w.lars, w.client, True, False),
                                      Change(*box, True, box in seen_second.granted)])
    assert conflict.value.current == (Change(*box, True, False),)
    assert access_matrix(db, w.bureau).granted == {box}  # Lars's box not saved either
    with pytest.raises(ConflictError):  # withdrawing what it never saw granted
        save_access(other, w.bureau, [Change(*box, False, box in seen_second.granted)])
    # Another box, from the same old reading: saved.
    save_access(other, w.bureau, [Change(w.lars, w.client, True, False)])
    assert access_matrix(db, w.bureau).granted == {box, (w.lars, w.client)}
    # Both withdraw the same box: the second is the conflict.
    save_access(first, w.bureau, [Change(*box, False, True)])
    with pytest.raises(ConflictError):
        save_access(other, w.bureau, [Change(*box, False, True)])
    assert access_matrix(db, w.bureau).granted == {(w.lars, w.client)}


def test_two_operators_on_program_permissions_and_roles_meet_the_conflict_path(
    db: Workspace, other: Workspace, world: World
) -> None:
    w, first = world, db.acting(AGENT)
    _active(db, w)
    save_access(db, w.bureau, [Change(w.karin, w.client, True, False)])
    seen_first, seen_second = program_matrix(first, w.client), program_matrix(other, w.client)
    box = (w.karin, "bookkeeping")
    save_program_permissions(first, w.client, w.client_admin,
                             [Change(*box, True, box in seen_first.granted)])
    with pytest.raises(ConflictError):
        save_program_permissions(other, w.client, w.client_admin,
                                 [Change(w.plain, "payroll", True, False),
                                  Change(*box, True, box in seen_second.granted)])
    assert program_matrix(db, w.client).granted == {box}
    save_program_permissions(other, w.client, w.client_admin,
                             [Change(w.plain, "payroll", True, False)])
    assert program_matrix(db, w.client).granted == {box, (w.plain, "payroll")}

    roles_first = {u.contact_id: u.roles for u in bureau_overview(first, w.bureau).users}
    roles_second = {u.contact_id: u.roles for u in bureau_overview(other, w.bureau).users}
    save_roles(first, w.bureau, [Change(w.lars, MANAGER, True, MANAGER in roles_first[w.lars])])
    with pytest.raises(ConflictError):
        save_roles(other, w.bureau, [Change(w.karin, MANAGER, True, False),
                                     Change(w.lars, MANAGER, True,
                                            MANAGER in roles_second[w.lars])])
    assert _roles(db, w.lars) == {CONSULTANT, MANAGER} and _roles(db, w.karin) == {CONSULTANT}
    save_roles(other, w.bureau, [Change(w.karin, MANAGER, True,
                                        MANAGER in roles_second[w.karin])])
    assert _roles(db, w.karin) == {CONSULTANT, MANAGER}


# --- the audit trail and the operator's role ---------------------------------------------


def test_signing_activating_and_granting_are_in_the_audit_trail(
    db: Workspace, world: World
) -> None:
    w, agent = world, db.acting(AGENT)
    draft = connect_client(agent, w.bureau, w.client, responsible_id=w.karin,
                           signer_id=w.client_admin)
    sent = send_request(agent, draft.token)
    signed = record_signature(agent, sent.token, w.signatory, SIGNED_FORM)
    activate_client(agent, signed.token, w.manager)
    save_access(agent, w.bureau, [Change(w.karin, w.client, True, False)])
    save_program_permissions(agent, w.client, w.client_admin,
                             [Change(w.karin, "invoicing", True, False)])

    links = [e for e in _audit(db, "bureau_client") if e.object_id == str(signed.link_id)]
    assert {(e.operator_name, e.account_id) for e in links} == {("Eva Ek", w.client)}
    assert _changes(links[0])["bureau_id"] == [None, w.bureau]
    sha = hashlib.sha256(SIGNED_FORM).hexdigest()
    signature = [_changes(e) for e in links
                 if e.action == "update" and "signed_file_sha256" in _changes(e)]
    assert [c["signed_file_sha256"] for c in signature] == [["", sha]]
    assert signature[0]["signer_id"] == [w.client_admin, w.signatory]  # not the one named
    states = [c["state"] for c in map(_changes, links) if "state" in c]
    # Signed and queued in one unit of work: one step as the trail records it.
    assert states == [[None, "draft"], ["draft", "sent"], ["sent", "awaiting_activation"],
                      ["awaiting_activation", "active"]]
    activation = next(c for c in map(_changes, links) if "activated_by_id" in c)
    assert activation["activated_by_id"] == [None, w.manager]
    grants = _audit(db, "client_access")
    assert [(e.action, e.object_id, e.account_id, e.operator_name) for e in grants] == [
        ("insert", f"{w.karin}/{w.client}", w.client, "Eva Ek")]
    assert _changes(grants[0])["granted_by"] == [None, "Eva Ek"]
    permissions = _audit(db, "program_permission")
    assert [(e.action, e.object_id, e.account_id) for e in permissions] == [
        ("insert", f"{w.client}/{w.karin}/invoicing", w.client)]
    assert _changes(permissions[0])["granted_by_id"] == [None, w.client_admin]


def test_a_read_only_operator_reads_but_changes_nothing(
    db: Workspace, world: World, new_account: NewAccountFactory
) -> None:
    w = world
    row = _connected(db, w)
    reader = db.acting(READER)
    assert [c.client_id for c in bureau_overview(reader, w.bureau).open_clients] == [w.client]
    assert access_matrix(reader, w.bureau).granted == frozenset()
    assert effective_matrix(reader, w.bureau).bureau.bureau_id == w.bureau
    assert program_matrix(reader, w.client).client_id == w.client
    assert len(why_no_programs(reader, "karin.kvist@siffror.se", "")) == 1
    attempts: list[Callable[[], object]] = [
        lambda: set_bureau(reader, w.client, True),
        lambda: save_roles(reader, w.bureau, [Change(w.karin, MANAGER, True, False)]),
        lambda: save_access(reader, w.bureau, [Change(w.karin, w.client, True, False)]),
        lambda: save_program_permissions(reader, w.client, w.client_admin,
                                         [Change(w.plain, "payroll", True, False)]),
        lambda: create_client(reader, w.bureau, new_account(name="Ny AB", email="n@ny.se"),
                              own_access=True, invoiced="client"),
        lambda: connect_client(reader, w.bureau, w.client, responsible_id=None,
                               signer_id=w.signatory),
        lambda: send_request(reader, row.token),
        lambda: record_signature(reader, row.token, w.signatory, SIGNED_FORM),
        lambda: decline_request(reader, row.token, "no"),
        lambda: activate_client(reader, row.token, w.admin),
        lambda: disconnect_client(reader, row.token),
    ]
    for attempt in attempts:
        with pytest.raises(NotPermitted):
            attempt()
    assert _row(db, w.bureau, w.client) == row
    assert access_matrix(db, w.bureau).granted == frozenset()
    assert _roles(db, w.karin) == {CONSULTANT}
    assert not [e for table in ("bureau_client", "client_access", "contact_role", "account")
                for e in _audit(db, table) if e.operator_name == "Ulla Ung"]
