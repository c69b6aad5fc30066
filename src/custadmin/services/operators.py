"""Operators: who is using custadmin, with which role (issue: who did what).

On the embedded database the operator is the person logged in to the
computer (:func:`computer_operator`): the first one is registered as
administrator, later ones as read-only until an administrator gives them a
role. On a shared database operators sign in with a name and password
(:func:`sign_in`), optionally remembered by a token whose hash only is
stored here (the token itself goes to the OS keyring).
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select

from custadmin.domain.errors import ConflictError, CustadminError, NotFoundError, RuleViolation
from custadmin.domain.operators import Actor, OperatorRole, Permission, require
from custadmin.domain.text import fold
from custadmin.services.passwords import Verdict, hash_password, verify_password
from custadmin.storage.database import Database
from custadmin.storage.schema import Operator, OperatorToken, utcnow

#: How long *remember me* keeps an operator signed in.
TOKEN_LIFETIME = dt.timedelta(days=30)


class SignInFailed(CustadminError):
    """Unknown operator, wrong password or disabled: the message does not say which."""

    def __init__(self, message: str = "The operator name or password is not right.") -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    id: int
    version: int
    name: str
    display_name: str
    role: OperatorRole
    enabled: bool
    has_password: bool


def _info(row: Operator) -> OperatorInfo:
    return OperatorInfo(row.id, row.version, row.name, row.display_name,
                        OperatorRole(row.role), row.enabled, row.password_hash is not None)


def _actor(row: Operator) -> Actor:
    return Actor(row.id, row.display_name, OperatorRole(row.role))


def _operator_name(name: str) -> str:
    key = fold(name.strip())
    if not key:
        raise RuleViolation("An operator needs a name.")
    return key


def computer_operator(db: Database, login: str | None = None) -> Actor:
    """The operator for the person logged in to this computer, registered on first start.

    The first operator of a database becomes its administrator; anyone
    after that starts read-only. A disabled operator is refused.
    """
    login = login or getpass.getuser()
    name = _operator_name(login)
    with db.writing() as uow:
        session = uow.session
        row = session.scalar(select(Operator).where(Operator.name == name))
        if row is None:
            first = not session.scalar(select(func.count()).select_from(Operator))
            row = Operator(name=name, display_name=login.strip(),
                           role=(OperatorRole.ADMINISTRATOR if first
                                 else OperatorRole.READ_ONLY).value)
            session.add(row)
            session.flush()
            uow.commit()
        if not row.enabled:
            raise SignInFailed(f"The operator {row.display_name} is disabled. Ask an "
                               "administrator.")
        return _actor(row)


def list_operators(db: Database) -> list[OperatorInfo]:
    require(db.actor, Permission.MANAGE_OPERATORS)
    with db.reading() as uow:
        return [_info(r) for r in uow.session.scalars(select(Operator).order_by(Operator.name))]


def create_operator(db: Database, name: str, display_name: str, role: OperatorRole,
                    password: str | None) -> OperatorInfo:
    """A new operator (administrators only); ``password`` for shared databases."""
    require(db.actor, Permission.MANAGE_OPERATORS)
    key = _operator_name(name)
    hashed = hash_password(password) if password else None
    with db.writing() as uow:
        if uow.session.scalar(select(Operator.id).where(Operator.name == key)) is not None:
            raise RuleViolation(f"There is already an operator called {name.strip()}.")
        row = Operator(name=key, display_name=display_name.strip() or name.strip(),
                       role=role.value, password_hash=hashed)
        uow.session.add(row)
        uow.session.flush()
        info = _info(row)
        uow.commit()
        return info


def set_operator_role(db: Database, base: OperatorInfo, role: OperatorRole,
                      enabled: bool = True) -> OperatorInfo:
    """Change an operator's role (administrators only); the last administrator stays one."""
    require(db.actor, Permission.MANAGE_OPERATORS)
    with db.writing() as uow:
        session = uow.session
        row = session.get(Operator, base.id)
        if row is None:
            raise NotFoundError("That operator no longer exists.")
        if row.version != base.version:
            raise ConflictError("This operator was changed by someone else since you opened it.")
        losing_admin = row.role == OperatorRole.ADMINISTRATOR and (
            role != OperatorRole.ADMINISTRATOR or not enabled)
        if losing_admin and session.scalar(select(func.count()).select_from(Operator).where(
                Operator.role == OperatorRole.ADMINISTRATOR.value, Operator.enabled)) == 1:
            raise RuleViolation("This is the last administrator: make someone else "
                                "administrator first.")
        row.role, row.enabled = role.value, enabled
        session.flush()
        info = _info(row)
        uow.commit()
        return info


def sign_in(db: Database, name: str, password: str) -> Actor:
    """The operator ``name`` if ``password`` is theirs (argon2id), else :class:`SignInFailed`."""
    key = fold(name.strip())
    with db.writing() as uow:
        row = uow.session.scalar(select(Operator).where(Operator.name == key))
        if row is None or row.password_hash is None or not row.enabled:
            raise SignInFailed
        verification = verify_password(row.password_hash, password)
        if verification.verdict is not Verdict.MATCH:
            raise SignInFailed
        if verification.rehash is not None:
            row.password_hash = verification.rehash
            uow.commit()
        return _actor(row)


def _token_hash(token: str) -> str:
    # The token is 256 random bits: a plain SHA-256 is enough to keep the
    # stored value useless to a reader of the database.
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_token(db: Database, actor: Actor) -> str:
    """A *remember me* token for ``actor`` (to keep in the OS keyring, never in a file)."""
    if actor.operator_id is None:
        raise RuleViolation("Only an operator can be remembered.")
    token = secrets.token_urlsafe(32)
    with db.writing() as uow:
        uow.session.add(OperatorToken(operator_id=actor.operator_id,
                                      token_hash=_token_hash(token),
                                      expires_at=utcnow() + TOKEN_LIFETIME))
        uow.commit()
    return token


def sign_in_with_token(db: Database, token: str) -> Actor | None:
    """The remembered operator, or None if the token is unknown, expired or disabled."""
    with db.reading() as uow:
        row = uow.session.execute(
            select(Operator, OperatorToken.expires_at)
            .join(OperatorToken, OperatorToken.operator_id == Operator.id)
            .where(OperatorToken.token_hash == _token_hash(token))
        ).one_or_none()
        if row is None or row[1] <= utcnow() or not row[0].enabled:
            return None
        return _actor(row[0])


def has_operators(db: Database) -> bool:
    with db.reading() as uow:
        return bool(uow.session.scalar(select(func.count()).select_from(Operator)))


def create_first_administrator(db: Database, name: str, display_name: str,
                               password: str) -> Actor:
    """The first operator of a shared database, as administrator; refused once there is one."""
    key = _operator_name(name)
    if not password:
        raise RuleViolation("The first administrator needs a password.")
    hashed = hash_password(password)
    with db.writing() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Operator)):
            raise RuleViolation("This database has operators already: sign in as one.")
        row = Operator(name=key, display_name=display_name.strip() or name.strip(),
                       role=OperatorRole.ADMINISTRATOR.value, password_hash=hashed)
        session.add(row)
        session.flush()
        actor = _actor(row)
        uow.commit()
        return actor
