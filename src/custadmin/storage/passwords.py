"""Password hashing for portal logins: argon2id only (R15).

Hashing takes ~0.16 s by design, so callers run it on a worker thread (the UI
runs every service that way). Tests swap in cheap parameters with
:func:`use_hasher`; production code never does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: OWASP's floor for argon2id: 19 MiB memory, 2 iterations, 1 lane.
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_TIME_COST = 2
OWASP_MIN_PARALLELISM = 1

# argon2-cffi's defaults: argon2id, 64 MiB, t=3, p=4 (above the floor).
_production = PasswordHasher(type=Type.ID)
_hasher = _production


def production_hasher() -> PasswordHasher:
    return _production


def hasher() -> PasswordHasher:
    return _hasher


def use_hasher(new: PasswordHasher) -> PasswordHasher:
    """Use ``new`` from now on; returns the one in use before (tests only)."""
    global _hasher
    previous, _hasher = _hasher, new
    return previous


def hash_password(password: str) -> str:
    return _hasher.hash(password)


class Verdict(enum.Enum):
    MATCH = "match"
    MISMATCH = "mismatch"
    #: The stored string is not a hash we can check (damaged or foreign).
    CANNOT_VERIFY = "cannot_verify"


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    #: A new hash with today's parameters, when the stored one is outdated.
    rehash: str | None = None


def verify_password(stored_hash: str, password: str) -> Verification:
    """Check ``password`` against ``stored_hash`` without ever raising for bad data."""
    try:
        _hasher.verify(stored_hash, password)
    except VerifyMismatchError:
        return Verification(Verdict.MISMATCH)
    except (VerificationError, InvalidHashError):
        return Verification(Verdict.CANNOT_VERIFY)
    rehash = _hasher.hash(password) if _hasher.check_needs_rehash(stored_hash) else None
    return Verification(Verdict.MATCH, rehash)


def hash_is_verifiable(stored_hash: str) -> bool:
    """Whether ``stored_hash`` can be checked at all, without knowing the password.

    A check against a throwaway password gives a mismatch for a sound hash
    and an error for a damaged one.
    """
    return verify_password(stored_hash, "\x00not-the-password\x00").verdict is Verdict.MISMATCH
