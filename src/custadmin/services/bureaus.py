"""Accounting bureaus: users and roles, clients, access and programs (issue 17; R20–R24).

Every list of clients joins the client's own account for its name and
organisation number (R23): nothing here copies them. The three matrices
(client access, program permissions, roles) are saved as *changes*, each
with the value the operator started from; when any stored value differs
from it, someone else changed the matrix meanwhile and nothing is saved
(:class:`ConflictError`): never a silent overwrite. Every change is in the
audit trail (the flush hooks of :mod:`custadmin.storage.audit`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, or_, select
from sqlalchemy.orm import Session

from custadmin.domain.accounts import NewAccount
from custadmin.domain.alphabet import search_fold
from custadmin.domain.bureaus import (
    SIGNING_DAYS,
    STATE_NAMES,
    AccessFacts,
    BureauRole,
    ClientRole,
    ConnectionRequest,
    ConnectionState,
    ConnectionStep,
    EffectiveAccess,
    check_signer,
    current_state,
    effective_access,
    may_activate,
    may_grant_programs,
    next_state,
)
from custadmin.domain.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from custadmin.domain.identifiers import (
    email_key,
    normalize_email,
    org_number_search_digits,
    shown_org_number,
)
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.text import clean_search, clean_text
from custadmin.domain.versions import VersionToken
from custadmin.services.accounts import insert_account
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    BureauClient,
    ClientAccess,
    Contact,
    ContactRole,
    Login,
    Program,
    ProgramPermission,
    utcnow,
)

#: The states in which the client is connected: access may be granted (R20, R22).
CONNECTED_STATES = frozenset({ConnectionState.SIGNED, ConnectionState.AWAITING_ACTIVATION,
                              ConnectionState.ACTIVE})
_OPEN_STATES = CONNECTED_STATES | {ConnectionState.DRAFT, ConnectionState.SENT}
BUREAU_ROLES = frozenset(BureauRole)
CLIENT_ROLES = frozenset(ClientRole)
#: Who is invoiced for a client the bureau creates.
INVOICED = ("client", "bureau")


# --- what the services return ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class User:
    """A contact as a user of its account (a portal login), with its roles there."""

    contact_id: int
    name: str
    email: str
    #: Has a login and portal access, and the login is enabled.
    login_enabled: bool
    has_login: bool
    roles: frozenset[str]

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>"


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One client in a bureau's list; name and organisation number are the client's own."""

    link_id: int
    client_id: int
    customer_number: int
    name: str
    #: Compact, as the client's account holds it; lists show :attr:`shown_org_number`.
    org_number: str
    country: str
    #: As of when it was read: a sent request not signed in time is *expired*.
    state: ConnectionState
    origin: str
    responsible: str
    signer: str
    created_at: dt.datetime
    created_by: str
    sent_at: dt.datetime | None
    signed_at: dt.datetime | None
    signed_file_sha256: str
    activated_at: dt.datetime | None
    activated_by: str
    ended_at: dt.datetime | None
    ended_reason: str
    client_own_access: bool
    invoiced: str
    version: int

    @property
    def token(self) -> VersionToken:
        return VersionToken(self.link_id, self.version)

    @property
    def connected(self) -> bool:
        return self.state in CONNECTED_STATES

    @property
    def shown_org_number(self) -> str:
        """Formatted; a sole trader's (a personal identity number) masked (R32)."""
        return shown_org_number(self.org_number, self.country)


@dataclass(frozen=True, slots=True)
class BureauOverview:
    bureau_id: int
    name: str
    org_number: str
    is_bureau: bool
    users: tuple[User, ...]
    #: Every link, current and ended, newest first.
    clients: tuple[ClientRow, ...]

    @property
    def consultants(self) -> tuple[User, ...]:
        return tuple(u for u in self.users if BureauRole.CONSULTANT in u.roles)

    @property
    def open_clients(self) -> tuple[ClientRow, ...]:
        """The clients in the list: connected, or with a request under way."""
        return tuple(c for c in self.clients if c.state in _OPEN_STATES)

    @property
    def awaiting_activation(self) -> tuple[ClientRow, ...]:
        """The activation list (R24): oldest first."""
        return tuple(sorted((c for c in self.clients
                             if c.state is ConnectionState.AWAITING_ACTIVATION),
                            key=lambda c: (c.signed_at or c.created_at, c.link_id)))


@dataclass(frozen=True, slots=True)
class Change:
    """One box of a matrix: ``row`` × ``column`` ticked or not, and what it was when read."""

    row: int
    column: int | str
    granted: bool
    was: bool


@dataclass(frozen=True, slots=True)
class AccessMatrix:
    """Consultants × clients of a bureau, and which boxes are ticked (R20)."""

    bureau: BureauOverview
    #: (consultant contact ID, client account ID).
    granted: frozenset[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class ProgramInfo:
    key: str
    name: str
    version: int = 0


@dataclass(frozen=True, slots=True)
class ClientUser:
    """A user at the client: its own, or a bureau's consultant with access (R21)."""

    user: User
    #: The bureau a consultant comes from; "" for the client's own users.
    bureau: str = ""


@dataclass(frozen=True, slots=True)
class ProgramMatrix:
    client_id: int
    client_name: str
    users: tuple[ClientUser, ...]
    programs: tuple[ProgramInfo, ...]
    #: (user contact ID, program key).
    granted: frozenset[tuple[int, str]]
    #: The client's system administrators: in whose name permissions are granted
    #: (a portal login is not needed to be one).
    administrators: tuple[User, ...]
    #: Every contact of the client, with or without a login: who holds its roles.
    contacts: tuple[User, ...] = ()


@dataclass(frozen=True, slots=True)
class EffectiveMatrix:
    """What each consultant sees at each client, computed cell by cell when asked."""

    bureau: BureauOverview
    granted: frozenset[tuple[int, int]]
    #: (consultant, client) -> the program names granted there.
    programs: dict[tuple[int, int], frozenset[str]]

    def access(self, consultant: User, client: ClientRow) -> EffectiveAccess:
        return effective_access(AccessFacts(
            login_enabled=consultant.login_enabled,
            connected=client.connected,
            activated=client.state is ConnectionState.ACTIVE,
            access_granted=(consultant.contact_id, client.client_id) in self.granted,
            programs=self.programs.get((consultant.contact_id, client.client_id), frozenset()),
        ))


@dataclass(frozen=True, slots=True)
class AccessAnswer:
    """*Why no programs?*: one consultant at one client, and the one answer."""

    consultant: str
    bureau: str
    client: str
    access: EffectiveAccess


@dataclass(frozen=True, slots=True)
class ConnectionForm:
    """What the connection form says (R22); rendered to PDF by the UI."""

    reference: str
    bureau_name: str
    bureau_org_number: str
    client_name: str
    client_org_number: str
    responsible: str
    signer: str
    signer_role: str
    date: dt.date
    valid_until: dt.date


# --- reading ---------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return utcnow()


def _users(session: Session, account_ids: Iterable[int],
           with_login_only: bool = True) -> dict[int, list[User]]:
    """Each account's users (contacts with a login when ``with_login_only``), by account."""
    ids = list(account_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Contact.id, Contact.account_id, Contact.first_name, Contact.last_name,
               Contact.email, Contact.portal_access, Contact.login_id, Login.enabled)
        .outerjoin(Login, Login.id == Contact.login_id)
        .where(Contact.account_id.in_(ids))
        .order_by(Contact.sort_sv, Contact.id)).all()
    roles: dict[int, set[str]] = defaultdict(set)
    contact_ids = [r.id for r in rows]
    for chunk in _chunks(contact_ids):
        for contact_id, role in session.execute(
                select(ContactRole.contact_id, ContactRole.role)
                .where(ContactRole.contact_id.in_(chunk))):
            roles[contact_id].add(role)
    found: dict[int, list[User]] = defaultdict(list)
    for r in rows:
        has_login = r.login_id is not None
        if with_login_only and not has_login:
            continue
        found[r.account_id].append(User(
            r.id, f"{r.first_name} {r.last_name}", r.email,
            login_enabled=bool(has_login and r.portal_access and r.enabled),
            has_login=has_login, roles=frozenset(roles[r.id])))
    return found


def _chunks(items: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    # SQLite allows 32,766 parameters; PostgreSQL more. Chunks keep either happy.
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _contact_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    names: dict[int, str] = {}
    for chunk in _chunks(wanted):
        for cid, first, last in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name)
                .where(Contact.id.in_(chunk))):
            names[cid] = f"{first} {last}"
    return names


_LINK_COLUMNS = (
    BureauClient.id, BureauClient.client_id, BureauClient.origin, BureauClient.state,
    BureauClient.responsible_id, BureauClient.signer_id, BureauClient.activated_by_id,
    BureauClient.created_at, BureauClient.created_by, BureauClient.sent_at,
    BureauClient.signed_at, BureauClient.signed_file_sha256, BureauClient.activated_at,
    BureauClient.ended_at, BureauClient.ended_reason, BureauClient.client_own_access,
    BureauClient.invoiced, BureauClient.version,
    # R23: the name and organisation number come from the client's account, now.
    Account.customer_number, Account.name, Account.org_number, Account.country,
)
_STATES = {state.value: state for state in ConnectionState}


def _links(session: Session, *where: ColumnElement[bool]) -> list[Row[Any]]:
    """Links with their clients' own details, as plain rows (thousands at a time)."""
    rows: Sequence[Row[Any]] = session.execute(
        select(*_LINK_COLUMNS).join(Account, Account.id == BureauClient.client_id)
        .where(*where).order_by(BureauClient.id.desc())).all()  # type: ignore[assignment]
    return list(rows)


def _client_rows(session: Session, links: Sequence[Row[Any]],
                 now: dt.datetime) -> list[ClientRow]:
    names = _contact_names(session, [i for link in links for i in
                                     (link.responsible_id, link.signer_id, link.activated_by_id)])
    rows = []
    for link in links:
        state = _STATES[link.state]
        if state is ConnectionState.SENT:
            state = current_state(ConnectionRequest(state, link.sent_at), now)
        rows.append(ClientRow(
            link_id=link.id, client_id=link.client_id, customer_number=link.customer_number,
            name=link.name, org_number=link.org_number, country=link.country, state=state,
            origin=link.origin, responsible=names.get(link.responsible_id or 0, ""),
            signer=names.get(link.signer_id or 0, ""),
            created_at=link.created_at, created_by=link.created_by, sent_at=link.sent_at,
            signed_at=link.signed_at, signed_file_sha256=link.signed_file_sha256,
            activated_at=link.activated_at,
            activated_by=names.get(link.activated_by_id or 0, ""),
            ended_at=link.ended_at, ended_reason=link.ended_reason,
            client_own_access=link.client_own_access, invoiced=link.invoiced,
            version=link.version))
    return rows


def _row_of(session: Session, link: BureauClient, now: dt.datetime) -> ClientRow:
    session.flush()
    return _client_rows(session, _links(session, BureauClient.id == link.id), now)[0]


def _bureau_account(session: Session, bureau_id: int) -> Account:
    account = session.get(Account, bureau_id)
    if account is None:
        raise NotFoundError(Message("account.not_found", account_id=bureau_id))
    return account


def _overview(session: Session, bureau_id: int, now: dt.datetime) -> BureauOverview:
    account = _bureau_account(session, bureau_id)
    links = _links(session, BureauClient.bureau_id == bureau_id)
    return BureauOverview(
        bureau_id=account.id, name=account.name, org_number=account.org_number,
        is_bureau=account.is_bureau,
        users=tuple(_users(session, [bureau_id]).get(bureau_id, [])),
        clients=tuple(_client_rows(session, links, now)))


def bureau_overview(ws: Workspace, bureau_id: int) -> BureauOverview:
    """The bureau, its users with their roles, and its clients (R23: their own details)."""
    with ws.reading() as uow:
        return _overview(uow.session, bureau_id, _now())


def _granted_access(session: Session, bureau: BureauOverview) -> frozenset[tuple[int, int]]:
    consultants = [u.contact_id for u in bureau.consultants]
    granted: set[tuple[int, int]] = set()
    for chunk in _chunks(consultants):
        granted.update((a, c) for a, c in session.execute(
            select(ClientAccess.consultant_id, ClientAccess.client_id)
            .where(ClientAccess.consultant_id.in_(chunk))))
    return frozenset(granted)


def access_matrix(ws: Workspace, bureau_id: int) -> AccessMatrix:
    """The bureau's consultants × its clients, and the access granted (R20)."""
    with ws.reading() as uow:
        bureau = _overview(uow.session, bureau_id, _now())
        return AccessMatrix(bureau, _granted_access(uow.session, bureau))


def effective_matrix(ws: Workspace, bureau_id: int) -> EffectiveMatrix:
    """Everything :meth:`EffectiveMatrix.access` needs for each consultant and client."""
    with ws.reading() as uow:
        session = uow.session
        bureau = _overview(session, bureau_id, _now())
        granted = _granted_access(session, bureau)
        return EffectiveMatrix(bureau, granted, _programs_of(
            session, [u.contact_id for u in bureau.consultants]))


def _programs_of(session: Session, users: Sequence[int]) -> dict[tuple[int, int], frozenset[str]]:
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for chunk in _chunks(users):
        for user, client, name in session.execute(
                select(ProgramPermission.user_id, ProgramPermission.client_id, Program.name)
                .join(Program, Program.key == ProgramPermission.program_key)
                .where(ProgramPermission.user_id.in_(chunk))):
            found[(user, client)].add(name)
    return {key: frozenset(names) for key, names in found.items()}


def programs(ws: Workspace) -> tuple[ProgramInfo, ...]:
    """The program catalogue, in its order."""
    with ws.reading() as uow:
        return _catalogue(uow.session)


def _catalogue(session: Session) -> tuple[ProgramInfo, ...]:
    return tuple(ProgramInfo(p.key, p.name, p.version) for p in session.scalars(
        select(Program).order_by(Program.position, Program.key)))


def _client_users(session: Session, client_id: int) -> list[ClientUser]:
    own = [ClientUser(u) for u in _users(session, [client_id]).get(client_id, [])]
    consultants = session.execute(
        select(ClientAccess.consultant_id, Contact.account_id)
        .join(Contact, Contact.id == ClientAccess.consultant_id)
        .where(ClientAccess.client_id == client_id)).all()
    bureaus = {c.account_id for c in consultants}
    bureau_names = dict(session.execute(
        select(Account.id, Account.name).where(Account.id.in_(bureaus))).all()) if bureaus \
        else {}
    wanted = {c.consultant_id for c in consultants}
    others = [ClientUser(u, bureau_names[aid])
              for aid, users in _users(session, bureaus).items() for u in users
              if u.contact_id in wanted]
    return own + sorted(others, key=lambda c: (search_fold(c.bureau), search_fold(c.user.name)))


def program_matrix(ws: Workspace, client_id: int) -> ProgramMatrix:
    """The client's users and the consultants with access × the programs (R21)."""
    with ws.reading() as uow:
        return _program_matrix(uow.session, client_id)


def _program_matrix(session: Session, client_id: int) -> ProgramMatrix:
    client = _bureau_account(session, client_id)
    users = _client_users(session, client_id)
    granted = frozenset((u, k) for u, k in session.execute(
        select(ProgramPermission.user_id, ProgramPermission.program_key)
        .where(ProgramPermission.client_id == client_id)))
    contacts = tuple(_users(session, [client_id], with_login_only=False).get(client_id, []))
    admins = tuple(u for u in contacts if ClientRole.SYSTEM_ADMINISTRATOR in u.roles)
    return ProgramMatrix(client_id, client.name, tuple(users), _catalogue(session),
                         granted, admins, contacts)


# --- bureau and roles ------------------------------------------------------------------------


def set_bureau(ws: Workspace, account_id: int, is_bureau: bool) -> BureauOverview:
    """Mark an account as an accounting bureau, or no longer (its clients stay linked)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        account = _bureau_account(uow.session, account_id)
        account.is_bureau = is_bureau
        uow.session.flush()
        overview = _overview(uow.session, account_id, _now())
        uow.commit()
        return overview


def save_roles(ws: Workspace, account_id: int, changes: Sequence[Change]) -> None:
    """Tick or untick roles (``Change.column`` a role) of the account's contacts.

    Bureau roles only at a bureau, and only for its users (contacts with a
    portal login); system administrator and authorised signatory for any
    contact. A change to a box someone else changed since it was read is a
    :class:`ConflictError` and nothing is saved.
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        account = _bureau_account(session, account_id)
        contacts = {u.contact_id: u for u in
                    _users(session, [account_id], with_login_only=False).get(account_id, [])}
        for change in changes:
            role = str(change.column)
            contact = contacts.get(change.row)
            if contact is None or role not in BUREAU_ROLES | CLIENT_ROLES:
                raise RuleViolation(Message("bureau.not_a_contact"))
            bureau_only = role in BUREAU_ROLES - CLIENT_ROLES
            if change.granted and bureau_only and not account.is_bureau:
                raise RuleViolation(Message("bureau.role_needs_bureau"))
            if change.granted and bureau_only and not contact.has_login:
                raise RuleViolation(Message("bureau.not_bureau_user"))
        _check_unchanged(changes, {(u, r) for u, user in contacts.items() for r in user.roles})
        for change in _effective_changes(changes):
            if change.granted:
                session.add(ContactRole(contact_id=change.row, role=str(change.column)))
            else:
                session.delete(session.get(ContactRole, (change.row, str(change.column))))
        uow.commit()


def _check_unchanged(changes: Sequence[Change], stored: set[tuple[int, int]]
                     | set[tuple[int, str]] | frozenset[tuple[int, str]]
                     | frozenset[tuple[int, int]]) -> None:
    """:class:`ConflictError` if any box changed since the operator read it."""
    changed = [c for c in changes if ((c.row, c.column) in stored) != c.was]
    if changed:
        raise ConflictError(Message("bureau.matrix_conflict", count=len(changed)),
                            current=tuple(changed))


def _effective_changes(changes: Sequence[Change]) -> list[Change]:
    """The changes that change something (checked unchanged first): a box set to what
    it already was is nothing to write."""
    return [c for c in changes if c.granted != c.was]


# --- client access (R20) ----------------------------------------------------------------------


def save_access(ws: Workspace, bureau_id: int, changes: Sequence[Change]) -> None:
    """Grant or withdraw consultants' access to clients (``row`` consultant, ``column``
    client). Refused, with the reason, for a client not connected or someone who is
    not a consultant of the bureau; a conflict saves nothing.

    Only the boxes changed are read again (a bureau may have thousands of clients)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        now = _now()
        account = _bureau_account(session, bureau_id)
        if not account.is_bureau:
            raise RuleViolation(Message("bureau.not_bureau", name=account.name))
        users = {u.contact_id: u for u in _users(session, [bureau_id]).get(bureau_id, [])}
        wanted = sorted({int(c.column) for c in changes})
        clients: dict[int, ClientRow] = {}
        for chunk in _chunks(wanted):
            for row in _client_rows(session, _links(
                    session, BureauClient.bureau_id == bureau_id,
                    BureauClient.client_id.in_(chunk),
                    BureauClient.state.in_([s.value for s in _OPEN_STATES])), now):
                clients[row.client_id] = row
        for change in changes:
            user = users.get(change.row)
            if user is None or BureauRole.CONSULTANT not in user.roles:
                raise RuleViolation(Message("bureau.not_consultant", name=user.name if user
                                            else _contact_names(session, [change.row]).get(
                                                change.row, str(change.row))))
            client = clients.get(int(change.column))
            if change.granted and (client is None or not client.connected):
                name = client.name if client else _account_name(session, int(change.column))
                raise RuleViolation(Message("bureau.client_not_connected", name=name))
        pairs = [(c.row, int(c.column)) for c in changes]
        stored: set[tuple[int, int]] = set()
        for start in range(0, len(pairs), 400):
            part = pairs[start:start + 400]
            stored.update((a, b) for a, b in session.execute(
                select(ClientAccess.consultant_id, ClientAccess.client_id).where(or_(*(
                    and_(ClientAccess.consultant_id == a, ClientAccess.client_id == b)
                    for a, b in part)))))
        _check_unchanged(changes, stored)
        who = ws.actor.name
        for change in _effective_changes(changes):
            if change.granted:
                session.add(ClientAccess(consultant_id=change.row, client_id=int(change.column),
                                         granted_by=who))
            else:
                session.delete(session.get(ClientAccess, (change.row, int(change.column))))
        uow.commit()


def _account_name(session: Session, account_id: int) -> str:
    name = session.scalar(select(Account.name).where(Account.id == account_id))
    return name or str(account_id)


# --- program permissions (R21) ----------------------------------------------------------------


def save_program_permissions(ws: Workspace, client_id: int, granter_id: int | None,
                             changes: Sequence[Change]) -> None:
    """Grant or withdraw programs (``row`` user, ``column`` program key) at the client,
    in the name of ``granter_id``, who must be the client's own system administrator."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        matrix = _program_matrix(session, client_id)
        admins = {u.contact_id for u in matrix.administrators}
        if granter_id not in admins:
            own = {u.contact_id: u for u in matrix.contacts}
            granter = own.get(granter_id or 0)
            refusal = may_grant_programs(
                [ClientRole(r) for r in granter.roles if r in CLIENT_ROLES]) if granter else None
            raise ValidationError({"granter": refusal or Message("bureau.not_client_contact")})
        users = {c.user.contact_id: c.user for c in matrix.users}
        keys = {p.key for p in matrix.programs}
        for change in changes:
            if change.row not in users:
                raise RuleViolation(Message("bureau.not_client_user",
                                            name=_contact_names(session, [change.row]).get(
                                                change.row, str(change.row))))
            if str(change.column) not in keys:
                raise NotFoundError(Message("bureau.program_unknown"))
        _check_unchanged(changes, set(matrix.granted))
        for change in _effective_changes(changes):
            key = (client_id, change.row, str(change.column))
            if change.granted:
                session.add(ProgramPermission(client_id=client_id, user_id=change.row,
                                              program_key=str(change.column),
                                              granted_by_id=granter_id))
            else:
                session.delete(session.get(ProgramPermission, key))
        uow.commit()


def save_program(ws: Workspace, key: str, name: str, new: bool) -> tuple[ProgramInfo, ...]:
    """Add a program to the catalogue (``new``) or rename one; the catalogue after."""
    require(ws.actor, Permission.PORTAL_SETTINGS)
    errors: dict[str, str] = {}
    try:
        code = clean_text("key", key, required=True, max_length=40).lower().replace(" ", "_")
    except FieldError as exc:
        errors["key"], code = exc.message, ""
    try:
        title = clean_text("name", name, required=True, max_length=100)
    except FieldError as exc:
        errors["name"], title = exc.message, ""
    with ws.writing() as uow:
        session = uow.session
        row = session.get(Program, code) if code else None
        if new and row is not None:
            errors["key"] = Message("bureau.program_taken", name=row.name)
        if not new and code and row is None:
            raise NotFoundError(Message("bureau.program_unknown"))
        if errors:
            raise ValidationError(errors)
        if row is None:
            last = session.scalar(select(Program.position).order_by(Program.position.desc()))
            row = Program(key=code, position=(last or 0) + 1)
            session.add(row)
        row.name = title
        session.flush()
        catalogue = _catalogue(session)
        uow.commit()
        return catalogue


# --- adding clients (R22) and activating them (R24) ---------------------------------------------


def create_client(ws: Workspace, bureau_id: int, data: NewAccount, *, own_access: bool,
                  invoiced: str, responsible_id: int | None = None) -> ClientRow:
    """Create a client account with its main contact, linked to the bureau; it waits in
    the activation list (R22, R24). With its own access, the main contact is the
    client's system administrator."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    if invoiced not in INVOICED:
        raise ValidationError({"invoiced": Message("field.required")})
    with ws.writing() as uow:
        session = uow.session
        bureau = _overview(session, bureau_id, _now())
        if not bureau.is_bureau:
            raise RuleViolation(Message("bureau.not_bureau", name=bureau.name))
        _check_responsible(bureau, responsible_id)
        client = insert_account(uow, data)
        if own_access:
            session.add(ContactRole(contact_id=client.contacts[0].id,
                                    role=ClientRole.SYSTEM_ADMINISTRATOR.value))
        link = BureauClient(bureau_id=bureau_id, client_id=client.id, origin="created",
                            state=ConnectionState.AWAITING_ACTIVATION.value,
                            responsible_id=responsible_id, client_own_access=own_access,
                            invoiced=invoiced, created_by=ws.actor.name)
        session.add(link)
        session.flush()
        row = _row_of(session, link, _now())
        uow.commit()
        return row


def _check_responsible(bureau: BureauOverview, responsible_id: int | None) -> None:
    if responsible_id is not None and responsible_id not in {
            u.contact_id for u in bureau.consultants}:
        raise ValidationError({"responsible": Message("bureau.not_consultant", name=next(
            (u.name for u in bureau.users if u.contact_id == responsible_id), "—"))})


def connect_client(ws: Workspace, bureau_id: int, client_id: int, *,
                   responsible_id: int | None, signer_id: int | None) -> ClientRow:
    """A draft connection request for an existing account (R22); the form names
    ``signer_id``, who must be the client's system administrator or an authorised
    signatory."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        now = _now()
        bureau = _overview(session, bureau_id, now)
        if not bureau.is_bureau:
            raise RuleViolation(Message("bureau.not_bureau", name=bureau.name))
        if client_id == bureau_id:
            raise ValidationError({"client": Message("bureau.own_client")})
        client = _bureau_account(session, client_id)
        errors: dict[str, str] = {}
        try:
            _check_responsible(bureau, responsible_id)
        except ValidationError as exc:
            errors.update(exc.errors)
        signer_problem = _signer_problem(session, client_id, signer_id)
        if signer_problem:
            errors["signer"] = signer_problem
        for existing in session.scalars(select(BureauClient).where(
                BureauClient.bureau_id == bureau_id, BureauClient.client_id == client_id,
                BureauClient.state.in_([s.value for s in _OPEN_STATES]))):
            state = current_state(ConnectionRequest(ConnectionState(existing.state),
                                                    existing.sent_at), now)
            if state is ConnectionState.EXPIRED:
                # Expired while nobody looked: recorded now, so a new request may go.
                existing.state, existing.ended_at = state.value, now
            else:
                errors["client"] = Message("bureau.already_client", name=client.name,
                                           state=STATE_NAMES[state])
        if errors:
            raise ValidationError(errors)
        session.flush()
        link = BureauClient(bureau_id=bureau_id, client_id=client_id, origin="connected",
                            state=ConnectionState.DRAFT.value, responsible_id=responsible_id,
                            signer_id=signer_id, created_by=ws.actor.name)
        session.add(link)
        session.flush()
        row = _row_of(session, link, now)
        uow.commit()
        return row


def _signer_problem(session: Session, client_id: int, signer_id: int | None) -> str | None:
    contact = session.get(Contact, signer_id) if signer_id is not None else None
    if contact is None or contact.account_id != client_id:
        return Message("bureau.not_client_contact")
    roles = session.scalars(select(ContactRole.role).where(
        ContactRole.contact_id == contact.id)).all()
    return check_signer([ClientRole(r) for r in roles if r in CLIENT_ROLES])


def _link(session: Session, loaded: VersionToken) -> BureauClient:
    link = session.get(BureauClient, loaded.id)
    if link is None:
        raise NotFoundError(Message("bureau.link_gone"))
    if link.version != loaded.version:
        raise ConflictError(Message("bureau.link_changed"))
    return link


def _step(session: Session, loaded: VersionToken, step: ConnectionStep,
          now: dt.datetime) -> BureauClient:
    link = _link(session, loaded)
    link.state = next_state(ConnectionRequest(ConnectionState(link.state), link.sent_at),
                            step, now).value
    return link


def _after(session: Session, link: BureauClient, now: dt.datetime) -> ClientRow:
    return _row_of(session, link, now)


def send_request(ws: Workspace, loaded: VersionToken) -> ClientRow:
    """The form went to the client: the 30 days to sign start now."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        now = _now()
        link = _step(uow.session, loaded, ConnectionStep.SEND, now)
        link.sent_at = now
        row = _after(uow.session, link, now)
        uow.commit()
        return row


def record_signature(ws: Workspace, loaded: VersionToken, signer_id: int | None,
                     signed_file: bytes) -> ClientRow:
    """The signed form came back: who signed (checked, R22) and the file's SHA-256.

    The signed client goes straight into the activation list (R24).
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        now = _now()
        link = _link(session, loaded)
        errors: dict[str, str] = {}
        problem = _signer_problem(session, link.client_id, signer_id)
        if problem:
            errors["signer"] = problem
        if not signed_file:
            errors["file"] = Message("bureau.signed_file_empty")
        # The state first: a request that cannot be signed any more says so.
        _step(session, loaded, ConnectionStep.SIGN, now)
        if errors:
            raise ValidationError(errors)
        link.signer_id, link.signed_at = signer_id, now
        link.signed_file_sha256 = hashlib.sha256(signed_file).hexdigest()
        session.flush()
        link.state = next_state(ConnectionRequest(ConnectionState(link.state), link.sent_at),
                                ConnectionStep.QUEUE, now).value
        row = _after(session, link, now)
        uow.commit()
        return row


def decline_request(ws: Workspace, loaded: VersionToken, reason: str) -> ClientRow:
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    why = clean_text("reason", reason, required=True, max_length=500)
    with ws.writing() as uow:
        now = _now()
        link = _step(uow.session, loaded, ConnectionStep.DECLINE, now)
        link.ended_at, link.ended_reason = now, why
        row = _after(uow.session, link, now)
        uow.commit()
        return row


def disconnect_client(ws: Workspace, loaded: VersionToken) -> ClientRow:
    """End the link; the bureau's consultants lose their access to the client (R20)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        now = _now()
        link = _step(session, loaded, ConnectionStep.DISCONNECT, now)
        link.ended_at = now
        consultants = select(Contact.id).where(Contact.account_id == link.bureau_id)
        for access in session.scalars(select(ClientAccess).where(
                ClientAccess.client_id == link.client_id,
                ClientAccess.consultant_id.in_(consultants))):
            session.delete(access)
        row = _after(session, link, now)
        uow.commit()
        return row


def activate_client(ws: Workspace, loaded: VersionToken, requested_by: int | None) -> ClientRow:
    """Activate a client of the activation list at the request of ``requested_by``, a
    bureau user who must be its system administrator or a program administrator of
    the client manager (R24)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        now = _now()
        link = _link(session, loaded)
        users = {u.contact_id: u for u in
                 _users(session, [link.bureau_id]).get(link.bureau_id, [])}
        user = users.get(requested_by or 0)
        if user is None:
            raise ValidationError({"requested_by": Message("bureau.not_bureau_user")})
        refusal = may_activate([BureauRole(r) for r in user.roles if r in BUREAU_ROLES])
        if refusal:
            raise ValidationError({"requested_by": refusal})
        _step(session, loaded, ConnectionStep.ACTIVATE, now)
        link.activated_by_id, link.activated_at = user.contact_id, now
        row = _after(session, link, now)
        uow.commit()
        return row


def connection_form(ws: Workspace, link_id: int) -> ConnectionForm:
    """What the connection form of a request says (R22)."""
    with ws.reading() as uow:
        session = uow.session
        link = session.get(BureauClient, link_id)
        if link is None:
            raise NotFoundError(Message("bureau.link_gone"))
        now = _now()
        row = _row_of(session, link, now)
        bureau = _bureau_account(session, link.bureau_id)
        roles = set(session.scalars(select(ContactRole.role).where(
            ContactRole.contact_id == (link.signer_id or 0))).all())
        role = (ClientRole.SYSTEM_ADMINISTRATOR.value
                if ClientRole.SYSTEM_ADMINISTRATOR in roles
                else ClientRole.AUTHORISED_SIGNATORY.value
                if ClientRole.AUTHORISED_SIGNATORY in roles else "")
        start = (link.sent_at or now).date()
        return ConnectionForm(
            reference=f"BC-{link.id:06d}", bureau_name=bureau.name,
            bureau_org_number=shown_org_number(bureau.org_number, bureau.country),
            client_name=row.name, client_org_number=row.shown_org_number,
            responsible=row.responsible,
            signer=row.signer, signer_role=role, date=start,
            valid_until=start + dt.timedelta(days=SIGNING_DAYS))


# --- Why no programs? -------------------------------------------------------------------------


def why_no_programs(ws: Workspace, username: str, client_text: str) -> list[AccessAnswer]:
    """For the consultant who logs in as ``username``: what they see at each client of
    their bureaus matching ``client_text`` (name, organisation number or customer
    number; every client when empty), or exactly why nothing."""
    typed = clean_search("username", username)
    wanted = clean_search("client", client_text)
    try:
        key = email_key(normalize_email("username", typed))
    except FieldError:
        key = ""
    with ws.reading() as uow:
        session = uow.session
        now = _now()
        login_id = session.scalar(select(Login.id).where(Login.username == key)) \
            if key else None
        contacts = session.execute(
            select(Contact.id, Contact.account_id)
            .join(ContactRole, ContactRole.contact_id == Contact.id)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.login_id == (login_id or 0),
                   ContactRole.role == BureauRole.CONSULTANT.value, Account.is_bureau)).all()
        if not contacts:
            raise ValidationError({"username": Message("bureau.login_unknown",
                                                       username=typed or "—")})
        answers: list[AccessAnswer] = []
        unmatched: list[str] = []
        folded = search_fold(wanted)
        digits = org_number_search_digits(wanted)
        for contact_id, bureau_id in contacts:
            bureau = _overview(session, bureau_id, now)
            user = next(u for u in bureau.users if u.contact_id == contact_id)
            granted = _granted_access(session, bureau)
            found = _programs_of(session, [contact_id])
            matrix = EffectiveMatrix(bureau, granted, found)
            clients = [c for c in bureau.open_clients
                       if not wanted or folded in search_fold(c.name)
                       or (digits and digits in c.org_number)
                       or wanted == str(c.customer_number)]
            if wanted and not clients:
                unmatched.append(bureau.name)
            answers.extend(AccessAnswer(user.name, bureau.name, c.name, matrix.access(user, c))
                           for c in clients)
        # A login may serve consultants of several bureaus (R9): refused only
        # when none of them has a client matching.
        if wanted and not answers:
            raise ValidationError({"client": Message("bureau.no_client_found",
                                                     bureau=", ".join(unmatched), text=wanted)})
        return answers
