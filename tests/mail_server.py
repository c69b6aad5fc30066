"""Mail in tests: a real SMTP server (aiosmtpd on 127.0.0.1) recording what it received,
and an in-memory keyring for the SMTP password."""

from __future__ import annotations

import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import keyring.backend
import keyring.errors


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    peer: Any
    tls: bool
    login: bytes | None


@dataclass
class Inbox:
    """What the server received; recipients to refuse with the reply given."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = BytesParser(policy=email.policy.default).parsebytes(envelope.original_content)
        assert isinstance(parsed, EmailMessage)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed,
                                      session.peer, session.ssl is not None,
                                      session.auth_data))
        return "250 2.0.0 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in a dict; never chosen automatically (negative priority)."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
