"""The outbox (issue 18): the emails written to the outbox folder while no mail
server is set up, each an ``.eml`` file a mail program opens and sends.

The folder is read on a worker (it may be on a slow disk or share); the
list holds frozen entries, never open files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.services.mail_delivery import OutboxEntry, outbox_folder, outbox_messages
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.page import no_default_button
from custadmin.ui.widgets.tables import list_table
from custadmin.ui.widgets.when import local_time

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
#: The entry's file (a Path), for whoever opens it.
PATH_ROLE = int(Qt.ItemDataRole.UserRole)


class OutboxModel(QAbstractTableModel):
    """One row per ``.eml`` file, newest first: date, recipient, subject."""

    DATE, TO, SUBJECT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[OutboxEntry] = []
        self._titles = (self.tr("Date"), self.tr("To"), self.tr("Subject"))
        self._cells: list[tuple[str, str, str]] = []

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        # Worded once here, not on each paint (data() is called several times a cell).
        self._cells = [self._words(entry) for entry in self._entries]
        self.endResetModel()

    def _words(self, entry: OutboxEntry) -> tuple[str, str, str]:
        subject = entry.subject
        if entry.damaged:
            subject = self.tr("Cannot be read as an email: {name}").format(name=entry.path.name)
        return local_time(entry.date), entry.to, subject

    def entry(self, row: int) -> OutboxEntry:
        return self._entries[row]

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._cells[index.row()][index.column()]
        if role == PATH_ROLE:
            return self._entries[index.row()].path
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None


class OutboxDialog(QDialog):
    """*Outbox*: the emails waiting in the outbox folder; open one, or the folder."""

    #: The folder was read (the number of emails listed).
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.folder = Path(folder) if folder is not None else outbox_folder()
        self._loading = False
        self.setWindowTitle(self.tr("Outbox"))

        intro = QLabel(self.tr(
            "Emails are written here while no mail server is set up (Outgoing mail). Open "
            "one in your mail program to send it by hand."), self)
        intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Folder: {folder}").format(folder=self.folder), self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)  # first: column widths need the model's columns
        # Widths measured once (never ResizeToContents on each resize): a whole date,
        # a name with its address; the subject takes the rest.
        metrics = self.fontMetrics()
        date_width = metrics.horizontalAdvance(local_time(dt.datetime(2026, 12, 30, 23, 59,
                                                                      tzinfo=dt.UTC))) + 24
        list_table(self.table, self.tr("Emails in the outbox"),
                   (date_width, metrics.horizontalAdvance("M" * 22) + 24))
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No emails are waiting in the outbox."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the chosen email in your mail program (Enter)"))
        self.folder_button = QPushButton(self.tr("Open &folder"), self)
        self.folder_button.setToolTip(self.tr("Show the outbox folder in the file manager"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the folder again (F5)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        no_default_button(self)
        self.resize(760, 420)

        self.open_button.clicked.connect(self.open_chosen)
        self.folder_button.clicked.connect(self.open_folder)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda _index: self.open_chosen())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.refresh()

    # --- reading the folder ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder again (on a worker); the chosen email stays chosen if still there."""
        if self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Reading the outbox folder…"))
        self.status.setStyleSheet("")
        self._enable()
        folder = self.folder
        self._runner.run(lambda: outbox_messages(folder), self._arrived, self._failed)

    def _arrived(self, entries: list[OutboxEntry]) -> None:
        self._loading = False
        chosen = self.chosen()
        self.model.set_entries(entries)
        self.stack.setCurrentWidget(self.table if entries else self.empty)
        self.status.setText(self.tr("Emails in the outbox: {count}").format(count=len(entries))
                            if entries else "")
        rows = [r for r in range(len(entries)) if chosen and entries[r].path == chosen.path]
        if entries:
            self.table.selectRow(rows[0] if rows else 0)
            self.table.setFocus()
        self._enable()
        self.loaded.emit(len(entries))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._say_problem(operator_message(exc, "reading the outbox folder")
                          if not isinstance(exc, OSError) else self.tr(
                              "Cannot read the outbox folder: {reason}").format(
                              reason=exc.strerror or str(exc)))
        self._enable()
        self.loaded.emit(0)

    def _say_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)

    def _enable(self) -> None:
        self.open_button.setEnabled(self.chosen() is not None)
        self.refresh_button.setEnabled(not self._loading)

    # --- opening ------------------------------------------------------------------------------

    def chosen(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.entry(rows[0].row())

    def open_chosen(self) -> None:
        """Open the chosen email with the program the system has for .eml files."""
        entry = self.chosen()
        if entry is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(entry.path))):
            self._say_problem(self.tr(
                "Cannot open {name}: no program on this computer opens .eml files.").format(
                name=entry.path.name))

    def open_folder(self) -> None:
        """Show the outbox folder (created if it is not there yet) in the file manager."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._say_problem(self.tr("Cannot create the outbox folder: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            self._say_problem(self.tr("Cannot show the folder {folder}.").format(
                folder=self.folder))
