"""What the register view reads from, without SQLAlchemy.

The register model asks a :class:`RegisterSource` for the first page of a
query, every matching ID, IDs by position and the stored lines of a few
accounts. :class:`custadmin.services.register.DatabaseRegister` answers
through SQLAlchemy; :class:`custadmin.storage.quick_register.QuickRegister`
answers the whole register with the standard library's ``sqlite3`` at
start-up, before SQLAlchemy (~0.5 s to import) is loaded, and hands over to
the full reader once it is there (:class:`StartupRegister`). This module is
what the UI sees of both and imports neither.
"""

from __future__ import annotations

from custadmin.domain.register import FIRST_PAGE_ROWS, RegisterPage, StoredRegisterRow
from custadmin.storage.register_reading import (
    RegisterSource,
    SearchCancel,
    SearchCancelled,
    StartupRegister,
)

__all__ = ["FIRST_PAGE_ROWS", "RegisterPage", "RegisterSource", "SearchCancel",
           "SearchCancelled", "StartupRegister", "StoredRegisterRow"]
