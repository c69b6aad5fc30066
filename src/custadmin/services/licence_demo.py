"""Demo data for partnerships (issue 18): a reseller whose customers show every state.

One Swedish demo company becomes a reseller with an agreement; three other
Swedish demo companies become its customers through partnerships (the demo
keeps exactly the accounts asked for, so existing ones are taken rather than
new ones created): two on its collective invoice, with seat changes and an
add-on last month so that the invoice basis has something to count, and one
invoiced itself. Their users are ready, lacking something, or BankID-only;
one welcome email was sent and one failed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    Contact,
    Invitation,
    LicenceUser,
    Partnership,
    PartnershipAddon,
    SeatChange,
)

#: (first, last, role, employment number, salary type, personal number, has email)
_USERS = (
    ("Sofia", "Lind", "reporter", "12", "hourly", "", True),
    ("Erik", "Sund", "approver", "7", "monthly", "", True),
    ("Nils", "Åström", "reporter", "", "", "199001011239", False),
)


def _first_of_previous_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def add_demo_partnerships(ws: Workspace, today: dt.date | None = None) -> int:
    """The demo reseller and its customers; nothing if a partnership exists. Returns how
    many customers it got."""
    today = today or dt.date.today()
    start = _first_of_previous_month(today)
    with ws.writing() as uow:
        session = uow.session
        if session.scalar(select(Partnership.id).limit(1)) is not None:
            return 0
        chosen = list(session.scalars(
            select(Account).where(Account.country == "SE", Account.org_number != "",
                                  ~Account.is_bureau)
            .order_by(Account.customer_number).offset(80).limit(4)))
        if len(chosen) < 4:
            return 0
        reseller, customers = chosen[0], chosen[1:]
        reseller.is_reseller = True
        reseller.reseller_agreement_since = dt.date(start.year - 1, 1, 15)
        plans = (("easy", 4, 5, True, ("project_planning",)), ("plus", 3, 3, True, ()),
                 ("easy", 2, 2, False, ()))
        who = "custadmin demo"
        for customer, (product, first_count, count, collective, addons) in zip(
                customers, plans, strict=True):
            main = session.scalars(select(Contact).where(Contact.account_id == customer.id,
                                                         Contact.is_main)).first()
            link = Partnership(partner_id=reseller.id, customer_id=customer.id,
                               product_key=product, licences=count,
                               invoiced="partner" if collective else "customer",
                               collective=collective,
                               primary_contact_id=main.id if main else None, created_by=who)
            session.add(link)
            session.flush()
            session.add(SeatChange(partnership_id=link.id, effective_on=start,
                                   licences_before=0, licences_after=first_count,
                                   operator=who))
            if count != first_count:  # mid-month: the invoice basis counts it by day
                session.add(SeatChange(partnership_id=link.id,
                                       effective_on=start + dt.timedelta(days=14),
                                       licences_before=first_count, licences_after=count,
                                       operator=who))
            for key in addons:
                session.add(PartnershipAddon(partnership_id=link.id, product_key=key,
                                             added_on=start + dt.timedelta(days=9),
                                             operator=who))
            admin = LicenceUser(
                account_id=customer.id, contact_id=main.id if main else None,
                first_name=main.first_name if main else "Admin",
                last_name=main.last_name if main else customer.name[:50],
                role="administrator", email=main.email if main else "",
                email_key=main.email_key if main else "", employment_number="1",
                salary_type="monthly")
            session.add(admin)
            session.flush()
            domain = f"kund{customer.customer_number}.example"
            for first, last, role, number, salary, personal, with_email in _USERS[:count - 1]:
                email = f"{first.lower()}.{last.lower()}@{domain}" if with_email else ""
                session.add(LicenceUser(
                    account_id=customer.id, first_name=first, last_name=last, role=role,
                    email=email, email_key=email, personal_number=personal,
                    employment_number=number, salary_type=salary or None,
                    approver_id=admin.id if role == "reporter" and number else None))
            session.flush()
            admin.approver_id = session.scalar(select(LicenceUser.id).where(
                LicenceUser.account_id == customer.id, LicenceUser.role == "approver"))
            if admin.email:
                session.add(Invitation(user_id=admin.id, account_id=customer.id, state="sent",
                                       recipient=admin.email, language="sv",
                                       delivery="outbox", operator=who))
        uow.commit()
        return len(customers)
