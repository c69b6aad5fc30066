"""Demo data for accounting bureaus (issue 17): one bureau with every state to look at.

Built through the services, as an operator would: the first demo company
becomes an accounting bureau with a system administrator, a program
administrator of the client manager and three consultants (one with a
disabled login); the next companies become its clients in each state of
the connection (active with programs, active without, awaiting activation,
sent, draft). (No client is created by it: the demo has exactly the accounts asked
for; the tests create some.)
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from custadmin.domain.accounts import ContactChange
from custadmin.domain.bureaus import BureauRole, ClientRole
from custadmin.domain.portal import PortalAccessChange
from custadmin.services.accounts import load_account
from custadmin.services.bureaus import (
    Change,
    activate_client,
    connect_client,
    record_signature,
    save_access,
    save_program_permissions,
    save_roles,
    send_request,
    set_bureau,
)
from custadmin.services.contacts import save_contact
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, BureauClient

_PEOPLE = (
    ("Lina", "Ek", (BureauRole.SYSTEM_ADMINISTRATOR,)),
    ("Olof", "Strand", (BureauRole.CLIENT_MANAGER_ADMINISTRATOR,)),
    ("Karin", "Lind", (BureauRole.CONSULTANT,)),
    ("Jonas", "Berg", (BureauRole.CONSULTANT,)),
    ("Maja", "Holm", (BureauRole.CONSULTANT,)),
)


def _user(ws: Workspace, account_id: int, first: str, last: str, domain: str,
          login_enabled: bool = True) -> int:
    main = load_account(ws, account_id).main_contact
    email = f"{first.lower()}.{last.lower()}@{domain}"
    person = dataclasses.replace(main.as_input(), first_name=first, last_name=last, email=email)
    saved = save_contact(ws, account_id, None, ContactChange(
        person, frozenset(), PortalAccessChange(enabled=True, login_enabled=login_enabled)))
    return next(c.id for c in saved.contacts if c.email == email)


def add_demo_bureaus(ws: Workspace, clients: int = 6) -> int:
    """One demo bureau with clients in every state; nothing if a bureau exists. Returns
    how many clients it got."""
    with ws.reading() as uow:
        if uow.session.scalar(select(BureauClient.id).limit(1)) is not None:
            return 0
        chosen = list(uow.session.scalars(
            select(Account.id).where(Account.org_number != "")
            .order_by(Account.customer_number).offset(60).limit(clients + 1)))
    if len(chosen) < 2:
        return 0
    bureau_id, client_ids = chosen[0], chosen[1:]
    set_bureau(ws, bureau_id, True)
    domain = "bureau.example"
    people: dict[str, int] = {}
    for index, (first, last, roles) in enumerate(_PEOPLE):
        contact = _user(ws, bureau_id, first, last, domain, login_enabled=index != 4)
        people[first] = contact
        save_roles(ws, bureau_id, [Change(contact, r.value, True, False) for r in roles])
    consultants = [people["Karin"], people["Jonas"], people["Maja"]]
    done = 0
    for position, client_id in enumerate(client_ids):
        # The client's administrator: its main contact, with a login of its own.
        client = load_account(ws, client_id)
        admin = _user(ws, client_id, client.main_contact.first_name or "Admin",
                      client.main_contact.last_name or "User", f"client{client_id}.example")
        save_roles(ws, client_id, [Change(admin, ClientRole.SYSTEM_ADMINISTRATOR.value,
                                          True, False)])
        row = connect_client(ws, bureau_id, client_id,
                             responsible_id=consultants[position % 3], signer_id=admin)
        done += 1
        if position == 4:
            continue  # a draft
        row = send_request(ws, row.token)
        if position == 3:
            continue  # sent, awaiting the signature
        row = record_signature(ws, row.token, admin,
                               f"signed connection form {client_id}".encode())
        if position == 2:
            continue  # awaiting activation
        row = activate_client(ws, row.token, people["Lina"])
        save_access(ws, bureau_id, [Change(c, client_id, True, False) for c in consultants])
        if position == 0:
            save_program_permissions(ws, client_id, admin, [
                Change(people["Karin"], "bookkeeping", True, False),
                Change(people["Karin"], "invoicing", True, False),
                Change(people["Jonas"], "payroll", True, False)])
    return done
