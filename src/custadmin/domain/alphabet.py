"""Names as callers say them and as Scandinavians sort them.

Two jobs, one module, because both are about which letters count as the same:

**Search keys** (:func:`search_fold`). A caller spells "Håkan" as "hakan",
"Søren" as "Soren", "Ærø" as "Aero", and a Dane writes "Aage" for "Åge". The
stored search key of a name is case-folded (every letter, as
:func:`~custadmin.domain.text.fold`), stripped of accents and diacritics
(å ä ö é ü → a a o e u) and spelled out where a letter has no accent to strip
(æ → ae, ø → o, œ → oe, ð → d, þ → th, ł → l). The Danish "aa" for "å" is
handled on the typed side (:func:`word_variants`): a word with "aa" or "å" is
searched in both spellings, so "Aage" finds "Åge" and "Åge" finds "Aage",
while a stored "Saab" stays "saab".

**Sort keys** (:func:`sort_key`). Swedish sorts … X Y Z Å Ä Ö, Danish and
Norwegian … X Y Z Æ Ø Å with "aa" as "å" ("Aalborg" after "Zealand"), and
both take "ä"/"æ" and "ö"/"ø" as the same letter. The key is a string whose
plain code-point order (SQLite's BINARY collation, PostgreSQL's "C") is that
alphabet's order, so both back ends sort alike from one stored column and one
index, without depending on which ICU the database server was built with.
English uses the search key (å sorted as a, as an English reader expects).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from typing import NamedTuple

from custadmin.domain.text import fold


class Alphabet(enum.Enum):
    """The order names are sorted in: the operator's language decides."""

    ROOT = "root"  #: English and everything else: letters with accents sort as the letter
    SWEDISH = "sv"  #: … Z Å Ä Ö (Æ as Ä, Ø as Ö, Ü as Y)
    DANISH = "da"  #: … Z Æ Ø Å (Ä as Æ, Ö as Ø, AA as Å, Ü as Y); Norwegian too

    @classmethod
    def for_language(cls, language: str) -> Alphabet:
        """The alphabet of a language code ("sv", "da", "nb", "sv_SE", "en" …)."""
        code = language.replace("-", "_").split("_", 1)[0].lower()
        if code == "sv":
            return cls.SWEDISH
        if code in {"da", "nb", "nn", "no"}:
            return cls.DANISH
        return cls.ROOT


# Letters an accent strip leaves alone, spelled out for searching.
_SPELLED = str.maketrans({
    "æ": "ae", "ø": "o", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d",
    "ħ": "h", "ı": "i", "ŧ": "t",
})
# Combining diacritical marks (U+0300–U+036F): what "accent" means here. Marks
# of other scripts (Devanagari vowel signs, Hebrew points …) are part of the
# letter and stay; Hangul recomposes through NFC.
_MARKS = re.compile("[\u0300-\u036f]")


def _strip_marks(value: str) -> str:
    if value.isascii():
        return value
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", value)))


def search_fold(value: str) -> str:
    """The search key of ``value``: folded case, no accents, æ ø spelled out."""
    folded = fold(value)
    if folded.isascii():
        return folded
    return _strip_marks(folded.translate(_SPELLED))


#: Where a typed search splits into words: whitespace, and the commas and
#: semicolons of "Persson, Håkan".
_WORD_BREAK = re.compile(r"[\s,;]+")


def word_variants(word: str) -> tuple[str, ...]:
    """The spellings one typed word is searched as (first the plain search key).

    The search key in both Danish spellings ("aa" and "å") when the word has
    either, and an email address also only case-folded when that differs
    (emails are stored case-folded, accents kept: "jörgen@…" is another
    address than "jorgen@…"). Each spelling is one more lookup, so there are
    no others.
    """
    folded = fold(word)
    found = [search_fold(folded)]
    danish = folded.replace("aa", "å")
    if "å" in danish:
        found += [search_fold(danish), search_fold(danish.replace("å", "aa"))]
    if "@" in folded:
        found.append(folded)
    return tuple(dict.fromkeys(v for v in found if v))


def search_words(typed: str) -> tuple[tuple[str, ...], ...]:
    """The words of a typed search, each as its :func:`word_variants`."""
    return tuple(word_variants(word) for word in _WORD_BREAK.split(typed) if word)


# Sort keys: the letters after "z" map to "{", "|", "}" (the three code points
# after "z"), so that code-point order is the alphabet's.
_SWEDISH = str.maketrans({
    "å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y",
})
_DANISH = str.maketrans({
    "æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y",
})


def sort_key(value: str, alphabet: Alphabet) -> str:
    """A key whose code-point order is ``value``'s place in ``alphabet``.

    Case and accents other than the alphabet's own letters are ignored
    ("Émile" next to "Emil"); names equal under the key are ordered by ID by
    whoever sorts.
    """
    folded = fold(value)
    if alphabet is Alphabet.ROOT:
        return search_fold(folded)
    if alphabet is Alphabet.DANISH:
        folded = folded.replace("aa", "å")
        table = _DANISH
    else:
        table = _SWEDISH
    if folded.isascii():
        return folded
    spelled = folded.translate(table)
    return _strip_marks(spelled.translate(_SPELLED))


class NameKeys(NamedTuple):
    """What is stored beside a name: its search key and its two sort keys."""

    search: str
    swedish: str
    danish: str


def name_keys(name: str) -> NameKeys:
    """The stored keys of ``name`` (an account's name, or a contact's "first last")."""
    return NameKeys(search_fold(name), sort_key(name, Alphabet.SWEDISH),
                    sort_key(name, Alphabet.DANISH))
