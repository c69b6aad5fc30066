"""Swedish and Danish are complete, current with the code, and say what the English says.

Every later feature ships its Swedish and Danish with it: this fails while a
catalogue has an unfinished, obsolete or vanished entry, or while the code
has a text the catalogues do not (``pyside6-lupdate`` is run into a copy).
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from custadmin import translations
from custadmin.domain import messages
from custadmin.paths import resource_path

FOLDER = resource_path("translations")
PACKAGE = Path(translations.__file__).parent
TRANSLATED = ("sv", "da")
#: {name}, %n, %Ln, %1: what the code fills in.
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.findall("context")
            for m in ctx.findall("message")]


def _forms(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.findall("numerusform")]
    return [node.text or ""]


def _mnemonics(text: str) -> int:
    # "&&" is a literal ampersand, "& " an ampersand the widget doubles itself.
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_finished(language: str) -> None:
    path = FOLDER / f"custadmin_{language}.ts"
    open_entries = [
        f"{context}: {m.findtext('source')!r} ({m.find('translation').get('type')})"  # type: ignore[union-attr]
        for context, m in _messages(path)
        if m.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}  # type: ignore[union-attr]
        or not all(f.strip() for f in _forms(m))
    ]
    assert not open_entries, f"{path.name}: {len(open_entries)} open: {open_entries[:20]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(language: str) -> None:
    wrong = []
    for context, m in _messages(FOLDER / f"custadmin_{language}.ts"):
        source = m.findtext("source") or ""
        forms = _forms(m)
        if m.get("numerus") == "yes" and len(forms) != 2:
            wrong.append((context, source, "needs two plural forms"))
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                wrong.append((context, source, form))
            elif _mnemonics(source) != _mnemonics(form):
                wrong.append((context, source, f"mnemonic: {form}"))
    assert not wrong, wrong[:20]


def test_the_catalogues_are_current_with_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing new and nothing gone."""
    for path in FOLDER.glob("custadmin_*.ts"):
        shutil.copy(path, tmp_path / path.name)
    translations.update_sources(PACKAGE, tmp_path)
    for language in (*TRANSLATED, "en"):
        name = f"custadmin_{language}.ts"
        before = {(c, m.findtext("source"), m.get("numerus")) for c, m in _messages(FOLDER / name)}
        after = {(c, m.findtext("source"), m.get("numerus"))
                 for c, m in _messages(tmp_path / name)}
        assert after == before, (
            f"{name} is not current: run python -m custadmin.translations update; "
            f"new {sorted(after - before)[:10]}, gone {sorted(before - after)[:10]}")


def test_every_domain_message_is_in_the_catalogues() -> None:
    """Messages are codes worded once (domain/messages.py); each wording is translated."""
    sources = {m.findtext("source") for c, m in _messages(FOLDER / "custadmin_sv.ts")
               if c == messages.CONTEXT}
    assert set(messages.ENGLISH.values()) <= sources


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_the_build_compiled_each_catalogue(language: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"custadmin_{language}", str(FOLDER)), (
        f"custadmin_{language}.qm is missing: pip install -e . compiles it (hatch_build.py)")
    if language == "en":
        assert translator.translate("RegisterPanel", "%Ln accounts", "", 1) == "%Ln account"
    else:
        assert translator.translate("Actions", "&Save") not in ("", "&Save")


@pytest.mark.parametrize(("locale", "language"), [
    ("sv_SE", "sv"), ("sv_FI", "sv"), ("da_DK", "da"), ("en_US", "en"), ("nb_NO", "en"),
    ("fi_FI", "en"), ("C", "en"),
])
def test_the_language_of_a_locale(locale: str, language: str) -> None:
    assert translations.language_of(locale) == language
