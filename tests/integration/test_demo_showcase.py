"""Demo data that shows the features: the first accounts a newcomer opens have
every tab populated (issue 15, item 13), on both back ends."""

from __future__ import annotations

from custadmin.domain.alphabet import Alphabet
from custadmin.domain.mail import EmailCategory
from custadmin.domain.portal import LoginOutcome
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import bulk_create_accounts, load_account
from custadmin.services.audit_trail import account_history
from custadmin.services.demo import SHOWCASE_PER_ALPHABET, add_demo_showcase, generate_demo_accounts
from custadmin.services.portal import check_login
from custadmin.services.register import first_page
from custadmin.services.workspace import Workspace


def test_the_first_accounts_in_every_alphabet_show_every_feature(db: Workspace) -> None:
    bulk_create_accounts(db, generate_demo_accounts(60, seed=5))
    showcased = add_demo_showcase(db)
    assert SHOWCASE_PER_ALPHABET <= showcased <= SHOWCASE_PER_ALPHABET * len(Alphabet)
    karin_logins = set()
    for alphabet in Alphabet:
        for account_id in first_page(db, RegisterQuery(alphabet=alphabet),
                                     SHOWCASE_PER_ALPHABET).ids:
            account = load_account(db, int(account_id))
            # A billing contact that is the invoice contact and gets invoices (R5, R7).
            invoice = account.contact(account.invoice_contact_id or 0)
            assert invoice is not None and not invoice.is_main
            assert EmailCategory.INVOICES in invoice.email_categories
            # A sub-account that can log in, with rights ticked (R8, R16).
            sam = next(c for c in account.contacts if c.first_name == "Sam")
            assert sam.portal_access and sam.login is not None and sam.login.has_password
            assert {"invoices", "tickets"} <= sam.rights
            # One accountant's login shared across the companies (R13).
            karin = next(c for c in account.contacts if c.first_name == "Karin")
            assert karin.login is not None
            karin_logins.add(karin.login.id)
            # History to show.
            assert len(account_history(db, account.id)) >= 5
    assert len(karin_logins) == 1
    check = check_login(db, "karin.ek@ekredovisning.se", "Ek-Redovisning-2026!")
    assert check.outcome is LoginOutcome.OK
    # Run again: nothing is added twice.
    assert add_demo_showcase(db) == 0
