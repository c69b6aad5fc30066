"""Hostile text through every service that takes text, on SQLite and PostgreSQL.

Each property drives one service with arbitrary strings (``st.text()``),
lone surrogates, NUL and other controls, text-direction controls, line
separators, byte-order marks and zero-width characters, a megabyte, and
valid values with one of those slipped in. Only domain errors
(:class:`~custadmin.domain.errors.CustadminError`) may escape, a refused call
leaves every table as it was (row counts, audit entries included), and
whatever was stored obeys the text policy (domain/text.py).

One database per test function for all its examples (hypothesis runs the
examples inside one call of the function-scoped ``db`` fixture); each example
compares the counts before and after, so it checks its own effect whatever
earlier examples stored.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from custadmin.domain.accounts import (
    AccountDetails,
    AccountInput,
    AccountRow,
    ContactChange,
    ContactInput,
    ContactRow,
    NewAccount,
)
from custadmin.domain.errors import CustadminError, FieldError, ValidationError
from custadmin.domain.operators import Caller, OperatorRole
from custadmin.domain.portal import LoginOutcome, PortalAccessChange
from custadmin.domain.register import RegisterQuery
from custadmin.domain.text import text_problem, trim
from custadmin.services import accounts, audit_trail, contacts, operators, portal, register
from custadmin.services.importer import commit_import, plan_import
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    AuditEntry,
    Contact,
    ContactRight,
    Login,
    Operator,
    OperatorToken,
)

T = TypeVar("T")

#: One of each class the text policy decides on, and a few neighbours.
SPECIALS = [
    "\x00", "\x01", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\x9f",  # controls
    "\ud800", "\udbff", "\udc00", "\udfff",  # lone surrogates
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u2028", "\u2029",  # line and paragraph separators
    "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060",  # BOM and zero-width
    "\u200e", "\u200f", "\u061c", "\u00ad", "\u00a0", "\u3000",  # marks and spaces (kept)
    "²", "١", "ß", "ﷺ", "İ", "\U0001f468\u200d\U0001f469", '"', "%", "_", "\\", "'", "*",
]
MEGABYTE = 1_000_000
BIG = ["A" * MEGABYTE, " " * (MEGABYTE - 1) + "x", "x" * (MEGABYTE - 1) + "\x00",
       "\u202e" * MEGABYTE, "a" * 201, "a" * 73, "ab" * 50]

#: A valid value of each field (something for the hostile characters to hide in).
VALID: dict[str, str] = {
    "name": "Hägg Bygg AB", "country": "SE", "org_number": "556036-0793",
    "peppol_id": "0007:5560360793", "service_type": "web_hosting",
    "first_name": "Anna", "last_name": "Lind", "organisation_name": "Lind AB",
    "email": "anna@example.se", "phone": "070-123 45 67", "address_line1": "Storgatan 1",
    "address_line2": "Box 12", "postcode": "111 22", "city": "Stockholm",
}
ACCOUNT_INPUT = AccountInput(name="Hägg Bygg AB", country="SE", org_number="556036-0793")
CONTACT_INPUT = ContactInput(
    first_name="Anna", last_name="Lind", organisation_name="", email="anna@example.se",
    phone="070-123 45 67", address_line1="Storgatan 1", address_line2="", postcode="111 22",
    city="Stockholm", country="SE")
STRONG_PASSWORD = "Blue-Harbour-Kettle-42"

special = st.sampled_from(SPECIALS)
hostile_chars = st.text(
    alphabet=st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Zs"]), max_size=8)


def slipped_into(value: str) -> st.SearchStrategy[str]:
    """``value`` with hostile characters at its ends or inside."""
    return st.builds(
        lambda cut, a, b, c: a + value[:cut] + b + value[cut:] + c,
        st.integers(0, len(value)),
        st.sampled_from(["", "", *SPECIALS]), st.one_of(special, hostile_chars),
        st.sampled_from(["", "", *SPECIALS]),
    )


def hostile(valid: str = "Hägg Bygg AB") -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(),
        hostile_chars,
        st.builds(lambda a, s, b: a + s + b, st.text(max_size=8), special, st.text(max_size=8)),
        slipped_into(valid),
        st.sampled_from(BIG),
    )


EXAMPLES = settings(
    max_examples=45, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example],
)

_TABLES = (Account, Contact, ContactRight, Login, Operator, OperatorToken, AuditEntry)


def counts(ws: Workspace) -> tuple[int, ...]:
    with ws.reading() as uow:
        return tuple(
            int(uow.session.execute(select(func.count()).select_from(table)).scalar_one())
            for table in _TABLES)


def attempt(ws: Workspace, call: Callable[[], T]) -> T | None:
    """``call()``; a domain error gives None after checking that nothing was written.

    Any other exception fails the test, with the input hypothesis found.
    """
    before = counts(ws)
    try:
        return call()
    except CustadminError:
        assert counts(ws) == before, "a refused call wrote something"
        return None


def assert_clean(*values: object) -> None:
    """Stored text obeys the policy: trimmed, nothing it refuses."""
    for value in values:
        if isinstance(value, str):
            assert value == trim(value), repr(value[:40])
            assert text_problem(value) is None, repr(value[:40])


def assert_details_clean(details: AccountDetails) -> None:
    assert_clean(details.name, details.org_number, details.peppol_id, details.service_type)
    for contact in details.contacts:
        assert_clean(*(getattr(contact, f.name) for f in dataclasses.fields(ContactInput)))


_unique = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}{next(_unique)}"


@pytest.fixture
def base(db: Workspace) -> AccountDetails:
    """An account whose main contact logs in to the portal with :data:`STRONG_PASSWORD`."""
    created = accounts.create_account(db, NewAccount(ACCOUNT_INPUT, CONTACT_INPUT))
    return contacts.save_contact(
        db, created.id, created.main_contact.token,
        ContactChange(created.main_contact.as_input(),
                      portal=PortalAccessChange(True, STRONG_PASSWORD)))


# --- accounts and contacts (forms) ---------------------------------------------------

ACCOUNT_FIELDS = ["name", "country", "org_number", "peppol_id", "service_type"]
CONTACT_FIELDS = [f.name for f in dataclasses.fields(ContactInput)]


@st.composite
def one_field(draw: st.DrawFn, fields: list[str]) -> tuple[str, str]:
    name = draw(st.sampled_from(fields))
    return name, draw(hostile(VALID.get(name, "SE")))


@EXAMPLES
@given(change=one_field(ACCOUNT_FIELDS + [f"main_contact.{f}" for f in CONTACT_FIELDS]))
def test_creating_an_account(db: Workspace, change: tuple[str, str]) -> None:
    field, value = change
    account, contact = ACCOUNT_INPUT, CONTACT_INPUT
    if field.startswith("main_contact."):
        contact = dataclasses.replace(contact, **{field.split(".", 1)[1]: value})
    else:
        account = dataclasses.replace(account, **{field: value})
    created = attempt(db, lambda: accounts.create_account(db, NewAccount(account, contact)))
    if created is not None:
        assert_details_clean(created)


@EXAMPLES
@given(change=one_field(ACCOUNT_FIELDS + [f"main_contact.{f}" for f in CONTACT_FIELDS]))
def test_updating_an_account(db: Workspace, base: AccountDetails, change: tuple[str, str]) -> None:
    field, value = change
    current = accounts.load_account(db, base.id)
    account, contact = current.as_input(), current.main_contact.as_input()
    if field.startswith("main_contact."):
        contact = dataclasses.replace(contact, **{field.split(".", 1)[1]: value})
    else:
        account = dataclasses.replace(account, **{field: value})
    saved = attempt(db, lambda: accounts.update_account_details(
        db, current.token, account, contact))
    if saved is not None:
        assert_details_clean(saved)


@EXAMPLES
@given(change=one_field(CONTACT_FIELDS))
def test_adding_a_contact(db: Workspace, base: AccountDetails, change: tuple[str, str]) -> None:
    field, value = change
    data = dataclasses.replace(CONTACT_INPUT, email=f"{unique('c')}@example.se")
    data = dataclasses.replace(data, **{field: value})
    saved = attempt(db, lambda: contacts.save_contact(db, base.id, None, ContactChange(data)))
    if saved is not None:
        assert_details_clean(saved)


@EXAMPLES
@given(password=st.one_of(hostile(STRONG_PASSWORD), st.just(STRONG_PASSWORD + "x" * 60),
                          st.text(min_size=73, max_size=120)))
def test_setting_a_portal_password(db: Workspace, base: AccountDetails, password: str) -> None:
    current = accounts.load_account(db, base.id).main_contact
    login = current.login
    change = PortalAccessChange(True, password,
                                login_version=login.version if login else None)
    attempt(db, lambda: contacts.save_contact(
        db, base.id, current.token, ContactChange(current.as_input(), portal=change),
        confirmed_login_id=login.id if login else None))


# --- operators, sign-in, the caller -------------------------------------------------


@EXAMPLES
@given(which=st.sampled_from(["name", "display", "password"]), value=hostile("Kim Berg"))
def test_creating_an_operator(db: Workspace, which: str, value: str) -> None:
    name = value if which == "name" else unique("operator")
    display = value if which == "display" else ""
    password = value if which == "password" else None
    created = attempt(db, lambda: operators.create_operator(
        db, name, display, OperatorRole.SUPPORT_AGENT, password))
    if created is not None:
        assert_clean(created.display_name)
        assert len(created.name) <= 100 and len(created.display_name) <= 200


@EXAMPLES
@given(name=hostile("Kim"), display=hostile("Kim Berg"), password=hostile(STRONG_PASSWORD))
def test_creating_the_first_administrator(db: Workspace, name: str, display: str,
                                          password: str) -> None:
    actor = attempt(db, lambda: operators.create_first_administrator(db, name, display,
                                                                      password))
    if actor is not None:
        assert_clean(actor.name)


@EXAMPLES
@given(login=hostile("kim"))
def test_the_computers_login_name(db: Workspace, login: str) -> None:
    actor = attempt(db, lambda: operators.computer_operator(db, login))
    if actor is not None:
        assert_clean(actor.name)
        assert len(actor.name) <= 200


@EXAMPLES
@given(name=st.one_of(hostile("kim"), st.just("kim")), password=hostile(STRONG_PASSWORD),
       token=hostile("abc"))
def test_signing_in(db: Workspace, name: str, password: str, token: str) -> None:
    if not operators.has_operators(db):
        operators.create_first_administrator(db, "Kim", "Kim Berg", STRONG_PASSWORD)
    actor = attempt(db, lambda: operators.sign_in(db, name, password))
    assert actor is None or password == STRONG_PASSWORD
    assert attempt(db, lambda: operators.sign_in_with_token(db, token)) is None


@EXAMPLES
@given(name=hostile("Per Svensson"), verified=hostile("customer number and email"))
def test_the_callers_name(db: Workspace, base: AccountDetails, name: str, verified: str) -> None:
    caller = attempt(db, lambda: Caller(name, verified))
    if caller is None:
        return
    assert_clean(caller.name, caller.verified_by)
    acting = db.acting(caller=caller)
    current = accounts.load_account(db, base.id)
    saved = attempt(db, lambda: accounts.update_account_details(
        acting, current.token, dataclasses.replace(current.as_input(), name=unique("Firma ")),
        current.main_contact.as_input()))
    assert saved is not None
    with db.reading() as uow:
        recorded = uow.session.execute(
            select(AuditEntry.caller_name, AuditEntry.caller_verified)
            .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert tuple(recorded) == (caller.name, caller.verified_by)


# --- the login check -------------------------------------------------------------


@EXAMPLES
@given(username=st.one_of(hostile(CONTACT_INPUT.email), st.just(CONTACT_INPUT.email)),
       password=st.one_of(st.none(), hostile(STRONG_PASSWORD)))
def test_the_login_check(db: Workspace, base: AccountDetails, username: str,
                         password: str | None) -> None:
    check = attempt(db, lambda: portal.check_login(db, username, password))
    assert check is not None  # the login check answers; it does not refuse
    attempt(db, lambda: portal.login_for_email(db, username))  # the editor's look-up
    if check.outcome is LoginOutcome.OK:
        assert password is None or password == STRONG_PASSWORD


# --- searches ----------------------------------------------------------------------


@EXAMPLES
@given(text=st.one_of(hostile("hägg"), hostile("070"), hostile("10001")))
def test_searching_the_register(db: Workspace, base: AccountDetails, text: str) -> None:
    query = RegisterQuery(text)
    found = attempt(db, lambda: register.search_register(db, query))
    page = attempt(db, lambda: register.first_page(db, query))
    at = attempt(db, lambda: register.ids_at(db, query, 0, 10))
    # The three readers agree on what is refused.
    assert (found is None) == (page is None) == (at is None)
    if found is not None and page is not None:
        assert list(page.ids) == list(found)[: len(page.ids)]


@EXAMPLES
@given(text=st.one_of(hostile("hägg"), hostile("anna@example.se")))
def test_searching_the_audit_trail(db: Workspace, base: AccountDetails, text: str) -> None:
    attempt(db, lambda: audit_trail.search_audit(db, text))


# --- imports -----------------------------------------------------------------------

HEADER = ["Account name", "Country", "Organisation number", "Peppol ID", "Service type",
          "First name", "Last name", "Organisation name", "Email", "Phone",
          "Address line 1", "Address line 2", "Postcode", "City"]
GOOD_ROW = ["Hägg Bygg AB", "SE", "556036-0793", "", "", "Anna", "Lind", "", "anna@example.se",
            "070-123 45 67", "Storgatan 1", "", "111 22", "Stockholm"]
IMPORT_VALID = dict(zip(HEADER, GOOD_ROW, strict=True)) | {
    "Peppol ID": "0007:5560360793", "Service type": "web_hosting",
    "Organisation name": "Lind AB", "Address line 2": "Box 12"}


@st.composite
def hostile_cells(draw: st.DrawFn) -> tuple[int, str]:
    column = draw(st.integers(0, len(HEADER) - 1))
    return column, draw(hostile(IMPORT_VALID[HEADER[column]] or "x"))


@EXAMPLES
@given(cell=hostile_cells(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_importing_a_file(db: Workspace, tmp_path: Path, cell: tuple[int, str],
                          encoding: str) -> None:
    column, value = cell
    row = list(GOOD_ROW)
    row[column] = value
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerow(row)
    path = tmp_path / "hostile.csv"
    # surrogatepass: a file can hold what no text editor would write.
    path.write_bytes(buffer.getvalue().encode(encoding, errors="surrogatepass"))
    before = counts(db)

    plan = attempt(db, lambda: plan_import(db, path))

    assert plan is not None  # whatever is wrong with a file is in the plan
    assert counts(db) == before
    assert all(p.line >= 0 and p.message for p in plan.problems)
    if plan.accounts:
        rows = plan.accounts[0].rows
        written: list[AccountRow | ContactRow] = [rows.account, *rows.contacts]
        for stored in written:
            # Keys are folded (NFKC may put a space first): not shown, not checked.
            assert_clean(*(v for k, v in stored._asdict().items() if not k.endswith("_key")))
    elif not plan.fatal:
        # A refused cell is the refusal of its row, by its line number.
        assert any(p.line == 2 for p in plan.problems), plan.problems
    result = attempt(db, lambda: commit_import(db, plan))
    assert result is not None
    assert counts(db)[:2] == (before[0] + result.accounts, before[1] + result.contacts)


# --- each point of the policy, spelled out (both back ends) ------------------------------


def _code(message: object) -> str:
    return str(getattr(message, "code", ""))


def test_stored_text_is_trimmed_of_invisible_edges_and_refuses_direction_controls(
    db: Workspace,
) -> None:
    created = accounts.create_account(db, NewAccount(
        dataclasses.replace(ACCOUNT_INPUT, name="\ufeffHägg\u200c Bygg AB\u200b"),
        dataclasses.replace(CONTACT_INPUT, email="\u2060anna@example.se", city="Malmö\u200d")))
    stored = accounts.load_account(db, created.id)
    assert (stored.name, stored.main_contact.email, stored.main_contact.city) == (
        "Hägg\u200c Bygg AB", "anna@example.se", "Malmö")
    before = counts(db)
    for field, value, code in [("name", "Hägg \u202eBA ggyB", "field.direction_control"),
                               ("name", "Hägg\u2066AB", "field.direction_control"),
                               ("name", "Hägg\u2028AB", "field.line_separator"),
                               ("name", "Hägg\ud800AB", "field.lone_surrogate"),
                               ("org_number", "556036\x000793", "field.control_character")]:
        with pytest.raises(ValidationError) as info:
            accounts.create_account(db, NewAccount(
                dataclasses.replace(ACCOUNT_INPUT, **{field: value}), CONTACT_INPUT))
        assert _code(info.value.errors[field]) == code
    assert counts(db) == before


@pytest.mark.parametrize("typed", ["an\x00na", "ann\x00", "\x00\x00\x00", "a\ud800b"])
def test_a_register_search_the_policy_refuses_is_a_field_error(
    db: Workspace, base: AccountDetails, typed: str,
) -> None:
    for read in (lambda q: register.search_register(db, q),
                 lambda q: register.first_page(db, q),
                 lambda q: register.ids_at(db, q, 0, 10)):
        with pytest.raises(FieldError) as info:
            read(RegisterQuery(typed))
        assert info.value.field == register.SEARCH_FIELD


def test_a_register_search_is_trimmed_and_bounded(db: Workspace, base: AccountDetails) -> None:
    assert list(register.search_register(db, RegisterQuery("\u200bhägg\ufeff"))) == [base.id]
    assert list(register.search_register(db, RegisterQuery("\u200b"))) == [base.id]  # all
    assert list(register.search_register(db, RegisterQuery("²²²"))) == []  # not a number
    assert list(register.search_register(db, RegisterQuery("h" * 200))) == []
    with pytest.raises(FieldError) as info:
        register.search_register(db, RegisterQuery("h" * 201))
    assert _code(info.value.message) == "field.too_long"


@pytest.mark.parametrize("typed", ["x" * 100_000, "an\x00na", "a\ud800", "Hägg\u202e"])
def test_an_audit_search_the_policy_refuses_is_a_field_error(
    db: Workspace, base: AccountDetails, typed: str,
) -> None:
    with pytest.raises(FieldError) as info:
        audit_trail.search_audit(db, typed)
    assert info.value.field == "search"


@pytest.mark.parametrize(("name", "display"), [
    ("kim\x00", ""), ("k" * 101, ""), ("kim", "K" * 201), ("kim", "Kim\x00"),
    ("\u202ekim", ""), ("kim\ud800", ""),
])
def test_operator_names_are_checked_before_the_database_sees_them(
    db: Workspace, name: str, display: str,
) -> None:
    before = counts(db)
    with pytest.raises(FieldError):
        operators.create_operator(db, name, display, OperatorRole.READ_ONLY, None)
    with pytest.raises(FieldError):
        operators.computer_operator(db, name + display)
    with pytest.raises(operators.SignInFailed):
        operators.sign_in(db, name, STRONG_PASSWORD)
    assert counts(db) == before


def test_a_megabyte_caller_never_reaches_the_audit_trail(db: Workspace) -> None:
    with pytest.raises(FieldError) as info:
        Caller("P" * MEGABYTE)
    assert info.value.field == "caller_name"
    with pytest.raises(FieldError):
        Caller("Per", "v" * 201)


def test_long_portal_passwords_are_judged_not_raised(db: Workspace, base: AccountDetails) -> None:
    main = base.main_contact
    login = main.login
    assert login is not None

    def set_password(password: str) -> AccountDetails:
        current = accounts.load_account(db, base.id).main_contact
        version = current.login.version if current.login else None
        return contacts.save_contact(db, base.id, current.token, ContactChange(
            current.as_input(), portal=PortalAccessChange(True, password, login_version=version)))

    long_and_strong = "Blue-Harbour-Kettle-42-" * 5  # 115 characters
    set_password(long_and_strong)
    assert portal.check_login(db, main.email, long_and_strong).outcome is LoginOutcome.OK
    for refused, problem in [("a" * 100, "password.guessable"),
                             ("Blue-Harbour-\ud800-Kettle-42", "password.invalid_character"),
                             ("Blue-Harbour-\x00-Kettle-42", "password.control_characters")]:
        with pytest.raises(ValidationError) as info:
            set_password(refused)
        assert [_code(m) for m in info.value.errors.values()] == [problem]
    surrogate = portal.check_login(db, main.email, "Blue\ud800")
    assert surrogate.outcome is LoginOutcome.WRONG_PASSWORD


def test_a_hostile_cell_is_refused_with_its_line_number(db: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "import.csv"
    rows = [HEADER, GOOD_ROW, [*GOOD_ROW[:5], "Anna\u202e", *GOOD_ROW[6:]]]
    rows[2][8] = "per@example.se"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    plan = plan_import(db, path)
    assert [(p.line, _code(p.message)) for p in plan.problems] == [
        (3, "field.direction_control")]
    assert len(plan.accounts) == 1
