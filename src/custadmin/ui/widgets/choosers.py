"""Drop-down lists whose entries stand for stored codes or records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from custadmin.domain.accounts import ContactDetails


class CodeCombo(QComboBox):
    """A list whose entries carry stored codes; its value is the chosen code or ""."""

    def code(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


def contact_label(contact: ContactDetails) -> str:
    return f"{contact.full_name} <{contact.email}>"


def fill_quietly(combo: QComboBox, entries: Sequence[tuple[str, object]],
                 selected: object = None) -> None:
    """Replace ``combo``'s entries (text, data) and select ``selected`` (else the
    first), without signals: filling a list is not the operator choosing."""
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(blocked)
