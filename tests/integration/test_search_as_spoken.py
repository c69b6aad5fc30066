"""Search as callers speak, sort in the operator's alphabet: on both back ends.

A caller says "Håkan Persson" and the agent types "hakan persson", or
"persson hakan"; a Dane spells "Åge" as "Aage"; "Søren" is typed "Soren"
(issue 15, item 3). Names sort Swedish (… Z Å Ä Ö) or Danish (… Z Æ Ø Å, "Aa"
as Å) by the operator's language (item 4).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from custadmin.domain.accounts import ContactChange, ContactInput, NewAccount
from custadmin.domain.alphabet import Alphabet
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.services.accounts import create_account
from custadmin.services.contacts import save_contact
from custadmin.services.register import (
    DatabaseRegister,
    first_page,
    register_rows,
    search_register,
)
from custadmin.services.workspace import Workspace

NewAccountFactory = Callable[..., NewAccount]
#: An extra contact, changed per test.
BASE_CONTACT = ContactInput(
    first_name="Erik", last_name="Holm", organisation_name="", email="erik@example.se",
    phone="070-765 43 21", address_line1="Storgatan 2", address_line2="", postcode="111 22",
    city="Stockholm", country="SE",
)


def _found(db: Workspace, typed: str) -> set[int]:
    found = set(search_register(db, RegisterQuery(typed)))
    # The first page answers the same (it counts and pages on its own path).
    page = first_page(db, RegisterQuery(typed))
    assert set(page.ids) == found and page.total == len(found)
    return found


@pytest.fixture
def callers(db: Workspace, new_account: NewAccountFactory) -> dict[str, int]:
    """Accounts named as Scandinavians are, each with a main contact."""
    people = {
        "hakan": ("Persson Konsult AB", "Håkan", "Persson", "hakan@konsult.se"),
        "aage": ("Nielsen Tømrer ApS", "Åge", "Nielsen", "post@tomrer.dk"),
        "aage2": ("Aagaard Revision", "Aage", "Lund", "aage@revision.dk"),
        "soren": ("Ærø Bolig ApS", "Søren", "Kierkegaard", "soren@aero.dk"),
        "other": ("Persson Bygg AB", "Nils", "Persson", "nils@bygg.se"),
        "bo": ("Ek & Co", "Bo", "Ek", "bo@ekco.se"),
        "eva": ("Lind Design", "Eva", "Lindgren", "eva@design.se"),
        "eva2": ("Berg Design", "Eva", "Berg", "eva@berg.se"),
    }
    ids = {}
    for key, (name, first, last, email) in people.items():
        country = "DK" if email.endswith(".dk") else "SE"
        contact = {"first_name": first, "last_name": last, "email": email}
        if country == "DK":
            contact |= {"phone": "+45 32 12 34 56", "postcode": "2100", "city": "København"}
        ids[key] = create_account(db, new_account(name=name, country=country, **contact)).id
    return ids


@pytest.mark.parametrize("typed", [
    "hakan persson", "Persson Håkan", "persson, hakan", "HAKAN PERSSON", "håkan", "Hakan  Pers",
])
def test_a_name_typed_as_spoken_finds_it(
    db: Workspace, callers: dict[str, int], typed: str
) -> None:
    assert callers["hakan"] in _found(db, typed)
    assert callers["other"] not in _found(db, "hakan persson")


def test_every_word_must_match(db: Workspace, callers: dict[str, int]) -> None:
    assert _found(db, "hakan nielsen") == set()
    assert _found(db, "persson") == {callers["hakan"], callers["other"]}
    # A word in the account's name and one in its contact's.
    assert _found(db, "konsult hakan") == {callers["hakan"]}


@pytest.mark.parametrize(("typed", "who"), [
    ("Aage", {"aage", "aage2"}),   # Åge Nielsen, and Aage Lund
    ("Åge", {"aage", "aage2"}),
    ("aagaard", {"aage2"}),
    ("ågård", {"aage2"}),
    ("Soren", {"soren"}),
    ("soren kierkegaard", {"soren"}),
    ("aero bolig", {"soren"}),
    ("tomrer", {"aage"}),
    ("SØREN", {"soren"}),
])
def test_danish_spellings(
    db: Workspace, callers: dict[str, int], typed: str, who: set[str]
) -> None:
    assert _found(db, typed) == {callers[k] for k in who}


def test_short_words_beside_a_long_one(db: Workspace, callers: dict[str, int]) -> None:
    # "li" cannot be looked up by trigram; it narrows what "eva" found.
    assert _found(db, "eva li") == {callers["eva"]}
    assert _found(db, "li eva") == {callers["eva"]}
    # Only short words: the text as a whole.
    assert _found(db, "bo ek") == {callers["bo"]}


@pytest.mark.parametrize("typed", [
    '"', 'a"b', "NEAR(x y)", "persson AND", "OR hakan", "*", "x*", "{names}: x", "a-b -c",
    "100%", "_a_", "\\", "hakan'", "(hakan",
])
def test_query_syntax_is_only_text(db: Workspace, callers: dict[str, int], typed: str) -> None:
    """FTS5 and LIKE syntax typed in the box is searched for as text, never run:
    no error, and both paths agree (``_found``); nothing here is in a name."""
    assert _found(db, typed) == set()


def test_a_wildcard_is_a_character(db: Workspace, callers: dict[str, int]) -> None:
    assert _found(db, "persson AND hakan") == set()  # "and" is a word like any other
    assert _found(db, "hakan") == {callers["hakan"]}
    assert _found(db, "hak*") == set()
    assert _found(db, "hak%") == set()


def test_found_after_a_contact_is_renamed(
    db: Workspace, callers: dict[str, int], new_account: NewAccountFactory
) -> None:
    extra = dataclasses.replace(BASE_CONTACT, first_name="Jørgen", last_name="Ågren",
                                email="jorgen@bygg.se")
    save_contact(db, callers["other"], None, ContactChange(extra, frozenset()))
    assert _found(db, "jorgen agren") == {callers["other"]}
    assert _found(db, "agren persson") == {callers["other"]}


NAMES = ["Zeta AB", "Åberg AB", "Ärlig AB", "Öst AB", "Aaberg AB", "Æble ApS", "Østergaard ApS",
         "Berg AB", "Émile SARL", "Emil AB"]


def _sorted_names(db: Workspace, alphabet: Alphabet, column: RegisterColumn) -> list[str]:
    query = RegisterQuery(sort=column, alphabet=alphabet)
    rows = register_rows(db, list(search_register(db, query)))
    page = first_page(db, query)
    assert list(page.ids) == [r.id for r in rows]  # both paths sort alike
    return [r.name for r in rows]


@pytest.mark.parametrize("column", [RegisterColumn.NAME, RegisterColumn.MAIN_CONTACT])
def test_names_sort_in_the_operators_alphabet(
    db: Workspace, new_account: NewAccountFactory, column: RegisterColumn
) -> None:
    for name in NAMES:
        # The main contact is named as the account, to sort both columns alike.
        first, last = name.split(" ", 1)
        create_account(db, new_account(name=name, first_name=first, last_name=last))
    swedish = _sorted_names(db, Alphabet.SWEDISH, column)
    assert swedish == ["Aaberg AB", "Berg AB", "Emil AB", "Émile SARL", "Zeta AB", "Åberg AB",
                       "Æble ApS", "Ärlig AB", "Öst AB", "Østergaard ApS"]
    danish = _sorted_names(db, Alphabet.DANISH, column)
    # "Aaberg" and "Åberg" are one name in Danish: in the order they were created.
    assert danish == ["Berg AB", "Emil AB", "Émile SARL", "Zeta AB", "Æble ApS", "Ärlig AB",
                      "Öst AB", "Østergaard ApS", "Åberg AB", "Aaberg AB"]
    root = _sorted_names(db, Alphabet.ROOT, column)
    assert root.index("Åberg AB") < root.index("Berg AB") < root.index("Öst AB")
    assert root.index("Öst AB") < root.index("Zeta AB")




def test_a_row_shows_the_contact_the_search_found(
    db: Workspace, callers: dict[str, int]
) -> None:
    """Item 3: a match on another contact than the main one shows that contact."""
    extra = dataclasses.replace(BASE_CONTACT, first_name="Jørgen", last_name="Ågren",
                                email="jorgen@bygg.se", phone="070-999 88 77")
    details = save_contact(db, callers["other"], None, ContactChange(extra, frozenset()))
    jorgen = next(c for c in details.contacts if not c.is_main)
    source = DatabaseRegister(db)
    for typed in ("jorgen agren", "Ågren", "jorgen@bygg", "070-999 88"):
        (row,) = source.stored_rows([callers["other"]], typed)
        assert (row.first_name, row.last_name, row.email, row.phone) == (
            "Jørgen", "Ågren", "jorgen@bygg.se", "+46709998877"), typed
        assert row.found_contact_id == jorgen.id
    for typed in ("nils persson", "persson bygg", ""):
        (row,) = source.stored_rows([callers["other"]], typed)
        assert (row.first_name, row.found_contact_id) == ("Nils", None), typed
