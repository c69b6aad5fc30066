"""Portal access: logins, rights, system-wide settings and the login check (R8–R17).

The rules the database keeps on its own: one login per user name (a unique
index, R9), one portal access per person and account (a partial unique
index), and portal access only with a login (a CHECK constraint).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update

from custadmin.domain.accounts import ContactInput
from custadmin.domain.errors import FieldError, ValidationError
from custadmin.domain.identifiers import email_key, normalize_email
from custadmin.domain.operators import Permission, require
from custadmin.domain.portal import (
    CompanyChoice,
    LoginCheck,
    LoginInfo,
    LoginOutcome,
    PortalAccessChange,
    PortalSettings,
    effective_rights,
    password_problem_message,
    password_strength,
    rights_in_force,
    sso_status,
    validate_rights,
)
from custadmin.domain.text import check_text, has_lone_surrogate, trim
from custadmin.domain.versions import VersionToken
from custadmin.services.workspace import Workspace
from custadmin.storage import audit, passwords
from custadmin.storage.logins import PASSWORD_FIELD
from custadmin.storage.schema import Account, Contact, Login, utcnow

__all__ = ["PASSWORD_FIELD"]


# --- reading -----------------------------------------------------------------


def portal_settings(ws: Workspace) -> PortalSettings:
    with ws.reading() as uow:
        return uow.logins.portal_settings()


def login_for_email(ws: Workspace, email: str) -> LoginInfo | None:
    """The login an email names, with the contacts it serves; None if none."""
    try:
        key = email_key(normalize_email("email", email))
    except FieldError:
        return None
    with ws.reading() as uow:
        login = uow.logins.by_username(key)
        if login is None:
            return None
        return uow.logins.infos([login.id])[login.id]


# --- system-wide settings ------------------------------------------------------


def save_portal_settings(ws: Workspace, loaded: VersionToken,
                         new: PortalSettings) -> PortalSettings:
    """Save which rights are offered and the defaults for new portal users (R16).

    Refused if someone saved the settings since the version ``loaded``.
    """
    require(ws.actor, Permission.PORTAL_SETTINGS)
    offered, defaults = validate_rights(new.offered), validate_rights(new.defaults)
    with ws.writing() as uow:
        uow.logins.store_portal_settings(loaded, offered, defaults)
        saved = uow.logins.portal_settings()
        uow.commit()
    return saved


# --- passwords -----------------------------------------------------------------


def check_new_password(password: str, person: ContactInput) -> None:
    """A password for ``person``'s login, or :class:`ValidationError` at the password field."""
    strength = password_strength(
        password, [person.email, person.first_name, person.last_name, person.organisation_name])
    if strength.acceptable:
        return
    raise ValidationError({PASSWORD_FIELD: password_problem_message(strength.problems[0])})


def hash_new_password(change: PortalAccessChange | None) -> str | None:
    """Hash before the transaction starts: hashing is slow and must not hold a lock."""
    if change is None or not change.new_password:
        return None
    return passwords.hash_password(change.new_password)


# --- the login check -------------------------------------------------------------


def check_login(ws: Workspace, username: str, password: str | None = None) -> LoginCheck:
    """What the portal answers for ``username`` (and ``password``, if given).

    The companies the person may choose between (R13) with the rights in
    force for each (R16) and single sign-on (R10), or exactly why they cannot
    log in. The password is only compared with the stored hash; it is never
    stored or logged. A stored hash that cannot be checked gives
    ``CANNOT_VERIFY``, not an exception.
    """
    require(ws.actor, Permission.LOGIN_CHECK)
    # The text policy, as for the email stored: what it refuses names no login.
    shown = trim(username)
    try:
        key = email_key(normalize_email("username", check_text("username", shown)))
    except FieldError:
        return LoginCheck(shown, LoginOutcome.NO_SUCH_LOGIN)
    with ws.reading() as uow:
        session = uow.session
        login = uow.logins.by_username(key)
        if login is None:
            return LoginCheck(shown, LoginOutcome.NO_SUCH_LOGIN)
        login_id, stored, enabled = login.id, login.password_hash, login.enabled
        settings = uow.logins.portal_settings()
        served = uow.logins.served([login_id]).get(login_id, [])
        rows = session.execute(
            select(Contact.id, Contact.is_main, Contact.portal_access, Account.service_type)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.login_id == login_id)
        ).all()
        ticked = uow.logins.rights([r[0] for r in rows])
    facts = {cid: (is_main, access, service) for cid, is_main, access, service in rows}
    everyone = tuple(served)

    def answer(outcome: LoginOutcome, checked: bool = False) -> LoginCheck:
        return LoginCheck(key, outcome, checked, served=everyone)

    if not enabled:
        return answer(LoginOutcome.LOGIN_DISABLED)
    if stored is None:
        return answer(LoginOutcome.NO_PASSWORD)
    if password is None:
        if not passwords.hash_is_verifiable(stored):
            return answer(LoginOutcome.CANNOT_VERIFY)
    elif has_lone_surrogate(password):
        # No password with one can be set (its hash is over UTF-8): not this one.
        return answer(LoginOutcome.WRONG_PASSWORD, True)
    else:
        result = passwords.verify_password(stored, password)
        if result.verdict is passwords.Verdict.MISMATCH:
            return answer(LoginOutcome.WRONG_PASSWORD, True)
        if result.verdict is passwords.Verdict.CANNOT_VERIFY:
            return answer(LoginOutcome.CANNOT_VERIFY, True)
        if result.rehash is not None:
            _store_rehash(ws, login_id, stored, result.rehash)
    companies = []
    for person in served:
        is_main, access, service = facts[person.contact_id]
        if not access:
            continue
        states = effective_rights(is_main=is_main, portal_access=True,
                                  ticked=ticked.get(person.contact_id, frozenset()),
                                  offered=settings.offered)
        companies.append(CompanyChoice(
            account_id=person.account_id, customer_number=person.customer_number,
            account_name=person.account_name, contact_id=person.contact_id,
            contact_name=person.contact_name, is_main=is_main,
            rights=rights_in_force(states), sso=sso_status(states, service),
        ))
    if not companies:
        return answer(LoginOutcome.NO_PORTAL_ACCESS, password is not None)
    return LoginCheck(key, LoginOutcome.OK, password is not None, tuple(companies), everyone)


def _store_rehash(ws: Workspace, login_id: int, old: str, new: str) -> None:
    """Upgrade an outdated hash after a successful check, as the portal would."""
    with ws.writing() as uow:
        changed = uow.session.execute(
            update(Login).where(Login.id == login_id, Login.password_hash == old)
            .values(password_hash=new, version=Login.version + 1)
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            audit.record(uow.session, "login", str(login_id), None, "update",
                         {"password_hash": (old, new)})
        uow.commit()


def add_demo_portal_users(ws: Workspace, every: int = 4) -> int:
    """Give the main contact of every ``every``-th account portal access, with
    a login but no password, as demo data: the Internet tab then has users
    and the login check has something to explain. Returns how many."""
    require(ws.actor, Permission.IMPORT)
    now = utcnow()
    with ws.writing() as uow:
        session = uow.session
        rows = session.execute(
            select(Contact.id, Contact.email_key)
            .where(Contact.is_main, Contact.login_id.is_(None),
                   Contact.account_id % every == 0)
            .order_by(Contact.id)
        ).all()
        taken = set(session.scalars(select(Login.username)))
        pending = [(int(cid), str(key)) for cid, key in rows if key not in taken]
        if not pending:
            return 0
        session.execute(insert(Login), [
            {"username": key, "password_hash": None, "enabled": True, "created_at": now,
             "updated_at": now, "version": 1} for _cid, key in pending])
        ids = {str(name): int(lid) for name, lid in session.execute(
            select(Login.username, Login.id))}
        table = cast(Table, Contact.__table__)
        session.execute(
            update(table).where(table.c.id == bindparam("cid"))
            .values(login_id=bindparam("lid"), portal_access=True, version=table.c.version + 1),
            [{"cid": cid, "lid": ids[key]} for cid, key in pending])
        # Core statements pass no flush hook: their audit entries are written here.
        accounts: dict[int, int] = {
            int(cid): int(aid) for cid, aid in session.execute(
                select(Contact.id, Contact.account_id).where(
                    Contact.id.in_([cid for cid, _key in pending])))}
        # A main contact changed: its account's version moves too, as every
        # save of a main contact moves it (one token covers My details).
        account_table = cast(Table, Account.__table__)
        session.execute(
            update(account_table).where(account_table.c.id == bindparam("aid"))
            .values(version=account_table.c.version + 1),
            [{"aid": aid} for aid in sorted(set(accounts.values()))])
        for cid, key in pending:
            audit.record(session, "login", str(ids[key]), None, "insert",
                         {"id": (None, ids[key]), "username": (None, key),
                          "enabled": (None, True)})
            audit.record(session, "contact", str(cid), accounts[cid], "update",
                         {"login_id": (None, ids[key]), "portal_access": (False, True)})
        uow.commit()
    return len(pending)
