"""A shared database started without a person at the keyboard (issue 19, point 1).

``CUSTADMIN_OPERATOR`` and ``CUSTADMIN_PASSWORD`` sign the operator in: the
app paints its register and quits (``--quit-after-first-paint``), as the
register benchmark times it. A wrong password stops the start with the
sign-in's refusal and no dialog, so nothing waits for ever.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from custadmin.app import OPERATOR_ENV, PASSWORD_ENV
from custadmin.domain.operators import OperatorRole
from custadmin.services.operators import create_operator
from factories import open_workspace

PASSWORD = "Lantern-Quarry-Oboe-42"

pytestmark = pytest.mark.postgres


def _start(url: URL, tmp_path: Path, name: str, password: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env[OPERATOR_ENV], env[PASSWORD_ENV] = name, password
    return subprocess.run(
        [sys.executable, "-m", "custadmin", "--database",
         url.render_as_string(hide_password=False), "--quit-after-first-paint"],
        capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def operator_url(migrated_pg_url: URL) -> URL:
    ws = open_workspace(migrated_pg_url)
    try:
        create_operator(ws, "skript", "Skript", OperatorRole.SUPPORT_AGENT, PASSWORD)
    finally:
        ws.dispose()
    return migrated_pg_url


def test_the_environment_signs_the_operator_in_and_the_register_paints(
        operator_url: URL, tmp_path: Path) -> None:
    done = _start(operator_url, tmp_path, "skript", PASSWORD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("first paint:")


def test_a_wrong_password_stops_the_start_with_the_refusal_and_no_dialog(
        operator_url: URL, tmp_path: Path) -> None:
    done = _start(operator_url, tmp_path, "skript", "not the password")
    assert done.returncode != 0
    assert "first paint" not in done.stdout
    assert "not the password" not in done.stderr + done.stdout  # never echoed
    assert done.stderr.strip().splitlines()[-1].startswith("custadmin: ")


def test_the_database_opens_before_qt_and_the_sign_in_runs_on_its_own_thread(
        operator_url: URL, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app opens a shared database and starts the sign-in before it imports Qt, so
    that verifying the password (argon2id, C code without the GIL) overlaps that import.
    The password leaves the environment on the main thread; a refusal reaches the main
    thread as the sign-in's own error."""
    import threading

    from custadmin import app
    from custadmin.services import operators

    threads: list[str] = []
    real_sign_in = operators.sign_in

    def sign_in(*args: object) -> object:
        threads.append(threading.current_thread().name)
        return real_sign_in(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(operators, "sign_in", sign_in)
    url = operator_url.render_as_string(hide_password=False)
    for password, accepted in ((PASSWORD, True), ("not the password", False)):
        monkeypatch.setenv(OPERATOR_ENV, "skript")
        monkeypatch.setenv(PASSWORD_ENV, password)
        ahead = app._OpenedAhead(app.parse_args(["--database", url]))
        assert PASSWORD_ENV not in os.environ
        assert ahead.workspace is not None and ahead.error is None
        assert ahead.signing_in is not None
        try:
            if accepted:
                signed = app._operator_workspace(ahead.workspace, "shared", ahead.signing_in)
                assert signed is not None and signed.actor.name == "Skript"
            else:
                with pytest.raises(operators.SignInFailed):
                    app._operator_workspace(ahead.workspace, "shared", ahead.signing_in)
        finally:
            ahead.workspace.dispose()
        assert threads[-1].startswith("custadmin-sign-in")
    assert threading.current_thread().name not in threads
