"""Pieces every editor page shares: its scrolling column, and what a role may not do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLayout, QPushButton, QScrollArea, QWidget

if TYPE_CHECKING:

    from custadmin.domain.operators import Permission
    from custadmin.services.workspace import Workspace

#: Forms read best at a limited width, whatever the window's.
COLUMN_MAX_WIDTH = 720


class FollowingScrollArea(QScrollArea):
    """A scroll area that always shows the widget with the keyboard focus.

    Tab, a mnemonic, a failed save's first error or *Generate* may move the
    focus to a field scrolled out of view; the area follows it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _follow_focus_once()


_following: set[int] = set()


def _follow_focus_once() -> None:
    """Connect the application's focus signal once, to a plain function.

    Not one connection per area to its method: a connection to a method of
    an area Qt has deleted fails in PySide6 ("Slot … not found") on the next
    focus change. The function finds the areas around the focused widget.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and id(app) not in _following:
        _following.add(id(app))
        app.focusChanged.connect(_show_focused)


def _show_focused(_old: QWidget | None, now: QWidget | None) -> None:
    if now is None:
        return
    area = now.parentWidget()
    while area is not None:
        if isinstance(area, FollowingScrollArea):
            area.ensureWidgetVisible(now)
        area = area.parentWidget()


def scrolling_column(parent: QWidget, column: QLayout) -> QScrollArea:
    """``column`` in a frameless area that scrolls when the window is short."""
    body = QWidget(parent)
    body.setMaximumWidth(COLUMN_MAX_WIDTH)
    body.setLayout(column)
    scroll = FollowingScrollArea(parent)
    # Not a Tab stop of its own: it scrolls to whatever field has the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def no_default_button(window: QWidget) -> None:
    """Enter belongs to the list or the field with the focus, never to whichever
    push button Qt makes the dialog's default (it would export, or register)."""
    for button in window.findChildren(QPushButton):
        button.setAutoDefault(False)


def forbidden(ws: Workspace, permission: Permission) -> str | None:
    """Why ``ws``'s operator may not do ``permission`` (a tooltip), or None if they may."""
    from custadmin.ui.widgets.operator_texts import refusal

    actor = ws.actor
    if actor.may(permission):
        return None
    return refusal(actor, permission)
