"""Where the app's data files (icons, translations) are, installed or not."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """``custadmin/resources`` in a wheel or a bundle, else the repository's ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "custadmin" / "resources"
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
