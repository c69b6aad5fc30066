"""Reading the audit trail: an account's history, and the whole trail for administrators.

Entries are only ever read here; nothing in custadmin changes or deletes
them (storage.audit, migration 0005).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, or_, select

from custadmin.domain.audit import REGISTER_EXPORT, HistoryLine, value_text
from custadmin.domain.operators import Permission, require
from custadmin.domain.text import clean_search
from custadmin.domain.transfer import escape_cell
from custadmin.domain.versions import ChangeSubject, LastChange
from custadmin.services.register import SEARCH_FIELD, like_escape
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import AuditEntry, Contact, Login

#: Lines the global view shows at most for one search.
SEARCH_LIMIT = 2000


def _names(rows: Sequence[AuditEntry], current: dict[tuple[str, str], str]) -> dict[
        tuple[str, str], str]:
    """Readable names of the rows entries are about: as they are now, else as recorded."""
    names = dict(current)
    for row in rows:
        key = (row.table_name, row.object_id)
        if key in names:
            continue
        changes: dict[str, list[Any]] = json.loads(row.changes)

        def value(column: str, changes: dict[str, list[Any]] = changes) -> str:
            pair = changes.get(column) or [None, None]
            return str(pair[1] if pair[1] is not None else pair[0] or "")

        name = ""
        if row.table_name == "contact":
            name = f"{value('first_name')} {value('last_name')}".strip()
        elif row.table_name in ("account", "operator"):
            name = value("name") or value("display_name")
        elif row.table_name == "login":
            name = value("username")
        if name:  # an update may not name the row; an older entry will
            names[key] = name
    for row in rows:
        if row.table_name == "contact_right" and "/" in row.object_id:
            contact_id, right = row.object_id.split("/", 1)
            person = names.get(("contact", contact_id), f"contact {contact_id}")
            names[(row.table_name, row.object_id)] = (
                f"{value_text('right_key', right)} for {person}")
        elif row.table_name == "portal_right_setting":
            names[(row.table_name, row.object_id)] = value_text("key", row.object_id)
    return names


#: Columns that hold another row's id, and that row's table: shown by its name.
_REFERENCES = {"invoice_contact_id": "contact", "login_id": "login"}


def _lines(rows: Sequence[AuditEntry],
           current: dict[tuple[str, str], str] | None = None) -> list[HistoryLine]:
    """One line per changed field of an update; one line for an insert or delete.

    A field holding another row's id (the invoice contact, a contact's
    login) shows that row's name ("Eva Lind"), never the bare id.
    """
    names = _names(rows, current or {})

    def shown(column: str, value: Any) -> str:
        table = _REFERENCES.get(column)
        if table is None or value is None:
            return value_text(column, value)
        return names.get((table, str(value)), f"#{value}")

    lines: list[HistoryLine] = []
    for row in rows:
        changes: dict[str, list[Any]] = json.loads(row.changes)

        def line(column: str = "", before: Any = None, after: Any = None,
                 row: AuditEntry = row) -> HistoryLine:
            return HistoryLine(
                row.id, row.at, row.operator_name, row.caller_name, row.caller_verified,
                row.table_name, row.object_id, row.action, column,
                shown(column, before), shown(column, after),
                names.get((row.table_name, row.object_id), ""))

        if row.action == "update" or row.table_name == REGISTER_EXPORT:
            # An export's entry says how many rows and what they held.
            lines += [line(c, b, a) for c, (b, a) in sorted(changes.items())]
        else:
            lines.append(line())
    return lines


def _newest_first(stmt: Select[Any]) -> Select[Any]:
    return stmt.order_by(AuditEntry.id.desc())


def account_history(ws: Workspace, account_id: int) -> list[HistoryLine]:
    """Every change of an account, its contacts, their rights and portal logins, newest first.

    Logins serve contacts of several accounts and belong to none; those of
    this account's contacts are included.
    """
    with ws.reading() as uow:
        session = uow.session
        logins = [str(i) for i in session.scalars(
            select(Contact.login_id).where(Contact.account_id == account_id,
                                           Contact.login_id.is_not(None)))]
        condition = AuditEntry.account_id == account_id
        if logins:
            condition = or_(condition, (AuditEntry.table_name == "login")
                            & AuditEntry.object_id.in_(logins))
        rows = list(session.scalars(_newest_first(select(AuditEntry).where(condition))))
        current = {("contact", str(i)): f"{first} {last}" for i, first, last in session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name)
            .where(Contact.account_id == account_id))}
        current.update({("login", str(i)): name for i, name in session.execute(
            select(Login.id, Login.username).join(Contact, Contact.login_id == Login.id)
            .where(Contact.account_id == account_id))})
        return _lines(rows, current)


def search_audit(ws: Workspace, text: str = "", limit: int = SEARCH_LIMIT) -> list[HistoryLine]:
    """The whole trail (administrators), newest first, filtered by ``text``.

    ``text`` is looked for in the operator, the caller, the table, the
    object and the recorded values. It follows the text policy and is at
    most 200 characters (:func:`~custadmin.domain.text.clean_search`), or
    :class:`~custadmin.domain.errors.FieldError` at ``search``: SQLite
    refuses a very long LIKE pattern, PostgreSQL a NUL.
    """
    require(ws.actor, Permission.VIEW_AUDIT)
    stmt = select(AuditEntry)
    needle = clean_search(SEARCH_FIELD, text)
    if needle:
        pattern = f"%{like_escape(needle)}%"
        stmt = stmt.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            AuditEntry.operator_name, AuditEntry.caller_name, AuditEntry.table_name,
            AuditEntry.object_id, AuditEntry.changes))))
    with ws.reading() as uow:
        rows = list(uow.session.scalars(_newest_first(stmt).limit(limit)))
        return _lines(rows)


EXPORT_HEADERS = ("Entry", "When (UTC)", "Operator", "For caller", "Verified by", "What",
                  "Action", "Field", "Before", "After")


def export_audit(lines: Sequence[HistoryLine], path: str | os.PathLike[str]) -> int:
    """Write ``lines`` as CSV; every cell escaped against formula injection (CWE-1236)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADERS)
        for line in lines:
            writer.writerow([escape_cell(str(v)) for v in (
                line.entry_id, line.at.isoformat(timespec="seconds"), line.operator,
                line.caller, line.verified_by, line.what, line.action, line.field,
                line.before, line.after)])
    return len(lines)


def last_change(ws: Workspace, subject: ChangeSubject) -> LastChange | None:
    """Who saved ``subject`` last and when, from the audit trail; None if unknown.

    Needs no permission beyond reading: an operator who met a conflict is
    told who made the other change, not what else they did.
    """
    if subject.kind == "account":
        condition = AuditEntry.account_id == subject.id
    elif subject.kind == "portal_settings":
        condition = AuditEntry.table_name == "portal_right_setting"
    elif subject.kind == "operator":
        condition = (AuditEntry.table_name == "operator") & (
            AuditEntry.object_id == str(subject.id))
    else:
        return None
    with ws.reading() as uow:
        row = uow.session.scalars(_newest_first(select(AuditEntry).where(condition))
                                  .limit(1)).first()
        return None if row is None else LastChange(operator=row.operator_name, at=row.at)
