"""Portal logins, contacts' rights and the system-wide portal settings (R8–R17).

The reads and writes that several services share: saving an account's main
contact, a contact, rights, and the login check all go through here. The
rules the database keeps on its own: one login per user name (a unique
index, R9), one portal access per person and account (a partial unique
index), and portal access only with a login (a CHECK constraint).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from custadmin.domain.errors import ConfirmationNeeded, ConflictError, ValidationError
from custadmin.domain.messages import Message, semicolon_list
from custadmin.domain.portal import (
    LoginInfo,
    PortalAccessChange,
    PortalSettings,
    ServedContact,
)
from custadmin.domain.versions import VersionToken
from custadmin.storage.schema import (
    Account,
    Contact,
    ContactRight,
    Counter,
    Login,
    PortalRightSetting,
    utcnow,
)

#: The error key of a new password (the form shows it at the password field).
PASSWORD_FIELD = "portal.password"
#: The counter row holding the system-wide portal settings' version.
PORTAL_SETTINGS_COUNTER = "portal_settings"


def _names(served: Iterable[ServedContact]) -> str:
    return semicolon_list([Message("login.served_contact", account=s.account_name,
                                   customer_number=s.customer_number, contact=s.contact_name)
                           for s in served])


class LoginRepository:
    """Logins and rights, read and written in one unit of work's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- the system-wide settings ---------------------------------------------------

    def portal_settings(self) -> PortalSettings:
        rows = self.session.scalars(
            select(PortalRightSetting).order_by(PortalRightSetting.position)).all()
        version = self.session.scalar(
            select(Counter.value).where(Counter.name == PORTAL_SETTINGS_COUNTER))
        return PortalSettings(
            offered=frozenset(r.key for r in rows if r.offered),
            defaults=frozenset(r.key for r in rows if r.default_on),
            version=int(version or 0),
        )

    def store_portal_settings(self, base: VersionToken, offered: frozenset[str],
                              defaults: frozenset[str]) -> None:
        """Store the settings if they are still at ``base``'s version, else a conflict.

        The version is a compare-and-set on its counter row, decided by the
        database: the row lock (PostgreSQL) or the write lock (SQLite) makes
        the second of two simultaneous saves find the version moved.
        """
        moved = self.session.execute(
            update(Counter)
            .where(Counter.name == PORTAL_SETTINGS_COUNTER, Counter.value == base.version)
            .values(value=Counter.value + 1)
        )
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            exists = self.session.scalar(
                select(Counter.value).where(Counter.name == PORTAL_SETTINGS_COUNTER))
            if exists is not None or base.version != 0:
                raise ConflictError(Message("conflict.portal_settings"),
                                    current=self.portal_settings())
            # Never saved before: the first save creates the version row. Two
            # first saves at once collide on its primary key: a conflict too.
            try:
                with self.session.begin_nested():
                    self.session.execute(insert(Counter).values(
                        name=PORTAL_SETTINGS_COUNTER, value=1))
            except IntegrityError as exc:
                raise ConflictError(Message("conflict.portal_settings")) from exc
        for row in self.session.scalars(select(PortalRightSetting)):
            row.offered = row.key in offered
            row.default_on = row.key in defaults
        self.session.flush()

    # --- reading ----------------------------------------------------------------------

    def served(self, login_ids: Collection[int]) -> dict[int, list[ServedContact]]:
        """Every contact referring to each login, by customer number."""
        served: dict[int, list[ServedContact]] = defaultdict(list)
        if not login_ids:
            return served
        rows = self.session.execute(
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

    def infos(self, login_ids: Collection[int]) -> dict[int, LoginInfo]:
        if not login_ids:
            return {}
        served = self.served(login_ids)
        rows = self.session.execute(
            select(Login.id, Login.username, Login.password_hash.is_not(None), Login.enabled,
                   Login.version).where(Login.id.in_(login_ids))
        ).all()
        return {
            lid: LoginInfo(id=lid, username=username, has_password=bool(has), enabled=enabled,
                           version=version, served=tuple(served.get(lid, ())))
            for lid, username, has, enabled, version in rows
        }

    def by_username(self, key: str) -> Login | None:
        return self.session.scalar(select(Login).where(Login.username == key))

    def by_id(self, login_id: int) -> Login | None:
        return self.session.get(Login, login_id)

    def rights(self, contact_ids: Collection[int]) -> dict[int, frozenset[str]]:
        """The rights ticked on each contact (contacts with none are left out)."""
        found: dict[int, set[str]] = defaultdict(set)
        if contact_ids:
            for cid, key in self.session.execute(
                select(ContactRight.contact_id, ContactRight.right_key)
                .where(ContactRight.contact_id.in_(contact_ids))
            ):
                found[cid].add(key)
        return {cid: frozenset(keys) for cid, keys in found.items()}

    def others(self, login_id: int, contact_id: int | None) -> list[ServedContact]:
        """The contacts a login serves besides ``contact_id``."""
        return [s for s in self.served([login_id]).get(login_id, [])
                if s.contact_id != contact_id]

    # --- writing ----------------------------------------------------------------------

    def set_rights(self, contact_id: int, have: frozenset[str], wanted: frozenset[str]) -> None:
        """Tick ``wanted`` on a contact that has ``have`` ticked now."""
        # Through the ORM, one by one: the audit trail records each.
        for right in self.session.scalars(select(ContactRight).where(
                ContactRight.contact_id == contact_id,
                ContactRight.right_key.in_(have - wanted))):
            self.session.delete(right)
        for key in sorted(wanted - have):
            self.session.add(ContactRight(contact_id=contact_id, right_key=key))

    def drop_if_orphan(self, login: Login | None) -> None:
        """A login no contact refers to any more is deleted with its hash."""
        if login is None:
            return
        self.session.flush()
        used = self.session.scalar(select(func.count()).select_from(Contact)
                                   .where(Contact.login_id == login.id))
        if not used:
            self.session.delete(login)

    def attach(self, row: Contact, confirmed_login_id: int | None) -> Login:
        """Make ``row`` refer to the login named by its email (R9, R13, R14).

        - the login it has already carries that name: nothing changes;
        - another login carries it: the contact joins it — once the operator has
          confirmed that it is the same person, if it serves other contacts —
          and its password stays as it is (R14);
        - none does: the contact's own login is renamed if no one else uses it
          (its password keeps working), otherwise a new login without a password
          is made.
        """
        session = self.session
        session.flush()  # a new contact needs its id
        username = row.email_key
        current = session.get(Login, row.login_id) if row.login_id is not None else None
        if current is not None and current.username == username:
            return current
        existing = self.by_username(username)
        if existing is not None:
            others = self.others(existing.id, row.id)
            same_account = [s for s in others if s.account_id == row.account_id]
            if same_account:
                raise ValidationError({"email": Message(
                    "login.user_name_on_account", username=username,
                    contact=same_account[0].contact_name)})
            if others and confirmed_login_id != existing.id:
                raise ConfirmationNeeded(
                    "join", existing.id, username, others,
                    Message("login.join_needs_confirmation", username=username,
                            served=_names(others)),
                )
            row.login_id = existing.id
            self.drop_if_orphan(current)
            return existing
        if current is not None and not self.others(current.id, row.id):
            current.username = username
            return current
        login = Login(username=username, enabled=True)
        session.add(login)
        session.flush()
        row.login_id = login.id
        return login

    def apply_portal_access(
        self,
        row: Contact,
        change: PortalAccessChange,
        password_hash: str | None,
        confirmed_login_id: int | None,
    ) -> None:
        """Portal access, password and login state of one contact (R8, R13–R15)."""
        first_time = row.login_id is None
        if not change.enabled and first_time:
            if password_hash is not None or change.login_enabled is not None:
                raise ValidationError({PASSWORD_FIELD: Message("password.needs_portal_access")})
            row.portal_access = False
            return
        had = row.login_id
        login = self.attach(row, confirmed_login_id)
        if change.enabled and first_time:
            # A new portal user starts with the system-wide defaults (R16); the
            # operator sees them ticked on the Internet tab.
            have = self.rights([row.id]).get(row.id, frozenset())
            if not have and not row.is_main:
                for key in sorted(self.portal_settings().defaults_for_new_user()):
                    self.session.add(ContactRight(contact_id=row.id, right_key=key))
        if row.portal_access != change.enabled:
            row.portal_access = change.enabled
        wants_state = change.login_enabled is not None and change.login_enabled != login.enabled
        if (password_hash is not None or wants_state) and login.id == had and (
                login.version != change.login_version):
            # The operator decided on the login as they loaded it; another
            # session (perhaps on another account the login serves) changed it.
            raise ConflictError(Message("conflict.login", username=login.username))
        if password_hash is not None or wants_state:
            others = self.others(login.id, row.id)
            if others and confirmed_login_id != login.id:
                what = "password" if password_hash is not None else "disable"
                raise ConfirmationNeeded(
                    what, login.id, login.username, others,
                    Message("login.shared_change", username=login.username,
                            served=_names(others)),
                )
        if password_hash is not None:
            login.password_hash = password_hash
            login.password_changed_at = utcnow()
        if wants_state:
            assert change.login_enabled is not None
            login.enabled = change.login_enabled
        if password_hash is not None or wants_state:
            # The login's change is part of the contact as the operator sees
            # it: the contact's version moves too, and the UPDATE that moves
            # it carries ``WHERE version = <loaded>`` (version_id_col). So two
            # sessions racing (access off here, a password there) cannot both
            # pass the check made before it: the database refuses the second.
            row.updated_at = utcnow()

    def flush(self) -> None:
        """Flush, turning a lost race for a user name into a conflict (R9)."""
        try:
            self.session.flush()
        except IntegrityError as exc:
            if "login" in str(exc.orig).lower() or "username" in str(exc.orig).lower():
                raise ConflictError(Message("conflict.user_name_taken_meanwhile")) from exc
            raise
