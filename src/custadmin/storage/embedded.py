"""The embedded SQLite file: where it lives, what marks it as custadmin's.

What start-up needs before SQLAlchemy is imported (~0.5 s of a start), kept
apart from :mod:`custadmin.storage.engine` and :mod:`custadmin.storage.migrate`,
which import it.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "custadmin"

#: The newest revision among the migrations shipped with this version (a test
#: keeps it equal to Alembic's answer). A database already there opens
#: without importing Alembic, ~0.3 s of every start-up.
PACKAGED_HEAD = "0014"

#: ``PRAGMA application_id`` of custadmin's SQLite files ("CADM").
SQLITE_APPLICATION_ID = 0x4341444D


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "custadmin.sqlite3"
