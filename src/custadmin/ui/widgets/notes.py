"""Centred notes that stand where content will be: "no account is open"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def note_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(mid); padding: 24px;")
    return label


def no_account_open_note(parent: QWidget) -> QLabel:
    """What the account editor shows with no account open.

    The main window shows the same while the editor is still being loaded
    at start-up, so that nothing moves when it arrives.
    """
    return note_label(QCoreApplication.translate(
        "AccountEditor",
        "No account is open.\n\nFind one in the register (Ctrl+F, then Enter) "
        "or create a new customer account (Ctrl+N)."), parent)
