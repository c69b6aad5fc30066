"""Optimistic locking, one way for every record: the id and the version loaded.

An operator edits what they loaded. Every service that changes a record
takes the :class:`VersionToken` of what the operator saw; the write compares
it in the database (SQLAlchemy's ``version_id_col``, or a compare-and-set
``UPDATE``), and a record changed meanwhile is refused with
:class:`~custadmin.domain.errors.ConflictError`, never overwritten silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VersionToken:
    """Which record, and the version of it the operator started from."""

    id: int
    version: int


def differences(
    before: Mapping[str, object], now: Mapping[str, object], keys: Iterable[str] | None = None
) -> dict[str, tuple[object, object]]:
    """``{key: (before, now)}`` for every key whose value changed between two snapshots."""
    chosen = list(keys) if keys is not None else list(dict.fromkeys([*before, *now]))
    return {k: (before.get(k), now.get(k)) for k in chosen if before.get(k) != now.get(k)}


def rebase(
    base: Mapping[str, str], mine: Mapping[str, str], theirs: Mapping[str, str]
) -> dict[str, str]:
    """Keep the operator's edits on top of what someone else stored meanwhile.

    ``base`` is what the operator started from, ``mine`` what they have
    now, ``theirs`` what is stored now (all flat snapshots of one form). A
    key the operator changed keeps their value; every other key takes
    theirs. Keys no longer stored (``theirs`` lacks them) are dropped.
    """
    return {key: (mine[key] if key in mine and mine[key] != base.get(key) else value)
            for key, value in theirs.items()}


@dataclass(frozen=True, slots=True)
class ChangeSubject:
    """What an editor shows, as the audit trail knows it: whose last change to name.

    ``kind`` is ``"account"`` (the account, its contacts, their rights and
    portal access), ``"portal_settings"`` or ``"operator"``; ``id`` the record's id.
    """

    kind: str
    id: int


@dataclass(frozen=True, slots=True)
class LastChange:
    """Who saved a record last, and when (UTC), for the conflict prompt and live updates."""

    operator: str
    at: dt.datetime
