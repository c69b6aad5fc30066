"""The welcome email that invites a licence user (R28), in the account's language.

The words are Qt Linguist texts of the context :data:`CONTEXT`, translated
into the language of the customer's country (not the operator's): whoever
composes a message passes a ``translate(context, source)`` for that
language. Nothing here imports Qt (the domain never does).

No personal identity number is ever written into a message (R32): that one
is registered is enough to say that BankID works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from custadmin.domain.licences import LicenceRole
from custadmin.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "WelcomeEmail"
#: translate(context, source) -> the text in the message's language.
Translate = Callable[[str, str], str]

#: The language each country's accounts get their emails in: the languages
#: custadmin has. Norwegian and Finnish accounts get English until it has theirs.
LANGUAGE_OF_COUNTRY = {"SE": "sv", "DK": "da"}
#: Where users log in: the same on the desktop and in the mobile app.
LOGIN_ADDRESS = "https://login.custadmin.app"

_SUBJECT = QT_TRANSLATE_NOOP("WelcomeEmail", "Welcome to {product}: your login at {account}")
_GREETING = QT_TRANSLATE_NOOP("WelcomeEmail", "Hello {name},")
_CREATED = QT_TRANSLATE_NOOP(
    "WelcomeEmail",
    "{partner} has created a user for you at {account} in {product}. Your role: {role}.")
_LOGIN = QT_TRANSLATE_NOOP(
    "WelcomeEmail",
    "To log in, go to {address} and enter your email address, {email}. The first time, "
    "choose your password with \"Forgot your password?\". It is the same login on the "
    "desktop and in the mobile app.")
_BANKID = QT_TRANSLATE_NOOP(
    "WelcomeEmail",
    "You can also log in with BankID: your personal identity number is registered.")
_CLOSING = QT_TRANSLATE_NOOP("WelcomeEmail", "Welcome!")
_ROLES = {
    LicenceRole.REPORTER: QT_TRANSLATE_NOOP("WelcomeEmail", "Reporter"),
    LicenceRole.APPROVER: QT_TRANSLATE_NOOP("WelcomeEmail", "Approver"),
    LicenceRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("WelcomeEmail", "Administrator"),
}


def email_language(country: str) -> str:
    """The language of a welcome email to a user of an account in ``country``."""
    return LANGUAGE_OF_COUNTRY.get(country, "en")


@dataclass(frozen=True, slots=True)
class Welcome:
    """What a welcome email says, before it is put into words."""

    name: str
    email: str
    account: str
    partner: str
    product: str
    role: LicenceRole
    #: A personal identity number is registered: BankID works too.
    bankid: bool


def compose(welcome: Welcome, sender: str, translate: Translate, *,
            address: str = LOGIN_ADDRESS, domain: str | None = None) -> EmailMessage:
    """The welcome email to ``welcome.email`` (from ``sender``), in ``translate``'s language."""

    def tr(source: str, **params: str) -> str:
        text = translate(CONTEXT, source) or source
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            # A translation that does not fit its parameters must not stop the mail.
            return source.format(**params)

    paragraphs = [
        tr(_GREETING, name=welcome.name),
        tr(_CREATED, partner=welcome.partner, account=welcome.account,
           product=welcome.product, role=tr(_ROLES[welcome.role])),
        tr(_LOGIN, address=address, email=welcome.email),
    ]
    if welcome.bankid:
        paragraphs.append(tr(_BANKID))
    paragraphs.append(f"{tr(_CLOSING)}\n{welcome.partner}")
    message = EmailMessage()
    message["Subject"] = tr(_SUBJECT, product=welcome.product, account=welcome.account)
    message["From"] = sender
    message["To"] = formataddr((welcome.name, welcome.email))
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=domain or sender.rpartition("@")[2] or None)
    message.set_content("\n\n".join(paragraphs) + "\n")
    return message
