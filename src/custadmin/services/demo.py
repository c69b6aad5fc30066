"""Made-up Nordic customer accounts for demonstrations, manual testing and benchmarks.

The records look like what an operator would type for real Swedish, Danish,
Norwegian and Finnish customers, and every one passes
:func:`custadmin.domain.accounts.validate_new_account`. Because the benchmark
asks for a million of them, the word lists, postcodes, phone shapes and
checksum contributions (``resources/demo``, read by
:mod:`custadmin.services.demo_tables`) are prepared once per process and each
record costs only a handful of table look-ups; nothing is validated while
generating.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from custadmin.domain.accounts import AccountInput, ContactInput, NewAccount
from custadmin.domain.portal import ServiceType
from custadmin.services.demo_tables import Country, PhoneShape, demo_tables

if TYPE_CHECKING:
    from custadmin.services.workspace import Workspace

__all__ = ["generate_demo_accounts"]

_PRIVATE_SHARE = 0.10
_FAMILY_FIRM_SHARE = 0.35
_LANDLINE_SHARE = 0.35
_ADDRESS_LINE2_SHARE = 0.08
_BIRTH_YEARS = tuple(f"{y % 100:02d}" for y in range(1950, 2006))


def _org_number(country: Country, r: Callable[[], float]) -> str:
    rule = country.org_numbers
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


def _phone_number(shapes: tuple[PhoneShape, ...], r: Callable[[], float]) -> str:
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
    draw = demo_tables().draw
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
            pattern = c.company_names[int(r() * len(c.company_names))]
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


# --- a showcase on top of the generated register (issue 15, item 13) -------------------

#: Accounts at the top of the register in each alphabet that get the showcase.
SHOWCASE_PER_ALPHABET = 3


def add_demo_showcase(ws: Workspace) -> int:
    """Make the first accounts a newcomer sees show every tab populated; how many.

    Through the services, as an operator would (so the History tab and the
    audit trail have entries): on each of the first
    :data:`SHOWCASE_PER_ALPHABET` accounts of the register in every alphabet,
    a billing contact that is the invoice contact and gets *Invoices &
    reminders*; a sub-account with portal access, a password and rights
    ticked; the main contact's phone corrected. One accountant ("Karin Ek")
    shares one login across those companies (R13). Does nothing on a
    register that has it already.
    """
    from custadmin.domain.accounts import ContactChange, ContactInput
    from custadmin.domain.alphabet import Alphabet
    from custadmin.domain.errors import ConfirmationNeeded
    from custadmin.domain.mail import EmailCategory
    from custadmin.domain.portal import PortalAccessChange
    from custadmin.domain.register import RegisterQuery
    from custadmin.services.accounts import load_account, update_account_details
    from custadmin.services.contacts import save_contact, save_rights
    from custadmin.services.register import first_page

    chosen: list[int] = []
    for alphabet in Alphabet:
        for account_id in first_page(ws, RegisterQuery(alphabet=alphabet),
                                     SHOWCASE_PER_ALPHABET).ids:
            if int(account_id) not in chosen:
                chosen.append(int(account_id))
    shared_login: int | None = None
    done = 0
    for number, account_id in enumerate(chosen, 1):
        account = load_account(ws, account_id)
        if len(account.contacts) > 1:
            continue  # showcased before
        main = account.main_contact
        domain = main.email.rsplit("@", 1)[1]
        address = {k: getattr(main, k) for k in (
            "address_line1", "address_line2", "postcode", "city", "country")}
        billing = ContactInput(
            first_name="Lena", last_name=f"Holm {number}", organisation_name=account.name,
            email=f"lena.holm{number}@{domain}", phone=main.phone, **address)
        account = save_contact(ws, account_id, None,
                               ContactChange(billing, frozenset({EmailCategory.INVOICES})),
                               invoice_of=account.token)
        sub = ContactInput(
            first_name="Sam", last_name=f"Lind {number}", organisation_name=account.name,
            email=f"sam.lind{number}@{domain}", phone=main.phone, **address)
        account = save_contact(ws, account_id, None, ContactChange(
            sub, frozenset({EmailCategory.SUPPORT, EmailCategory.PRODUCTS}),
            PortalAccessChange(enabled=True, new_password=f"Demo-{number}-lösenord-{domain}")))
        sam = next(c for c in account.contacts if c.email.startswith("sam.lind"))
        account = save_rights(ws, account_id, {sam.token: frozenset(
            {"profile", "invoices", "tickets", "domains"})})
        karin = ContactInput(
            first_name="Karin", last_name="Ek", organisation_name="Ek Redovisning AB",
            email="karin.ek@ekredovisning.se", phone="+46 8 123 456 70",
            address_line1="Box 2211", postcode="103 15", city="Stockholm", country="SE")
        change = ContactChange(karin, frozenset({EmailCategory.INVOICES}),
                               PortalAccessChange(enabled=True, new_password=(
                                   None if shared_login else "Ek-Redovisning-2026!")))
        try:
            account = save_contact(ws, account_id, None, change,
                                   confirmed_login_id=shared_login)
        except ConfirmationNeeded as asked:
            account = save_contact(ws, account_id, None, change,
                                   confirmed_login_id=asked.login_id)
        karin_row = next(c for c in account.contacts if c.email.startswith("karin.ek"))
        if karin_row.login is not None:
            shared_login = karin_row.login.id
        # A correction on My details: the History tab has an edit to show.
        corrected = replace(account.main_contact.as_input(),
                            address_line2=account.main_contact.address_line2 or "Plan 2")
        update_account_details(ws, account.token, account.as_input(), corrected)
        done += 1
    return done
