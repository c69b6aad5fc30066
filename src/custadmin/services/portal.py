"""Portal access: logins, rights, system-wide settings and the login check (R8–R17).

The rules the database keeps on its own: one login per user name (a unique
index, R9), one portal access per person and account (a partial unique
index), and portal access only with a login (a CHECK constraint).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from custadmin.domain.errors import (
    ConfirmationNeeded,
    ConflictError,
    FieldError,
    ValidationError,
)
from custadmin.domain.identifiers import email_key, normalize_email
from custadmin.domain.operators import Permission, require
from custadmin.domain.portal import (
    CompanyChoice,
    LoginCheck,
    LoginInfo,
    LoginOutcome,
    PasswordProblem,
    PortalAccessChange,
    PortalSettings,
    ServedContact,
    effective_rights,
    password_strength,
    rights_in_force,
    sso_status,
    validate_rights,
)
from custadmin.services import passwords
from custadmin.storage import audit
from custadmin.storage.database import Database
from custadmin.storage.schema import (
    Account,
    Contact,
    ContactRight,
    Login,
    PortalRightSetting,
    utcnow,
)

PASSWORD_FIELD = "portal.password"


# --- reading -----------------------------------------------------------------


def read_portal_settings(session: Session) -> PortalSettings:
    rows = session.scalars(select(PortalRightSetting).order_by(PortalRightSetting.position)).all()
    return PortalSettings(
        offered=frozenset(r.key for r in rows if r.offered),
        defaults=frozenset(r.key for r in rows if r.default_on),
    )


def served_contacts(session: Session, login_ids: Collection[int]) -> dict[int, list[ServedContact]]:
    """Every contact referring to each login, by customer number."""
    served: dict[int, list[ServedContact]] = defaultdict(list)
    if not login_ids:
        return served
    rows = session.execute(
        select(Contact.login_id, Contact.id, Contact.first_name, Contact.last_name,
               Contact.portal_access, Account.id, Account.customer_number, Account.name)
        .join(Account, Account.id == Contact.account_id)
        .where(Contact.login_id.in_(login_ids))
        .order_by(Account.customer_number, Contact.id)
    ).all()
    for login_id, cid, first, last, access, aid, number, name in rows:
        assert login_id is not None  # selected by it
        served[login_id].append(ServedContact(
            account_id=aid, customer_number=number, account_name=name, contact_id=cid,
            contact_name=f"{first} {last}".strip(), portal_access=access,
        ))
    return served


def login_infos(session: Session, login_ids: Collection[int]) -> dict[int, LoginInfo]:
    if not login_ids:
        return {}
    served = served_contacts(session, login_ids)
    rows = session.execute(
        select(Login.id, Login.username, Login.password_hash.is_not(None), Login.enabled,
               Login.version).where(Login.id.in_(login_ids))
    ).all()
    return {
        lid: LoginInfo(id=lid, username=username, has_password=bool(has), enabled=enabled,
                       version=version, served=tuple(served.get(lid, ())))
        for lid, username, has, enabled, version in rows
    }


def contact_rights(session: Session, contact_ids: Collection[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    if contact_ids:
        for cid, key in session.execute(
            select(ContactRight.contact_id, ContactRight.right_key)
            .where(ContactRight.contact_id.in_(contact_ids))
        ):
            found[cid].add(key)
    return {cid: frozenset(keys) for cid, keys in found.items()}


def portal_settings(db: Database) -> PortalSettings:
    with db.reading() as uow:
        return read_portal_settings(uow.session)


def login_for_email(db: Database, email: str) -> LoginInfo | None:
    """The login an email names, with the contacts it serves; None if none."""
    try:
        key = email_key(normalize_email("email", email))
    except FieldError:
        return None
    with db.reading() as uow:
        login_id = uow.session.scalar(select(Login.id).where(Login.username == key))
        if login_id is None:
            return None
        return login_infos(uow.session, [login_id])[login_id]


# --- system-wide settings ------------------------------------------------------


def save_portal_settings(db: Database, base: PortalSettings, new: PortalSettings) -> PortalSettings:
    """Save which rights are offered and the defaults for new portal users (R16).

    Refused if someone changed the settings since ``base`` was read.
    """
    require(db.actor, Permission.PORTAL_SETTINGS)
    offered, defaults = validate_rights(new.offered), validate_rights(new.defaults)
    with db.writing() as uow:
        current = read_portal_settings(uow.session)
        if current != base:
            raise ConflictError(
                "The system-wide portal settings were changed by someone else since you "
                "opened them.",
                differences={
                    key: (base_value, now)
                    for key, base_value, now in (
                        ("offered", base.offered, current.offered),
                        ("defaults", base.defaults, current.defaults),
                    ) if base_value != now
                },
            )
        for row in uow.session.scalars(select(PortalRightSetting)):
            row.offered = row.key in offered
            row.default_on = row.key in defaults
        uow.session.flush()
        saved = read_portal_settings(uow.session)
        uow.commit()
    return saved


# --- a contact's login ------------------------------------------------------------


def _others(session: Session, login_id: int, contact_id: int | None) -> list[ServedContact]:
    return [s for s in served_contacts(session, [login_id]).get(login_id, [])
            if s.contact_id != contact_id]


def _names(served: Iterable[ServedContact]) -> str:
    return "; ".join(f"{s.account_name} (customer {s.customer_number}, {s.contact_name})"
                     for s in served)


def drop_if_orphan(session: Session, login: Login | None) -> None:
    """A login no contact refers to any more is deleted with its hash."""
    if login is None:
        return
    session.flush()
    used = session.scalar(select(func.count()).select_from(Contact)
                          .where(Contact.login_id == login.id))
    if not used:
        session.delete(login)


def attach_login(session: Session, row: Contact, confirmed_login_id: int | None) -> Login:
    """Make ``row`` refer to the login named by its email (R9, R13, R14).

    - the login it has already carries that name: nothing changes;
    - another login carries it: the contact joins it — once the operator has
      confirmed that it is the same person, if it serves other contacts —
      and its password stays as it is (R14);
    - none does: the contact's own login is renamed if no one else uses it
      (its password keeps working), otherwise a new login without a password
      is made.
    """
    session.flush()  # a new contact needs its id
    username = row.email_key
    current = session.get(Login, row.login_id) if row.login_id is not None else None
    if current is not None and current.username == username:
        return current
    existing = session.scalar(select(Login).where(Login.username == username))
    if existing is not None:
        others = _others(session, existing.id, row.id)
        same_account = [s for s in others if s.account_id == row.account_id]
        if same_account:
            raise ValidationError({"email": (
                f"{username} is already the portal user name of {same_account[0].contact_name} "
                "on this account; a person has one portal access per account.")})
        if others and confirmed_login_id != existing.id:
            raise ConfirmationNeeded(
                "join", existing.id, username, others,
                f"{username} already logs in to the portal for: {_names(others)}. "
                "If this is the same person, the contact joins that login and keeps its "
                "password; otherwise use another email address.",
            )
        row.login_id = existing.id
        drop_if_orphan(session, current)
        return existing
    if current is not None and not _others(session, current.id, row.id):
        current.username = username
        return current
    login = Login(username=username, enabled=True)
    session.add(login)
    session.flush()
    row.login_id = login.id
    return login


def check_new_password(password: str, row: Contact) -> None:
    strength = password_strength(
        password, [row.email, row.first_name, row.last_name, row.organisation_name])
    if strength.acceptable:
        return
    messages = {
        PasswordProblem.CONTROL_CHARACTERS: "The password contains control characters.",
        PasswordProblem.TOO_SHORT: "The password must have at least 12 characters.",
        PasswordProblem.CONTAINS_USER_NAME: "The password must not contain the user name.",
        PasswordProblem.GUESSABLE: "The password is too easy to guess: use a longer one or "
                                   "Generate.",
    }
    raise ValidationError({PASSWORD_FIELD: messages[strength.problems[0]]})


def apply_portal_access(
    session: Session,
    row: Contact,
    change: PortalAccessChange,
    password_hash: str | None,
    confirmed_login_id: int | None,
) -> None:
    """Portal access, password and login state of one contact (R8, R13–R15)."""
    first_time = row.login_id is None
    if not change.enabled and first_time:
        if password_hash is not None or change.login_enabled is not None:
            raise ValidationError({PASSWORD_FIELD: "Activate portal access to set a password."})
        row.portal_access = False
        return
    login = attach_login(session, row, confirmed_login_id)
    if change.enabled and first_time:
        # A new portal user starts with the system-wide defaults (R16); the
        # operator sees them ticked on the Internet tab.
        have = contact_rights(session, [row.id]).get(row.id, frozenset())
        if not have and not row.is_main:
            defaults = read_portal_settings(session).defaults_for_new_user()
            for key in sorted(defaults):
                session.add(ContactRight(contact_id=row.id, right_key=key))
    row.portal_access = change.enabled
    wants_state = change.login_enabled is not None and change.login_enabled != login.enabled
    if password_hash is not None or wants_state:
        others = _others(session, login.id, row.id)
        if others and confirmed_login_id != login.id:
            what = "password" if password_hash is not None else "disable"
            raise ConfirmationNeeded(
                what, login.id, login.username, others,
                f"The login {login.username} is shared: the change applies to "
                f"{_names(others)} as well.",
            )
    if password_hash is not None:
        login.password_hash = password_hash
        login.password_changed_at = utcnow()
    if wants_state:
        assert change.login_enabled is not None
        login.enabled = change.login_enabled


def hash_new_password(change: PortalAccessChange | None) -> str | None:
    """Hash before the transaction starts: hashing is slow and must not hold a lock."""
    if change is None or not change.new_password:
        return None
    return passwords.hash_password(change.new_password)


def flush_logins(session: Session) -> None:
    """Flush, turning a lost race for a user name into a conflict (R9)."""
    try:
        session.flush()
    except IntegrityError as exc:
        if "login" in str(exc.orig).lower() or "username" in str(exc.orig).lower():
            raise ConflictError(
                "Someone else gave portal access to this user name at the same moment. "
                "Open the account again and retry.") from exc
        raise


# --- the login check -------------------------------------------------------------


def check_login(db: Database, username: str, password: str | None = None) -> LoginCheck:
    """What the portal answers for ``username`` (and ``password``, if given).

    The companies the person may choose between (R13) with the rights in
    force for each (R16) and single sign-on (R10), or exactly why they cannot
    log in. The password is only compared with the stored hash; it is never
    stored or logged. A stored hash that cannot be checked gives
    ``CANNOT_VERIFY``, not an exception.
    """
    require(db.actor, Permission.LOGIN_CHECK)
    shown = username.strip()
    try:
        key = email_key(normalize_email("username", username))
    except FieldError:
        return LoginCheck(shown, LoginOutcome.NO_SUCH_LOGIN)
    with db.reading() as uow:
        session = uow.session
        login = session.scalar(select(Login).where(Login.username == key))
        if login is None:
            return LoginCheck(shown, LoginOutcome.NO_SUCH_LOGIN)
        login_id, stored, enabled = login.id, login.password_hash, login.enabled
        settings = read_portal_settings(session)
        served = served_contacts(session, [login_id]).get(login_id, [])
        rows = session.execute(
            select(Contact.id, Contact.is_main, Contact.portal_access, Account.service_type)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.login_id == login_id)
        ).all()
        ticked = contact_rights(session, [r[0] for r in rows])
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
    else:
        result = passwords.verify_password(stored, password)
        if result.verdict is passwords.Verdict.MISMATCH:
            return answer(LoginOutcome.WRONG_PASSWORD, True)
        if result.verdict is passwords.Verdict.CANNOT_VERIFY:
            return answer(LoginOutcome.CANNOT_VERIFY, True)
        if result.rehash is not None:
            _store_rehash(db, login_id, stored, result.rehash)
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


def _store_rehash(db: Database, login_id: int, old: str, new: str) -> None:
    """Upgrade an outdated hash after a successful check, as the portal would."""
    with db.writing() as uow:
        changed = uow.session.execute(
            update(Login).where(Login.id == login_id, Login.password_hash == old)
            .values(password_hash=new, version=Login.version + 1)
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            audit.record(uow.session, "login", str(login_id), None, "update",
                         {"password_hash": (old, new)})
        uow.commit()



def add_demo_portal_users(db: Database, every: int = 4) -> int:
    """Give the main contact of every ``every``-th account portal access, with
    a login but no password, as demo data: the Internet tab then has users
    and the login check has something to explain. Returns how many."""
    require(db.actor, Permission.IMPORT)
    now = utcnow()
    with db.writing() as uow:
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
        for cid, key in pending:
            audit.record(session, "login", str(ids[key]), None, "insert",
                         {"id": (None, ids[key]), "username": (None, key),
                          "enabled": (None, True)})
            audit.record(session, "contact", str(cid), accounts[cid], "update",
                         {"login_id": (None, ids[key]), "portal_access": (False, True)})
        uow.commit()
    return len(pending)
