"""The system-wide portal settings as a table: one row per right, two checkable columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from custadmin.domain.portal import RIGHT_KEYS, PortalSettings
from custadmin.ui.widgets.portal_texts import right_label

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


def _is_checked(value: Any) -> bool:
    """A check state as views and tests hand it in (enum or int)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class PortalSettingsModel(QAbstractTableModel):
    """One row per right (catalogue order), two checkable columns."""

    RIGHT, OFFERED, DEFAULT = range(3)

    #: The settings as ticked now changed (PortalSettings).
    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offered: set[str] = set()
        self._defaults: set[str] = set()
        self._headers = (self.tr("Right"), self.tr("Offered in the portal"),
                         self.tr("Ticked for new portal users"))
        self._labels = [right_label(key) for key in RIGHT_KEYS]

    # --- the settings as a whole ---------------------------------------------

    def settings(self) -> PortalSettings:
        return PortalSettings(offered=frozenset(self._offered),
                              defaults=frozenset(self._defaults))

    def set_settings(self, settings: PortalSettings) -> None:
        self.beginResetModel()
        self._offered = set(settings.offered)
        self._defaults = set(settings.defaults)
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return RIGHT_KEYS.index(key)

    # --- Qt's model interface ------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RIGHT_KEYS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column == self.RIGHT:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        if column == self.OFFERED or RIGHT_KEYS[index.row()] in self._offered:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        column, key = index.column(), RIGHT_KEYS[index.row()]
        if column == self.RIGHT:
            if role == _DISPLAY:
                return self._labels[index.row()]
            if role == _TOOLTIP:
                return self._labels[index.row()]
            return None
        if role == _CHECK:
            ticked = key in (self._offered if column == self.OFFERED else self._defaults)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == _TOOLTIP:
            return self._tooltip(column, key)
        return None

    def _tooltip(self, column: int, key: str) -> str:
        offered = key in self._offered
        if column == self.OFFERED:
            if offered:
                return self.tr("Offered: in force for every portal user it is ticked on.")
            return self.tr("Not offered: no portal user has this right, whatever is ticked "
                           "on the Internet tab.")
        if not offered:
            return self.tr("Offer it first: a right that is not offered is in force for "
                           "no one, so new portal users do not get it either.")
        if key in self._defaults:
            return self.tr("Ticked when a contact first gets portal access.")
        return self.tr("Not ticked when a contact first gets portal access.")

    def setData(self, index: AnyIndex, value: Any, role: int = _CHECK) -> bool:
        if (not index.isValid() or int(role) != _CHECK or index.column() == self.RIGHT
                or not self.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return False
        key = RIGHT_KEYS[index.row()]
        target = self._offered if index.column() == self.OFFERED else self._defaults
        if _is_checked(value) == (key in target):
            return True
        if _is_checked(value):
            target.add(key)
        else:
            target.discard(key)
        # Offering a right changes whether its default may be ticked, too.
        self.dataChanged.emit(index, self.index(index.row(), self.DEFAULT),
                              [_CHECK, _TOOLTIP])
        self.edited.emit(self.settings())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
