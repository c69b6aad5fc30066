"""The customer register: search, sort and the rows shown, on both back ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from custadmin.domain.accounts import NewAccount
from custadmin.domain.alphabet import search_fold
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.domain.text import fold
from custadmin.services.accounts import create_account, load_account
from custadmin.services.register import register_rows, search_register
from custadmin.services.workspace import Workspace

NewAccountFactory = Callable[..., NewAccount]


@dataclass(frozen=True)
class Seed:
    name: str
    country: str
    org_number: str  # compact
    typed_org: str
    first_name: str
    last_name: str
    email: str
    typed_phone: str
    e164: str
    city: str
    postcode: str


# Each sortable column has at least one tie, to show that ties are broken by ID.
SEEDS: dict[str, Seed] = {
    "hagg": Seed("Hägg Bygg AB", "SE", "5560360793", "556036-0793", "Anna", "Lind",
                 "anna@lindbygg.se", "070-123 45 67", "+46701234567", "Stockholm", "11122"),
    "oster": Seed("Østergaard ApS", "DK", "13585628", "13585628", "Lars", "Holm",
                  "lars@oster.dk", "20 12 34 56", "+4520123456", "København", "2100"),
    "hagg_plain": Seed("Hagg Consulting", "SE", "", "", "Per", "Berg", "info@consult.se",
                       "08-123 456 78", "+46812345678", "Göteborg", "41101"),
    "nordic": Seed("Nordic Oy", "FI", "20774740", "2077474-0", "Aino", "Virtanen",
                   "aino@nordic.fi", "040 1234567", "+358401234567", "Helsinki", "00100"),
    "nordic_upper": Seed("NORDIC OY", "SE", "", "", "per", "berg", "INFO@consult.se",
                         "070-123 45 67", "+46701234567", "Göteborg", "41102"),
    "arlig": Seed("Ärlig Handel AB", "SE", "8803200016", "880320-0016", "Åsa", "Öberg",
                  "asa@arlig.se", "+47 22 12 34 56", "+4722123456", "Malmö", "21120"),
}


def _create(db: Workspace, new_account: NewAccountFactory, seed: Seed) -> int:
    return create_account(
        db,
        new_account(
            name=seed.name, country=seed.country, org_number=seed.typed_org,
            first_name=seed.first_name, last_name=seed.last_name, email=seed.email,
            phone=seed.typed_phone, city=seed.city, postcode=seed.postcode,
        ),
    ).id


@pytest.fixture
def register(db: Workspace, new_account: NewAccountFactory) -> dict[str, int]:
    """Seed key -> account id (created in the order of SEEDS)."""
    return {key: _create(db, new_account, seed) for key, seed in SEEDS.items()}


def _search(db: Workspace, text: str, **kwargs: object) -> list[int]:
    return list(search_register(db, RegisterQuery(text, **kwargs)))  # type: ignore[arg-type]


def _keys(register: dict[str, int], ids: list[int]) -> set[str]:
    by_id = {v: k for k, v in register.items()}
    return {by_id[i] for i in ids}


# --- search ----------------------------------------------------------------------


def test_empty_search_lists_everything(db: Workspace, register: dict[str, int]) -> None:
    assert sorted(_search(db, "")) == sorted(register.values())
    assert sorted(_search(db, "   ")) == sorted(register.values())


def test_search_by_customer_number(db: Workspace, register: dict[str, int]) -> None:
    number = load_account(db, register["nordic"]).customer_number
    assert _search(db, str(number)) == [register["nordic"]]


def _check_table(
    db: Workspace, register: dict[str, int], table: dict[str, set[str]]
) -> None:
    """Every typed text finds exactly its expected accounts; all mismatches at once."""
    found = {typed: _keys(register, _search(db, typed)) for typed in table}
    wrong = {t: (found[t], want) for t, want in table.items() if found[t] != want}
    assert not wrong, f"typed: (found, expected): {wrong}"


def test_search_by_name_fragment_case_insensitively(
    db: Workspace, register: dict[str, int]
) -> None:
    # Accents are folded (issue 15): "Hagg" and "Hägg" are one search.
    _check_table(db, register, {
        "hägg": {"hagg", "hagg_plain"},
        "HÄGG": {"hagg", "hagg_plain"},  # non-ASCII upper case
        "ØSTER": {"oster"},
        "oster": {"oster"},
        "østergaard aps": {"oster"},
        "bygg": {"hagg"},
        "NORDIC": {"nordic", "nordic_upper"},
        "ärlig": {"arlig"},
        "ÄRLIG HANDEL": {"arlig"},
        "Hagg": {"hagg", "hagg_plain"},
        "ＨＡＧＧ": {"hagg", "hagg_plain"},  # full-width typing
        "  hägg  ": {"hagg", "hagg_plain"},
        "arlig": {"arlig"},
    })


def test_search_by_main_contact_name(db: Workspace, register: dict[str, int]) -> None:
    _check_table(db, register, {"ÅSA ÖBERG": {"arlig"}, "LIND": {"hagg"}, "virtanen": {"nordic"}})


def test_search_by_org_number_with_and_without_hyphen(
    db: Workspace, register: dict[str, int]
) -> None:
    _check_table(db, register, {
        "556036-0793": {"hagg"},
        "5560360793": {"hagg"},
        "556036": {"hagg"},
        "13585628": {"oster"},
        "2077474-0": {"nordic"},
        "20774740": {"nordic"},
        "880320-0016": {"arlig"},
    })


def test_search_by_email_fragment(db: Workspace, register: dict[str, int]) -> None:
    _check_table(db, register, {
        "@nordic": {"nordic"},
        "ANNA@LINDBYGG": {"hagg"},
        "info@consult": {"hagg_plain", "nordic_upper"},
        "oster.dk": {"oster"},
    })


def test_search_by_phone_in_any_format(db: Workspace, register: dict[str, int]) -> None:
    both = {"hagg", "nordic_upper"}
    _check_table(db, register, {
        "070-123 45 67": both,
        "0701234567": both,
        "+46 70 123 45 67": both,
        "+46701234567": both,
        "0046 70 123 45 67": both,
        "+47 22 12 34 56": {"arlig"},
        "20 12 34 56": {"oster"},
        "08-123 456 78": {"hagg_plain"},
    })


def test_no_false_hits(db: Workspace, register: dict[str, int]) -> None:
    _check_table(db, register, {
        typed: set()
        for typed in [
            "Zebra", "0701234568", "556036-0794", "hägg zebra", "per@", "Ostergaardx",
            "99999", "070-123 45 68", "Haegg",
        ]
    })


# --- sorting ---------------------------------------------------------------------


def _sort_key(seed: Seed, column: RegisterColumn, customer_number: int) -> object:
    return {
        RegisterColumn.CUSTOMER_NUMBER: customer_number,
        RegisterColumn.NAME: search_fold(seed.name),
        RegisterColumn.ORG_NUMBER: seed.org_number,
        RegisterColumn.MAIN_CONTACT: search_fold(f"{seed.first_name} {seed.last_name}"),
        RegisterColumn.EMAIL: fold(seed.email),
        RegisterColumn.PHONE: seed.e164,
        RegisterColumn.CITY: seed.city,
    }[column]


def test_sorting_by_each_column(db: Workspace, register: dict[str, int]) -> None:
    numbers = {i: load_account(db, i).customer_number for i in register.values()}
    wrong = {}
    for column in RegisterColumn:
        keyed = sorted(
            register.items(),
            key=lambda item: (_sort_key(SEEDS[item[0]], column, numbers[item[1]]), item[1]),
        )
        ascending = [account_id for _key, account_id in keyed]
        for descending, expected in ((False, ascending), (True, ascending[::-1])):
            got = _search(db, "", sort=column, descending=descending)
            if got != expected:
                wrong[(column.name, descending)] = (got, expected)
    assert not wrong, f"(column, descending): (got, expected): {wrong}"


def test_sort_applies_to_search_results(db: Workspace, register: dict[str, int]) -> None:
    found = _search(db, "nordic", sort=RegisterColumn.CITY, descending=True)
    # Helsinki (nordic) before Göteborg (nordic_upper) when descending.
    assert found == [register["nordic"], register["nordic_upper"]]


def test_case_insensitive_name_sort_ties_broken_by_id(
    db: Workspace, register: dict[str, int]
) -> None:
    ids = _search(db, "nordic oy", sort=RegisterColumn.NAME)
    assert ids == sorted([register["nordic"], register["nordic_upper"]])
    ids = _search(db, "nordic oy", sort=RegisterColumn.NAME, descending=True)
    assert ids == sorted([register["nordic"], register["nordic_upper"]], reverse=True)


# --- rows ---------------------------------------------------------------------------


def test_register_rows_keep_the_given_order_and_skip_missing(
    db: Workspace, register: dict[str, int]
) -> None:
    order = [register["nordic"], 987654, register["hagg"], register["oster"]]
    rows = register_rows(db, order)
    assert [row.id for row in rows] == [register["nordic"], register["hagg"], register["oster"]]
    assert register_rows(db, []) == []


def test_register_rows_are_formatted(db: Workspace, register: dict[str, int]) -> None:
    rows = {row.id: row for row in register_rows(db, list(register.values()))}
    hagg = rows[register["hagg"]]
    assert hagg.name == "Hägg Bygg AB"
    assert hagg.org_number == "556036-0793"
    assert hagg.phone == "070-123 45 67"
    assert hagg.main_contact == "Anna Lind"
    assert hagg.email == "anna@lindbygg.se"
    assert hagg.city == "Stockholm"
    nordic = rows[register["nordic"]]
    assert nordic.org_number == "2077474-0"
    assert nordic.phone == "040 1234567"
    oster = rows[register["oster"]]
    assert oster.org_number == "13585628"
    assert oster.phone == "20 12 34 56"
    # A Swedish account whose contact has a Norwegian number: international format.
    assert rows[register["arlig"]].phone == "+47 22 12 34 56"
    # A sole trader's organisation number is a personnummer: masked in the list.
    assert rows[register["arlig"]].org_number == "880320-****"
    assert rows[register["hagg_plain"]].org_number == ""
    assert [r.customer_number for r in sorted(rows.values(), key=lambda r: r.id)] == sorted(
        r.customer_number for r in rows.values()
    )


# --- LIKE wildcards --------------------------------------------------------------------


@pytest.fixture
def wildcard_register(db: Workspace, new_account: NewAccountFactory) -> dict[str, int]:
    names = {
        "percent": "100% Bygg AB",
        "digits": "1000 Bygg AB",
        "underscore": "a_b Konsult",
        "letter": "axb Konsult",
        "backslash": "Back\\slash AB",
        "plain": "Backslash AB",
    }
    return {
        key: create_account(db, new_account(name=name, email=f"w{i}@example.se")).id
        for i, (key, name) in enumerate(names.items())
    }


def test_like_wildcards_typed_by_the_user_are_literal(
    db: Workspace, wildcard_register: dict[str, int]
) -> None:
    _check_table(db, wildcard_register, {
        # From three characters on: anywhere in the name.
        "00%": {"percent"},
        "100%": {"percent"},
        "a_b": {"underscore"},
        "k\\s": {"backslash"},
        "a%b": set(),
        "1_0": set(),
        "%%%": set(),
        "backslash": {"plain"},
        # One or two characters: the start of the name.
        "a_": {"underscore"},
        "a%": set(),
        "ba": {"backslash", "plain"},
        "b\\": set(),
        "%": set(),
        "_": set(),
    })


# --- short input, and every Nordic letter -------------------------------------------


def test_one_or_two_characters_match_the_start_of_a_name_email_or_number(
    db: Workspace, register: dict[str, int]
) -> None:
    _check_table(db, register, {
        "h": {"hagg", "hagg_plain"},
        "HÄ": {"hagg", "hagg_plain"},  # accents folded: "ha"
        "ø": {"oster"},
        "Ä": {"arlig", "hagg", "nordic"},  # "a": Ärlig, Anna Lind, Aino …
        "an": {"hagg"},  # Anna Lind, anna@lindbygg.se
        "in": {"hagg_plain", "nordic_upper"},  # info@consult.se
        "55": {"hagg"},  # 556036-0793
        "20": {"nordic"},  # 2077474-0
        "gg": set(),  # not at the start of anything
        "ö": {"oster"},  # Østergaard; Öberg is a last name, not the start of "Åsa Öberg"
    })


@pytest.fixture
def nordic_letters(db: Workspace, new_account: NewAccountFactory) -> dict[str, int]:
    names = {
        "aa": ("Åkerlund Måleri AB", "SE"), "ae": ("Ærø Æbler ApS", "DK"),
        "oe": ("Ødegaard Bølge AS", "NO"), "ao": ("Älvsbyns Östra Kök AB", "SE"),
    }
    return {
        key: create_account(
            db, new_account(name=name, country=country, contact_country="SE",
                            email=f"n{i}@example.se", phone="+46 70 123 45 67")
        ).id
        for i, (key, (name, country)) in enumerate(names.items())
    }


def test_search_ignores_case_of_every_nordic_letter(
    db: Workspace, nordic_letters: dict[str, int]
) -> None:
    # SQLite's LIKE and NOCASE fold ASCII only: these would find nothing there.
    _check_table(db, nordic_letters, {
        "ÅKERLUND": {"aa"}, "åkerlund": {"aa"}, "MÅLERI": {"aa"},
        # One letter is a prefix, accent folded: "a" starts every name here.
        "Å": {"aa", "ae", "oe", "ao"}, "ä": {"aa", "ae", "oe", "ao"},
        "ÆRØ": {"ae"}, "æbler": {"ae"}, "ÆBLER": {"ae"}, "æ": {"ae"},
        "ØDEGAARD": {"oe"}, "BØLGE": {"oe"}, "ø": {"oe"},
        "ÄLVSBYN": {"ao"}, "ÖSTRA": {"ao"}, "KÖK": {"ao"}, "köK": {"ao"},
        # Accents folded (issue 15): typed without them, found all the same.
        "AKERLUND": {"aa"}, "OSTRA": {"ao"}, "aero aebler": {"ae"}, "odegaard": {"oe"},
    })
