"""Search keys and sort keys: which letters count as the same, and in which order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custadmin.domain.alphabet import (
    Alphabet,
    name_keys,
    search_fold,
    search_words,
    sort_key,
    word_variants,
)
from custadmin.domain.register import ContactKeys, found_contact


@pytest.mark.parametrize(("typed", "stored"), [
    ("hakan", "Håkan"),
    ("HAKAN", "håkan"),
    ("soren", "Søren"),
    ("aero", "Ærø"),
    ("jorgensen", "Jørgensen"),
    ("muller", "Müller"),
    ("emile", "Émile"),
    ("strasse", "Straße"),
    ("lodz", "Łódź"),
    ("thorsson", "Þórsson"),
    ("oerstedt", "Œrstedt"),
])
def test_a_name_typed_without_its_letters_has_the_same_search_key(typed: str, stored: str) -> None:
    assert search_fold(stored) == search_fold(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("Aage", "Åge"),
    ("Åge", "Aage"),
    ("aagaard", "Ågård"),
    ("Ågård", "Aagaard"),
])
def test_danish_aa_is_searched_as_a_ring(typed: str, stored: str) -> None:
    """R: a Dane writes "Aa" for "Å": either spelling finds the other."""
    assert search_fold(stored) in word_variants(typed)


def test_a_word_without_aa_is_searched_as_itself() -> None:
    assert word_variants("Persson") == ("persson",)
    assert search_fold("Saab") == "saab"  # a stored "aa" is not rewritten


def test_an_email_keeps_its_accents_as_one_spelling() -> None:
    assert "jörgen@exempel.se" in word_variants("Jörgen@exempel.se")


def test_the_words_of_a_search_in_any_separators() -> None:
    assert search_words("Persson, Håkan") == (("persson",), ("hakan", "haakan"))
    assert search_words("  eva\tlind ; ") == (("eva",), ("lind",))


def test_other_scripts_keep_their_marks() -> None:
    # Devanagari vowel signs are part of the letter, and Hangul stays composed.
    assert search_fold("हिन्दी") == "हिन्दी"
    assert search_fold("한국") == "한국"


NAMES = ["Zeta", "Åberg", "Ärlig", "Öst", "Aaberg", "Æble", "Østergaard", "Berg", "Ängel",
         "Émile", "Emil", "Yngve", "Über"]


def _sorted(alphabet: Alphabet) -> list[str]:
    return sorted(NAMES, key=lambda n: (sort_key(n, alphabet), n))


def test_swedish_order_ends_with_a_ring_a_umlaut_o_umlaut() -> None:
    order = _sorted(Alphabet.SWEDISH)
    assert order.index("Zeta") < order.index("Åberg") < order.index("Ängel")
    assert order.index("Ängel") < order.index("Öst")
    assert order.index("Aaberg") < order.index("Berg")  # aa is two a's in Swedish
    assert {order.index("Æble"), order.index("Ärlig")} < set(range(order.index("Öst")))
    assert order.index("Østergaard") > order.index("Zeta")  # ø sorts as ö
    assert sort_key("Über", Alphabet.SWEDISH) == "yber"  # ü as y
    assert order.index("Emil") < order.index("Émile") < order.index("Zeta")


def test_danish_order_ends_with_ae_o_slash_a_ring_and_aa_as_a_ring() -> None:
    order = _sorted(Alphabet.DANISH)
    z, ae, oe, aa = (order.index(n) for n in ("Zeta", "Æble", "Østergaard", "Åberg"))
    assert z < ae < oe < aa
    assert order.index("Aaberg") > order.index("Zeta")  # "Aa" is Å
    assert order.index("Ärlig") < order.index("Öst") < order.index("Åberg")  # ä as æ, ö as ø


def test_root_order_takes_accented_letters_as_their_base() -> None:
    order = _sorted(Alphabet.ROOT)
    assert order.index("Åberg") < order.index("Berg")
    assert order.index("Öst") < order.index("Zeta")


@pytest.mark.parametrize(("language", "alphabet"), [
    ("sv_SE", Alphabet.SWEDISH), ("sv", Alphabet.SWEDISH), ("da_DK", Alphabet.DANISH),
    ("nb_NO", Alphabet.DANISH), ("nn", Alphabet.DANISH), ("en_GB", Alphabet.ROOT),
    ("fi_FI", Alphabet.ROOT), ("C", Alphabet.ROOT), ("", Alphabet.ROOT),
])
def test_the_alphabet_of_a_language(language: str, alphabet: Alphabet) -> None:
    assert Alphabet.for_language(language) is alphabet


@given(st.text(max_size=40))
def test_keys_ignore_case(name: str) -> None:
    keys = name_keys(name)
    assert name_keys(name.upper().lower()) == name_keys(name.lower())
    assert keys.search == search_fold(name)
    assert search_fold(keys.search) == keys.search  # a key folds to itself


# --- which contact a search found ---------------------------------------------------

def _contacts() -> list[ContactKeys]:
    return [
        ContactKeys(1, True, "nils persson", "nils@bygg.se", "+46701111111"),
        ContactKeys(2, False, "eva lind", "eva@lind.se", "+46702222222"),
        ContactKeys(3, False, "eva berg", "eva@berg.se", "+46703333333"),
    ]


@pytest.mark.parametrize(("typed", "phone", "shown"), [
    ("eva lind", "", 2),        # every word in Eva Lind
    ("lind eva", "", 2),
    ("eva", "", 2),             # equals: the first in the given order
    ("berg", "", 3),
    ("nils", "", None),         # the main contact holds it
    ("persson eva", "", None),  # main one word, Eva Lind one word: main stays
    ("bygg", "", None),         # the account's own name holds every word
    ("0703333", "703333", 3),   # a phone number found on a contact
    ("zebra", "", None),
])
def test_the_contact_a_search_found(typed: str, phone: str, shown: int | None) -> None:
    words = search_words(typed)
    assert found_contact(words, phone, search_fold("Persson Bygg AB"), _contacts()) == shown
