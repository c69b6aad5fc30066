"""Made-up Nordic customer accounts for demonstrations, manual testing and benchmarks.

The records look like what an operator would type for real Swedish, Danish,
Norwegian and Finnish customers, and every one passes
:func:`custadmin.domain.accounts.validate_new_account`. Because the benchmark
asks for a million of them, all word lists, postcodes, phone shapes and
checksum contributions are prepared once at import and each record costs only
a handful of table look-ups; nothing is validated while generating.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from custadmin.domain.accounts import AccountInput, ContactInput, NewAccount
from custadmin.domain.portal import ServiceType

__all__ = ["generate_demo_accounts"]

#: A word as shown, and its lower-case ASCII form for email addresses.
_Word = tuple[str, str]

_ASCII = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "æ": "ae", "ø": "o", "ü": "u", "é": "e", "è": "e"}
)


def _ascii(text: str, keep: str) -> str:
    lowered = text.lower().translate(_ASCII)
    return "".join(ch for ch in lowered if ("a" <= ch <= "z") or ch.isdigit() or ch in keep)


def _words(text: str, *, keep: str = "-") -> tuple[_Word, ...]:
    """Comma-separated words with their email forms (``keep``: punctuation to retain)."""
    items = [item.strip() for item in text.split(",")]
    return tuple((item, _ascii(item, keep)) for item in items if item)


def _plain(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


# --- phone numbers ---------------------------------------------------------

#: (format string, lowest value, number of values, digit count) of the random part.
_PhoneShape = tuple[str, int, int, int]

# The first random digit of some number ranges is restricted (e.g. a Danish
# "33 0x xx xx" does not exist): "N" stands for 1-9, "L" for 1-8, "#" for any.
_FIRST_DIGIT = {"#": (0, 9), "N": (1, 9), "L": (1, 8)}


def _phone(shape: str) -> _PhoneShape:
    slots = [i for i, ch in enumerate(shape) if ch in _FIRST_DIGIT]
    if any(shape[i] != "#" for i in slots[1:]):
        raise ValueError(f"only the first random digit may be restricted: {shape!r}")
    low, high = _FIRST_DIGIT[shape[slots[0]]]
    unit = 10 ** (len(slots) - 1)
    fmt = "".join("{}" if ch in _FIRST_DIGIT else ch for ch in shape)
    return fmt, low * unit, (high - low + 1) * unit, len(slots)


def _phones(*shapes: str) -> tuple[_PhoneShape, ...]:
    return tuple(_phone(shape) for shape in shapes)


# --- organisation numbers ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _OrgRule:
    """Organisation numbers as lead + six random digits + check digit.

    The checksum of every scheme is a sum of per-position digit contributions,
    so the contributions of each three-digit half of the random part are
    tabulated once; a record then needs two look-ups instead of a digit loop.
    """

    leads: tuple[tuple[str, int], ...]
    high: tuple[int, ...]
    low: tuple[int, ...]
    modulus: int


def _org_rule(
    leads: Sequence[str], contribution: Callable[[int, int], int], modulus: int
) -> _OrgRule:
    width = len(leads[0])

    def table(start: int) -> tuple[int, ...]:
        return tuple(
            sum(contribution(start + i, int(d)) for i, d in enumerate(f"{x:03d}"))
            for x in range(1000)
        )

    lead_sums = tuple(
        (lead, sum(contribution(i, int(d)) for i, d in enumerate(lead))) for lead in leads
    )
    return _OrgRule(lead_sums, table(width), table(width + 3), modulus)


def _weighted(weights: Sequence[int]) -> Callable[[int, int], int]:
    return lambda position, digit: weights[position] * digit


def _luhn(position: int, digit: int) -> int:
    # Ten digits in all: the payload digits at even positions sit an odd
    # distance left of the check digit and are therefore doubled.
    if position % 2:
        return digit
    doubled = 2 * digit
    return doubled - 9 if doubled > 9 else doubled


# Swedish "556"/"559" are limited companies (aktiebolag); their third and
# fourth digits are >= 20, as a legal entity's must be.
_SE_ORG = _org_rule(("556", "556", "556", "559", "559"), _luhn, 10)
# A CVR number never starts with 0.
_DK_ORG = _org_rule(("1", "2", "3", "3", "4", "4"), _weighted((2, 7, 6, 5, 4, 3, 2)), 11)
# Norwegian organisation numbers start with 8 or 9.
_NO_ORG = _org_rule(
    ("81", "88", "91", "92", "97", "98", "99"), _weighted((3, 2, 7, 6, 5, 4, 3, 2)), 11
)
_FI_ORG = _org_rule(("0", "1", "2", "2", "2", "3", "3"), _weighted((7, 9, 10, 5, 8, 4, 2)), 11)


# --- places ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    postcodes: tuple[str, ...]
    #: The city as the first word of a company name ("Tampereen Sähkö Oy").
    company_word: _Word
    landlines: tuple[_PhoneShape, ...]


def _city(
    name: str,
    postcodes: Sequence[str],
    landlines: Sequence[str],
    company_word: str | None = None,
) -> _City:
    word = company_word or name.split(" ")[0]
    return _City(name, tuple(postcodes), (word, _ascii(word, "")), _phones(*landlines))


def _se(name: str, first: int, last: int, *landlines: str) -> _City:
    codes = [f"{n // 100:03d} {n % 100:02d}" for n in range(first, last + 1)]
    return _city(name, codes, landlines)


def _area(code: str) -> tuple[str, str]:
    return f"{code}-## ## ##", f"{code}-### ## ##"


def _fi(name: str, first: int, last: int, area: str, genitive: str) -> _City:
    # Finnish postcodes mostly end in 0; using only those keeps them plausible.
    codes = [f"{n:05d}" for n in range(first, last + 1, 10)]
    subscriber = "L## ####" if len(area) == 2 else "L## ###"
    return _city(name, codes, (f"{area} {subscriber}", f"{area}-{subscriber}"), genitive)


def _no(name: str, first: int, last: int, area: str) -> _City:
    codes = [f"{n:04d}" for n in range(first, last + 1)]
    return _city(name, codes, (f"{area} ## ## ##", f"{area}######"))


def _dk(name: str, postcodes: str, *areas: str, company_word: str | None = None) -> _City:
    """``areas``: "33", or "35:123458" where only some third digits are in use."""
    shapes = []
    for area in areas:
        prefix, _, thirds = area.partition(":")
        for third in thirds or "123456789":
            shapes += [f"{prefix} {third}# ## ##", f"{prefix}{third}#####"]
    return _city(name, postcodes.split(), shapes, company_word)


def _repeat(pairs: Sequence[tuple[_City, int]]) -> tuple[_City, ...]:
    """Cities repeated by weight, so a uniform pick favours the big ones."""
    return tuple(city for city, weight in pairs for _ in range(weight))


# --- countries -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A company name shape: ``{0}`` surname or place, ``{1}`` trade, ``{2}`` legal form."""

    name: str
    domain: str
    by_place: bool


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    tld: str
    first_names: tuple[_Word, ...]
    last_names: tuple[_Word, ...]
    trades: tuple[_Word, ...]
    legal_forms: tuple[str, ...]
    patterns: tuple[_Pattern, ...]
    cities: tuple[_City, ...]
    streets: tuple[str, ...]
    house_suffixes: tuple[str, ...]
    mobiles: tuple[_PhoneShape, ...]
    mail_providers: tuple[str, ...]
    org: _OrgRule
    postbox: str
    care_of: str


_SWEDEN = _Country(
    code="SE",
    tld="se",
    first_names=_words(
        "Anna, Eva, Maria, Karin, Sara, Lena, Kerstin, Emma, Ingrid, Linnéa, Åsa, Malin, "
        "Annika, Sofia, Elin, Birgitta, Ulrika, Anna-Karin, Märta, Erik, Lars, Karl, Anders, "
        "Johan, Per, Nils, Mikael, Jan, Hans, Peter, Fredrik, Björn, Magnus, Oskar, Gustav, "
        "Mattias, Stefan, Jörgen, Håkan, Göran, Åke, Sven-Erik"
    ),
    last_names=_words(
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, "
        "Svensson, Gustafsson, Pettersson, Jonsson, Lindberg, Lindström, Bergström, "
        "Lundqvist, Sjöberg, Åberg, Holmström, Ström, Öberg, Nyström, Forsberg, Sandberg, "
        "Engström, Hedlund, Sundström, Bergkvist, Lindgren, Ekström, Wikström, Söderberg, "
        "Björk, Hägglund, Löfgren, Åström"
    ),
    trades=_words(
        "Bygg, Måleri, El, VVS, Rör, Plåt, Transport, Konsult, Redovisning, Fastigheter, "
        "Mekaniska, Snickeri, Trädgård, Städ, Åkeri, Data, Golv, Entreprenad, Glas, Bil"
    ),
    legal_forms=("AB",),
    patterns=(
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=False),
        _Pattern("{0}s {1} {2}", "{0}s{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=True),
        _Pattern("{1} i {0} {2}", "{1}i{0}", by_place=True),
    ),
    cities=_repeat(
        (
            (_se("Stockholm", 11120, 11869, "08-### ## ##", "08-### ### ##", "08-## ## ##"), 6),
            (_se("Göteborg", 41101, 41879, *_area("031")), 4),
            (_se("Malmö", 21115, 21774, *_area("040")), 3),
            (_se("Uppsala", 75219, 75759, *_area("018")), 2),
            (_se("Västerås", 72210, 72591, *_area("021")), 1),
            (_se("Örebro", 70210, 70375, *_area("019")), 1),
            (_se("Linköping", 58222, 58937, *_area("013")), 1),
            (_se("Helsingborg", 25221, 25669, *_area("042")), 1),
            (_se("Jönköping", 55302, 55628, *_area("036")), 1),
            (_se("Norrköping", 60202, 60379, *_area("011")), 1),
            (_se("Lund", 22220, 22759, *_area("046")), 1),
            # Umeå's 090 numbers never continue with 0.
            (_se("Umeå", 90325, 90750, "090-N# ## ##", "090-N## ## ##"), 1),
            (_se("Gävle", 80250, 80648, *_area("026")), 1),
            (_se("Borås", 50330, 50764, *_area("033")), 1),
            (_se("Sundsvall", 85230, 85750, *_area("060")), 1),
            (_se("Luleå", 97231, 97754, "0920-## ## ##", "0920-### ##"), 1),
            (_se("Karlstad", 65220, 65637, *_area("054")), 1),
            (_se("Växjö", 35230, 35596, "0470-## ## ##", "0470-### ##"), 1),
            (_se("Östersund", 83130, 83499, *_area("063")), 1),
            (_se("Kiruna", 98130, 98146, "0980-## ## ##", "0980-### ##"), 1),
            (_se("Eskilstuna", 63220, 63553, *_area("016")), 1),
        )
    ),
    streets=_plain(
        "Storgatan, Drottninggatan, Kungsgatan, Järnvägsgatan, Skolgatan, Kyrkogatan, "
        "Parkvägen, Industrivägen, Björkvägen, Hamngatan, Västra Långgatan, Ringvägen, "
        "Södra vägen, Östra Storgatan, Tallvägen, Ekvägen, Granvägen, Nygatan, "
        "Trädgårdsgatan, Bangårdsgatan, Verkstadsgatan, Fabriksgatan, Åsgatan, Hantverkargatan"
    ),
    house_suffixes=("",) * 16 + ("A", "B", "C", " A", " B"),
    mobiles=_phones(
        *(f"07{d}-### ## ##" for d in "02369"),
        *(f"07{d}-### ## ##" for d in "0236"),
        *(f"07{d} ### ## ##" for d in "0236"),
        "070#######", "073#######",
        "+46 70 ### ## ##", "+46 73 ### ## ##",
    ),
    mail_providers=_plain(
        "gmail.com, gmail.com, gmail.com, hotmail.com, hotmail.com, outlook.com, telia.com, "
        "icloud.com, live.se, yahoo.se, bredband.net"
    ),
    org=_SE_ORG,
    postbox="Box",
    care_of="c/o",
)

_DK_MOBILE = _plain(
    "20, 21, 22, 23, 24, 25, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91, 92, 93"
)

_DENMARK = _Country(
    code="DK",
    tld="dk",
    first_names=_words(
        "Mette, Hanne, Anne, Kirsten, Susanne, Lene, Camilla, Louise, Maja, Sofie, Ida, "
        "Freja, Bodil, Birgitte, Signe, Trine, Jens, Søren, Lars, Henrik, Niels, Morten, "
        "Rasmus, Mads, Anders, Thomas, Jesper, Christian, Frederik, Mikkel, Bjørn, Jørgen, "
        "Poul, Ole, Kasper, Bent, Anne-Mette"
    ),
    last_names=_words(
        "Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, "
        "Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, "
        "Johansen, Møller, Mortensen, Knudsen, Jakobsen, Lauridsen, Frederiksen, Holm, "
        "Schmidt, Kjær, Dahl, Bech, Lund, Østergaard, Søgaard, Thygesen, Nørgaard, Bæk, Skov"
    ),
    trades=_words(
        "Tømrer, Tømrerfirma, Murerfirma, VVS, El-service, Malerfirma, Anlæg, Transport, "
        "Rådgivning, Ejendomme, Auto, Køleteknik, Smedie, Revision, Entreprise, Tagdækning, "
        "Kloakservice, Rengøring, Bogføring, Glarmester"
    ),
    legal_forms=("ApS", "ApS", "ApS", "A/S"),
    patterns=(
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}-{1}", by_place=False),
        _Pattern("{0}s {1} {2}", "{0}s{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=True),
    ),
    cities=_repeat(
        (
            (_dk("København K", "1050 1055 1060 1100 1120 1150 1200 1250 1300 1350 1401 1450",
                 "33", company_word="København"), 3),
            (_dk("København V", "1550 1560 1606 1620 1650 1700 1720 1750 1799", "33",
                 company_word="København"), 2),
            (_dk("København Ø", "2100", "35:123458", "39:12345679", company_word="Østerbro"), 1),
            (_dk("København N", "2200", "35:123458", company_word="Nørrebro"), 1),
            (_dk("København S", "2300", "32", company_word="Amager"), 1),
            (_dk("Frederiksberg", "2000", "33", "38:12345678"), 1),
            (_dk("Valby", "2500", "36:134789"), 1),
            (_dk("Kongens Lyngby", "2800", "45", company_word="Lyngby"), 1),
            (_dk("Hellerup", "2900", "39:12345679"), 1),
            (_dk("Aarhus C", "8000", "86", "87"), 3),
            (_dk("Aarhus N", "8200", "86", "87"), 1),
            (_dk("Viby J", "8260", "86", "87"), 1),
            (_dk("Odense C", "5000", "65", "66:1689"), 2),
            (_dk("Odense SØ", "5220", "65"), 1),
            (_dk("Aalborg", "9000", "98", "96"), 2),
            (_dk("Esbjerg", "6700", "75"), 1),
            (_dk("Randers C", "8900", "86", "87"), 1),
            (_dk("Kolding", "6000", "75", "76"), 1),
            (_dk("Horsens", "8700", "75", "76"), 1),
            (_dk("Vejle", "7100", "75", "76"), 1),
            (_dk("Roskilde", "4000", "46:134579"), 1),
            (_dk("Herning", "7400", "97"), 1),
            (_dk("Silkeborg", "8600", "86", "87"), 1),
            (_dk("Næstved", "4700", "55:345789"), 1),
            (_dk("Fredericia", "7000", "75", "76"), 1),
            (_dk("Viborg", "8800", "86", "87"), 1),
            (_dk("Køge", "4600", "56"), 1),
            (_dk("Hillerød", "3400", "48:12347"), 1),
            (_dk("Helsingør", "3000", "49:127"), 1),
            (_dk("Svendborg", "5700", "62:123468"), 1),
            (_dk("Hjørring", "9800", "98", "96"), 1),
            (_dk("Sønderborg", "6400", "74"), 1),
            (_dk("Rønne", "3700", "56"), 1),
        )
    ),
    streets=_plain(
        "Vestergade, Nørregade, Østergade, Søndergade, Algade, Jernbanegade, Havnegade, "
        "Strandvejen, Industrivej, Skovvej, Kirkevej, Bredgade, Nørrebrogade, Vesterbrogade, "
        "Åboulevarden, Grønnegade, Møllevej, Engvej, Byagervej, Håndværkervej, Rosenvænget, "
        "Ryesgade"
    ),
    house_suffixes=("",) * 12
    + (", st.", ", st. tv.", ", 1. th.", ", 1. tv.", ", 2. th.", ", 2. tv.", ", 3. th.",
       ", 4. mf.", "A", "B"),
    mobiles=_phones(
        # Most mobile ranges leave out a 0 in the third digit; 26-28 use every one.
        *(f"{p} N# ## ##" for p in _DK_MOBILE),
        *(f"{p} ## ## ##" for p in ("26", "27", "28")),
        *(f"{p}N#####" for p in _DK_MOBILE[::3]),
        *(f"+45 {p} N# ## ##" for p in _DK_MOBILE[::4]),
        *(f"{p}N# ####" for p in _DK_MOBILE[::5]),
    ),
    mail_providers=_plain(
        "gmail.com, gmail.com, gmail.com, hotmail.com, hotmail.com, outlook.dk, mail.dk, "
        "yahoo.dk, live.dk, icloud.com, jubii.dk"
    ),
    org=_DK_ORG,
    postbox="Postboks",
    care_of="c/o",
)

_NORWAY = _Country(
    code="NO",
    tld="no",
    first_names=_words(
        "Ingrid, Kari, Solveig, Marit, Hilde, Ragnhild, Silje, Ingeborg, Nora, Emma, Tone, "
        "Astrid, Sigrid, Liv, Bjørg, Åse, Gro, Ole, Lars, Per, Knut, Kjell, Arne, Jan, Bjørn, "
        "Svein, Terje, Geir, Trond, Håkon, Magnus, Sindre, Eirik, Øyvind, Stian, Tor, "
        "Jon-Erik, Anne-Lise"
    ),
    last_names=_words(
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, "
        "Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, "
        "Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Strand, Bakken, "
        "Moen, Solberg, Haugland, Lie, Nygård, Løken, Sæther, Aasen, Hovland, Bråthen, Myhre"
    ),
    trades=_words(
        "Elektro, Bygg, Rør, Maskin, Transport, Regnskap, Eiendom, Snekkeri, Maling, "
        "Båtservice, Sjømat, Anlegg, Tak, Ventilasjon, Entreprenør, Bilservice, Renhold, "
        "Rådgivning, Murmester, Grønt"
    ),
    legal_forms=("AS",),
    patterns=(
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}-{1}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=True),
    ),
    cities=_repeat(
        (
            (_no("Oslo", 150, 1295, "22"), 3),
            (_no("Oslo", 150, 1295, "23"), 2),
            (_no("Bergen", 5003, 5098, "55"), 3),
            (_no("Trondheim", 7010, 7099, "73"), 2),
            (_no("Stavanger", 4005, 4099, "51"), 2),
            (_no("Drammen", 3001, 3050, "32"), 1),
            (_no("Fredrikstad", 1601, 1639, "69"), 1),
            (_no("Kristiansand", 4601, 4639, "38"), 1),
            (_no("Sandnes", 4301, 4329, "51"), 1),
            (_no("Tromsø", 9006, 9020, "77"), 1),
            (_no("Sarpsborg", 1701, 1747, "69"), 1),
            (_no("Skien", 3701, 3744, "35"), 1),
            (_no("Ålesund", 6001, 6030, "70"), 1),
            (_no("Bodø", 8001, 8050, "75"), 1),
            (_no("Hamar", 2301, 2326, "62"), 1),
            (_no("Lillehammer", 2609, 2630, "61"), 1),
            (_no("Haugesund", 5501, 5545, "52"), 1),
            (_no("Molde", 6401, 6429, "71"), 1),
            (_no("Tønsberg", 3101, 3128, "33"), 1),
            (_no("Gjøvik", 2815, 2830, "61"), 1),
        )
    ),
    streets=_plain(
        "Storgata, Kirkegata, Strandveien, Industriveien, Skolegata, Kongens gate, "
        "Dronningens gate, Havnegata, Sjøgata, Fjordveien, Bjørkveien, Granveien, "
        "Nedre Storgate, Torggata, Hovedveien, Møllergata, Sandakerveien, Tollbugata, "
        "Løkkeveien, Ringveien"
    ),
    house_suffixes=("",) * 14 + (" A", " B", " C", "A", "B"),
    mobiles=_phones(
        *(f"{p}# ## ###" for p in ("40", "41", "46", "47", "48", "90", "91", "92", "93", "95",
                                    "97", "98", "99")),
        "41######", "46######", "9#######", "+47 9## ## ###", "+47 41# ## ###",
        "9## ## ###",
    ),
    mail_providers=_plain(
        "gmail.com, gmail.com, gmail.com, hotmail.com, hotmail.com, online.no, outlook.com, "
        "icloud.com, live.no, yahoo.no, getmail.no"
    ),
    org=_NO_ORG,
    postbox="Postboks",
    care_of="c/o",
)

_FINLAND = _Country(
    code="FI",
    tld="fi",
    first_names=_words(
        "Anna, Maria, Tuula, Päivi, Anne, Ritva, Liisa, Sari, Minna, Aino, Helmi, Eveliina, "
        "Johanna, Laura, Kaisa, Sanna, Hanna-Mari, Juha, Timo, Matti, Kari, Mikko, Antti, "
        "Jukka, Markku, Pekka, Mika, Heikki, Ville, Jari, Lauri, Eino, Väinö, Jyrki, Tuomas, "
        "Sami, Jussi"
    ),
    last_names=_words(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, "
        "Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, "
        "Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, "
        "Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kärkkäinen, Väisänen"
    ),
    trades=_words(
        "Rakennus, Sähkö, Kuljetus, Putki, Maalaus, Konepaja, Tilitoimisto, Kiinteistöt, "
        "Metalli, Puutarha, Autokorjaamo, Siivous, Rakennuspalvelu, Kattotyö, LVI, "
        "Puusepänliike, Konsultointi, Lattia, Kone, Saneeraus"
    ),
    legal_forms=("Oy",),
    patterns=(
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=False),
        _Pattern("{1} {0} {2}", "{1}{0}", by_place=False),
        _Pattern("{0} {1} {2}", "{0}{1}", by_place=True),
    ),
    cities=_repeat(
        (
            (_fi("Helsinki", 100, 990, "09", "Helsingin"), 5),
            (_fi("Espoo", 2100, 2940, "09", "Espoon"), 2),
            (_fi("Vantaa", 1300, 1770, "09", "Vantaan"), 2),
            (_fi("Tampere", 33100, 33960, "03", "Tampereen"), 3),
            (_fi("Turku", 20100, 20960, "02", "Turun"), 2),
            (_fi("Oulu", 90100, 90650, "08", "Oulun"), 2),
            (_fi("Jyväskylä", 40100, 40950, "014", "Jyväskylän"), 1),
            (_fi("Lahti", 15100, 15950, "03", "Lahden"), 1),
            (_fi("Kuopio", 70100, 70950, "017", "Kuopion"), 1),
            (_fi("Pori", 28100, 28900, "02", "Porin"), 1),
            (_fi("Joensuu", 80100, 80330, "013", "Joensuun"), 1),
            (_fi("Lappeenranta", 53100, 53920, "05", "Lappeenrannan"), 1),
            (_fi("Hämeenlinna", 13100, 13720, "03", "Hämeenlinnan"), 1),
            (_fi("Vaasa", 65100, 65380, "06", "Vaasan"), 1),
            (_fi("Rovaniemi", 96100, 96930, "016", "Rovaniemen"), 1),
            (_fi("Seinäjoki", 60100, 60800, "06", "Seinäjoen"), 1),
            (_fi("Kouvola", 45100, 45910, "05", "Kouvolan"), 1),
        )
    ),
    streets=_plain(
        "Mannerheimintie, Hämeenkatu, Kauppakatu, Rautatienkatu, Kirkkokatu, Teollisuustie, "
        "Koulukatu, Satamakatu, Puistokatu, Aleksanterinkatu, Itäinen Pitkäkatu, Koivukuja, "
        "Mäntytie, Kalevankatu, Yliopistonkatu, Asemakatu, Torikatu, Pajatie, Sepänkatu, "
        "Kuusitie, Rantatie, Myllytie"
    ),
    # Finnish flats add staircase and flat number ("Koulukatu 12 B 34").
    house_suffixes=("",) * 60 + tuple(f" {s} {n}" for s in "ABC" for n in range(1, 21)),
    mobiles=_phones(
        *(f"0{p} ### ####" for p in ("40", "40", "41", "44", "45", "46", "50", "50")),
        "040-### ####", "050-### ####", "040#######", "050#######", "+358 40 ### ####",
        "+358 50 ### ####",
    ),
    mail_providers=_plain(
        "gmail.com, gmail.com, gmail.com, hotmail.com, hotmail.com, outlook.com, luukku.com, "
        "suomi24.fi, elisanet.fi, kolumbus.fi, icloud.com"
    ),
    org=_FI_ORG,
    postbox="PL",
    care_of="c/o",
)

# Twenty slots in the proportions asked for: SE 40 %, DK 25 %, NO 20 %, FI 15 %.
_COUNTRY_DRAW: tuple[_Country, ...] = (
    (_SWEDEN,) * 8 + (_DENMARK,) * 5 + (_NORWAY,) * 4 + (_FINLAND,) * 3
)

_PRIVATE_SHARE = 0.10
_FAMILY_FIRM_SHARE = 0.35
_LANDLINE_SHARE = 0.35
_ADDRESS_LINE2_SHARE = 0.08
_BIRTH_YEARS = tuple(f"{y % 100:02d}" for y in range(1950, 2006))


def _org_number(country: _Country, r: Callable[[], float]) -> str:
    rule = country.org
    leads = rule.leads
    while True:
        lead, lead_sum = leads[int(r() * len(leads))]
        body = int(r() * 1_000_000)
        check = -(lead_sum + rule.high[body // 1000] + rule.low[body % 1000]) % rule.modulus
        # A mod-11 remainder of 10 has no digit, and a zero body could make
        # the number all zeros: draw another base in either case.
        if check < 10 and body:
            break
    digits = f"{lead}{body:06d}{check}"
    code = country.code
    if code == "SE":
        return f"{digits[:6]}-{digits[6:]}"
    if code == "FI":
        return f"{digits[:7]}-{digits[7:]}"
    if code == "NO" and r() < 0.3:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits


def _phone_number(shapes: tuple[_PhoneShape, ...], r: Callable[[], float]) -> str:
    fmt, low, span, width = shapes[int(r() * len(shapes))]
    return fmt.format(*str(low + int(r() * span)).zfill(width))


def _service_type(seq: int, private: bool) -> str:
    """Mostly web hosting; some agency and managed-server customers (R10).

    Taken from the sequence number, not the random stream, so that adding it
    changed none of the other generated values.
    """
    if private:
        return ServiceType.WEB_HOSTING.value
    return (ServiceType.WEB_HOSTING, ServiceType.WEB_HOSTING, ServiceType.WEB_HOSTING,
            ServiceType.AGENCY, ServiceType.MANAGED_SERVER)[seq % 5].value


def generate_demo_accounts(count: int, seed: int = 1) -> Iterator[NewAccount]:
    """``count`` made-up accounts with their main contacts, the same for the same seed.

    Emails are unique across the whole sequence (later features use them as
    user names): the first time an address comes up it is used as is, a
    repeat gets ``.<sequence number>`` appended to its local part. Addresses
    made up otherwise never end in a dot and digits, so the two kinds cannot
    meet.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    r = random.Random(seed).random
    draw = _COUNTRY_DRAW
    draws = len(draw)
    seen: set[str] = set()
    for seq in range(1, count + 1):
        c = draw[int(r() * draws)]
        first, first_ascii = c.first_names[int(r() * len(c.first_names))]
        last, last_ascii = c.last_names[int(r() * len(c.last_names))]
        city = c.cities[int(r() * len(c.cities))]
        private = r() < _PRIVATE_SHARE

        if private:
            name = organisation = org_number = ""
            style = r()
            if style < 0.45:
                local = f"{first_ascii}.{last_ascii}"
            elif style < 0.60:
                local = f"{first_ascii}{last_ascii}"
            elif style < 0.85:
                local = f"{first_ascii}.{last_ascii}{_BIRTH_YEARS[int(r() * len(_BIRTH_YEARS))]}"
            else:
                local = f"{first_ascii[0]}{last_ascii}"
            domain = c.mail_providers[int(r() * len(c.mail_providers))]
        else:
            pattern = c.patterns[int(r() * len(c.patterns))]
            trade, trade_ascii = c.trades[int(r() * len(c.trades))]
            if pattern.by_place:
                base, base_ascii = city.company_word
            else:
                base, base_ascii = c.last_names[int(r() * len(c.last_names))]
                if r() < _FAMILY_FIRM_SHARE:
                    last, last_ascii = base, base_ascii
            form = c.legal_forms[int(r() * len(c.legal_forms))]
            name = organisation = pattern.name.format(base, trade, form)
            # Trade names such as "El-service" keep their hyphen on screen only.
            domain = (
                pattern.domain.format(base_ascii, trade_ascii.replace("-", "")) + "." + c.tld
            )
            org_number = _org_number(c, r)
            style = r()
            if style < 0.6:
                local = f"{first_ascii}.{last_ascii}"
            elif style < 0.85:
                local = first_ascii
            else:
                local = f"{first_ascii[0]}.{last_ascii}"

        email = f"{local}@{domain}"
        if email in seen:
            email = f"{local}.{seq}@{domain}"
        else:
            seen.add(email)

        number = 1 + int(r() ** 2 * 140)
        line1 = f"{c.streets[int(r() * len(c.streets))]} {number}" + c.house_suffixes[
            int(r() * len(c.house_suffixes))
        ]
        line2 = ""
        if r() < _ADDRESS_LINE2_SHARE:
            if private:
                other = c.last_names[int(r() * len(c.last_names))][0]
                line2 = (
                    f"Lgh {1001 + int(r() * 5) * 100 + int(r() * 4)}"
                    if c.code == "SE" and r() < 0.5
                    else f"{c.care_of} {other}"
                )
            else:
                line2 = f"{c.postbox} {10 + int(r() * 9990)}"

        phones = city.landlines if r() < _LANDLINE_SHARE else c.mobiles
        yield NewAccount(
            account=AccountInput(
                name=name or f"{first} {last}", country=c.code, org_number=org_number,
                service_type=_service_type(seq, private),
            ),
            main_contact=ContactInput(
                first_name=first,
                last_name=last,
                organisation_name=organisation,
                email=email,
                phone=_phone_number(phones, r),
                address_line1=line1,
                address_line2=line2,
                postcode=city.postcodes[int(r() * len(city.postcodes))],
                city=city.name,
                country=c.code,
            ),
        )
