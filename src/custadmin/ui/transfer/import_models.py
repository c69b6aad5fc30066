"""The import dialog's item models: the column mapping, the file's preview, the refused lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from custadmin.domain.transfer import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED_FIELDS,
    ImportField,
    Problem,
)
from custadmin.ui.widgets.messages import message_text

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
ERROR_COLOUR = "#b3261e"
MUTED_COLOUR = "#5f6368"
PREVIEW_ROWS = 20


def field_label(field: ImportField) -> str:
    if field is ImportField.ACCOUNT_REF:
        # An export writes the customer number here; any reference will do.
        return QCoreApplication.translate("ImportFields", "Account reference")
    return QCoreApplication.translate("ImportFields", FIELD_LABELS[field])


def _not_in_file() -> str:
    return QCoreApplication.translate("ImportDialog", "— not in the file —")


class MappingModel(QAbstractTableModel):
    """One row per field: its name, and which of the file's columns holds it (editable)."""

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.mapping: dict[ImportField, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._error = QBrush(QColor(ERROR_COLOUR))
        self._muted = QBrush(QColor(MUTED_COLOUR))

    def set_file(self, headers: Sequence[str], mapping: dict[ImportField, int]) -> None:
        self.beginResetModel()
        self.headers = tuple(headers)
        self.mapping = dict(mapping)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def column_of(self, field: ImportField) -> int:
        return self.mapping.get(field, -1)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        field = FIELDS[index.row()]
        column = self.mapping.get(field, -1)
        if index.column() == 0:
            if role == _DISPLAY:
                return field_label(field) + (" *" if field in REQUIRED_FIELDS else "")
            if role == _TIP:
                return self._field_tip(field)
            return None
        if role in (_DISPLAY, _TIP):
            return self.headers[column] if 0 <= column < len(self.headers) else _not_in_file()
        if role == _EDIT:
            return column
        if role == _FOREGROUND and column < 0:
            return self._error if field in REQUIRED_FIELDS and self.headers else self._muted
        return None

    def _field_tip(self, field: ImportField) -> str:
        if field is ImportField.ACCOUNT_REF:
            return self.tr("Rows with the same reference form one account (an export writes "
                           "the customer number). Without it every row is an account.")
        if field is ImportField.MAIN_CONTACT:
            return self.tr("Yes on the row of the account's main contact; without it the "
                           "account's first row is.")
        if field is ImportField.CONTACT_COUNTRY:
            return self.tr("Without it a contact lives in the account's country.")
        if field in REQUIRED_FIELDS:
            return self.tr("Required: the file must have a column for it.")
        return self.tr("Optional.")

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != 1 or role != _EDIT:
            return False
        field = FIELDS[index.row()]
        try:
            column = int(value)
        except (TypeError, ValueError):
            return False
        if column == self.mapping.get(field, -1):
            return True
        if 0 <= column < len(self.headers):
            self.mapping[field] = column
        elif column == -1:
            self.mapping.pop(field, None)
        else:
            return False
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT, _TIP, _FOREGROUND])
        self.mapping_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and self.headers:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Field"), self.tr("Column in the file"))[section] if section < 2 else None


class ColumnDelegate(QStyledItemDelegate):
    """The file's headers in a combo box; choosing one commits at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        headers: Sequence[str] = getattr(model, "headers", ())
        combo.addItem(_not_in_file())
        for header in headers:
            combo.addItem(header or self.tr("(column without a name)"))
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(int(index.data(_EDIT)) + 1)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentIndex() - 1, _EDIT)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they are, with which field each column feeds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.rows: tuple[tuple[str, ...], ...] = ()
        self._fields: dict[int, ImportField] = {}

    def set_preview(self, headers: Sequence[str], rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = tuple(headers), tuple(rows)
        self.endResetModel()

    def set_mapping(self, mapping: dict[ImportField, int]) -> None:
        self._fields = {column: field for field, column in mapping.items()}
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or (role != _DISPLAY and role != _TIP):
            return None
        row = self.rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        # One line per cell: a quoted line break would make the row tall.
        return text if role == _TIP else text.replace("\n", " ⏎ ")[:200]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            # Data rows start on the file's line 2 (the header is line 1); blank
            # lines are skipped, so this is the position, not always the line.
            return str(section + 2) if section < len(self.rows) else None
        if section >= len(self.headers):
            return None
        field = self._fields.get(section)
        name = self.headers[section] or self.tr("(no name)")
        return f"{name}\n→ {field_label(field)}" if field else f"{name}\n{self.tr('(not used)')}"


class ProblemsModel(QAbstractTableModel):
    """The refused lines: line, field, the refused value as the file has it, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: tuple[Problem, ...] = ()
        self._muted = QBrush(QColor(MUTED_COLOUR))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self.problems = tuple(problems)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == _FOREGROUND and problem.knock_on:
            return self._muted
        if role != _DISPLAY and role != _TIP:
            return None
        column = index.column()
        if column == 0:
            return str(problem.line) if problem.line else self.tr("file")
        if column == 1:
            return field_label(problem.field) if problem.field is not None else ""
        if column == 2:
            return problem.value
        return message_text(problem.message)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal or section > 3:
            return None
        return (self.tr("Line"), self.tr("Field"), self.tr("Value"), self.tr("Reason"))[section]
