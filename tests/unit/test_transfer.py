"""Import/export rules: header guessing, mapping, CWE-1236 escaping, one account's rows."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custadmin.domain.text import clean_text
from custadmin.domain.transfer import (
    FIELD_LABELS,
    FIELDS,
    ImportField,
    MappingError,
    SourceRow,
    apply_mapping,
    duplicate_org_numbers,
    escape_cell,
    group_rows,
    guess_mapping,
    missing_fields,
    parse_flag,
    parse_mapping_spec,
    repeated_hashes,
    row_values,
    stored_duplicate,
    unescape_cell,
    validate_account_rows,
)

F = ImportField

GOOD: dict[ImportField, str] = {
    F.ACCOUNT_REF: "", F.MAIN_CONTACT: "", F.ACCOUNT_NAME: "Hägg Bygg AB", F.COUNTRY: "SE",
    F.ORG_NUMBER: "556036-0793", F.PEPPOL_ID: "", F.SERVICE_TYPE: "", F.FIRST_NAME: "Anna",
    F.LAST_NAME: "Lind", F.ORGANISATION_NAME: "", F.EMAIL: "anna@hagg.se",
    F.PHONE: "070-123 45 67", F.ADDRESS_LINE1: "Storgatan 1", F.ADDRESS_LINE2: "",
    F.POSTCODE: "111 22", F.CITY: "Stockholm", F.CONTACT_COUNTRY: "",
}


def row(line: int, **changes: str) -> SourceRow:
    values = {**GOOD, **{F(k): v for k, v in changes.items()}}
    return SourceRow(line, tuple(values[f] for f in FIELDS))


# --- control characters (text.py) -------------------------------------------


def test_control_character_check_is_exactly_unicode_category_cc() -> None:
    # clean_text uses a regex for speed; it must refuse exactly category Cc.
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        is_cc = unicodedata.category(ch) == "Cc"
        if is_cc or code < 0x300:
            try:
                clean_text("f", f"a{ch}b", required=True, max_length=10)
                refused = False
            except Exception:
                refused = True
            assert refused == is_cc, hex(code)


# --- headers and mapping ------------------------------------------------------


@pytest.mark.parametrize(("header", "field"), [
    ("E-post", F.EMAIL), ("e post", F.EMAIL), ("EMAIL ADDRESS", F.EMAIL),
    ("Förnamn", F.FIRST_NAME), ("FORNAMN", F.FIRST_NAME), ("Fornavn", F.FIRST_NAME),
    ("Efternamn", F.LAST_NAME), ("Etternavn", F.LAST_NAME), ("Efternavn", F.LAST_NAME),
    ("Org.nr", F.ORG_NUMBER), ("CVR-nummer", F.ORG_NUMBER), ("Organisasjonsnummer", F.ORG_NUMBER),
    ("Postnr.", F.POSTCODE), ("Postort", F.CITY), ("By", F.CITY), ("Poststed", F.CITY),
    ("Kundnummer", F.ACCOUNT_REF), ("Kundenummer", F.ACCOUNT_REF),
    ("Customer number", F.ACCOUNT_REF),
    ("Huvudkontakt", F.MAIN_CONTACT), ("Hovedkontakt", F.MAIN_CONTACT),
    ("Företag", F.ACCOUNT_NAME), ("Virksomhed", F.ACCOUNT_NAME), ("Land", F.COUNTRY),
    ("Telefon", F.PHONE), ("Tlf.", F.PHONE), ("Mobil", F.PHONE), ("Adress", F.ADDRESS_LINE1),
    ("  Peppol-ID ", F.PEPPOL_ID), ("Contact country", F.CONTACT_COUNTRY),
])
def test_guess_mapping_recognises_common_headers(header: str, field: ImportField) -> None:
    assert guess_mapping(["unknown", header]) == {field: 1}


def test_export_headers_map_back_to_their_fields() -> None:
    assert guess_mapping([FIELD_LABELS[f] for f in FIELDS]) == {f: i for i, f in enumerate(FIELDS)}


def test_first_column_wins_and_unknown_headers_are_left_out() -> None:
    mapping = guess_mapping(["Email", "E-post", "Notes", ""])
    assert mapping == {F.EMAIL: 0}
    assert F.ACCOUNT_NAME in missing_fields(mapping)
    assert F.EMAIL not in missing_fields(mapping)


def test_mapping_spec_overrides_the_guess() -> None:
    headers = ["Namn", "Mejladress", "Telefon"]
    given_ = parse_mapping_spec("email=Mejladress, phone=, Account name=namn")
    assert given_ == {F.EMAIL: "Mejladress", F.PHONE: "", F.ACCOUNT_NAME: "namn"}
    assert apply_mapping(headers, guess_mapping(headers), given_) == {
        F.ACCOUNT_NAME: 0, F.EMAIL: 1}
    assert parse_mapping_spec('{"email": "Mejladress"}') == {F.EMAIL: "Mejladress"}


@pytest.mark.parametrize(("spec", "message"), [
    ("mail_address=E-post", "Unknown field 'mail_address'"),
    ("email", "Write field=Header"),
    ("{not json", "not valid JSON"),
    ('{"email": 3}', "JSON mapping is an object"),
])
def test_bad_mapping_specs_say_why(spec: str, message: str) -> None:
    with pytest.raises(MappingError, match=message):
        parse_mapping_spec(spec)


def test_mapping_to_a_missing_column_says_which() -> None:
    with pytest.raises(MappingError, match="no column 'Mail'"):
        apply_mapping(["Email"], {}, {F.EMAIL: "Mail"})


# --- CWE-1236 -------------------------------------------------------------------


@pytest.mark.parametrize(("value", "escaped"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+46701234567", "'+46701234567"),
    ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("\x00x", "'\x00x"), ("Anna", "Anna"), ("", ""), ("'quoted", "'quoted"),
    ("'=already", "''=already"), ("a=b", "a=b"),
])
def test_escape_cell(value: str, escaped: str) -> None:
    assert escape_cell(value) == escaped
    assert unescape_cell(escaped) == value


@given(st.text())
def test_unescape_undoes_escape(value: str) -> None:
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    assert escaped[:1] not in {"=", "+", "-", "@", "\t", "\r", "\x00"}


def test_row_values_unescape_and_fill_ragged_rows() -> None:
    assert row_values(["'+46701234567 ", " x"], [0, 1, 5, -1]) == ("+46701234567", "x", "", "")


@pytest.mark.parametrize(("text", "flag"), [
    ("yes", True), ("Ja", True), ("X", True), ("1", True), ("true", True), ("", False),
    ("nej", False), ("Nei", False), ("no", False), ("maybe", None),
])
def test_parse_flag(text: str, flag: bool | None) -> None:
    assert parse_flag(text) is flag


# --- one account's rows ------------------------------------------------------------


def test_valid_row_gives_normalised_values() -> None:
    planned, problems = validate_account_rows([row(2)])
    assert problems == []
    assert planned is not None
    assert planned.lines == (2,)
    account = planned.account
    assert (account.name, account.name_key, account.country, account.org_number,
            account.peppol_id, account.service_type) == (
        "Hägg Bygg AB", "hagg bygg ab", "SE", "5560360793", "", "")
    assert (account.sort_sv, account.sort_da) == ("h|gg bygg ab", "h{gg bygg ab")
    (contact,) = planned.contacts
    assert contact[3:5] == ("anna@hagg.se", "+46701234567")
    assert contact[9] == "SE"  # no contact country: the account's


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"email": "anna@@hagg"}, F.EMAIL, "Not a valid email address"),  # R29
    ({"phone": "12"}, F.PHONE, "phone"),  # R30
    ({"org_number": "556036-0794"}, F.ORG_NUMBER, "Swedish organisation number"),  # R31
    ({"org_number": "0000000000"}, F.ORG_NUMBER, "organisation number"),  # R31
    ({"peppol_id": "9955:SE556036079301"}, F.PEPPOL_ID, "no longer used"),  # R33
    ({"peppol_id": "0007:556036-0793"}, F.PEPPOL_ID, "without hyphens"),  # R33
    ({"country": "DE", "phone": "+46701234567"}, F.COUNTRY, "Sweden, Denmark, Norway or Finland"),
    ({"first_name": ""}, F.FIRST_NAME, "required"),
    ({"city": "Stock\x00holm"}, F.CITY, "control character"),
    ({"last_name": "x" * 5000}, F.LAST_NAME, "At most 200 characters"),
    ({"postcode": "1234"}, F.POSTCODE, "five digits"),
    ({"contact_country": "XX"}, F.CONTACT_COUNTRY, "Choose a country"),
    ({"service_type": "hosting"}, F.SERVICE_TYPE, "web hosting"),
])
def test_invalid_rows_are_refused_with_field_and_reason(
    changes: dict[str, str], field: ImportField, reason: str
) -> None:
    planned, problems = validate_account_rows([row(7, **changes)])
    assert planned is None
    assert [(p.line, p.field) for p in problems] == [(7, field)]
    assert reason in problems[0].message


def test_a_bad_row_refuses_its_whole_account() -> None:
    rows = [row(2, account_ref="A"), row(3, account_ref="A", email="per@hagg.se", phone="x"),
            row(4, account_ref="A", email="eva@hagg.se")]
    planned, problems = validate_account_rows(rows)
    assert planned is None
    assert [(p.line, p.field) for p in problems] == [(2, None), (3, F.PHONE), (4, None)]
    assert "see line 3" in problems[0].message
    assert problems[0].knock_on and not problems[1].knock_on


def test_main_contact_column_picks_the_main_contact() -> None:
    rows = [row(2, account_ref="A", main_contact="no", email="per@hagg.se"),
            row(3, account_ref="A", main_contact="yes")]
    planned, problems = validate_account_rows(rows, flagged=True)
    assert problems == []
    assert planned is not None
    assert planned.lines == (3, 2)
    assert [c[3] for c in planned.contacts] == ["anna@hagg.se", "per@hagg.se"]


def test_two_main_contacts_and_an_unclear_flag_are_refused() -> None:
    rows = [row(2, main_contact="yes"), row(3, main_contact="ja", email="b@hagg.se"),
            row(4, main_contact="perhaps", email="c@hagg.se")]
    _planned, problems = validate_account_rows(rows, flagged=True)
    assert [(p.line, p.field) for p in problems if not p.knock_on] == [
        (3, F.MAIN_CONTACT), (4, F.MAIN_CONTACT)]
    assert "Line 2 is already the main contact" in problems[1].message


def test_same_email_twice_in_one_account_is_refused() -> None:
    rows = [row(2), row(3, email="ANNA@hagg.se", first_name="Anna-Lena")]
    _planned, problems = validate_account_rows(rows)
    assert [(p.line, p.field) for p in problems if not p.knock_on] == [(3, F.EMAIL)]
    assert "line 2" in problems[-1].message


def test_account_columns_that_differ_within_an_account_are_refused() -> None:
    rows = [row(2), row(3, email="per@hagg.se", account_name="Other AB"),
            row(4, email="eva@hagg.se", account_name="")]
    _planned, problems = validate_account_rows(rows)
    bad = [(p.line, p.field) for p in problems if not p.knock_on]
    assert bad == [(3, F.ACCOUNT_NAME)]
    assert "Differs from line 2" in problems[1].message


def test_phone_is_read_with_the_accounts_country() -> None:
    planned, _ = validate_account_rows([row(2, country="DK", org_number="13585628",
                                            phone="20 12 34 56", postcode="2100")])
    assert planned is not None
    assert planned.contacts[0].phone == "+4520123456"  # R30: DK as default region


def test_grouping_by_reference_and_duplicate_org_numbers() -> None:
    rows = [row(2, account_ref="7"), row(3, account_ref="8", email="b@x.se"),
            row(4, account_ref="7", email="c@x.se"), row(5, account_ref="")]
    groups = list(group_rows(rows, has_reference=True))
    assert [[r.line for r in g] for g in groups] == [[2, 4], [3], [5]]
    assert [[r.line for r in g] for g in group_rows(rows, has_reference=False)] == [
        [2], [3], [4], [5]]
    planned = [validate_account_rows(g)[0] for g in groups]
    assert all(p is not None for p in planned)
    refused = duplicate_org_numbers([p for p in planned if p is not None])
    assert set(refused) == {0, 1, 2}  # one organisation, three accounts: all refused
    first = refused[0]
    assert [(p.line, p.field) for p in first] == [(2, F.ORG_NUMBER), (4, None)]
    assert "line 3, 5" in first[0].message


# --- personal identity numbers in the report (R31, R32) ---------------------------------

#: Every written form of one sole trader's organisation number (the owner's personnummer).
PIN_FORMS = ("880320-0016", "8803200016", "19880320-0016", "198803200016")


def test_a_stored_duplicate_names_a_sole_traders_number_masked() -> None:
    planned, _ = validate_account_rows([row(2, org_number="19880320-0016",
                                            peppol_id="0007:8803200016")])
    assert planned is not None
    (problem, *_rest) = stored_duplicate(planned, 10001)
    assert "(SE 880320-****)" in problem.message
    assert "customer number 10001" in problem.message
    assert not any(form in problem.message for form in PIN_FORMS)
    # A legal entity's number names no person: it stays in full.
    company, _ = validate_account_rows([row(2)])
    assert company is not None
    assert "(SE 556036-0793)" in stored_duplicate(company, 10002)[0].message


def test_differing_identifiers_are_quoted_masked() -> None:
    rows = [row(2, org_number="880320-0016", peppol_id="0007:8803200016"),
            row(3, email="per@hagg.se", org_number="811228+9841",
                peppol_id="0007:8112289841")]
    _planned, problems = validate_account_rows(rows)
    quoted = " ".join(p.message for p in problems)
    assert [(p.line, p.field) for p in problems if not p.knock_on] == [
        (3, F.ORG_NUMBER), (3, F.PEPPOL_ID)]
    assert "“811228-****” against “880320-****”" in quoted
    assert "“0007:811228-****” against “0007:880320-****”" in quoted
    for digits in ("8803200016", "0016", "8112289841", "9841"):
        assert digits not in quoted


def _grouped_in_memory(rows: list[SourceRow]) -> list[list[int]]:
    """What grouping by reference means, written the obvious way."""
    groups: list[list[int]] = []
    by_ref: dict[str, list[int]] = {}
    for r in rows:
        ref = r.values[FIELDS.index(F.ACCOUNT_REF)]
        if not ref:
            groups.append([r.line])
        elif ref in by_ref:
            by_ref[ref].append(r.line)
        else:
            by_ref[ref] = [r.line]
            groups.append(by_ref[ref])
    return groups


@given(st.lists(st.sampled_from(["", "1", "2", "3", "A", "a", " 7"]), max_size=40))
def test_grouping_from_a_stream_is_grouping_by_reference_in_order_of_first_appearance(
    refs: list[str],
) -> None:
    rows = [row(line, account_ref=ref) for line, ref in enumerate(refs, start=2)]
    counts = repeated_hashes(hash(r) for r in refs if r)
    streamed = [[r.line for r in g] for g in group_rows(iter(rows), True, counts)]
    assert streamed == _grouped_in_memory(rows)
    assert [[r.line for r in g] for g in group_rows(rows, True)] == streamed


def test_grouping_from_a_stream_holds_only_the_accounts_still_waiting_for_rows() -> None:
    refs = ["1", "1", "2", "3", "3", "3", "", "4"] * 1 + [str(n) for n in range(5, 1000)]
    read: list[int] = []

    def stream() -> Iterator[SourceRow]:
        for line, ref in enumerate(refs, start=2):
            read.append(line)
            yield row(line, account_ref=ref)

    counts = repeated_hashes(hash(r) for r in refs if r)
    groups = group_rows(stream(), True, counts)
    # Each account is handed on at its last row, not when the file has been read.
    assert [r.line for r in next(groups)] == [2, 3] and read[-1] == 3
    assert [r.line for r in next(groups)] == [4] and read[-1] == 4
    assert [r.line for r in next(groups)] == [5, 6, 7] and read[-1] == 7
    assert len(list(groups)) == len(refs) - 6 and read[-1] == len(refs) + 1


def test_an_account_whose_rows_are_far_apart_keeps_its_place_in_the_file() -> None:
    refs = ["1", "2", "3", "1"]
    counts = repeated_hashes(hash(r) for r in refs)
    rows = [row(line, account_ref=ref) for line, ref in enumerate(refs, start=2)]
    # Accounts 2 and 3 are complete first but wait for account 1, which came first.
    assert [[r.line for r in g] for g in group_rows(iter(rows), True, counts)] == [
        [2, 5], [3], [4]]


def test_repeated_hashes_counts_only_what_recurs() -> None:
    assert repeated_hashes([5, 1, 5, 2, 5, 2, 9]) == {5: 3, 2: 2}
    assert repeated_hashes([]) == {}
