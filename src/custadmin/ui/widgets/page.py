"""Pieces every editor page shares: its scrolling column, and what a role may not do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

if TYPE_CHECKING:

    from custadmin.domain.operators import Permission
    from custadmin.services.workspace import Workspace

#: Forms read best at a limited width, whatever the window's.
COLUMN_MAX_WIDTH = 720


def scrolling_column(parent: QWidget, column: QLayout) -> QScrollArea:
    """``column`` in a frameless area that scrolls when the window is short."""
    body = QWidget(parent)
    body.setMaximumWidth(COLUMN_MAX_WIDTH)
    body.setLayout(column)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def forbidden(ws: Workspace, permission: Permission) -> str | None:
    """Why ``ws``'s operator may not do ``permission`` (a tooltip), or None if they may."""
    from custadmin.ui.widgets.operator_texts import refusal

    actor = ws.actor
    if actor.may(permission):
        return None
    return refusal(actor, permission)
