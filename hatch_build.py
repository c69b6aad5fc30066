"""Build hook: compile the Qt Linguist catalogues (``.ts`` → ``.qm``) for every build.

Runs for wheels and for editable installs (``pip install -e .``), so the
compiled catalogues are never committed and never stale. It uses PySide6's
``lrelease`` (PySide6 is a build requirement) through
``custadmin.translations``, loaded from its file: the package itself is not
installed while it is being built.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "_custadmin_translations", root / "src" / "custadmin" / "translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        compiled = module.compile_catalogues(root / "resources" / "translations")
        self.app.display_info(f"compiled {len(compiled)} translation catalogues")
