"""What every benchmark script shares: exit codes, errors, finding the package, output, memory."""

from __future__ import annotations

import importlib.util
import os
import resource
import sys
from pathlib import Path

#: The source tree next to the benchmarks, for an interpreter without the project installed.
SRC = Path(__file__).resolve().parents[1] / "src"
EXIT_FAILED = 1
EXIT_REFUSED = 2


class BenchError(Exception):
    """The benchmark could not run as it must (a child died, a timeout): exit 1."""


class Refused(Exception):
    """The database cannot be used as asked: exit 2."""


def ensure_importable() -> None:
    """Import ``custadmin`` from the source tree when the interpreter has not got it
    installed; spawned children (worker processes) get it through PYTHONPATH."""
    if importlib.util.find_spec("custadmin") is None:
        sys.path.insert(0, str(SRC))
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p
        )


def say(text: str) -> None:
    """A line of progress, shown at once also when the output is piped."""
    print(text, flush=True)


def peak_rss_mb() -> float:
    """This process's peak memory (ru_maxrss is in KiB on Linux, which these target)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def stored_accounts(url: str, where: str, sqlite_path: Path | None) -> int | None:
    """How many accounts the benchmark's database holds (None: an SQLite file not made
    yet); a database that cannot be opened is :class:`Refused`, said with ``where``."""
    from custadmin.domain.errors import StorageError
    from custadmin.services.accounts import count_accounts
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    if sqlite_path is not None and not sqlite_path.exists():
        return None
    try:
        ws = Workspace(open_database(url, create=False))
    except StorageError as exc:
        message = exc.message
        if not message.startswith(where):
            message = f"{where}: {message}"
        raise Refused(message) from exc
    try:
        return count_accounts(ws)
    finally:
        ws.dispose()
