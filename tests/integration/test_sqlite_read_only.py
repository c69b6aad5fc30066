"""A read-only SQLite database says what is read-only and how to mend it, and is opened
for browsing where it can be: a read-only file, a read-only disk. The trap: SQLite makes
the ``-shm`` companion read-only while the file is, and it stays so afterwards."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from custadmin.domain.errors import DatabaseReadOnly
from custadmin.services.accounts import count_accounts, create_account
from custadmin.storage.migrate import open_database
from factories import new_account, open_workspace

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _permissions_bite() -> bool:
    """Whether a read-only file stops this process (not root, or root without
    CAP_DAC_OVERRIDE, e.g. ``setpriv --bounding-set=-dac_override,-dac_read_search``)."""
    if sys.platform == "win32":
        return False
    probe = Path(tempfile.mkdtemp()) / "probe"
    try:
        probe.touch()
        probe.chmod(0o444)
        try:
            with probe.open("ab"):
                return False
        except PermissionError:
            return True
    finally:
        probe.chmod(0o644)
        shutil.rmtree(probe.parent)


needs_permissions = pytest.mark.skipif(
    not _permissions_bite(),
    reason="file permissions do not stop this user (root): run as another user, or as "
    "root without CAP_DAC_OVERRIDE, to see them bite")


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    database = tmp_path / "custadmin.sqlite3"
    ws = open_workspace(str(database))
    try:
        create_account(ws, new_account())
    finally:
        ws.dispose()
    yield database
    for item in (tmp_path, *tmp_path.iterdir()):
        item.chmod(0o755 if item.is_dir() else 0o644)


def _companion(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


@needs_permissions
def test_a_read_only_file_is_browsed_and_a_save_says_why(path: Path) -> None:
    path.chmod(0o444)
    ws = open_workspace(str(path))
    try:
        assert count_accounts(ws) == 1
        assert ws.read_only is not None and "is read-only for you" in ws.read_only
        with pytest.raises(DatabaseReadOnly) as refused:
            create_account(ws, new_account(name="Ny AB", email="ny@ny.se"))
        assert refused.value.message == ws.read_only
        assert str(path) in refused.value.message and "chmod u+w" in refused.value.message
        assert count_accounts(ws) == 1
    finally:
        ws.dispose()


@needs_permissions
def test_the_read_only_shm_left_behind_is_named_with_its_remedy(path: Path) -> None:
    path.chmod(0o444)
    open_workspace(str(path)).dispose()  # browsed: SQLite made -shm as the file was
    shm = _companion(path, "-shm")
    assert shm.exists() and not os.access(shm, os.W_OK)
    path.chmod(0o644)  # writable again, and still every save fails: the trap
    ws = open_workspace(str(path))
    try:
        assert count_accounts(ws) == 1
        with pytest.raises(DatabaseReadOnly) as refused:
            create_account(ws, new_account(name="Ny AB", email="ny@ny.se"))
        message = refused.value.message
        assert message == ws.read_only
        assert message == (
            f"The database's companion file {shm} is read-only (SQLite made it so while the "
            "database was read-only), so nothing can be saved. Make it writable, or delete it "
            "while custadmin is closed; then start custadmin again.")
        assert count_accounts(ws) == 1
    finally:
        ws.dispose()
    # Mended as the message says: saves work again.
    shm.unlink()
    ws = open_workspace(str(path))
    try:
        assert ws.read_only is None
        create_account(ws, new_account(name="Ny AB", email="ny@ny.se"))
        assert count_accounts(ws) == 2
    finally:
        ws.dispose()


@needs_permissions
def test_a_read_only_folder_says_so_instead_of_missing(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        _companion(path, suffix).unlink(missing_ok=True)
    path.parent.chmod(0o555)
    with pytest.raises(DatabaseReadOnly) as refused:
        open_database(str(path))
    assert refused.value.message == (
        f"The folder {path.parent} is read-only for you, and SQLite needs to create the "
        f"database's companion files ({path.name}-wal and {path.name}-shm) there. Make the "
        "folder writable, or move the database to a folder you may write to.")


# --- a read-only disk (a mount namespace of its own: runs as root) --------------------------

_ON_READ_ONLY_MOUNT = r"""
import json, shutil, sqlite3, subprocess, sys
folder, tests_folder = sys.argv[1], sys.argv[2]
sys.path.insert(0, tests_folder)
run = lambda *command: subprocess.run(list(command), check=True)
run("mount", "-t", "tmpfs", "-o", "size=50m", "tmpfs", folder)
from custadmin.domain.errors import CustadminError
from custadmin.services.accounts import count_accounts, create_account
from factories import new_account, open_workspace
clean, live = f"{folder}/clean.sqlite3", f"{folder}/live.sqlite3"
ws = open_workspace(clean)
create_account(ws, new_account())
ws.dispose()
# A copy taken while its changes were still in the log (as a backup of a file in
# use would be), without the -shm.
writer = sqlite3.connect(clean)
writer.execute("PRAGMA wal_autocheckpoint = 0")
writer.execute("UPDATE account SET name = 'Copied AB'")
writer.commit()
shutil.copyfile(clean, live)
shutil.copyfile(clean + "-wal", live + "-wal")
writer.close()
run("mount", "-o", "remount,ro", folder)
result = {}
for name, path in (("clean", clean), ("live", live)):
    try:
        ws = open_workspace(path)
    except CustadminError as exc:
        result[name] = {"open": type(exc).__name__, "message": exc.message}
        continue
    entry = {"accounts": count_accounts(ws), "read_only": ws.read_only}
    try:
        create_account(ws, new_account(name="Ny AB", email="ny@ny.se"))
        entry["save"] = None
    except CustadminError as exc:
        entry["save"] = type(exc).__name__
        entry["message"] = exc.message
    entry["after"] = count_accounts(ws)
    ws.dispose()
    result[name] = entry
print(json.dumps(result))
"""


def test_a_database_on_a_read_only_disk_is_browsed_not_missing(tmp_path: Path) -> None:
    if not ROOT or not shutil.which("unshare"):
        pytest.skip("mounting a read-only disk needs root (in a mount namespace)")
    folder = tmp_path / "disk"
    folder.mkdir()
    tests_folder = str(Path(__file__).resolve().parent.parent)
    child = subprocess.run(
        ["unshare", "-m", "--propagation", "private", sys.executable, "-c",
         _ON_READ_ONLY_MOUNT, str(folder), tests_folder],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    if child.returncode != 0 and "mount" in child.stderr and "permission" in child.stderr.lower():
        pytest.skip("mounting is not allowed here")
    assert child.returncode == 0, child.stderr[-3000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    clean = result["clean"]
    assert clean["accounts"] == 1 and clean["after"] == 1
    assert clean["save"] == "DatabaseReadOnly"
    assert clean["message"] == clean["read_only"] == (
        f"{folder}/clean.sqlite3 is on a read-only disk: it is open for browsing and changes "
        "cannot be saved. To change it, make the disk writable, or copy the database to a "
        "writable folder while custadmin is closed.")
    live = result["live"]
    assert live["open"] == "DatabaseReadOnly"
    assert "live.sqlite3-wal holds saved changes" in live["message"]
