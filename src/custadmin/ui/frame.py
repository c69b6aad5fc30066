"""What the window itself does: quit, find, the shortcuts list, about (handlers of
:mod:`custadmin.ui.actions`)."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin import __version__, translations
from custadmin.ui.actions import (
    ACTIONS,
    NEXT_TAB,
    OTHER_KEYS,
    PREVIOUS_TAB,
    TAB_KEYS,
    Host,
)
from custadmin.ui.widgets.progress import Notice

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def quit(host: Host) -> None:
    host.frame.close()


def find(host: Host) -> None:
    host.register.focus_search()


def about(host: Host) -> None:
    """Version, where the database and the log are: what support asks for first."""
    QMessageBox.about(
        host.frame, translate("Frame", "About custadmin"),
        translate("Frame", "custadmin {version}\nAdministration of customer accounts.\n\n"
            "Database: {database}\nLog folder: {logs}").format(
                version=__version__, database=host.location, logs=str(log_folder())))


def choose_language(host: Host) -> None:
    """Tools → Language…: the language custadmin speaks from its next start."""
    settings = host.settings
    system = translations.language_of(QLocale.system().name())
    choices = [("", translate("Frame", "The system's language ({language})").format(
        language=translations.NATIVE_NAMES[system]))]
    choices += [(code, translations.NATIVE_NAMES[code]) for code in translations.LANGUAGES]
    chosen = str(settings.value(translations.SETTING, "") or "")
    current = next((i for i, (code, _name) in enumerate(choices) if code == chosen), 0)
    name, ok = QInputDialog.getItem(
        host.frame, translate("Frame", "Language"),
        translate("Frame", "custadmin speaks:"), [n for _c, n in choices], current, False)
    if not ok:
        return
    code = next(c for c, n in choices if n == name)
    if code == chosen:
        return
    settings.setValue(translations.SETTING, code)
    settings.sync()
    Notice.show(host.frame, translate("Frame", "Language"), translate(
        "Frame", "custadmin speaks {language} from its next start.").format(
            language=translations.NATIVE_NAMES[code or system]))


def log_folder() -> Path:
    """Where the log is written (the file handler's folder, else the platform's place)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename).parent
    return platformdirs.user_log_path("custadmin", appauthor=False)



class ShortcutsDialog(QDialog):
    """Every key the window knows, generated from the action registry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        native = QKeySequence.SequenceFormat.NativeText
        for spec in ACTIONS:
            if spec.shortcut is None:
                continue
            keys = QKeySequence(spec.shortcut).toString(native)
            if not keys:
                continue  # a standard key this platform leaves unbound (Quit on some)
            self._add(keys, spec.label.replace("&", "").rstrip("…"),
                      spec.menu.title.replace("&", ""))
        editor = self.tr("Account editor")
        for key in (*TAB_KEYS, NEXT_TAB, PREVIOUS_TAB):
            self._add(QKeySequence(key.keys).toString(native), key.label, editor)
        for key in OTHER_KEYS:
            self._add(QKeySequence(key.keys).toString(native) or key.keys, key.label,
                      self.tr("Everywhere"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def _add(self, keys: str, does: str, where: str) -> None:
        row = [QStandardItem(keys), QStandardItem(does), QStandardItem(where)]
        self.model.appendRow(row)


def keyboard_shortcuts(host: Host) -> ShortcutsDialog:
    dialog = ShortcutsDialog(host.frame)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
