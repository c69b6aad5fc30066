"""`custadmin import` / `custadmin export`: output, reports and exit codes."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from custadmin import cli
from custadmin.services.accounts import bulk_create_accounts, count_accounts
from custadmin.services.demo import generate_demo_accounts
from custadmin.storage.migrate import open_database
from factories import open_workspace

HEADER = "Företag,Land,Förnamn,Efternamn,E-post,Telefon,Adress,Postnummer,Ort\n"
GOOD = "Hägg Bygg AB,SE,Anna,Lind,anna@hagg.se,070-123 45 67,Storgatan 1,111 22,Stockholm\n"
BAD = "Lind AB,SE,Per,Lind,not-an-email,070-123 45 67,Storgatan 1,111 22,Stockholm\n"


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    open_database(path).dispose()
    return path


def accounts_in(path: str) -> int:
    db = open_workspace(path)
    try:
        return count_accounts(db)
    finally:
        db.dispose()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_of_a_clean_file_exits_0(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "in.csv", HEADER + GOOD)
    assert cli.main(["import", str(source), "--database", database]) == cli.EXIT_OK
    out = capsys.readouterr()
    assert "Imported 1 accounts with 1 contacts (customer numbers 10001–10001)" in out.out
    assert "Checking: 100%" in out.err  # plain progress lines when not a terminal
    assert accounts_in(database) == 1


def test_refused_rows_are_reported_and_exit_1(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "in.csv", HEADER + GOOD + BAD)
    report = tmp_path / "report.csv"
    code = cli.main(["import", str(source), "--database", database, "--report", str(report)])
    assert code == cli.EXIT_REJECTED
    out = capsys.readouterr().out
    assert "line 3, Email “not-an-email”: Not a valid email address" in out
    assert "Imported 1 accounts" in out  # the valid one went in
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == ["3", "Email"]


def test_dry_run_and_all_or_nothing_import_nothing(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "in.csv", HEADER + GOOD + BAD)
    assert cli.main(["import", str(source), "--database", database, "--dry-run"]) == 1
    assert "Nothing imported (--dry-run)" in capsys.readouterr().out
    assert cli.main(["import", str(source), "--database", database,
                     "--all-or-nothing"]) == 1
    assert "Nothing imported (--all-or-nothing)" in capsys.readouterr().out
    assert accounts_in(database) == 0
    clean = write(tmp_path / "clean.csv", HEADER + GOOD)
    assert cli.main(["import", str(clean), "--database", database, "--dry-run"]) == 0
    assert accounts_in(database) == 0


def test_mapping_on_the_command_line(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "in.csv", HEADER.replace("E-post", "Kontakt") + GOOD)
    assert cli.main(["import", str(source), "--database", database]) == cli.EXIT_FILE
    assert "No column holds Email" in capsys.readouterr().out
    assert cli.main(["import", str(source), "--database", database,
                     "--mapping", "email=Kontakt"]) == cli.EXIT_OK
    spec = write(tmp_path / "mapping.json", '{"email": "Nope"}')
    assert cli.main(["import", str(source), "--database", database,
                     "--mapping", str(spec)]) == cli.EXIT_FILE
    assert "no column 'Nope'" in capsys.readouterr().err


def test_bad_file_and_bad_database_exit_3_and_2(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "x.csv"
    garbage.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 10)
    assert cli.main(["import", str(garbage), "--database", database]) == cli.EXIT_FILE
    assert "neither UTF-8 nor Windows-1252" in capsys.readouterr().out
    assert cli.main(["import", str(tmp_path / "missing.csv"), "--database", database]) == 3
    assert "no such file" in capsys.readouterr().err
    source = write(tmp_path / "in.csv", HEADER + GOOD)
    not_ours = tmp_path / "other.sqlite3"
    not_ours.write_bytes(b"this is not a database at all" * 100)
    assert cli.main(["import", str(source), "--database", str(not_ours)]) == cli.EXIT_DATABASE
    err = capsys.readouterr().err
    assert err.startswith("custadmin: ") and "Traceback" not in err
    missing_db = str(tmp_path / "nowhere.sqlite3")
    assert cli.main(["export", str(tmp_path / "o.csv"), "--database", missing_db]) == 2
    assert "--new" in capsys.readouterr().err


def test_export_and_search(database: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    db = open_workspace(database)
    bulk_create_accounts(db, generate_demo_accounts(30, seed=5))
    db.dispose()
    out = tmp_path / "all.xlsx"
    assert cli.main(["export", str(out), "--database", database]) == cli.EXIT_OK
    assert "Exported 30 accounts (30 rows)" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"PK")
    some = tmp_path / "some.txt"
    assert cli.main(["export", str(some), "--database", database, "--search", "AB",
                     "--format", "csv"]) == 0
    assert some.read_text(encoding="utf-8-sig").startswith("Customer number,")
    assert cli.main(["export", str(tmp_path / "no" / "dir.csv"), "--database",
                     database]) == cli.EXIT_FILE


def test_wrong_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import"]) == 2
    assert "FILE" in capsys.readouterr().err


def test_python_m_custadmin_import_in_a_subprocess_without_qt(
    database: str, tmp_path: Path
) -> None:
    source = write(tmp_path / "in.csv", HEADER + GOOD + BAD)
    code = (
        "import runpy, sys\n"
        "sys.argv = ['custadmin', 'import', sys.argv[1], '--database', sys.argv[2]]\n"
        "try:\n"
        "    runpy.run_module('custadmin', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "    print('QT', loaded)\n"
        "    raise\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(cli.__file__).parents[1])}
    result = subprocess.run([sys.executable, "-c", code, str(source), database],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == cli.EXIT_REJECTED, result.stderr
    assert "line 3, Email" in result.stdout
    assert "QT []" in result.stdout
    plain = subprocess.run([sys.executable, "-m", "custadmin", "export",
                            str(tmp_path / "o.csv"), "--database", database],
                           capture_output=True, text=True, env=env, timeout=120, check=False)
    assert plain.returncode == 0, plain.stderr
    assert "Exported 1 accounts" in plain.stdout
