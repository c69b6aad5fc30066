"""System-wide portal settings (R16): which rights the portal offers at all,
and which are ticked for a new portal user. Edited by an administrator in
this one place; the Internet tab shows their effect per user.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.operators import Permission
from custadmin.domain.portal import RIGHT_KEYS, PortalSettings
from custadmin.services.portal import portal_settings, save_portal_settings
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.admin.portal_settings_model import PortalSettingsModel
from custadmin.ui.editing import EditorPage, PageDialog, PageStatus, Work, checked_text
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.portal_texts import right_label
from custadmin.ui.widgets.prompts import ErrorMessage

_OFFERED = "offered."
_DEFAULT = "default."


class PortalSettingsPage(EditorPage[PortalSettings]):
    """The settings as a table of rights, read when the page is made."""

    subject_kind = "portal_settings"
    permission = Permission.PORTAL_SETTINGS
    #: The settings were read and can be edited.
    loaded = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(self.button_row())

        self.model.edited.connect(lambda _s: self.edited())
        self.table.setEnabled(False)
        self.set_status(PageStatus.LOADING)
        ws = self._ws
        self._runner.run(lambda: portal_settings(ws), self._arrived, self._load_failed)

    def _arrived(self, settings: PortalSettings) -> None:
        if not self.alive():
            return
        self.show_stored(settings)
        self.table.setEnabled(True)
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(0, PortalSettingsModel.OFFERED))
        self.loaded.emit(settings)

    def _load_failed(self, exc: BaseException) -> None:
        if not self.alive():
            return
        text = operator_message(exc, "loading the portal settings")
        self.set_status(PageStatus.NOT_SAVED)
        self.status.setText(text)
        ErrorMessage.show(self, self.tr("Cannot load the portal settings"), text)

    # --- EditorPage -----------------------------------------------------------------

    def what(self) -> str:
        return self.tr("The system-wide portal settings")

    def fill(self, stored: PortalSettings) -> None:
        self.model.set_settings(stored)

    def snapshot(self) -> dict[str, str]:
        settings = self.model.settings()
        values = {_OFFERED + key: "1" if key in settings.offered else "" for key in RIGHT_KEYS}
        values.update({_DEFAULT + key: "1" if key in settings.defaults else ""
                       for key in RIGHT_KEYS})
        return values

    def restore(self, values: Mapping[str, str]) -> None:
        now = self.snapshot() | dict(values)
        self.model.set_settings(PortalSettings(
            offered=frozenset(k for k in RIGHT_KEYS if now.get(_OFFERED + k)),
            defaults=frozenset(k for k in RIGHT_KEYS if now.get(_DEFAULT + k)),
        ))

    def submit(self, stored: PortalSettings, confirmed_login_id: int | None) -> Work:
        new, ws = self.model.settings(), self._ws
        return lambda: save_portal_settings(ws, stored.token, new)

    def reload(self, stored: PortalSettings) -> Work:
        ws = self._ws
        return lambda: portal_settings(ws)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEnabled(not read_only and self.stored is not None)

    def field_label(self, key: str) -> str:
        if key.startswith(_OFFERED):
            return self.tr("“{right}”: offered in the portal").format(
                right=right_label(key.removeprefix(_OFFERED)))
        if key.startswith(_DEFAULT):
            return self.tr("“{right}”: ticked for new portal users").format(
                right=right_label(key.removeprefix(_DEFAULT)))
        return key

    def value_text(self, key: str, value: str) -> str:
        return checked_text(value)


class PortalSettingsDialog(PageDialog[PortalSettings]):
    """The settings page in a modal dialog that closes once they are saved; see :meth:`edit`."""

    page: PortalSettingsPage

    def title(self) -> str:
        return self.tr("System-wide portal settings")

    def make_page(self, ws: Workspace, runner: TaskRunner) -> PortalSettingsPage:
        self.page = PortalSettingsPage(ws, runner, self)
        return self.page

    @classmethod
    def open_for(cls, host: Host) -> PortalSettings | None:
        """Tools → System-wide portal settings… (a handler of :mod:`custadmin.ui.actions`)."""
        saved = cls.edit(host.frame, host.workspace, host.runner)
        if saved is not None:
            # The open account shows rights in force: read it again, unless edited.
            host.editor.reload_untouched()
        return saved

    @property
    def model(self) -> PortalSettingsModel:
        return self.page.model

    @property
    def table(self) -> QTableView:
        return self.page.table


