"""Focus where the operator types next: tab order follows the layout, F6 moves
between panes, Tab leaves the register, an opened account focuses its first field."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.ui.account.editor import first_field
from custadmin.ui.main_window import MainWindow

#: Pixels a widget may sit above the one before it and still count as the same row.
ROW_TOLERANCE = 6


def tab_chain(page: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``page``, in order, from its first field."""
    first = first_field(page)
    assert first is not None
    chain, widget = [first], first.nextInFocusChain()
    while widget is not first and len(chain) < 200:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_order(page: QWidget) -> list[str]:
    """Steps of the tab chain that go back up the page, or left within a row."""
    wrong = []
    chain = tab_chain(page)
    for before, after in itertools.pairwise(chain):
        a, b = (w.mapTo(page, w.rect().topLeft()) for w in (before, after))
        back_up = b.y() < a.y() - ROW_TOLERANCE
        back_left = abs(b.y() - a.y()) <= ROW_TOLERANCE and b.x() < a.x()
        if back_up or back_left:
            wrong.append(f"{before.accessibleName() or type(before).__name__} ({a.x()},{a.y()})"
                         f" → {after.accessibleName() or type(after).__name__}"
                         f" ({b.x()},{b.y()})")
    return wrong


def open_account(qtbot: QtBot, window: MainWindow, account: AccountDetails) -> None:
    window.register.search.setFocus()
    window.editor.open_account(account.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)


def test_tab_order_follows_the_layout_on_every_form(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    editor = window.editor
    found = {}
    for page in (editor.my_details, editor.contacts):
        editor.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        found[editor.tabs.tabText(editor.tabs.currentIndex())] = out_of_order(page)
    assert found == {name: [] for name in found}


def test_an_opened_account_focuses_its_first_field(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    qtbot.waitUntil(lambda: QApplication.focusWidget()
                    is window.editor.my_details.account_form.editor("name"), timeout=5_000)


def test_tab_leaves_the_register_and_f6_cycles_the_panes(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    register = window.register
    assert not register.table.tabKeyNavigation()  # Tab does not walk the cells
    open_account(qtbot, window, hagg)
    register.search.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[0] is register.table
    assert window.editor.isAncestorOf(seen[1])
    assert seen[2] is register.search and seen[3] is register.table
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is register.search
