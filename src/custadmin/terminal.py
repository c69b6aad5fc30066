"""Asking for a database password on the terminal (``--check`` and the scripting commands)."""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custadmin.storage.credentials import PasswordAnswer


def ask_password(where: str, may_remember: bool, failed: bool) -> PasswordAnswer | None:
    """The password for ``where`` typed at the terminal; None without a console."""
    from custadmin.storage.credentials import PasswordAnswer

    if sys.stdin is None or not sys.stdin.isatty():  # no console (Windows GUI build)
        return None
    if failed:
        print("That password was refused.", file=sys.stderr)
    password = getpass.getpass(f"Password for {where}: ")
    remember = False
    if may_remember:
        remember = input("Remember it in the system keyring? [y/N] ").strip().lower() == "y"
    return PasswordAnswer(password, remember)
