"""The languages custadmin speaks, which one the operator gets, and where its words come from.

English is the source language. Swedish and Danish are Qt Linguist files,
``resources/translations/custadmin_<language>.ts``, kept current with
``pyside6-lupdate`` (:func:`update_sources`) and compiled to ``.qm`` by the
build (the hatch build hook ``hatch_build.py``, and ``custadmin.spec``), never
committed. ``custadmin_en.ts`` holds only the English plural forms ("1
account", "2 accounts") of the texts written with Qt's ``%n``.

The language is the one chosen in the settings (*Tools → Language…*), else
the system's when custadmin speaks it, else English; its locale formats
numbers and dates and decides the alphabet names sort in.

This module does not import Qt at import time: the build hook loads it to
compile the catalogues, with nothing but PySide6's tools.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

#: The languages, by code: English (the source), Swedish, Danish.
LANGUAGES = ("en", "sv", "da")
#: Each language's name in itself, as the chooser lists it.
NATIVE_NAMES = {"en": "English", "sv": "Svenska", "da": "Dansk"}
#: The QSettings key of the chosen language ("" or missing: the system's).
SETTING = "ui/language"
#: The catalogue files' name before ``_<language>``.
CATALOGUE = "custadmin"


def _pyside_tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"PySide6's {name} is not installed next to {folder}")


def source_files(package: Path) -> list[Path]:
    """The Python files whose texts go into the catalogues."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def update_sources(package: Path, folder: Path, languages: Sequence[str] = LANGUAGES) -> str:
    """Run ``pyside6-lupdate`` over ``package`` into ``folder``'s ``.ts`` files; its report.

    New texts come in unfinished, vanished ones are dropped (``-no-obsolete``),
    and no line numbers are stored (an unrelated edit changes no catalogue).
    """
    files = [str(p) for p in source_files(package)]
    command = [str(_pyside_tool("lupdate")), *files, "-no-obsolete", "-locations", "none"]
    reports = []
    for language in languages:
        target = folder / f"{CATALOGUE}_{language}.ts"
        extra = ["-pluralonly"] if language == "en" else []
        done = subprocess.run([*command, *extra, "-target-language", language,
                               "-ts", str(target)], capture_output=True, text=True, check=True)
        reports.append(done.stdout + done.stderr)
    return "".join(reports)


def compile_catalogues(folder: Path, target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to ``.qm`` (in ``target``, else beside it)."""
    lrelease = _pyside_tool("lrelease")
    written = []
    for source in sorted(folder.glob(f"{CATALOGUE}_*.ts")):
        compiled = (target or folder) / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)],
                       check=True, capture_output=True)
        written.append(compiled)
    return written


# --- at run time ---------------------------------------------------------------------


def language_of(locale_name: str) -> str:
    """The language custadmin speaks to someone whose locale is ``locale_name`` ("sv_SE" …)."""
    code = locale_name.replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the settings, else the system's (when spoken), else English."""
    from PySide6.QtCore import QLocale

    chosen = str(settings.value(SETTING, "") or "")
    if chosen in LANGUAGES:
        return chosen
    return language_of(QLocale.system().name())


def locale_for(language: str) -> QLocale:
    """The locale numbers and dates are written in for ``language``."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install(app: QCoreApplication, language: str, folder: Path) -> list[QTranslator]:
    """Speak ``language`` from now on: its locale as the default, Qt's own
    words and custadmin's catalogue installed. Keep what is returned alive."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(locale_for(language))
    installed = []
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOGUE, str(folder)),
    ):
        if name == "qtbase" and language == "en":
            continue
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", where):
            app.installTranslator(translator)
            installed.append(translator)
        elif name == CATALOGUE:
            log.warning("no compiled %s catalogue in %s: %s is shown in English",
                        language, where, language)
    return installed


def uninstall(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


if __name__ == "__main__":  # python -m custadmin.translations [update|compile]
    root = Path(__file__).resolve().parents[2]
    folder = root / "resources" / "translations"
    if sys.argv[1:] == ["update"]:
        print(update_sources(Path(__file__).resolve().parent, folder))
    elif sys.argv[1:] == ["compile"]:
        print("\n".join(str(p) for p in compile_catalogues(folder)))
    else:
        sys.exit("usage: python -m custadmin.translations update|compile")
