"""Customer-portal access: the rights catalogue, effective rights, single
sign-on and what a login check answers (R8–R17).

A *login* is one user name (a normalised email, R29) with at most one password
hash; contacts on several accounts may refer to the same login (R13). A
contact's portal access and ticked rights belong to the contact; the rights in
force are those ticked both on the contact and system-wide (R16).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from custadmin.domain.messages import Message
from custadmin.domain.text import has_control_character, has_lone_surrogate
from custadmin.domain.versions import VersionToken


@dataclass(frozen=True, slots=True)
class RightDef:
    key: str
    #: A :class:`Message` (the right's name also appears in refusals).
    label: str


#: The default catalogue of portal rights, in the order the portal lists them.
RIGHTS: tuple[RightDef, ...] = (
    RightDef("profile", Message("right.profile")),
    RightDef("contacts", Message("right.contacts")),
    RightDef("products", Message("right.products")),
    RightDef("manageproducts", Message("right.manageproducts")),
    RightDef("productsso", Message("right.productsso")),
    RightDef("domains", Message("right.domains")),
    RightDef("managedomains", Message("right.managedomains")),
    RightDef("invoices", Message("right.invoices")),
    RightDef("quotes", Message("right.quotes")),
    RightDef("tickets", Message("right.tickets")),
    RightDef("affiliates", Message("right.affiliates")),
    RightDef("emails", Message("right.emails")),
    RightDef("orders", Message("right.orders")),
    RightDef("settings", Message("right.settings")),
)
RIGHT_KEYS: tuple[str, ...] = tuple(r.key for r in RIGHTS)
RIGHT_LABELS: dict[str, str] = {r.key: r.label for r in RIGHTS}

#: R10: single sign-on to the control panel needs all three.
SSO_RIGHTS: tuple[str, ...] = ("products", "productsso", "manageproducts")
#: R17: changing one's own password in the portal needs the Settings menu.
SETTINGS_RIGHT = "settings"
#: The system-wide portal settings are one record; its id in version tokens.
PORTAL_SETTINGS_ID = 1


class ServiceType(enum.StrEnum):
    """What the account buys; single sign-on exists only for web hosting (R10)."""

    WEB_HOSTING = "web_hosting"
    AGENCY = "agency"
    MANAGED_SERVER = "managed_server"


@dataclass(frozen=True, slots=True)
class PortalSettings:
    """System-wide portal settings (R16): which rights are offered at all, and
    which are ticked for a new portal user."""

    offered: frozenset[str] = frozenset(RIGHT_KEYS)
    defaults: frozenset[str] = frozenset()
    #: The stored version these were read at (optimistic locking). Not part of
    #: what the settings are: two readings of the same settings are equal.
    version: int = field(default=0, compare=False)

    def defaults_for_new_user(self) -> frozenset[str]:
        return self.defaults & self.offered

    @property
    def token(self) -> VersionToken:
        """What a save of the settings compares; there is one set of them."""
        return VersionToken(PORTAL_SETTINGS_ID, self.version)


class RightState(enum.StrEnum):
    """Why a right is or is not in force for one portal user (R16)."""

    IN_FORCE = "in_force"  # ticked on the contact and offered system-wide
    MAIN_CONTACT = "main_contact"  # the main contact holds every offered right
    NOT_TICKED = "not_ticked"  # offered, but not ticked on the contact
    OFF_SYSTEM_WIDE = "off_system_wide"  # not offered system-wide, whatever is ticked
    NO_PORTAL_ACCESS = "no_portal_access"  # the contact cannot log in at all

    @property
    def in_force(self) -> bool:
        return self in (RightState.IN_FORCE, RightState.MAIN_CONTACT)


def effective_rights(
    *,
    is_main: bool,
    portal_access: bool,
    ticked: Collection[str],
    offered: Collection[str],
) -> dict[str, RightState]:
    """Each right of the catalogue with whether it is in force and why (R16).

    The main contact holds every right; a right off system-wide is off for
    everyone, the main contact included, since the portal does not offer it.
    """
    states: dict[str, RightState] = {}
    for key in RIGHT_KEYS:
        if not portal_access:
            states[key] = RightState.NO_PORTAL_ACCESS
        elif key not in offered:
            states[key] = RightState.OFF_SYSTEM_WIDE
        elif is_main:
            states[key] = RightState.MAIN_CONTACT
        elif key in ticked:
            states[key] = RightState.IN_FORCE
        else:
            states[key] = RightState.NOT_TICKED
    return states


def rights_in_force(states: Mapping[str, RightState]) -> frozenset[str]:
    return frozenset(key for key, state in states.items() if state.in_force)


class SsoBlock(enum.StrEnum):
    NO_PORTAL_ACCESS = "no_portal_access"
    SERVICE_TYPE_UNKNOWN = "service_type_unknown"
    NOT_WEB_HOSTING = "not_web_hosting"
    MISSING_RIGHTS = "missing_rights"


@dataclass(frozen=True, slots=True)
class SsoStatus:
    """R10 for one portal user: available, or every reason why not."""

    blocks: tuple[SsoBlock, ...] = ()
    missing_rights: tuple[str, ...] = ()
    service_type: ServiceType | None = None

    @property
    def available(self) -> bool:
        return not self.blocks


def sso_status(
    states: Mapping[str, RightState], service_type: ServiceType | str | None,
    *, portal_access: bool = True,
) -> SsoStatus:
    """Single sign-on to the hosting control panel (R10)."""
    kind = ServiceType(service_type) if service_type else None
    blocks: list[SsoBlock] = []
    if not portal_access:
        blocks.append(SsoBlock.NO_PORTAL_ACCESS)
    if kind is None:
        blocks.append(SsoBlock.SERVICE_TYPE_UNKNOWN)
    elif kind is not ServiceType.WEB_HOSTING:
        blocks.append(SsoBlock.NOT_WEB_HOSTING)
    missing = tuple(k for k in SSO_RIGHTS if not states.get(k, RightState.NOT_TICKED).in_force)
    if portal_access and missing:
        blocks.append(SsoBlock.MISSING_RIGHTS)
    return SsoStatus(tuple(blocks), missing if portal_access else (), kind)


def validate_rights(keys: Iterable[str]) -> frozenset[str]:
    result = frozenset(keys)
    unknown = result - set(RIGHT_KEYS)
    if unknown:
        raise ValueError(f"unknown portal rights: {', '.join(sorted(unknown))}")
    return result


# --- the login check (what the portal answers) ------------------------------


class LoginOutcome(enum.StrEnum):
    OK = "ok"  # password right (or not asked for) and at least one company
    NO_SUCH_LOGIN = "no_such_login"
    LOGIN_DISABLED = "login_disabled"
    NO_PASSWORD = "no_password"
    WRONG_PASSWORD = "wrong_password"
    CANNOT_VERIFY = "cannot_verify"  # the stored hash is damaged or foreign
    NO_PORTAL_ACCESS = "no_portal_access"  # portal access is off on every account


@dataclass(frozen=True, slots=True)
class CompanyChoice:
    """One company the person may act for after logging in (R13)."""

    account_id: int
    customer_number: int
    account_name: str
    contact_id: int
    contact_name: str
    is_main: bool
    rights: frozenset[str]
    sso: SsoStatus

    @property
    def can_change_own_password(self) -> bool:
        """R17: only with the Settings menu shown."""
        return SETTINGS_RIGHT in self.rights


@dataclass(frozen=True, slots=True)
class ServedContact:
    """A contact that refers to a login, with or without portal access."""

    account_id: int
    customer_number: int
    account_name: str
    contact_id: int
    contact_name: str
    portal_access: bool


@dataclass(frozen=True, slots=True)
class LoginCheck:
    username: str
    outcome: LoginOutcome
    password_checked: bool = False
    #: The companies the person may choose between (only when they can log in).
    companies: tuple[CompanyChoice, ...] = ()
    #: Every contact that refers to the login, with or without portal access.
    served: tuple[ServedContact, ...] = ()

    @property
    def can_log_in(self) -> bool:
        return self.outcome is LoginOutcome.OK


@dataclass(frozen=True, slots=True)
class LoginInfo:
    """A login as the editor shows it: never the hash, only whether one is set (R15)."""

    id: int
    username: str
    has_password: bool
    enabled: bool
    version: int
    served: tuple[ServedContact, ...] = ()


@dataclass(frozen=True, slots=True)
class PortalAccessChange:
    """What *Manage contacts* asks of a contact's portal access (R8, R15)."""

    enabled: bool
    #: A new password in clear, hashed by the service and then forgotten;
    #: None keeps the login's password as it is (R14).
    new_password: str | None = None
    #: None leaves the login's enabled state as it is.
    login_enabled: bool | None = None
    #: The version of the contact's login as the operator loaded it (None: it
    #: had none). A new password or login state is refused as a conflict if
    #: the login changed since: it may serve other accounts, whose sessions
    #: set passwords too, and no contact's version would tell.
    login_version: int | None = None


# --- passwords ---------------------------------------------------------------

MIN_PASSWORD_LENGTH = 12
MIN_PASSWORD_SCORE = 3  # zxcvbn's 0–4 scale: "safely unguessable"
#: zxcvbn 4.5 raises ValueError for longer input.
ZXCVBN_MAX_LENGTH = 72


class PasswordProblem(enum.StrEnum):
    TOO_SHORT = "too_short"
    GUESSABLE = "guessable"
    CONTAINS_USER_NAME = "contains_user_name"
    CONTROL_CHARACTERS = "control_characters"
    #: A lone surrogate: the hash is computed over UTF-8, which cannot encode it.
    INVALID_CHARACTER = "invalid_character"


def password_problem_message(problem: PasswordProblem) -> Message:
    """What to tell the operator about ``problem``: the one wording of each
    password rule, for the service's refusal and the form's hint alike."""
    if problem is PasswordProblem.TOO_SHORT:
        return Message("password.too_short", min_length=MIN_PASSWORD_LENGTH)
    if problem is PasswordProblem.GUESSABLE:
        return Message("password.guessable")
    if problem is PasswordProblem.CONTAINS_USER_NAME:
        return Message("password.contains_user_name")
    if problem is PasswordProblem.INVALID_CHARACTER:
        return Message("password.invalid_character")
    return Message("password.control_characters")


@dataclass(frozen=True, slots=True)
class PasswordStrength:
    score: int  # 0 (very weak) … 4 (very strong)
    problems: tuple[PasswordProblem, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def password_strength(password: str, user_inputs: Iterable[str] = ()) -> PasswordStrength:
    """How strong ``password`` is (R8) using zxcvbn's estimate of guessability.

    ``user_inputs`` are words a guesser would try first: the user name, the
    person's and the company's names.

    zxcvbn judges at most the first :data:`ZXCVBN_MAX_LENGTH` characters (it
    refuses more). That is conservative: what follows them can only make the
    password harder to guess, never easier, so a long password is as strong
    as its first 72 characters are at least ("a" * 100 stays guessable).
    """
    import zxcvbn  # imported here: it loads word lists, and most callers never need it

    words = [w for w in user_inputs if w]
    problems: list[PasswordProblem] = []
    if has_lone_surrogate(password):
        problems.append(PasswordProblem.INVALID_CHARACTER)
    if has_control_character(password):
        problems.append(PasswordProblem.CONTROL_CHARACTERS)
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(PasswordProblem.TOO_SHORT)
    lowered = password.casefold()
    for word in words:
        local = word.split("@", 1)[0].casefold()
        if len(local) >= 3 and local in lowered:
            problems.append(PasswordProblem.CONTAINS_USER_NAME)
            break
    judged = password[:ZXCVBN_MAX_LENGTH]
    score = int(zxcvbn.zxcvbn(judged, user_inputs=words)["score"]) if judged else 0
    if score < MIN_PASSWORD_SCORE:
        problems.append(PasswordProblem.GUESSABLE)
    return PasswordStrength(score, tuple(problems))


#: Letters and digits nobody mistakes for one another, read aloud or in a small
#: font: no 0/O, 1/l/I (55 characters, 5.8 bits each).
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
#: Generated passwords are read over the phone in groups: "k7Pq-x3Rm-9aTz-Wb4e".
PASSWORD_GROUP_SIZE = 4
PASSWORD_SEPARATOR = "-"
#: Words of a passphrase: common English words of 4–8 letters (zxcvbn's list,
#: most frequent first); 6 of 3,000 give 69 bits.
PASSPHRASE_WORDS = 6
_PASSPHRASE_POOL = 3000


def generate_password(groups: int = 4) -> str:
    """A random password in ``groups`` groups of four, joined by "-" (≈ 92 bits for 4).

    No look-alike characters; lower case, upper case and a digit each occur,
    and the "-" is part of the password, so portals with composition rules
    accept it and the groups are typed exactly as they are read out.
    """
    import secrets
    import string

    if groups * (PASSWORD_GROUP_SIZE + 1) - 1 < MIN_PASSWORD_LENGTH:
        raise ValueError("generated passwords are at least the minimum length")
    classes = (set(string.ascii_lowercase), set(string.ascii_uppercase), set(string.digits))
    while True:
        body = "".join(secrets.choice(PASSWORD_ALPHABET)
                       for _ in range(groups * PASSWORD_GROUP_SIZE))
        if all(any(ch in c for ch in body) for c in classes):
            return PASSWORD_SEPARATOR.join(
                body[i:i + PASSWORD_GROUP_SIZE] for i in range(0, len(body), PASSWORD_GROUP_SIZE))


def generate_passphrase(words: int = PASSPHRASE_WORDS) -> str:
    """Random common words joined by "-" ("lancet-hosted-maps-…"): easy to say and to type."""
    import secrets

    pool = _passphrase_pool()
    return PASSWORD_SEPARATOR.join(secrets.choice(pool) for _ in range(words))


@functools.cache
def _passphrase_pool() -> tuple[str, ...]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    plain = [w for w in FREQUENCY_LISTS["english_wikipedia"]
             if 4 <= len(w) <= 8 and w.isascii() and w.isalpha() and w.islower()]
    return tuple(plain[:_PASSPHRASE_POOL])
