"""A PostgreSQL server that goes away, stops a statement or stops answering: a domain
error with a clear message, nothing half saved, and never a save that hangs."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import URL

import custadmin.storage.engine as engine_module
from custadmin.domain.accounts import AccountInput
from custadmin.domain.errors import (
    CustadminError,
    DatabaseBusy,
    DatabaseTimedOut,
    DatabaseUnavailable,
)
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, AuditEntry
from factories import new_account, open_workspace

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(migrated_pg_url: URL) -> Iterator[Workspace]:
    workspace = open_workspace(migrated_pg_url)
    try:
        yield workspace
    finally:
        workspace.dispose()


@pytest.fixture
def admin_engine(migrated_pg_url: URL) -> Iterator[Engine]:
    """Another connection to the server, as an administrator's psql would be."""
    engine = create_engine(migrated_pg_url, isolation_level="AUTOCOMMIT")
    try:
        yield engine
    finally:
        engine.dispose()


def _counts(ws: Workspace) -> tuple[int, int]:
    with ws.reading() as uow:
        return (int(uow.session.scalar(select(func.count()).select_from(Account)) or 0),
                int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0))


def _terminate(admin: Engine, pid: int) -> None:
    """pg_terminate_backend, and wait until the backend is gone."""
    with admin.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
        for _ in range(200):
            if not conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                                {"pid": pid}).scalar():
                return
            time.sleep(0.01)
    raise AssertionError(f"backend {pid} did not end")


def _assert_no_driver_error(error: BaseException) -> None:
    assert isinstance(error, CustadminError)
    assert "AdminShutdown" not in type(error).__name__
    for marker in ("Traceback", "psycopg", "sqlalche.me", "57P01"):
        assert marker not in error.message  # type: ignore[attr-defined]


# --- the limits every connection carries ----------------------------------------------------


def test_every_connection_has_a_statement_timeout_and_lock_timeout(pg: Workspace) -> None:
    with pg.reading() as first, pg.reading() as second:  # two pooled connections
        for uow in (first, second):
            show = {name: uow.session.execute(text(f"SHOW {name}")).scalar()
                    for name in ("statement_timeout", "lock_timeout",
                                 "idle_in_transaction_session_timeout")}
            assert show == {"statement_timeout": "30s", "lock_timeout": "10s",
                            "idle_in_transaction_session_timeout": "1min"}


@pytest.mark.skipif(sys.platform != "linux", reason="reads Linux TCP socket options")
def test_every_connection_has_tcp_keepalives_and_a_user_timeout(pg: Workspace) -> None:
    with pg.reading() as uow:
        driver: Any = uow.session.connection().connection.driver_connection
        assert driver.info.host == "127.0.0.1"  # TCP, not a Unix socket
        sock = socket.socket(fileno=os.dup(driver.pgconn.socket))
        try:
            options = {
                "keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                "idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                "interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                "count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                "user_timeout": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
            }
        finally:
            sock.close()
    assert options["keepalive"] == 1
    # A dead server is noticed within 45 s whatever the connection was doing.
    assert options["idle"] + options["interval"] * options["count"] < 45
    assert options["user_timeout"] < 45_000
    assert driver.info.get_parameters()["connect_timeout"] == str(engine_module.CONNECT_TIMEOUT_S)


def test_options_given_in_the_url_still_apply_after_ours(migrated_pg_url: URL) -> None:
    url = migrated_pg_url.update_query_dict({"options": "-c statement_timeout=5s"})
    ws = open_workspace(url)
    try:
        with ws.reading() as uow:
            assert uow.session.execute(text("SHOW statement_timeout")).scalar() == "5s"
            assert uow.session.execute(text("SHOW lock_timeout")).scalar() == "10s"
    finally:
        ws.dispose()


# --- a backend terminated mid-save (SQLSTATE 57P01) -------------------------------------------


def _terminate_before(engine: Engine, admin: Engine, statement: str) -> list[int]:
    """Terminate the session's backend just before it sends ``statement`` (once)."""
    done: list[int] = []

    def before(conn: Any, cursor: Any, sql: str, *_args: Any) -> None:
        if not done and sql.lstrip().upper().startswith(statement):
            pid = conn.connection.driver_connection.info.backend_pid
            done.append(pid)
            _terminate(admin, pid)

    event.listen(engine, "before_cursor_execute", before)
    return done


def test_a_backend_terminated_mid_save_is_a_lost_connection_and_nothing_is_saved(
    pg: Workspace, admin_engine: Engine,
) -> None:
    terminated = _terminate_before(pg.engine, admin_engine, "INSERT INTO ACCOUNT")
    with pytest.raises(DatabaseUnavailable) as lost:
        create_account(pg, new_account())
    assert terminated
    _assert_no_driver_error(lost.value)
    assert lost.value.message == (
        "The connection to the database server was lost: nothing was saved. Check the "
        "network, then try again.")
    assert _counts(pg) == (0, 0)
    # The pool gives the next save a new connection.
    assert create_account(pg, new_account()).name == "Hägg Bygg AB"
    assert _counts(pg)[0] == 1


def test_a_backend_terminated_at_commit_says_the_outcome_is_unknown(
    pg: Workspace, admin_engine: Engine,
) -> None:
    terminated: list[int] = []

    def before_commit(conn: Any) -> None:
        if not terminated:
            pid = conn.connection.driver_connection.info.backend_pid
            terminated.append(pid)
            _terminate(admin_engine, pid)

    event.listen(pg.engine, "commit", before_commit)
    with pytest.raises(DatabaseUnavailable) as lost:
        create_account(pg, new_account())
    assert terminated
    _assert_no_driver_error(lost.value)
    assert "may or may not have been saved" in lost.value.message
    assert _counts(pg) == (0, 0)  # here the COMMIT never reached the server


def test_a_terminated_idle_connection_in_the_pool_is_replaced(
    pg: Workspace, admin_engine: Engine,
) -> None:
    with pg.reading() as uow:
        pid = uow.session.connection().connection.driver_connection.info.backend_pid
    _terminate(admin_engine, pid)
    assert create_account(pg, new_account()).name == "Hägg Bygg AB"


# --- statements the server stops (SQLSTATE 57014, 55P03) -----------------------------------


def test_a_statement_timeout_is_a_domain_error(pg: Workspace) -> None:
    with pytest.raises(DatabaseTimedOut) as stopped, pg.writing() as uow:
        uow.session.execute(text("SET LOCAL statement_timeout = '1ms'"))
        uow.session.execute(text("SELECT pg_sleep(1)"))
    _assert_no_driver_error(stopped.value)
    assert "took too long: nothing was saved" in stopped.value.message


def test_a_statement_cancelled_by_an_administrator_is_a_domain_error(
    pg: Workspace, admin_engine: Engine,
) -> None:
    def cancel_soon(pid: int) -> None:
        time.sleep(0.3)
        with admin_engine.connect() as admin:
            admin.execute(text("SELECT pg_cancel_backend(:pid)"), {"pid": pid})

    with pytest.raises(DatabaseTimedOut) as stopped, pg.writing() as uow:
        pid = uow.session.connection().connection.driver_connection.info.backend_pid
        canceller = threading.Thread(target=cancel_soon, args=(pid,))
        canceller.start()
        try:
            uow.session.execute(text("SELECT pg_sleep(5)"))
        finally:
            canceller.join()
    _assert_no_driver_error(stopped.value)
    assert "cancelled the work" in stopped.value.message


def _hold_row_lock(admin: Engine, account_id: int) -> Any:
    conn = admin.connect().execution_options(isolation_level="READ COMMITTED")
    transaction = conn.begin()
    conn.execute(text("SELECT id FROM account WHERE id = :id FOR UPDATE"), {"id": account_id})
    return conn, transaction


def _rename(ws: Workspace, account_id: int) -> None:
    details = load_account(ws, account_id)
    update_account_details(ws, details.token, AccountInput(
        name="Annat AB", country=details.country, org_number=details.org_number),
        details.main_contact.as_input())


def test_a_save_waiting_for_a_row_lock_ends_as_busy_not_as_a_change_to_show(
    pg: Workspace, admin_engine: Engine, monkeypatch: pytest.MonkeyPatch,
    migrated_pg_url: URL,
) -> None:
    account = create_account(pg, new_account())
    monkeypatch.setitem(engine_module.SERVER_LIMITS, "lock_timeout", 300)
    impatient = open_workspace(migrated_pg_url)
    conn, transaction = _hold_row_lock(admin_engine, account.id)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy:
            _rename(impatient, account.id)
        assert time.monotonic() - started < 5
        assert "try again" in busy.value.message
    finally:
        transaction.rollback()
        conn.close()
        impatient.dispose()
    assert load_account(pg, account.id).name == "Hägg Bygg AB"


def test_a_save_that_runs_too_long_is_stopped_with_a_message(
    pg: Workspace, admin_engine: Engine, monkeypatch: pytest.MonkeyPatch,
    migrated_pg_url: URL,
) -> None:
    # A save held up longer than the statement timeout (here: by a row lock
    # that outlasts it), through a real service.
    account = create_account(pg, new_account())
    monkeypatch.setitem(engine_module.SERVER_LIMITS, "statement_timeout", 300)
    monkeypatch.setitem(engine_module.SERVER_LIMITS, "lock_timeout", 0)
    impatient = open_workspace(migrated_pg_url)
    conn, transaction = _hold_row_lock(admin_engine, account.id)
    try:
        with pytest.raises(DatabaseTimedOut) as stopped:
            _rename(impatient, account.id)
    finally:
        transaction.rollback()
        conn.close()
        impatient.dispose()
    _assert_no_driver_error(stopped.value)
    assert load_account(pg, account.id).name == "Hägg Bygg AB"


# --- a black-holed network ----------------------------------------------------------------


#: The relay of the server's namespace: a TCP port on its end of a veth pair,
#: relayed to a Unix socket of the test (a Unix socket crosses namespaces).
_SERVER_SIDE = r"""
import os, socket, subprocess, sys, threading, time
unix_path, port = sys.argv[1], int(sys.argv[2])

def watch_parent():  # ends with the client, however that ends
    sys.stdin.read()
    os._exit(0)

threading.Thread(target=watch_parent, daemon=True).start()
while subprocess.run(["ip", "link", "show", "dev", "srv0"], capture_output=True).returncode:
    time.sleep(0.01)  # until the client's namespace hands the link over
for command in (["ip", "link", "set", "lo", "up"], ["ip", "addr", "add", "10.231.0.2/24",
                "dev", "srv0"], ["ip", "link", "set", "dev", "srv0", "up"]):
    subprocess.run(command, check=True)
listener = socket.create_server(("10.231.0.2", port))
print("ready", flush=True)

def pump(src, dst):
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass

while True:
    client, _ = listener.accept()
    upstream = socket.socket(socket.AF_UNIX)
    upstream.connect(unix_path)
    for a, b in ((client, upstream), (upstream, client)):
        threading.Thread(target=pump, args=(a, b), daemon=True).start()
"""

#: The client, in a namespace of its own linked to the server's by a veth
#: pair: a save is under way when the server's side stops answering (a
#: blackhole route there drops every reply and acknowledgement).
_CLIENT_SIDE = r"""
import json, os, subprocess, sys, time
unix_path, url, tests_folder = sys.argv[1], sys.argv[2], sys.argv[3]
run = lambda *command: subprocess.run(list(command), check=True)
run("ip", "link", "set", "lo", "up")
run("ip", "link", "add", "name", "cli0", "type", "veth", "peer", "name", "srv0")
server = subprocess.Popen(["unshare", "-n", sys.executable, "-c", sys.argv[4], unix_path,
                           "6432"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)
try:
    while os.readlink(f"/proc/{server.pid}/ns/net") == os.readlink("/proc/self/ns/net"):
        time.sleep(0.01)  # until unshare has made the server's namespace
    run("ip", "link", "set", "dev", "srv0", "netns", str(server.pid))
    run("ip", "addr", "add", "10.231.0.1/24", "dev", "cli0")
    run("ip", "link", "set", "dev", "cli0", "up")
    assert server.stdout.readline().strip() == "ready"
    sys.path.insert(0, tests_folder)
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from custadmin.services.accounts import count_accounts, create_account
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from factories import new_account
    ws = Workspace(open_database(make_url(url).set(host="10.231.0.2", port=6432)))
    before = count_accounts(ws)
    started = 0.0
    try:
        with ws.writing() as uow:
            uow.session.execute(text("SELECT 1"))  # the save has begun
            run("nsenter", "-t", str(server.pid), "-n", "ip", "route", "add", "blackhole",
                "10.231.0.1/32")
            started = time.monotonic()
            uow.session.execute(text("INSERT INTO counter (name, value) VALUES ('x', 1)"))
            uow.commit()
        outcome = {"error": None}
    except Exception as exc:
        outcome = {"error": type(exc).__name__, "message": getattr(exc, "message", str(exc))}
    outcome["seconds"] = time.monotonic() - started
    print(json.dumps(outcome), flush=True)
finally:
    server.kill()
"""


def _relay_to_server(path: str, server: tuple[str, int]) -> socket.socket:
    """A Unix socket at ``path`` that relays each connection to ``server`` (TCP)."""
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen()

    def pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            dst.close()

    def accept() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(server)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=pump, args=(a, b), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return listener


def test_a_black_holed_network_ends_a_save_within_45_seconds(
    migrated_pg_url: URL, tmp_path: os.PathLike[str],
) -> None:
    import json
    import shutil
    import subprocess

    if os.geteuid() != 0 or not all(map(shutil.which, ("unshare", "nsenter", "ip"))):
        pytest.skip("needs root, unshare, nsenter and ip to black-hole a network")
    probe = subprocess.run(["unshare", "-n", "ip", "link", "add", "name", "cli0", "type",
                            "veth", "peer", "name", "srv0"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("cannot create a network namespace here")
    relay_path = os.path.join(tmp_path, "pg.sock")
    relay = _relay_to_server(relay_path, (migrated_pg_url.host or "127.0.0.1",
                                          migrated_pg_url.port or 5432))
    tests_folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        started = time.monotonic()
        child = subprocess.run(
            ["unshare", "-n", sys.executable, "-c", _CLIENT_SIDE, relay_path,
             migrated_pg_url.render_as_string(hide_password=False), tests_folder,
             _SERVER_SIDE],
            capture_output=True, text=True, timeout=90, check=False,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        elapsed = time.monotonic() - started
    except subprocess.TimeoutExpired:
        pytest.fail("the save was still waiting after 90 seconds")
    finally:
        relay.close()
    assert child.returncode == 0, child.stderr[-3000:]
    outcome = json.loads(child.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "DatabaseUnavailable", outcome
    assert "connection to the database server was lost" in outcome["message"]
    assert outcome["seconds"] < 45, outcome
    assert elapsed < 60
