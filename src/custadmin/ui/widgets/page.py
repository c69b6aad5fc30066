"""Pieces every editor page shares: its scrolling column, and failure text."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

from custadmin.domain.errors import CustadminError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

    from custadmin.domain.operators import Permission
    from custadmin.storage.database import Database

log = logging.getLogger(__name__)

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


def operator_message(exc: BaseException, doing: str = "") -> str:
    """What to tell the operator about ``exc``; unexpected errors are logged here.

    Errors the domain knows carry their own sentence; anything else is a bug,
    whose details belong in the log, not in front of a customer's call.
    """
    if isinstance(exc, CustadminError):
        return str(getattr(exc, "message", None) or exc)
    log.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=exc)
    return QCoreApplication.translate(
        "Errors", "An unexpected error stopped this; nothing was changed. See the log for details."
    )


def forbidden(db: Database, permission: Permission) -> str | None:
    """Why ``db``'s operator may not do ``permission`` (a tooltip), or None if they may."""
    from custadmin.ui.widgets.operator_texts import refusal

    actor = db.actor
    if actor.may(permission):
        return None
    return refusal(actor, permission)


def forbid(buttons: Iterable[QAbstractButton], why: str | None) -> None:
    """Disable ``buttons`` with ``why`` as their tooltip, if there is a why."""
    if why is None:
        return
    for button in buttons:
        button.setEnabled(False)
        button.setToolTip(why)
