"""Why an SQLite file cannot be written, in words that say how to mend it.

SQLite says only "attempt to write a readonly database" or "unable to open
database file", whatever the cause. The causes need different remedies:

- the disk or mount is read-only: nothing on it can change, so the file is
  opened ``immutable`` for browsing (a WAL database on a read-only mount
  cannot be opened any other way without its ``-shm``);
- the file itself is read-only for this user: SQLite opens it read-only, for
  browsing;
- a companion file is read-only although the file is writable: SQLite
  creates ``-shm`` and ``-wal`` with the permissions the database file had
  at that moment, so after a read-only file is made writable again its
  read-only ``-shm`` makes every save fail, even after a restart;
- the folder is read-only: SQLite cannot create the companions a WAL
  database needs, not even to read it.

Only the standard library: no driver connection is needed to find out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from custadmin.domain.messages import Message


@dataclass(frozen=True, slots=True)
class SqliteAccess:
    """What may be done with one SQLite file, and why not more.

    ``read_only`` says why changes cannot be saved (None: they can);
    ``immutable``: nothing can change the file (a read-only mount), so it may
    be opened without locks or companion files; ``unreadable`` says why it
    cannot be opened at all (None: it can).
    """

    read_only: Message | None = None
    immutable: bool = False
    unreadable: Message | None = None


def companions(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and its shared-memory index of ``path``."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def on_read_only_mount(path: Path) -> bool:
    """Whether the filesystem holding ``path`` (or its nearest existing parent) is read-only."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _in_wal_mode(path: Path) -> bool:
    """Whether the file's header says write-ahead log (format versions 2 and 2)."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def sqlite_access(path: Path) -> SqliteAccess:
    """How ``path`` (an existing or future SQLite database file) may be used now."""
    wal, shm = companions(path)
    folder = path.parent
    if on_read_only_mount(path):
        message = Message("database.read_only_mount", path=str(path))
        if wal.exists() and wal.stat().st_size > 0:
            # Changes still in the log: ``immutable`` would not see them, and
            # reading the log needs its -shm, which cannot be made here.
            if shm.exists():
                return SqliteAccess(read_only=message)
            return SqliteAccess(read_only=message, unreadable=Message(
                "database.read_only_mount_unfinished", path=str(path), companion=wal.name))
        return SqliteAccess(read_only=message, immutable=True)
    folder_writable = os.access(folder, os.W_OK | os.X_OK)
    if not folder_writable and not (wal.exists() and shm.exists()):
        message = Message("database.read_only_folder", folder=str(folder), name=path.name)
        # Reading a WAL database needs its -shm, which cannot be created here.
        return SqliteAccess(read_only=message,
                            unreadable=message if _in_wal_mode(path) else None)
    if path.exists() and not _writable(path):
        return SqliteAccess(read_only=Message("database.read_only_permissions", path=str(path)))
    if shm.exists() and not _writable(shm):
        return SqliteAccess(read_only=Message("database.read_only_shm", companion=str(shm)))
    if wal.exists() and not _writable(wal):
        return SqliteAccess(read_only=Message("database.read_only_wal", companion=str(wal)))
    return SqliteAccess()
