"""The one text policy: what custadmin accepts in any text, on both back ends.

Every text an operator or a file gives custadmin goes through here before it
is stored, searched for or looked up: the fields of accounts and contacts
(forms and imports alike), operator names, the caller's name, sign-in names,
the login check and both searches. SQLite would store almost anything and
PostgreSQL refuses some of it (NUL) with a driver error, so the policy is
decided here, once, and both back ends see only what it lets through.

Per class of character:

* **Whitespace, byte-order marks and zero-width characters at either end**
  (U+FEFF, U+200B–U+200D, U+2060) are *trimmed*: they come from copy and
  paste, are invisible, and would make "Acme" and "Acme" two different
  names. Inside the text they are kept: zero-width (non-)joiners shape
  Persian, Indic scripts and emoji sequences.
* **Lone surrogates** (U+D800–U+DFFF not forming a pair; Python strings can
  hold them, UTF-8 cannot encode them) are *refused*: they can only come from
  a damaged copy and paste or file, and the driver would fail on them.
* **Control characters** (Unicode category Cc: C0, DEL and C1, NUL included)
  are *refused*: PostgreSQL cannot store NUL, and nothing invisible may end
  up on an invoice. A tab or line break at either end is trimmed as
  whitespace, as a form would.
* **Line and paragraph separators** (U+2028, U+2029) inside the text are
  *refused*: every field holds one line.
* **Text-direction controls** (embeddings and overrides U+202A–U+202E,
  isolates U+2066–U+2069) are *refused*: an override makes "Hägg AB"
  display as any other text, so a register row or an invoice could read
  differently from what is stored. (The direction *marks* U+200E, U+200F and
  U+061C cannot reorder text on their own and are kept.)

A refusal is a :class:`~custadmin.domain.errors.FieldError` naming the
problem; the form keeps what was typed. Lengths are counted in characters
(code points), as PostgreSQL's ``varchar(n)`` counts them.

Searches follow the same policy and are at most :data:`SEARCH_MAX_LENGTH`
characters (:func:`clean_search`). Look-ups of a name (sign-in, the login
check) trim the same way; a name the policy refuses names nothing stored, so
they answer "no such name" rather than raise. Passwords are secrets compared
as typed: never trimmed, and refused only for what cannot be stored or typed (lone
surrogates, control characters: :func:`secret_problem`).
"""

from __future__ import annotations

import re
import unicodedata

from custadmin.domain.errors import FieldError
from custadmin.domain.messages import Message

#: Unicode category Cc is exactly U+0000–U+001F and U+007F–U+009F (a unit test
#: checks it against ``unicodedata``); one regex search is ~20 times faster
#: than asking ``unicodedata.category`` per character, which bulk imports feel.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DIRECTION_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Any character of the refused classes (one search for the common, clean case).
_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")

#: Invisible characters trimmed at either end (besides whitespace).
ZERO_WIDTH = "\ufeff\u200b\u200c\u200d\u2060"
# Matched from the start of the text (and of the reversed text): linear time
# even for a megabyte of spaces, where a pattern anchored at the end is not.
_EDGE = re.compile(f"[\\s{ZERO_WIDTH}]*")

#: The longest search text accepted (both searches; longer gives a field error).
SEARCH_MAX_LENGTH = 200


def trim(value: str) -> str:
    """``value`` without whitespace, byte-order marks and zero-width characters at its ends."""
    start = _edge_length(value)
    if start == len(value):
        return ""
    return value[start:len(value) - _edge_length(value[::-1])]


def _edge_length(value: str) -> int:
    match = _EDGE.match(value)  # "*": it always matches, perhaps nothing
    return match.end() if match else 0


def text_problem(value: str) -> Message | None:
    """Why the policy refuses ``value`` (already trimmed), or None if it does not."""
    if _REFUSED.search(value) is None:
        return None
    if _SURROGATE.search(value) is not None:
        return Message("field.lone_surrogate")
    if _CONTROL.search(value) is not None:
        return Message("field.control_character")
    if _DIRECTION_CONTROL.search(value) is not None:
        return Message("field.direction_control")
    return Message("field.line_separator")


def check_text(field: str, value: str) -> str:
    """``value`` trimmed, or :class:`FieldError` if the policy refuses it.

    For fields with rules of their own (email, phone, identifiers): this
    first, then theirs.
    """
    value = trim(value)
    problem = text_problem(value)
    if problem is not None:
        raise FieldError(field, problem)
    return value


def clean_text(field: str, value: str, *, required: bool, max_length: int) -> str:
    """Return ``value`` trimmed, or raise :class:`FieldError`.

    The policy of this module, then whether it is required, then its length.
    """
    value = trim(value)
    if not value:
        if required:
            raise FieldError(field, Message("field.required"))
        return ""
    problem = text_problem(value)
    if problem is not None:
        raise FieldError(field, problem)
    if len(value) > max_length:
        raise FieldError(
            field, Message("field.too_long", max_length=max_length, length=len(value)))
    return value


def clean_search(field: str, value: str, max_length: int = SEARCH_MAX_LENGTH) -> str:
    """Search text trimmed ("" searches for everything), or :class:`FieldError`.

    The same policy as a stored field, so a search can never carry what the
    database would choke on (NUL ends an FTS5 query, PostgreSQL refuses it),
    and a bounded length: SQLite's LIKE refuses very long patterns.
    """
    return clean_text(field, value, required=False, max_length=max_length)


def lookup_key(value: str, max_length: int) -> str | None:
    """A name to look up (sign-in, login check) trimmed, or None if the
    policy refuses it or it is longer than anything stored: no such name."""
    value = trim(value)
    if not value or len(value) > max_length or text_problem(value) is not None:
        return None
    return value


def secret_problem(secret: str) -> Message | None:
    """Why a password cannot be accepted, or None; the password is never trimmed.

    Only what cannot be stored (a lone surrogate: the hash is computed over
    UTF-8) or typed (control characters) is refused. Direction controls and
    zero-width characters are harmless in a secret nobody displays.
    """
    if has_lone_surrogate(secret):
        return Message("password.invalid_character")
    if has_control_character(secret):
        return Message("password.control_characters")
    return None


def has_lone_surrogate(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def has_control_character(value: str) -> bool:
    """Whether ``value`` holds a character of Unicode category Cc (NUL included)."""
    return _CONTROL.search(value) is not None


def fold(value: str) -> str:
    """Case- and width-insensitive key used for searching and comparing.

    ``casefold`` handles every letter (Ä/ä, Ø/ø, ß); NFKC first so that
    full-width and compatibility forms compare equal to their plain ones.
    """
    return unicodedata.normalize("NFKC", value).casefold()
