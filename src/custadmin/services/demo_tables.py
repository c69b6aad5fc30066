"""The word lists, places and number shapes behind the demo accounts.

They are kept as JSON in ``resources/demo`` (``shared.json`` and one file per
country; ``resources/demo/README.md`` describes the format) so that a name or
a city can be added without touching code. The files are read once per
process into frozen tables in which everything a record needs (email
spellings, postcodes, phone shapes, checksum contributions) is already worked
out: :mod:`custadmin.services.demo` only looks things up, a million times.
"""

from __future__ import annotations

import functools
import json
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from custadmin.domain.identifiers import ACCOUNT_COUNTRIES
from custadmin.paths import resource_path

__all__ = [
    "City",
    "CompanyName",
    "Country",
    "DemoDataError",
    "DemoTables",
    "OrgRule",
    "PhoneShape",
    "Word",
    "demo_tables",
    "read_tables",
]

#: A word as shown, and its lower-case ASCII form for email addresses.
Word = tuple[str, str]

#: (format string, lowest value, number of values, digit count) of the random part.
PhoneShape = tuple[str, int, int, int]


class DemoDataError(Exception):
    """A demo data file is missing, unreadable or not as README.md describes it."""


@dataclass(frozen=True, slots=True)
class OrgRule:
    """Organisation numbers as lead + six random digits + check digit.

    The checksum of every scheme is a sum of per-position digit contributions,
    so the contributions of each three-digit half of the random part are
    tabulated once; a record then needs two look-ups instead of a digit loop.
    """

    leads: tuple[tuple[str, int], ...]
    high: tuple[int, ...]
    low: tuple[int, ...]
    modulus: int


@dataclass(frozen=True, slots=True)
class City:
    name: str
    postcodes: tuple[str, ...]
    #: The city as the first word of a company name ("Tampereen Sähkö Oy").
    company_word: Word
    landlines: tuple[PhoneShape, ...]


@dataclass(frozen=True, slots=True)
class CompanyName:
    """A company name shape: ``{0}`` surname or place, ``{1}`` trade, ``{2}`` legal form."""

    name: str
    domain: str
    by_place: bool


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    tld: str
    first_names: tuple[Word, ...]
    last_names: tuple[Word, ...]
    trades: tuple[Word, ...]
    legal_forms: tuple[str, ...]
    company_names: tuple[CompanyName, ...]
    #: Repeated by weight, so a uniform pick favours the big cities.
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    house_suffixes: tuple[str, ...]
    mobiles: tuple[PhoneShape, ...]
    mail_providers: tuple[str, ...]
    org_numbers: OrgRule
    postbox: str
    care_of: str


@dataclass(frozen=True, slots=True)
class DemoTables:
    #: Each country once, in the order of ``shared.json``.
    countries: tuple[Country, ...]
    #: The countries repeated by weight: a uniform pick gives the intended mix.
    draw: tuple[Country, ...]


@functools.cache
def demo_tables() -> DemoTables:
    """The tables from the app's own ``resources/demo``, read on first use."""
    return read_tables(resource_path("demo"))


def read_tables(folder: Path) -> DemoTables:
    shared = _Node.load(folder / "shared.json").fields(("countries", "email_transliteration"))
    letters = _transliteration(shared["email_transliteration"])
    countries: list[Country] = []
    draw: list[Country] = []
    for entry in shared["countries"].items():
        fields = entry.fields(("code",), ("weight",))
        code = fields["code"].text()
        if code not in ACCOUNT_COUNTRIES:
            fields["code"].fail(f"{code!r} is not a country accounts can belong to")
        if any(c.code == code for c in countries):
            fields["code"].fail(f"{code!r} is listed twice")
        country = _country(_Node.load(folder / f"{code.lower()}.json"), code, letters)
        countries.append(country)
        draw += [country] * _weight(fields)
    return DemoTables(tuple(countries), tuple(draw))


# --- reading JSON with complaints that say where -------------------------------------


class _Node:
    """A value from a data file and where in which file it is, for error messages."""

    __slots__ = ("file", "value", "where")

    def __init__(self, file: Path, where: str, value: object) -> None:
        self.file = file
        self.where = where
        self.value = value

    @classmethod
    def load(cls, file: Path) -> _Node:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DemoDataError(f"demo data file {file} cannot be read: {exc}") from exc
        try:
            return cls(file, "", json.loads(text))
        except json.JSONDecodeError as exc:
            raise DemoDataError(f"demo data file {file} is not valid JSON: {exc}") from exc

    def fail(self, problem: str) -> NoReturn:
        where = f", {self.where}" if self.where else ""
        raise DemoDataError(f"demo data file {self.file}{where}: {problem}")

    def child(self, key: str | int, value: object) -> _Node:
        if isinstance(key, int):
            return _Node(self.file, f"{self.where}[{key}]", value)
        return _Node(self.file, f"{self.where}.{key}" if self.where else key, value)

    def fields(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, _Node]:
        """An object's members; a missing or unknown key is an error (typos show).

        ``comment`` and ``<key>_comment`` members are notes for people and skipped.
        """
        if not isinstance(self.value, dict):
            self.fail("expected an object {...}")
        found: dict[str, _Node] = {}
        for key, value in self.value.items():
            if key == "comment" or key.endswith("_comment"):
                described = key.removesuffix("comment").removesuffix("_")
                if described and described not in self.value:
                    self.fail(f"{key!r} comments on {described!r}, which is not there")
                if not (isinstance(value, str) or _all_str(value)):
                    self.child(key, value).fail("a comment must be text or a list of texts")
            elif key in required or key in optional:
                found[key] = self.child(key, value)
            else:
                self.fail(f"unknown key {key!r}; expected {', '.join(required + optional)}")
        missing = [key for key in required if key not in found]
        if missing:
            self.fail(f"{', '.join(map(repr, missing))} missing")
        return found

    def items(self) -> list[_Node]:
        if not isinstance(self.value, list) or not self.value:
            self.fail("expected a non-empty list [...]")
        return [self.child(i, value) for i, value in enumerate(self.value)]

    def text(self, *, empty: bool = False) -> str:
        if not isinstance(self.value, str):
            self.fail("expected a text in double quotes")
        if not (self.value or empty):
            self.fail("must not be empty")
        return self.value

    def integer(self, minimum: int) -> int:
        # bool is an int to Python but not a number to whoever wrote the file.
        if not isinstance(self.value, int) or isinstance(self.value, bool):
            self.fail("expected a whole number")
        if self.value < minimum:
            self.fail(f"must be at least {minimum}")
        return self.value

    def texts(self, *, empty: bool = False) -> list[tuple[_Node, str]]:
        """A list to draw from: ``"x"``, or ``{"value": "x", "weight": n}`` for n copies."""
        result: list[tuple[_Node, str]] = []
        for item in self.items():
            if isinstance(item.value, dict):
                fields = item.fields(("value", "weight"))
                entry = fields["value"]
                result += [(entry, entry.text(empty=empty))] * _weight(fields)
            else:
                result.append((item, item.text(empty=empty)))
        return result

    def strings(self, *, empty: bool = False) -> tuple[str, ...]:
        return tuple(text for _, text in self.texts(empty=empty))


def _all_str(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _weight(fields: Mapping[str, _Node]) -> int:
    weight = fields.get("weight")
    return 1 if weight is None else weight.integer(1)


# --- words and email spellings ---------------------------------------------------------


def _transliteration(node: _Node) -> dict[int, str]:
    if not isinstance(node.value, dict) or not node.value:
        node.fail("expected an object of letters and their spellings")
    table: dict[str, str] = {}
    for letter, value in node.value.items():
        entry = node.child(letter, value)
        spelling = entry.text()
        if len(letter) != 1 or not letter.isalpha() or letter.isascii() or not letter.islower():
            entry.fail(f"{letter!r} is not a single lower-case non-ASCII letter")
        if not re.fullmatch("[a-z]+", spelling):
            entry.fail(f"{letter!r} must be spelt with the letters a-z, not {spelling!r}")
        table[letter] = spelling
    return str.maketrans(table)


def _ascii(text: str, keep: str, letters: Mapping[int, str]) -> str:
    lowered = text.lower().translate(letters)
    return "".join(ch for ch in lowered if ("a" <= ch <= "z") or ch.isdigit() or ch in keep)


def _word(node: _Node, text: str, letters: Mapping[int, str], keep: str) -> Word:
    # Without these checks a new name would quietly lose letters in its email
    # address ("Šárka" as "rka"), or give none at all and fail the generator.
    if text != text.strip():
        node.fail(f"{text!r} has spaces around it")
    known = {chr(code) for code in letters}
    unknown = sorted({ch for ch in text.lower() if ch.isalpha() and not ch.isascii()} - known)
    if unknown:
        node.fail(
            f"{text!r} has letters with no email spelling ({', '.join(unknown)}); "
            "add them to email_transliteration in shared.json"
        )
    spelling = _ascii(text, keep, letters)
    if not spelling:
        node.fail(f"{text!r} has nothing to put in an email address")
    return text, spelling


def _words(node: _Node, letters: Mapping[int, str]) -> tuple[Word, ...]:
    # Hyphens stay: "Anna-Karin" becomes "anna-karin@...".
    return tuple(_word(item, text, letters, "-") for item, text in node.texts())


# --- phone numbers ---------------------------------------------------------------------

# The first random digit of some number ranges is restricted (e.g. a Danish
# "33 0x xx xx" does not exist): "N" stands for 1-9, "L" for 1-8, "#" for any.
_FIRST_DIGIT = {"#": (0, 9), "N": (1, 9), "L": (1, 8)}
_PHONE_CHARACTERS = re.compile(r"\+?[0-9 #NL-]+")
_DIGITS = re.compile("[0-9]+")


def _phone(node: _Node, shape: str) -> PhoneShape:
    if not _PHONE_CHARACTERS.fullmatch(shape):
        node.fail(
            f"phone shape {shape!r} may hold digits, spaces, '-', a leading '+' "
            "and the random digits '#', 'N' and 'L'"
        )
    slots = [i for i, ch in enumerate(shape) if ch in _FIRST_DIGIT]
    if not slots:
        node.fail(f"phone shape {shape!r} has no random digit ('#', 'N' or 'L')")
    if any(shape[i] != "#" for i in slots[1:]):
        node.fail(f"only the first random digit may be 'N' or 'L': {shape!r}")
    low, high = _FIRST_DIGIT[shape[slots[0]]]
    unit = 10 ** (len(slots) - 1)
    fmt = "".join("{}" if ch in _FIRST_DIGIT else ch for ch in shape)
    return fmt, low * unit, (high - low + 1) * unit, len(slots)


def _phones(node: _Node) -> tuple[PhoneShape, ...]:
    return tuple(_phone(item, shape) for item, shape in node.texts())


def _area_landlines(node: _Node, templates: tuple[tuple[_Node, str], ...]) -> list[PhoneShape]:
    """Every area with every digit allowed after it, in each of the country's shapes."""
    if not templates:
        node.fail("landline_areas needs landline_area_shapes in the country's file")
    shapes: list[PhoneShape] = []
    for item in node.items():
        fields = item.fields(("area", "next_digits"))
        area = fields["area"].text()
        digits = fields["next_digits"].text()
        if not (_DIGITS.fullmatch(area) and _DIGITS.fullmatch(digits)):
            item.fail("area and next_digits must be digits")
        for digit in digits:
            for template_node, template in templates:
                shapes.append(_phone(template_node, template.format(area=area, next_digit=digit)))
    return shapes


def _area_templates(node: _Node | None) -> tuple[tuple[_Node, str], ...]:
    if node is None:
        return ()
    templates = tuple(node.texts())
    for item, template in templates:
        if _placeholders(item, template, ("area", "next_digit"))[1] != {"area", "next_digit"}:
            item.fail(f"{template!r} must use both {{area}} and {{next_digit}}")
    return templates


def _placeholders(
    node: _Node, text: str, allowed: tuple[str, ...]
) -> tuple[list[str], set[str]]:
    """The literal pieces of a pattern and the ``{placeholders}`` it uses, all ``allowed``."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        node.fail(f"{text!r}: a brace is not closed or not opened")
    literals: list[str] = []
    names: set[str] = set()
    for literal, field, spec, conversion in parsed:
        # A doubled brace would come out as a single one, which the generator's
        # str.format would then read as a placeholder.
        if "{" in literal or "}" in literal:
            node.fail(f"{text!r}: braces are only for placeholders")
        literals.append(literal)
        if field is None:
            continue
        if field not in allowed or spec or conversion:
            expected = ", ".join(f"{{{name}}}" for name in allowed)
            node.fail(f"{text!r}: {{{field}}} is not one of {expected}")
        names.add(field)
    return literals, names


# --- places ----------------------------------------------------------------------------


def _postcodes(node: _Node) -> tuple[str, ...]:
    """A list of postcodes, or every one from ``first`` to ``last`` by ``step``."""
    if isinstance(node.value, list):
        return node.strings()
    fields = node.fields(("first", "last"), ("step",))
    first, last = fields["first"].text(), fields["last"].text()
    shape = re.sub("[0-9]", "#", first)
    if "#" not in shape or re.sub("[0-9]", "#", last) != shape:
        node.fail(f"first {first!r} and last {last!r} must be postcodes of the same shape")
    low, high = int(re.sub("[^0-9]", "", first)), int(re.sub("[^0-9]", "", last))
    step = fields["step"].integer(1) if "step" in fields else 1
    if high < low or (high - low) % step:
        node.fail(f"{last!r} cannot be reached from {first!r} in steps of {step}")
    fmt, width = shape.replace("#", "{}"), shape.count("#")
    return tuple(fmt.format(*f"{n:0{width}d}") for n in range(low, high + 1, step))


def _cities(
    node: _Node, letters: Mapping[int, str], area_templates: tuple[tuple[_Node, str], ...]
) -> tuple[City, ...]:
    cities: list[City] = []
    for item in node.items():
        fields = item.fields(
            ("name", "postcodes"), ("landlines", "landline_areas", "company_word", "weight")
        )
        name = fields["name"].text()
        if ("landlines" in fields) == ("landline_areas" in fields):
            item.fail("give either landlines or landline_areas")
        if "landlines" in fields:
            landlines = _phones(fields["landlines"])
        else:
            landlines = tuple(_area_landlines(fields["landline_areas"], area_templates))
        if "company_word" in fields:
            word_node, word = fields["company_word"], fields["company_word"].text()
        else:
            word_node, word = fields["name"], name.split(" ")[0]
        # A company word goes into a domain, where the generator adds no hyphen.
        company_word = _word(word_node, word, letters, "")
        city = City(name, _postcodes(fields["postcodes"]), company_word, landlines)
        cities += [city] * _weight(fields)
    return tuple(cities)


# --- organisation numbers --------------------------------------------------------------


def _org_rule(node: _Node) -> OrgRule:
    fields = node.fields(("leads", "check_digit"), ("weights",))
    leads = fields["leads"].texts()
    width = len(leads[0][1])
    for item, lead in leads:
        if not (_DIGITS.fullmatch(lead) and len(lead) == width):
            item.fail(f"leads must be digits, all as long as the first ({width})")
    # Lead, six random digits, then the check digit.
    payload = width + 6
    method = fields["check_digit"].text()
    contribution: Callable[[int, int], int]
    if method == "luhn":
        if "weights" in fields:
            fields["weights"].fail("the Luhn check digit has no weights")
        contribution, modulus = functools.partial(_luhn, payload), 10
    elif method == "mod11":
        if "weights" not in fields:
            node.fail("the mod11 check digit needs weights")
        weights_node = fields["weights"]
        weights = [item.integer(0) for item in weights_node.items()]
        if len(weights) != payload:
            weights_node.fail(f"expected {payload} weights, one per digit before the check digit")
        contribution, modulus = functools.partial(_weighted, tuple(weights)), 11
    else:
        fields["check_digit"].fail(f"expected 'luhn' or 'mod11', not {method!r}")

    def table(start: int) -> tuple[int, ...]:
        return tuple(
            sum(contribution(start + i, int(d)) for i, d in enumerate(f"{x:03d}"))
            for x in range(1000)
        )

    lead_sums = tuple(
        (lead, sum(contribution(i, int(d)) for i, d in enumerate(lead))) for _, lead in leads
    )
    return OrgRule(lead_sums, table(width), table(width + 3), modulus)


def _weighted(weights: tuple[int, ...], position: int, digit: int) -> int:
    return weights[position] * digit


def _luhn(payload: int, position: int, digit: int) -> int:
    # Digits an odd distance left of the check digit are doubled.
    if (payload - position) % 2 == 0:
        return digit
    doubled = 2 * digit
    return doubled - 9 if doubled > 9 else doubled


# --- countries -------------------------------------------------------------------------

_COMPANY_FIELDS = {"surname": "{0}", "place": "{0}", "trade": "{1}", "form": "{2}"}
_DOMAIN_TEXT = re.compile("[a-z0-9-]*")


def _company_name(node: _Node) -> tuple[CompanyName, int]:
    """``{surname}``/``{place}``, ``{trade}``, ``{form}`` become the generator's ``{0}``-``{2}``."""
    fields = node.fields(("name", "domain"), ("weight",))
    name, domain = fields["name"].text(), fields["domain"].text()
    in_name = _placeholders(fields["name"], name, ("surname", "place", "trade", "form"))[1]
    # The generator fills a domain with the surname or place and the trade only.
    literals, in_domain = _placeholders(fields["domain"], domain, ("surname", "place", "trade"))
    if not all(_DOMAIN_TEXT.fullmatch(literal) for literal in literals):
        fields["domain"].fail(f"{domain!r}: a domain may only hold a-z, 0-9 and '-'")
    used = in_name | in_domain
    if {"surname", "place"} <= used:
        node.fail("use either {surname} or {place}, not both")
    return (
        CompanyName(
            name.format(**_COMPANY_FIELDS), domain.format(**_COMPANY_FIELDS), "place" in used
        ),
        _weight(fields),
    )


def _country(node: _Node, code: str, letters: Mapping[int, str]) -> Country:
    fields = node.fields(
        (
            "tld", "first_names", "last_names", "trades", "legal_forms", "company_names",
            "org_numbers", "cities", "streets", "house_suffixes", "mobiles", "mail_providers",
            "postbox", "care_of",
        ),
        ("landline_area_shapes",),
    )
    tld = fields["tld"].text()
    if not re.fullmatch("[a-z]{2,}", tld):
        fields["tld"].fail(f"{tld!r} is not a top-level domain such as 'se'")
    for item, provider in fields["mail_providers"].texts():
        if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", provider):
            item.fail(f"{provider!r} is not a mail domain such as 'gmail.com'")
    company_names = [_company_name(item) for item in fields["company_names"].items()]
    return Country(
        code=code,
        tld=tld,
        first_names=_words(fields["first_names"], letters),
        last_names=_words(fields["last_names"], letters),
        trades=_words(fields["trades"], letters),
        legal_forms=fields["legal_forms"].strings(),
        company_names=tuple(shape for shape, weight in company_names for _ in range(weight)),
        cities=_cities(
            fields["cities"], letters, _area_templates(fields.get("landline_area_shapes"))
        ),
        streets=fields["streets"].strings(),
        house_suffixes=fields["house_suffixes"].strings(empty=True),
        mobiles=_phones(fields["mobiles"]),
        mail_providers=fields["mail_providers"].strings(),
        org_numbers=_org_rule(fields["org_numbers"]),
        postbox=fields["postbox"].text(),
        care_of=fields["care_of"].text(),
    )
