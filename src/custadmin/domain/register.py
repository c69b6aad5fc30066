"""What the customer register can be asked: a search text and a sort order."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class RegisterColumn(enum.IntEnum):
    """Columns of the register, in display order."""

    CUSTOMER_NUMBER = 0
    NAME = 1
    ORG_NUMBER = 2
    MAIN_CONTACT = 3
    EMAIL = 4
    PHONE = 5
    CITY = 6


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    text: str = ""
    sort: RegisterColumn = RegisterColumn.NAME
    descending: bool = False
