"""System-wide portal settings (R16): which rights the portal offers at all,
and which are ticked for a new portal user. Edited by an administrator in
this one place; the Internet tab shows their effect per user.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ConflictError
from custadmin.domain.portal import RIGHT_KEYS, PortalSettings
from custadmin.services.portal import portal_settings, save_portal_settings
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import ErrorMessage, Leave, UnsavedChangesPrompt
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.page import operator_message
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


class PortalSettingsDialog(QDialog):
    """Modal; see :meth:`edit`."""

    #: The settings were loaded and can be edited.
    loaded = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        #: The settings as stored when loaded (or as found at a conflict).
        self.base: PortalSettings | None = None
        #: The settings saved by this dialog, once it has saved.
        self.saved: PortalSettings | None = None
        self._busy = False
        self._done = False
        self.setWindowTitle(self.tr("System-wide portal settings"))

        self.intro = QLabel(self.tr(
            "A right is in force for a portal user only where it is offered here and ticked "
            "on the user (Internet tab)."), self)
        self.intro.setWordWrap(True)

        self.model = PortalSettingsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # Nothing to select: the current cell (Space ticks it) is all there is.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # The check boxes sit at the left of their cells: so do the titles.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(PortalSettingsModel.RIGHT, QHeaderView.ResizeMode.Stretch)
        for column in (PortalSettingsModel.OFFERED, PortalSettingsModel.DEFAULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Portal rights"))
        # Every right and its whole label in view: no scrolling, no eliding.
        frame = 2 * self.table.frameWidth() + 4
        label_width = max(self.fontMetrics().horizontalAdvance(right_label(k))
                          for k in RIGHT_KEYS) + 24
        self.table.setMinimumWidth(label_width + frame + sum(
            header.sectionSizeHint(c) for c in (PortalSettingsModel.OFFERED,
                                                PortalSettingsModel.DEFAULT)))
        self.table.setMinimumHeight(self.model.rowCount() * rows.defaultSectionSize()
                                    + header.sizeHint().height() + frame)

        note = QLabel(self.tr(
            "“Ticked for new portal users” applies when a contact first gets portal access; "
            "it does not change the rights of existing users."), self)
        note.setWordWrap(True)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.model.edited.connect(lambda _s: self._update_state())
        self._set_busy(True, self.tr("Loading the portal settings…"))
        self.table.setEnabled(False)
        db = self._db
        self._runner.run(lambda: portal_settings(db), self._loaded, self._load_failed)

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database, runner: TaskRunner
             ) -> PortalSettings | None:
        """Edit the settings; the settings saved, or None if nothing was saved."""
        dialog = cls(db, runner, parent)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved

    # --- state ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.base is not None and self.model.settings() != self.base

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.message.setText(message)
        self.message.setStyleSheet("")
        self._update_state()

    def _update_state(self) -> None:
        ready = self.base is not None and not self._busy
        self.ok_button.setEnabled(ready)
        self.table.setEnabled(self.base is not None)
        if ready and self.is_dirty():
            self.message.setText(self.tr("Unsaved changes"))
        elif ready:
            self.message.setText("")

    def _loaded(self, settings: PortalSettings) -> None:
        if self._done:
            return
        self.base = settings
        self.model.set_settings(settings)
        self._set_busy(False)
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(0, PortalSettingsModel.OFFERED))
        self.loaded.emit(settings)

    def _load_failed(self, exc: BaseException) -> None:
        if self._done:
            return
        self._set_busy(False)
        text = operator_message(exc, "loading the portal settings")
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;")
        ErrorMessage.show(self, self.tr("Cannot load the portal settings"), text)

    # --- saving --------------------------------------------------------------------

    def accept(self) -> None:
        """Save (if anything changed), then close."""
        if self._busy or self.base is None:
            return
        if not self.is_dirty():
            super().accept()
            return
        base, new = self.base, self.model.settings()
        self._set_busy(True, self.tr("Saving…"))
        db = self._db
        self._runner.run(lambda: save_portal_settings(db, base, new),
                         self._saved, lambda exc: self._save_failed(base, exc))

    def _saved(self, settings: PortalSettings) -> None:
        if self._done:
            return
        self.saved = settings
        self.base = settings
        self._set_busy(False)
        super().accept()

    def _save_failed(self, base: PortalSettings, exc: BaseException) -> None:
        if self._done:
            return
        if not isinstance(exc, ConflictError):
            self._set_busy(False)
            ErrorMessage.show(self, self.tr("Cannot save the portal settings"),
                              operator_message(exc, "saving the portal settings"))
            return
        # Someone else saved first. Read what they saved, keep every edit of
        # ours on top of it, and say what they changed: Save again decides.
        self.message.setText(self.tr("Reading what was saved meanwhile…"))
        db = self._db
        self._runner.run(lambda: portal_settings(db),
                         lambda theirs: self._rebase(base, theirs, exc),
                         self._reload_failed)

    def _rebase(self, base: PortalSettings, theirs: PortalSettings, exc: ConflictError) -> None:
        if self._done:
            return
        mine = self.model.settings()

        def merged(attr: str) -> frozenset[str]:
            ours, was, now = (getattr(s, attr) for s in (mine, base, theirs))
            # A right keeps our value where we changed it, theirs elsewhere.
            return frozenset(k for k in RIGHT_KEYS
                             if (k in ours if (k in ours) != (k in was) else k in now))

        self.base = theirs
        self.model.set_settings(PortalSettings(offered=merged("offered"),
                                               defaults=merged("defaults")))
        self._set_busy(False)
        changes = self.describe_changes(base, theirs)
        text = "\n".join([
            operator_message(exc),
            self.tr("Your edits are kept. Save again to save them over what they saved, "
                    "or Cancel to keep theirs."),
            *([self.tr("What they changed:"), *changes] if changes else []),
        ])
        ErrorMessage.show(self, self.tr("Changed by someone else"), text)
        self.message.setText(self.tr("Changed by someone else meanwhile; your edits are "
                                     "kept. Save again to save them."))

    def _reload_failed(self, exc: BaseException) -> None:
        if self._done:
            return
        self._set_busy(False)
        ErrorMessage.show(self, self.tr("Cannot save the portal settings"),
                          operator_message(exc, "reading the portal settings"))

    def describe_changes(self, before: PortalSettings, after: PortalSettings) -> list[str]:
        lines: list[str] = []
        for key in RIGHT_KEYS:
            if (key in before.offered) != (key in after.offered):
                lines.append((self.tr("“{right}”: now offered") if key in after.offered
                              else self.tr("“{right}”: no longer offered")).format(
                    right=right_label(key)))
            if (key in before.defaults) != (key in after.defaults):
                lines.append((self.tr("“{right}”: now ticked for new portal users")
                              if key in after.defaults
                              else self.tr("“{right}”: no longer ticked for new portal users")
                              ).format(right=right_label(key)))
        return lines

    # --- leaving -------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: unsaved edits are asked about."""
        if self._busy and self.base is not None:
            return  # a save is under way; its answer decides
        if self.is_dirty():
            choice = UnsavedChangesPrompt.ask(self, self.tr("The system-wide portal settings"))
            if choice is Leave.SAVE:
                self.accept()
                return
            if choice is Leave.CANCEL:
                return
        super().reject()

    def done(self, result: int) -> None:
        self._done = True
        super().done(result)
