"""The audit trail: one entry per insert, update and delete of a business row.

Entries are written by the session's flush hooks through the session's own
connection, so they commit and roll back with the change they describe.
Statements that bypass the ORM (bulk inserts of imports and demo data, the
password rehash of a login check) call :func:`record` or
:func:`record_inserted` themselves in the same transaction.

Secrets are never recorded: a password hash shows as :data:`HIDDEN` (set,
changed or removed, never its value). Personal identity numbers are never
recorded in full: a value that is one (a Swedish sole trader's organisation
number is the owner's personnummer) or holds one (a Peppol ID ``0007:`` +
those digits) is masked as lists mask it, here in :func:`recorded_value`
for every entry, and in SQL for bulk ones (:func:`_masked_identifier_sql`).

Who and for whom come from the unit of work (``session.info``): the
:class:`~custadmin.domain.operators.Actor` and, when an agent noted one, the
:class:`~custadmin.domain.operators.Caller`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Table,
    Text,
    case,
    cast,
    event,
    func,
    insert,
    inspect,
    literal,
    select,
)
from sqlalchemy.orm import Session, UOWTransaction

from custadmin.domain.identifiers import (
    MASKED_DIGITS,
    PERSONAL_ORG_NUMBER_PATTERN,
    PERSONAL_PEPPOL_ID_PATTERN,
    mask_personal_number,
    masked_identifier,
)
from custadmin.domain.operators import SYSTEM, Actor, Caller
from custadmin.storage.schema import (
    Account,
    AuditEntry,
    Base,
    BureauClient,
    ClientAccess,
    Contact,
    ContactRight,
    ContactRole,
    EInvoiceMove,
    EInvoiceOperatorRow,
    EInvoiceParticipant,
    EInvoiceRecipient,
    Invitation,
    LicenceProduct,
    LicenceUser,
    Login,
    Operator,
    Partnership,
    PartnershipAddon,
    PortalRightSetting,
    Program,
    ProgramPermission,
    SeatChange,
    ServiceTierRow,
    SystemSetting,
    utcnow,
)

#: What a secret's before or after shows: that it was there, never its value.
HIDDEN = "(hidden)"
#: Columns never recorded: bookkeeping, and folded copies of recorded ones.
_SKIPPED = frozenset({"version", "created_at", "updated_at", "name_key", "email_key",
                      "sort_sv", "sort_da", "password_changed_at"})
_SECRETS = frozenset({"password_hash"})
#: Columns that hold a personal identity number in full (R32): always masked.
_PERSONAL_NUMBERS = frozenset({"personal_number"})

ACTOR_KEY = "custadmin_actor"
CALLER_KEY = "custadmin_caller"


@dataclass(frozen=True, slots=True)
class _Spec:
    """How rows of one table are named in the trail."""

    object_id: Callable[[Any], str]
    account_id: Callable[[Session, Any], int | None]


def _contact_account(session: Session, right: ContactRight | ContactRole) -> int | None:
    contact = session.get(Contact, right.contact_id)
    return contact.account_id if contact is not None else None


def _partnership_account(session: Session, row: PartnershipAddon | SeatChange) -> int | None:
    partnership = session.get(Partnership, row.partnership_id)
    return partnership.customer_id if partnership is not None else None


_SPECS: dict[type[Base], _Spec] = {
    Account: _Spec(lambda a: str(a.id), lambda _s, a: a.id),
    Contact: _Spec(lambda c: str(c.id), lambda _s, c: c.account_id),
    ContactRight: _Spec(lambda r: f"{r.contact_id}/{r.right_key}", _contact_account),
    # A login serves contacts of several accounts (R9): its entries belong to
    # no one account; an account's history finds them through its contacts.
    Login: _Spec(lambda login: str(login.id), lambda _s, _l: None),
    PortalRightSetting: _Spec(lambda s: str(s.key), lambda _s, _r: None),
    Operator: _Spec(lambda o: str(o.id), lambda _s, _o: None),
    # E-invoicing (issue 16): a registration belongs to the account it was
    # asked for; its participant IDs and moves to the registration.
    EInvoiceRecipient: _Spec(lambda r: str(r.id), lambda _s, r: r.for_account_id),
    EInvoiceParticipant: _Spec(lambda p: str(p.key), lambda _s, _p: None),
    EInvoiceMove: _Spec(lambda m: str(m.id), lambda _s, _m: None),
    EInvoiceOperatorRow: _Spec(lambda o: str(o.id), lambda _s, _o: None),
    ServiceTierRow: _Spec(lambda t: str(t.code), lambda _s, _t: None),
    SystemSetting: _Spec(lambda s: str(s.key), lambda _s, _r: None),
    # Accounting bureaus (issue 17): a role belongs to its contact's account,
    # a link to the client (the bureau's history finds it by bureau_id in
    # its values), access and programs to the client they open.
    ContactRole: _Spec(lambda r: f"{r.contact_id}/{r.role}", _contact_account),
    Program: _Spec(lambda p: str(p.key), lambda _s, _p: None),
    BureauClient: _Spec(lambda b: str(b.id), lambda _s, b: b.client_id),
    ClientAccess: _Spec(lambda a: f"{a.consultant_id}/{a.client_id}", lambda _s, a: a.client_id),
    ProgramPermission: _Spec(lambda p: f"{p.client_id}/{p.user_id}/{p.program_key}",
                             lambda _s, p: p.client_id),
    # Partnerships and licences (issue 18): everything belongs to the
    # customer's account; the catalogue to none.
    LicenceProduct: _Spec(lambda p: str(p.key), lambda _s, _p: None),
    Partnership: _Spec(lambda p: str(p.id), lambda _s, p: p.customer_id),
    PartnershipAddon: _Spec(lambda a: str(a.id), _partnership_account),
    SeatChange: _Spec(lambda c: str(c.id), _partnership_account),
    LicenceUser: _Spec(lambda u: str(u.id), lambda _s, u: u.account_id),
    Invitation: _Spec(lambda i: str(i.id), lambda _s, i: i.account_id),
}
AUDITED_TABLES = frozenset(cls.__tablename__ for cls in _SPECS)


def recorded_value(table: str, column: str, value: Any, row: Mapping[str, Any]) -> Any:
    """``value`` as the trail holds it: JSON-ready, secrets hidden, personal numbers masked.

    The one place every entry's values pass. Any text that is a personal
    identity number, or a Peppol ID holding one, is masked whatever column
    it is in (``account.org_number`` and ``account.peppol_id`` hold them).
    """
    if value is None:
        return None
    if column in _SECRETS:
        return HIDDEN
    if column in _PERSONAL_NUMBERS and isinstance(value, str):
        return mask_personal_number(value) if value else value
    if isinstance(value, str):
        return masked_identifier(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _columns(cls: type[Base]) -> list[str]:
    return [c.key for c in inspect(cls).column_attrs if c.key not in _SKIPPED]


def _state(obj: Any, columns: Iterable[str]) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in columns}


def _changes_json(changes: Mapping[str, tuple[Any, Any]]) -> str:
    return json.dumps({k: [b, a] for k, (b, a) in changes.items()}, ensure_ascii=False,
                      sort_keys=True)


def _entry(session: Session, table: str, object_id: str, account_id: int | None, action: str,
           changes: Mapping[str, tuple[Any, Any]]) -> dict[str, Any]:
    """An entry ready to insert (``changes`` still as a mapping: see :func:`_as_row`)."""
    actor: Actor = session.info.get(ACTOR_KEY, SYSTEM)
    caller: Caller | None = session.info.get(CALLER_KEY)
    return {
        "at": utcnow(),
        "operator_id": actor.operator_id,
        "operator_name": actor.name,
        "caller_name": caller.name if caller else "",
        "caller_verified": caller.verified_by if caller else "",
        "table_name": table,
        "object_id": object_id,
        "account_id": account_id,
        "action": action,
        "changes": dict(changes),
    }


def _as_row(entry: Mapping[str, Any]) -> dict[str, Any]:
    return {**entry, "changes": _changes_json(entry["changes"])}


def record(session: Session, table: str, object_id: str, account_id: int | None, action: str,
           changes: Mapping[str, tuple[Any, Any]]) -> None:
    """Write one entry for a change made by a statement outside the ORM.

    ``changes`` maps a column to (before, after) as stored; they are made
    safe here as every other entry's are.
    """
    row = {c: a for c, (_b, a) in changes.items()}
    safe = {c: (recorded_value(table, c, b, row), recorded_value(table, c, a, row))
            for c, (b, a) in changes.items() if c not in _SKIPPED}
    session.execute(insert(AuditEntry), [_as_row(_entry(session, table, object_id, account_id,
                                                        action, safe))])


def record_inserted(session: Session, table: Table, where: ColumnElement[bool],
                    account_id: ColumnElement[Any]) -> None:
    """One insert entry for every row of ``table`` matching ``where``, in one statement.

    For bulk inserts (imports, demo data) of accounts and contacts: the
    database builds the entries from the rows just written (INSERT …
    SELECT), each column as ``[null, value]``, as the flush hook would.
    """
    if table.name not in ("account", "contact"):
        raise ValueError(f"bulk entries are built for accounts and contacts, not {table.name}")
    dialect = session.get_bind().dialect.name
    pairs: list[Any] = []
    for c in (c for c in table.columns if c.key not in _SKIPPED):
        value: Any = c
        if table.name == "account" and c.key in _MASKED_IN_SQL:
            value = _masked_identifier_sql(c, *_MASKED_IN_SQL[c.key])
        if dialect == "sqlite":
            if isinstance(c.type, Boolean):
                value = func.json(case((c, "true"), else_="false"))
            pairs += [literal(c.key), func.json_array(None, value)]
        else:
            # '"key":[null,' || to_json(value) || ']' is NULL for a NULL
            # value, and concat_ws leaves it out. The same text as
            # json_strip_nulls(json_build_object(key, [null, value] …)) gave,
            # in half the time: that re-read every object to strip its nulls
            # (4.0 s against 1.9 s for the entries of 912,711 contacts).
            pairs.append(literal(f"{json.dumps(c.key)}:[null,", Text)
                         .concat(cast(func.to_json(value), Text)).concat(literal("]", Text)))
    # NULL columns are left out, as for a flushed insert.
    changes: Any = (func.json_remove(func.json_object(*pairs), *_null_paths(table))
                    if dialect == "sqlite"
                    else literal("{", Text).concat(func.concat_ws(literal(",", Text), *pairs))
                    .concat(literal("}", Text)))
    actor: Actor = session.info.get(ACTOR_KEY, SYSTEM)
    caller: Caller | None = session.info.get(CALLER_KEY)
    source = select(
        literal(utcnow(), AuditEntry.at.type),
        literal(actor.operator_id, AuditEntry.operator_id.type),
        literal(actor.name, AuditEntry.operator_name.type),
        literal(caller.name if caller else "", AuditEntry.caller_name.type),
        literal(caller.verified_by if caller else "", AuditEntry.caller_verified.type),
        literal(table.name, AuditEntry.table_name.type),
        cast(table.c.id, AuditEntry.object_id.type),
        account_id,
        literal("insert", AuditEntry.action.type),
        cast(changes, AuditEntry.changes.type),
    ).where(where).order_by(table.c.id)
    session.execute(insert(AuditEntry).from_select(
        ["at", "operator_id", "operator_name", "caller_name", "caller_verified", "table_name",
         "object_id", "account_id", "action", "changes"], source))


def _null_paths(table: Table) -> list[Any]:
    """json_remove paths of the nullable columns whose value is NULL (SQLite)."""
    return [case((c.is_(None), f"$.{c.key}"), else_="$.__none__")
            for c in table.columns if c.nullable and c.key not in _SKIPPED]


#: Columns of bulk-inserted accounts that can hold a personal identity number:
#: the pattern of such a value and how many characters before its last four.
_MASKED_IN_SQL: dict[str, tuple[str, int]] = {
    "org_number": (PERSONAL_ORG_NUMBER_PATTERN, 6),
    "peppol_id": (PERSONAL_PEPPOL_ID_PATTERN, 11),
}


def _masked_identifier_sql(column: Any, pattern: str, kept: int) -> ColumnElement[Any]:
    """SQL of :func:`recorded_value` (``masked_identifier``) for one column of bulk rows.

    The same pattern as the domain's, run by the database (PostgreSQL's
    ``~``; SQLite's REGEXP, which SQLAlchemy provides with Python's ``re``),
    and the same masked form: the characters before the last four, then
    ``-****``. The length test first spares most rows the pattern.
    """
    personal = (func.length(column) == kept + 4) & column.regexp_match(f"^{pattern}$")
    masked = func.substr(column, 1, kept).concat(literal(f"-{MASKED_DIGITS}"))
    return case((personal, masked), else_=column)


# --- the flush hooks -----------------------------------------------------------


def _old_values(session: Session, obj: Any, columns: Sequence[str]) -> dict[str, Any]:
    """Each changed column's value before this flush (read from the row if not loaded)."""
    state = inspect(obj)
    old: dict[str, Any] = {}
    missing: list[str] = []
    for column in columns:
        history = state.attrs[column].history
        if not history.has_changes():
            continue
        if history.deleted:
            old[column] = history.deleted[0]
        elif history.unchanged:
            continue
        else:
            missing.append(column)
    if missing:
        cls = type(obj)
        mapper = inspect(cls)
        keys = mapper.primary_key
        stmt = select(*(getattr(cls, c) for c in missing)).where(
            *(k == state.identity[i] for i, k in enumerate(keys))
        )
        stored = session.connection().execute(stmt).one_or_none()
        for column, value in zip(missing, stored or [None] * len(missing), strict=True):
            old[column] = value
    return old


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    pending: list[dict[str, Any]] = session.info.setdefault("custadmin_audit_pending", [])
    for obj in list(session.dirty):
        spec = _SPECS.get(type(obj))
        if spec is None or not session.is_modified(obj, include_collections=False):
            continue
        columns = _columns(type(obj))
        old = _old_values(session, obj, columns)
        if old:
            pending.append({"obj": obj, "old": old})
    for obj in list(session.deleted):
        # What goes with a contact or an account (ON DELETE CASCADE) is
        # recorded as deleted too: deleted here, before the database does it.
        cascaded: list[Any] = []
        if isinstance(obj, Contact):
            cascaded = [
                select(ContactRight).where(ContactRight.contact_id == obj.id),
                select(ContactRole).where(ContactRole.contact_id == obj.id),
                select(ClientAccess).where(ClientAccess.consultant_id == obj.id),
                select(ProgramPermission).where(ProgramPermission.user_id == obj.id),
            ]
        elif isinstance(obj, Account):
            cascaded = [
                select(BureauClient).where((BureauClient.bureau_id == obj.id)
                                           | (BureauClient.client_id == obj.id)),
                select(ClientAccess).where(ClientAccess.client_id == obj.id),
                select(ProgramPermission).where(ProgramPermission.client_id == obj.id),
            ]
        for stmt in cascaded:
            for row in session.scalars(stmt):
                if row not in session.deleted:
                    session.delete(row)


def _whole_row(session: Session, obj: Any, action: str) -> dict[str, Any] | None:
    """The entry of an inserted or deleted row: every non-NULL column, after or before."""
    spec = _SPECS.get(type(obj))
    if spec is None:
        return None
    table = type(obj).__tablename__
    state = _state(obj, _columns(type(obj)))
    values = {c: recorded_value(table, c, v, state) for c, v in state.items() if v is not None}
    changes = {c: ((None, v) if action == "insert" else (v, None)) for c, v in values.items()}
    return _entry(session, table, spec.object_id(obj), spec.account_id(session, obj), action,
                  changes)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    entries = [e for e in (_whole_row(session, obj, "insert") for obj in session.new) if e]
    for item in session.info.pop("custadmin_audit_pending", []):
        obj, old = item["obj"], item["old"]
        spec = _SPECS[type(obj)]
        table = type(obj).__tablename__
        now = _state(obj, old)
        row = _state(obj, _columns(type(obj)))
        before_row = {**row, **old}
        changes = {c: (recorded_value(table, c, old[c], before_row),
                       recorded_value(table, c, now[c], row))
                   for c in old if old[c] != now[c]}
        if changes:
            entries.append(_entry(session, table, spec.object_id(obj),
                                  spec.account_id(session, obj), "update", changes))
    entries += [e for e in (_whole_row(session, obj, "delete") for obj in session.deleted) if e]
    merged: dict[tuple[str, str], dict[str, Any]] = session.info.setdefault(_ENTRIES, {})
    for entry in entries:
        key = (entry["table_name"], entry["object_id"])
        combined = _merge(merged.get(key), entry)
        if combined is None:
            merged.pop(key, None)
        else:
            merged[key] = combined


_ENTRIES = "custadmin_audit_entries"


def _merge(first: dict[str, Any] | None, then: dict[str, Any]) -> dict[str, Any] | None:
    """One entry for two changes of one row in one transaction (None: no change at all).

    Several flushes of one unit of work (a contact inserted, then linked to
    its new login) are one change to everyone outside it, and read as one.
    """
    if first is None:
        return then
    before = {c: b for c, (b, _a) in first["changes"].items()}
    after = {c: a for c, (_b, a) in first["changes"].items()}
    for column, (b, a) in then["changes"].items():
        before.setdefault(column, b)
        after[column] = a
    actions = (first["action"], then["action"])
    if actions == ("insert", "delete"):
        return None  # never seen outside the transaction
    action = {("insert", "update"): "insert", ("update", "delete"): "delete",
              ("delete", "insert"): "update"}.get(actions, then["action"])
    if action == "insert":
        changes = {c: (None, a) for c, a in after.items() if a is not None}
    elif action == "delete":
        changes = {c: (before.get(c, a), None) for c, (a, _n) in then["changes"].items()}
    else:
        changes = {c: (before.get(c), after.get(c)) for c in {*before, *after}
                   if before.get(c) != after.get(c)}
        if not changes:
            return None
    return {**first, "action": action, "changes": changes}


def _before_commit(session: Session) -> None:
    # Still inside the transaction: the entries commit with the changes.
    session.flush()
    merged = session.info.pop(_ENTRIES, None)
    if merged:
        session.connection().execute(insert(AuditEntry), [_as_row(e) for e in merged.values()])


def _after_rollback(session: Session) -> None:
    session.info.pop(_ENTRIES, None)
    session.info.pop("custadmin_audit_pending", None)


def install(target: Any) -> None:
    """Audit every flush of sessions made by ``target`` (a sessionmaker)."""
    event.listen(target, "before_flush", _before_flush)
    event.listen(target, "after_flush", _after_flush)
    event.listen(target, "before_commit", _before_commit)
    event.listen(target, "after_rollback", _after_rollback)
