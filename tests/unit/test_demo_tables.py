"""The demo data files: complete as shipped, and a damaged one is named in the error."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from custadmin.paths import resource_path
from custadmin.services.demo_tables import (
    Country,
    DemoDataError,
    PhoneShape,
    demo_tables,
    read_tables,
)

DEMO = resource_path("demo")
POSTCODES = {"SE": r"\d{3} \d{2}", "DK": r"\d{4}", "NO": r"\d{4}", "FI": r"\d{5}"}


def test_the_tables_come_from_the_resources_once() -> None:
    assert demo_tables() is demo_tables()
    assert read_tables(DEMO) == demo_tables()


def test_countries_and_their_mix() -> None:
    tables = demo_tables()
    assert [c.code for c in tables.countries] == ["SE", "DK", "NO", "FI"]
    mix = Counter(c.code for c in tables.draw)
    assert mix == {"SE": 8, "DK": 5, "NO": 4, "FI": 3}


def _phone_examples(shape: PhoneShape) -> list[str]:
    fmt, low, span, width = shape
    return [fmt.format(*str(value).zfill(width)) for value in (low, low + span - 1)]


@pytest.mark.parametrize("country", demo_tables().countries, ids=lambda c: c.code)
def test_every_table_is_filled_and_well_formed(country: Country) -> None:
    for table in (country.first_names, country.last_names, country.trades, country.legal_forms,
                  country.company_names, country.cities, country.streets,
                  country.house_suffixes, country.mobiles, country.mail_providers):
        assert table
    for word, spelling in country.first_names + country.last_names + country.trades:
        assert word and re.fullmatch("[a-z0-9-]+", spelling), (word, spelling)
    for city in country.cities:
        assert city.postcodes and city.landlines, city.name
        assert all(re.fullmatch(POSTCODES[country.code], p) for p in city.postcodes), city.name
        assert re.fullmatch("[a-z0-9]+", city.company_word[1]), city.company_word
    assert len({city.name for city in country.cities}) >= 15
    for shape in country.mobiles + tuple(s for city in country.cities for s in city.landlines):
        for number in _phone_examples(shape):
            assert re.fullmatch(r"\+?[\d -]+", number), shape
            assert 8 <= sum(ch.isdigit() for ch in number) <= 12, number
    for company in country.company_names:
        assert company.name.count("{") == 3
        assert "{2}" not in company.domain
    org = country.org_numbers
    assert len(org.high) == len(org.low) == 1000
    assert org.modulus in (10, 11)
    assert len({len(lead) for lead, _ in org.leads}) == 1


def test_the_weights_repeat_entries_in_place() -> None:
    sweden = demo_tables().countries[0]
    assert sweden.house_suffixes[:17] == ("",) * 16 + ("A",)
    stockholm, gothenburg = sweden.cities[0], sweden.cities[6]
    assert sweden.cities[:7] == (stockholm,) * 6 + (gothenburg,)
    assert (stockholm.postcodes[0], stockholm.postcodes[-1]) == ("111 20", "118 69")


def test_finnish_postcodes_step_and_danish_areas_expand() -> None:
    countries = {c.code: c for c in demo_tables().countries}
    helsinki = countries["FI"].cities[0]
    assert helsinki.postcodes[:3] == ("00100", "00110", "00120")
    assert helsinki.company_word == ("Helsingin", "helsingin")
    valby = next(c for c in countries["DK"].cities if c.name == "Valby")
    # "36" with the third digits 1, 3, 4, 7, 8, 9, each spaced and unspaced.
    assert len(valby.landlines) == 12
    assert _phone_examples(valby.landlines[0]) == ["36 10 00 00", "36 19 99 99"]
    assert _phone_examples(valby.landlines[1]) == ["36100000", "36199999"]


# --- damaged files ------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO, folder)
    return folder


def _set(*path: str | int, value: object) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _drop(*keys: str) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in keys:
            del data[key]

    return change


DAMAGE = [
    ("se.json", _drop("tld"), "se.json: 'tld' missing"),
    ("se.json", _set("cities", 0, "postcode", value="111 20"),
     "se.json, cities[0]: unknown key 'postcode'"),
    ("dk.json", _set("first_names", value=[]), "dk.json, first_names: expected a non-empty list"),
    ("no.json", _set("last_names", 3, value=7), "no.json, last_names[3]: expected a text"),
    ("fi.json", _set("first_names", 0, value="Šárka"), "no email spelling (á, š)"),
    ("se.json", _set("first_names", 0, value=" Anna"), "' Anna' has spaces around it"),
    ("se.json", _set("cities", 0, "landlines", 0, value="08-### ## #x"),
     "se.json, cities[0].landlines[0]: phone shape '08-### ## #x' may hold"),
    ("se.json", _set("mobiles", 0, value="070-#N# ## ##"), "only the first random digit"),
    ("se.json", _set("mobiles", 0, value="070-123 45 67"), "has no random digit"),
    ("se.json", _set("cities", 1, "postcodes", "last", value="400 00"),
     "cities[1].postcodes: '400 00' cannot be reached from '411 01'"),
    ("fi.json", _set("cities", 0, "postcodes", "last", value="00995"),
     "'00995' cannot be reached from '00100' in steps of 10"),
    ("se.json", _set("cities", 1, "postcodes", "last", value="41879"), "of the same shape"),
    ("se.json", _set("cities", 0, "weight", value=0), "cities[0].weight: must be at least 1"),
    ("se.json", _set("cities", 0, "weight", value=True), "expected a whole number"),
    ("se.json", _set("cities", 0, "landline_areas", value=[{"area": "08", "next_digits": "1"}]),
     "give either landlines or landline_areas"),
    ("dk.json", _drop("landline_area_shapes", "landline_area_shapes_comment"),
     "dk.json, cities[0].landline_areas: landline_areas needs landline_area_shapes"),
    ("dk.json", _set("landline_area_shapes", 0, value="{area} {digit}# ## ##"),
     "{digit} is not one of {area}, {next_digit}"),
    ("se.json", _set("company_names", 0, "name", value="{city} {trade} {form}"),
     "company_names[0].name: '{city} {trade} {form}': {city} is not one of"),
    ("se.json", _set("company_names", 0, "domain", value="{surname} {trade}"),
     "a domain may only hold a-z, 0-9 and '-'"),
    ("se.json", _set("company_names", 0, "domain", value="{surname}{trade}{form}"),
     "{form} is not one of {surname}, {place}, {trade}"),
    ("se.json", _set("company_names", 0, "domain", value="{place}{trade}"),
     "use either {surname} or {place}, not both"),
    ("se.json", _set("company_names", 0, "name", value="{surname} {{trade}}"),
     "braces are only for placeholders"),
    ("se.json", _set("company_names", 0, "name", value="{surname {trade}"),
     "a brace is not closed or not opened"),
    ("se.json", _set("org_numbers", "check_digit", value="mod10"),
     "org_numbers.check_digit: expected 'luhn' or 'mod11', not 'mod10'"),
    ("dk.json", _set("org_numbers", "weights", value=[2, 7, 6]), "expected 7 weights"),
    ("no.json", _set("org_numbers", "leads", 0, value="8"), "all as long as the first"),
    ("fi.json", _set("mail_providers", 0, value="gmail,com"), "is not a mail domain"),
    ("se.json", _set("mobile_comment", value="a typo"),
     "se.json: 'mobile_comment' comments on 'mobile', which is not there"),
    ("se.json", _set("postbox", value=""), "postbox: must not be empty"),
    ("shared.json", _set("countries", 0, "code", value="DE"),
     "'DE' is not a country accounts can belong to"),
    ("shared.json", _set("countries", 1, "code", value="SE"), "'SE' is listed twice"),
    ("shared.json", _set("email_transliteration", "å", value="å"),
     "must be spelt with the letters a-z"),
]


@pytest.mark.parametrize(("file", "change", "message"), DAMAGE, ids=[m for _, _, m in DAMAGE])
def test_a_damaged_file_is_named_with_the_place(
    tmp_path: Path, file: str, change: Callable[[Any], None], message: str
) -> None:
    folder = _copy(tmp_path)
    data = json.loads((folder / file).read_text(encoding="utf-8"))
    change(data)
    (folder / file).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DemoDataError, match=re.escape(message)) as caught:
        read_tables(folder)
    assert str(folder / file) in str(caught.value)


@pytest.mark.parametrize("file", ["shared.json", "no.json"])
def test_a_missing_file_is_named(tmp_path: Path, file: str) -> None:
    folder = _copy(tmp_path)
    (folder / file).unlink()
    with pytest.raises(DemoDataError, match=re.escape(f"{folder / file} cannot be read")):
        read_tables(folder)


def test_a_file_that_is_not_json_is_named_with_the_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    text = (folder / "dk.json").read_text(encoding="utf-8")
    (folder / "dk.json").write_text(text.replace('"Mette",', '"Mette"', 1), encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"dk\.json is not valid JSON: .* line 5 "):
        read_tables(folder)


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    text = (folder / "fi.json").read_text(encoding="utf-8")
    (folder / "fi.json").write_bytes(text.encode("latin-1"))
    with pytest.raises(DemoDataError, match=r"fi\.json cannot be read"):
        read_tables(folder)
