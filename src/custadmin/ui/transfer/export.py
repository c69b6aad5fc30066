"""File → Export register… / Export search result… / Export with full identity numbers…:
a file, progress and Cancel, a message.

Exports mask personal identity numbers (a sole trader's organisation number
and Peppol ID) as the register does. The third entry, for administrators
only (the action's permission, checked again by the service), writes them in
full; the service records that export in the audit trail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from custadmin.domain.register import RegisterQuery
from custadmin.services import exporter
from custadmin.services.exporter import WHOLE_REGISTER, ExportCancelled, ExportResult, format_for
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.plurals import plurals
from custadmin.ui.widgets.progress import Notice, ProgressTask
from custadmin.ui.widgets.prompts import ErrorMessage


class RegisterExport:
    """One export: the file asked for, the work on a worker, the outcome told."""

    def __init__(self, parent: QWidget, ws: Workspace, runner: TaskRunner,
                 query: RegisterQuery | None, full_identity_numbers: bool = False) -> None:
        self.parent = parent
        self.ws = ws
        self.runner = runner
        self.query = query
        self.full_identity_numbers = full_identity_numbers
        self.task: ProgressTask | None = None
        self.outcome: ExportResult | BaseException | None = None

    @classmethod
    def ask_target(cls, parent: QWidget, searching: bool) -> str:
        suggested = "search-result.xlsx" if searching else "customer-register.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Export", "Export search result") if searching
            else QCoreApplication.translate("Export", "Export register"),
            suggested,
            QCoreApplication.translate(
                "Export", "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
        )
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path

    def title(self) -> str:
        if self.full_identity_numbers:
            return QCoreApplication.translate("Export", "Export with full identity numbers")
        if self.query is not None:
            return QCoreApplication.translate("Export", "Export search result")
        return QCoreApplication.translate("Export", "Export register")

    def start(self) -> bool:
        """Ask for the file and start; False if the operator chose none."""
        path = self.ask_target(self.parent, self.query is not None)
        if not path:
            return False
        ws, query, full = self.ws, self.query, self.full_identity_numbers
        kind = format_for(path)
        task = ProgressTask(self.parent, self.runner, self.title(),
                            QCoreApplication.translate("Export", "Writing {file}…").format(
                                file=path))
        self.task = task
        task.start(lambda progress, cancel: exporter.export_register(
            ws, path, query or WHOLE_REGISTER, format=kind, progress=progress, cancel=cancel,
            full_identity_numbers=full),
            self._done, self._failed)
        return True

    def _done(self, result: ExportResult) -> None:
        self.task = None
        self.outcome = result
        text = plurals().exported(result.accounts).format(
            rows=plurals().rows(result.rows), file=result.path)
        if result.full_identity_numbers:
            text += " " + QCoreApplication.translate("Export",
                "Personal identity numbers are in full: keep the file safe. The export is "
                "recorded in the audit trail.")
        Notice.show(self.parent, self.title(), text)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.outcome = exc
        if isinstance(exc, ExportCancelled):
            Notice.show(self.parent, self.title(),
                        QCoreApplication.translate(
                            "Export", "Export cancelled: no file was written."))
            return
        ErrorMessage.show(self.parent, self.title(), QCoreApplication.translate("Export",
            "Nothing was exported: {reason}").format(
                reason=operator_message(exc, "exporting the register")))


def export_dialog(parent: QWidget, ws: Workspace, runner: TaskRunner,
                  query: RegisterQuery | None = None,
                  full_identity_numbers: bool = False) -> RegisterExport | None:
    """Export the register (``query`` None) or a search result; None if no file was chosen."""
    export = RegisterExport(parent, ws, runner, query, full_identity_numbers)
    return export if export.start() else None


def export_register(host: Host) -> RegisterExport | None:
    """File → Export register… (a handler of :mod:`custadmin.ui.actions`)."""
    return export_dialog(host.frame, host.workspace, host.runner, None)


def export_search_result(host: Host) -> RegisterExport | None:
    """File → Export search result…: what the search box finds, in its order."""
    return export_dialog(host.frame, host.workspace, host.runner, host.register.model.query)


def export_with_identity_numbers(host: Host) -> RegisterExport | None:
    """File → Export with full identity numbers… (administrators): what the register
    shows (the search result, or the whole register), personal identity numbers in full."""
    query = host.register.model.query
    return export_dialog(host.frame, host.workspace, host.runner,
                         query if query.text.strip() else None, full_identity_numbers=True)
