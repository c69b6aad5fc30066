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

from custadmin.domain.errors import (
    ConflictError,
    CustadminError,
    FieldError,
    NotFoundError,
    RuleViolation,
)
from custadmin.domain.messages import Message
from custadmin.domain.operators import (
    OPERATOR_NAME_MAX,
    Actor,
    OperatorRole,
    Permission,
    display_name,
    operator_name,
    require,
)
from custadmin.domain.text import fold, has_lone_surrogate, lookup_key, secret_problem
from custadmin.domain.versions import VersionToken
from custadmin.services.workspace import Workspace
from custadmin.storage.database import UnitOfWork
from custadmin.storage.passwords import Verdict, hash_password, verify_password
from custadmin.storage.schema import Operator, OperatorToken, utcnow

#: How long *remember me* keeps an operator signed in.
TOKEN_LIFETIME = dt.timedelta(days=30)


_NOT_RIGHT = Message("operator.sign_in_failed")


class SignInFailed(CustadminError):
    """Unknown operator, wrong password or disabled: the message does not say which."""

    def __init__(self, message: str = _NOT_RIGHT) -> None:
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

    @property
    def token(self) -> VersionToken:
        """What a change of this operator compares (optimistic locking)."""
        return VersionToken(self.id, self.version)


def _info(row: Operator) -> OperatorInfo:
    return OperatorInfo(row.id, row.version, row.name, row.display_name,
                        OperatorRole(row.role), row.enabled, row.password_hash is not None)


def _actor(row: Operator) -> Actor:
    return Actor(row.id, row.display_name, OperatorRole(row.role))


def _login_name_problem(problem: str) -> Message:
    return Message("operator.login_name_unusable", problem=problem)


def _password_hash(password: str | None) -> str | None:
    """The hash of a new operator's password (None: none), or :class:`FieldError`."""
    if not password:
        return None
    problem = secret_problem(password)
    if problem is not None:
        raise FieldError("password", problem)
    return hash_password(password)


def computer_operator(ws: Workspace, login: str | None = None) -> Actor:
    """The operator for the person logged in to this computer, registered on first start.

    The first operator of a database becomes its administrator; anyone
    after that starts read-only. A disabled operator is refused.
    """
    # The same policy as a typed operator name: a login name the database
    # would refuse (NUL, too long) or spoof with (direction controls) is refused.
    shown, name = operator_name(login or getpass.getuser(), _login_name_problem)
    with ws.writing() as uow:
        session = uow.session
        row = session.scalar(select(Operator).where(Operator.name == name))
        if row is None:
            first = not session.scalar(select(func.count()).select_from(Operator))
            row = Operator(name=name, display_name=shown,
                           role=(OperatorRole.ADMINISTRATOR if first
                                 else OperatorRole.READ_ONLY).value)
            session.add(row)
            session.flush()
            uow.commit()
        if not row.enabled:
            raise SignInFailed(Message("operator.disabled", name=row.display_name))
        return _actor(row)


def _info_of(uow: UnitOfWork, operator_id: int) -> OperatorInfo | None:
    row = uow.session.get(Operator, operator_id)
    return None if row is None else _info(row)


def list_operators(ws: Workspace) -> list[OperatorInfo]:
    require(ws.actor, Permission.MANAGE_OPERATORS)
    with ws.reading() as uow:
        return [_info(r) for r in uow.session.scalars(select(Operator).order_by(Operator.name))]


def create_operator(ws: Workspace, name: str, display: str, role: OperatorRole,
                    password: str | None) -> OperatorInfo:
    """A new operator (administrators only); ``password`` for shared databases."""
    require(ws.actor, Permission.MANAGE_OPERATORS)
    shown, key = operator_name(name)
    shown_as = display_name(display, shown)
    hashed = _password_hash(password)
    with ws.writing() as uow:
        if uow.session.scalar(select(Operator.id).where(Operator.name == key)) is not None:
            raise RuleViolation(Message("operator.name_taken", name=shown))
        row = Operator(name=key, display_name=shown_as, role=role.value, password_hash=hashed)
        uow.session.add(row)
        uow.session.flush()
        info = _info(row)
        uow.commit()
        return info


def set_operator_role(ws: Workspace, loaded: VersionToken, role: OperatorRole,
                      enabled: bool = True) -> OperatorInfo:
    """Change an operator's role (administrators only); the last administrator stays one."""
    require(ws.actor, Permission.MANAGE_OPERATORS)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: _info_of(fresh, loaded.id))
        session = uow.session
        row = session.get(Operator, loaded.id)
        if row is None:
            raise NotFoundError(Message("operator.not_found"))
        if row.version != loaded.version:
            raise ConflictError(Message("conflict.operator"), current=_info(row))
        losing_admin = row.role == OperatorRole.ADMINISTRATOR and (
            role != OperatorRole.ADMINISTRATOR or not enabled)
        if losing_admin and session.scalar(select(func.count()).select_from(Operator).where(
                Operator.role == OperatorRole.ADMINISTRATOR.value, Operator.enabled)) == 1:
            raise RuleViolation(Message("operator.last_administrator"))
        row.role, row.enabled = role.value, enabled
        session.flush()
        info = _info(row)
        uow.commit()
        return info


def sign_in(ws: Workspace, name: str, password: str) -> Actor:
    """The operator ``name`` if ``password`` is theirs (argon2id), else :class:`SignInFailed`.

    A name the text policy refuses, or a password no hash can be computed of
    (a lone surrogate), cannot be anyone's: refused the same way, without
    saying why.
    """
    shown = lookup_key(name, OPERATOR_NAME_MAX)
    key = fold(shown) if shown is not None else ""
    if not key or len(key) > OPERATOR_NAME_MAX or has_lone_surrogate(password):
        raise SignInFailed
    with ws.writing() as uow:
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


def issue_token(ws: Workspace) -> str:
    """A *remember me* token for the operator signed in to ``ws``, and only for them.

    The token stands in for the operator's password at the next sign-in, so
    it is issued to the workspace's own operator (not to an actor a caller
    names), who must sign in with a password and be enabled: the unit of work
    reads that afresh, like every unit of work (a disabled operator is
    refused there). Keep it in the OS keyring, never in a file.
    """
    operator_id = ws.actor.operator_id
    if operator_id is None:
        raise RuleViolation(Message("operator.remember_needs_operator"))
    token = secrets.token_urlsafe(32)
    with ws.writing() as uow:
        session = uow.session
        password_hash = session.scalar(select(Operator.password_hash)
                                       .where(Operator.id == operator_id))
        if password_hash is None:
            raise RuleViolation(Message("operator.remember_needs_password"))
        session.add(OperatorToken(operator_id=operator_id, token_hash=_token_hash(token),
                                  expires_at=utcnow() + TOKEN_LIFETIME))
        uow.commit()
    return token


def sign_in_with_token(ws: Workspace, token: str) -> Actor | None:
    """The remembered operator, or None if the token is unknown, expired or disabled."""
    if not token.isascii():  # not one issue_token made (a damaged keyring entry)
        return None
    with ws.reading() as uow:
        row = uow.session.execute(
            select(Operator, OperatorToken.expires_at)
            .join(OperatorToken, OperatorToken.operator_id == Operator.id)
            .where(OperatorToken.token_hash == _token_hash(token))
        ).one_or_none()
        if row is None or row[1] <= utcnow() or not row[0].enabled:
            return None
        return _actor(row[0])


def has_operators(ws: Workspace) -> bool:
    with ws.reading() as uow:
        return bool(uow.session.scalar(select(func.count()).select_from(Operator)))


def create_first_administrator(ws: Workspace, name: str, display: str,
                               password: str) -> Actor:
    """The first operator of a shared database, as administrator; refused once there is one."""
    shown, key = operator_name(name)
    shown_as = display_name(display, shown)
    if not password:
        raise RuleViolation(Message("operator.first_administrator_password"))
    hashed = _password_hash(password)
    with ws.writing() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Operator)):
            raise RuleViolation(Message("operator.already_registered"))
        row = Operator(name=key, display_name=shown_as,
                       role=OperatorRole.ADMINISTRATOR.value, password_hash=hashed)
        session.add(row)
        session.flush()
        actor = _actor(row)
        uow.commit()
        return actor
