"""The layers depend one way: ``ui → services → domain``, ``services → storage → domain``.

Domain, storage and services never depend on Qt; the UI never reaches below
the services (no ``custadmin.storage`` import in ``ui/``).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import custadmin

PACKAGE_ROOT = Path(custadmin.__file__).resolve().parent
SRC_ROOT = PACKAGE_ROOT.parent
LAYERS = ("domain", "storage", "services")
QT_PREFIXES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "custadmin.ui", "custadmin.app")


def _layer_files() -> list[Path]:
    files = [p for layer in LAYERS for p in sorted((PACKAGE_ROOT / layer).rglob("*.py"))]
    assert len(files) >= 10, files  # the walk really found the code
    return files


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(SRC_ROOT).with_suffix("").parts)


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def _is_qt(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in QT_PREFIXES)


@pytest.mark.parametrize("path", _layer_files(), ids=lambda p: _module_name(p))
def test_no_qt_import_in_source(path: Path) -> None:
    qt = sorted(m for m in _imported_modules(path) if _is_qt(m))
    assert not qt, f"{path} imports {qt}"


def test_import_check_detects_qt(tmp_path: Path) -> None:
    # The checker itself must see each import form, or the test above proves nothing.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\n"
        "import PySide6\n"
        "from PySide6.QtCore import QObject\n"
        "def later():\n"
        "    from shiboken6 import isValid\n"
        "    importlib.import_module('PySide6.QtWidgets')\n",
        encoding="utf-8",
    )
    qt = {m for m in _imported_modules(sample) if _is_qt(m)}
    assert {"PySide6", "PySide6.QtCore", "shiboken6", "PySide6.QtWidgets"} <= qt
    assert "os" not in qt


def test_importing_the_layers_loads_no_qt() -> None:
    modules = [
        _module_name(p).removesuffix(".__init__")
        for p in _layer_files()
        if "migrations" not in p.relative_to(PACKAGE_ROOT).parts
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "                or m.startswith('custadmin.ui'))\n"
        "print(len(sys.modules))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC_ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 50  # the modules really were imported


def _ui_files() -> list[Path]:
    files = sorted((PACKAGE_ROOT / "ui").rglob("*.py"))
    assert len(files) >= 30, files  # the walk really found the UI
    return files


def _is_storage(module: str) -> bool:
    return module == "custadmin.storage" or module.startswith("custadmin.storage.")


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: _module_name(p))
def test_the_ui_imports_no_storage(path: Path) -> None:
    storage = sorted(m for m in _imported_modules(path) if _is_storage(m))
    assert not storage, f"{path} imports {storage}: ui/ depends on services only"


def test_the_storage_check_sees_storage_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from custadmin.storage.database import Database\n"
        "import custadmin.storage.schema\n"
        "from custadmin import storage\n"
        "from custadmin.services.workspace import Workspace\n",
        encoding="utf-8",
    )
    found = {m for m in _imported_modules(sample) if _is_storage(m)}
    assert found == {"custadmin.storage.database", "custadmin.storage.database.Database",
                     "custadmin.storage.schema", "custadmin.storage"}


@pytest.mark.parametrize("layer", ["domain", "storage"])
def test_lower_layers_import_no_higher_one(layer: str) -> None:
    higher = {"domain": ("custadmin.storage", "custadmin.services", "custadmin.ui"),
              "storage": ("custadmin.services", "custadmin.ui")}[layer]
    found = {
        str(path.relative_to(PACKAGE_ROOT)): sorted(
            m for m in _imported_modules(path)
            if any(m == h or m.startswith(h + ".") for h in higher))
        for path in sorted((PACKAGE_ROOT / layer).rglob("*.py"))
    }
    assert {name: mods for name, mods in found.items() if mods} == {}
