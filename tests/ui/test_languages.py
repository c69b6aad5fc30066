"""The window in Swedish and in Danish: no English left on screen, one mnemonic
per letter in every language, the language chosen in Tools → Language…
(issue 15, item 12)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_mnemonics import _dialogs, clashes, per_tab

from custadmin import translations
from custadmin.domain.accounts import AccountDetails
from custadmin.domain.alphabet import Alphabet
from custadmin.domain.portal import PortalAccessChange
from custadmin.paths import resource_path
from custadmin.services.workspace import Workspace
from custadmin.ui import frame
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from factories import add_per_holm, make_partnership_customer


@cache
def english_only(language: str) -> frozenset[str]:
    """English texts the catalogue says otherwise: seen on screen, they were not translated."""
    root = ET.parse(resource_path("translations", f"custadmin_{language}.ts")).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [node.text or ""] if node is not None and message.get("numerus") != "yes" else []
        if "{" in source or "%" in source or not source.strip():
            continue  # filled in: never shown as written
        if forms and forms[0] != source:
            found.add(source.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return frozenset(found)


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of every text shown in ``window`` now, mnemonic markers removed."""
    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    yield "window title", window.windowTitle()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            yield type(widget).__name__, plain(widget.text())
        if isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield "group", plain(widget.title())
        if isinstance(widget, QComboBox):
            yield from (("combo item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from (("tab", plain(widget.tabText(i))) for i in range(widget.count()))
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                yield "menu", plain(action.text())
                menu = action.menu()
                for item in menu.actions() if menu is not None else ():
                    yield "menu item", plain(item.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                yield "column", str(title or "")


def untranslated(window: QWidget, language: str) -> list[str]:
    english = english_only(language)
    return sorted({f"{what}: {text!r}" for what, text in shown_texts(window)
                   if text.strip() in english})


@pytest.fixture(params=["sv", "da"])
def language(request: pytest.FixtureRequest, speaking: Callable[[str], None]) -> str:
    speaking(request.param)
    return str(request.param)


@pytest.fixture
def spoken_window(
    language: str, filled_db: Workspace, hagg: AccountDetails,
    open_window: Callable[[Workspace], MainWindow], qtbot: QtBot,
) -> MainWindow:
    # A second contact with portal access: every section of every tab shows.
    per = add_per_holm(filled_db, hagg.id, PortalAccessChange(enabled=True))
    make_partnership_customer(filled_db, hagg.id)  # Licences & users shows everything
    window = open_window(filled_db)
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    window.editor.contacts.select_contact(per.id)
    return window


def test_the_main_window_has_no_english_left_on_any_tab(
    spoken_window: MainWindow, language: str
) -> None:
    left = per_tab(spoken_window, lambda window: untranslated(window, language))
    assert left == {name: [] for name in left}


def test_one_meaning_per_letter_on_every_tab_in_each_language(
    spoken_window: MainWindow, language: str
) -> None:
    found = per_tab(spoken_window, clashes)
    assert found == {name: {} for name in found}


def test_every_dialog_speaks_the_language_with_one_meaning_per_letter(
    qtbot: QtBot, language: str, filled_db: Workspace, runner: TaskRunner
) -> None:
    left, found = {}, {}
    for title, make in _dialogs(filled_db, runner).items():
        dialog: QDialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        left[title] = untranslated(dialog, language)
        found[title] = clashes(dialog)
        dialog.reject()
    assert left == {title: [] for title in left}
    assert found == {title: {} for title in found}


def test_numbers_and_the_alphabet_follow_the_language(
    language: str, spoken_window: MainWindow
) -> None:
    assert QLocale().language() == (
        QLocale.Language.Swedish if language == "sv" else QLocale.Language.Danish)
    # 200 demo accounts and Hägg: the count in the language's words.
    count = spoken_window.register.count.text()
    assert count == {"sv": "201 konton", "da": "201 konti"}[language]
    assert spoken_window.register.model.alphabet is Alphabet.for_language(language)


def test_the_language_is_chosen_in_the_tools_menu(
    qtbot: QtBot, window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch,
    notices: list[str],
) -> None:
    offered: list[list[str]] = []

    def pick(parent: QWidget, title: str, label: str, items: list[str], current: int,
             editable: bool) -> tuple[str, bool]:
        offered.append(items)
        return "Dansk", True

    monkeypatch.setattr(frame.QInputDialog, "getItem", pick)
    window.action("window.language").trigger()
    assert offered and offered[0][1:] == ["English", "Svenska", "Dansk"]
    assert settings.value(translations.SETTING) == "da"
    assert translations.chosen_language(settings) == "da"
    assert notices == ["custadmin speaks Dansk from its next start."]
    # The system's language again: the setting is emptied.
    monkeypatch.setattr(frame.QInputDialog, "getItem",
                        lambda *args: (offered[0][0], True))
    window.action("window.language").trigger()
    assert settings.value(translations.SETTING) == ""
