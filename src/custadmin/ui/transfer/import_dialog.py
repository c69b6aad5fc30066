"""File → Import customers…: choose a file, map its columns, check, then import or not.

The steps follow the services (:mod:`custadmin.services.importer`): a
preview of the file with the columns guessed from its headers, a check of
every row on a worker (progress and Cancel), the refused lines in a table
that can be saved, and then the operator's choice: *Import N valid accounts*
in one transaction (progress and Cancel again), or *Import nothing*.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.transfer import (
    missing_fields,
)
from custadmin.services.importer import (
    FilePreview,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    commit_import,
    plan_import,
    preview_file,
    write_report,
)
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.transfer.import_models import (
    ERROR_COLOUR,
    PREVIEW_ROWS,
    ColumnDelegate,
    MappingModel,
    PreviewModel,
    ProblemsModel,
    field_label,
)
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.plurals import plurals
from custadmin.ui.widgets.progress import Notice, ProgressTask
from custadmin.ui.widgets.prompts import ErrorMessage


def _table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class ImportDialog(QDialog):
    """See the module docstring. :attr:`imported` holds what was imported, if anything."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.preview: FilePreview | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self.checking: ProgressTask | None = None
        self.importing: ProgressTask | None = None
        self.setWindowTitle(self.tr("Import customers"))

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file, one contact per row"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.choose_button)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.hide()

        self.mapping_model = MappingModel(self)
        self.mapping_table = _table(self, self.mapping_model, self.tr("Columns"))
        self.mapping_table.setItemDelegateForColumn(1, ColumnDelegate(self.mapping_table))
        self.mapping_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.mapping_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.mapping_table.verticalHeader().hide()
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.mapping_model.mapping_changed.connect(self._mapping_changed)
        mapping_box = QGroupBox(self.tr("Colu&mns (guessed from the headers; * required)"), self)
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        mapping_box.setMinimumWidth(380)

        self.preview_model = PreviewModel(self)
        self.preview_table = _table(self, self.preview_model, self.tr("Preview"))
        self.preview_table.horizontalHeader().setDefaultSectionSize(130)
        preview_box = QGroupBox(
            self.tr("&Preview (first {n} rows)").format(n=PREVIEW_ROWS), self)
        QVBoxLayout(preview_box).addWidget(self.preview_table)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(mapping_box)
        top.addWidget(preview_box)
        top.setStretchFactor(1, 1)
        top.setChildrenCollapsible(False)

        self.check_button = QPushButton(self.tr("C&heck the file"), self)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel(self.tr("Choose a file to import."), self)
        self.summary.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)

        self.problems_model = ProblemsModel(self)
        self.problems_table = _table(self, self.problems_model, self.tr("Refused lines"))
        problems_header = self.problems_table.horizontalHeader()
        problems_header.resizeSection(0, 60)
        problems_header.resizeSection(1, 150)
        problems_header.setStretchLastSection(True)
        self.problems_table.verticalHeader().hide()
        self.save_report_button = QPushButton(self.tr("&Save report…"), self)
        self.save_report_button.setEnabled(False)
        self.save_report_button.clicked.connect(self.save_report)
        report_box = QGroupBox(self.tr("&Refused lines"), self)
        report_layout = QVBoxLayout(report_box)
        report_layout.addWidget(self.problems_table)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_report_button)
        report_layout.addLayout(save_row)

        self.import_button = QPushButton(self.tr("&Import valid accounts"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_valid)
        # Cancel: nothing is imported (Esc does the same; no letter, as "&Choose" has C).
        self.nothing_button = QPushButton(self.tr("Cancel"), self)
        self.nothing_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.nothing_button)

        # In the order of the work: file, columns, check, report, decision.
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(check_row)
        bottom_layout.addWidget(report_box, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setSizes([360, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        for first, second in (
            (self.choose_button, self.mapping_table), (self.mapping_table, self.preview_table),
            (self.preview_table, self.check_button), (self.check_button, self.problems_table),
            (self.problems_table, self.save_report_button),
            (self.save_report_button, self.import_button),
            (self.import_button, self.nothing_button),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(1180, 780)
        self.choose_button.setFocus()
        self._show_empty_report()

    # --- the file -------------------------------------------------------------

    @classmethod
    def ask_file(cls, parent: QWidget) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import customers"), "",
            QCoreApplication.translate(
                "ImportDialog", "Customer files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        return path

    @classmethod
    def ask_report_file(cls, parent: QWidget) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ImportDialog", "Save the refused lines"),
            "import-report.csv",
            QCoreApplication.translate("ImportDialog", "CSV files (*.csv)"),
        )
        return path

    def choose(self) -> None:
        path = self.ask_file(self)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read the headers and first rows of ``path`` (on a worker)."""
        self.path.setText(path)
        self._forget_plan()
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        self._runner.run(lambda: preview_file(path, PREVIEW_ROWS), self._previewed,
                         self._failed)

    def _previewed(self, preview: FilePreview) -> None:
        self.preview = preview
        self.mapping_model.set_file(preview.headers, preview.mapping)
        self.preview_model.set_preview(preview.headers, preview.rows)
        self.preview_model.set_mapping(preview.mapping)
        self._fit_preview_columns()
        messages = [message_text(m) for m in (*preview.notes,
                                              *(p.message for p in preview.problems))]
        self.notes.setText("\n".join(messages))
        self.notes.setStyleSheet(f"color: {ERROR_COLOUR};" if preview.problems else "")
        self.notes.setVisible(bool(messages))
        if preview.problems:
            self.summary.setText(self.tr("This file cannot be imported."))
            return
        self.check_button.setEnabled(True)
        self._describe_mapping()
        self.check_button.setFocus()

    def _fit_preview_columns(self) -> None:
        # Measured once per file or mapping (20 rows): wide enough for the
        # header and its field, never wider than a few words.
        self.preview_table.resizeColumnsToContents()
        header = self.preview_table.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, max(70, min(header.sectionSize(column) + 8, 260)))

    def _describe_mapping(self) -> None:
        missing = missing_fields(self.mapping_model.mapping)
        if missing:
            self.summary.setText(self.tr("No column chosen for: {fields}.").format(
                fields=", ".join(field_label(f) for f in missing)))
        else:
            self.summary.setText(self.tr(
                "Check the columns on the left, then check the file: nothing is imported yet."))

    def _mapping_changed(self) -> None:
        self.preview_model.set_mapping(self.mapping_model.mapping)
        self._fit_preview_columns()
        if self.plan is not None:
            self._forget_plan()
        self._describe_mapping()

    def _forget_plan(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("&Import valid accounts"))
        self.save_report_button.setEnabled(False)
        self.problems_model.set_problems(())
        self._show_empty_report()

    def _show_empty_report(self) -> None:
        self.problems_table.setToolTip(self.tr("Refused lines appear here after the check."))

    # --- checking -------------------------------------------------------------

    def check(self) -> None:
        if self.preview is None:
            return
        ws, path, mapping = self._ws, self.path.text(), dict(self.mapping_model.mapping)
        task = ProgressTask(self, self._runner, self.tr("Import customers"),
                            self.tr("Checking every row…"))
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.checking = task
        task.start(lambda progress, cancel: plan_import(ws, path, mapping, progress=progress,
                                                         cancel=cancel),
                   self._checked, self._check_failed)

    def _checked(self, plan: ImportPlan) -> None:
        self.checking = None
        self.plan = plan
        self.check_button.setEnabled(True)
        self.problems_model.set_problems(plan.problems)
        self.save_report_button.setEnabled(bool(plan.problems))
        self.problems_table.setToolTip("")
        accounts = len(plan.accounts)
        if plan.fatal:
            self.summary.setText(self.tr("This file cannot be imported: see below."))
        elif not plan.problems:
            self.summary.setText(self.tr(
                "All %Ln rows are valid: {accounts} with {contacts}.", "", plan.rows).format(
                    accounts=self.tr_accounts(accounts),
                    contacts=self.tr("%Ln contacts", "", plan.valid_rows)))
        else:
            self.summary.setText(self.tr(
                "%Ln rows checked: {accounts} with {contacts} are valid; {refused} (below). "
                "Refused lines are not imported, and neither is the rest of their account.",
                "", plan.rows).format(
                    accounts=self.tr_accounts(accounts),
                    contacts=self.tr("%Ln contacts", "", plan.valid_rows),
                    refused=self.tr("%Ln lines are refused", "", plan.rejected_lines)))
        if accounts and not plan.fatal:
            self.import_button.setText(self.tr("&Import %Ln valid accounts", "", accounts))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        else:
            self.nothing_button.setText(self.tr("Cl&ose"))
            self.problems_table.setFocus()

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = None
        self.check_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("Check cancelled. Nothing was imported."))
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        message = operator_message(exc, "importing customers")
        self.summary.setText(message)
        ErrorMessage.show(self, self.tr("Import customers"), message)

    # --- the report -------------------------------------------------------------

    def save_report(self) -> None:
        if self.plan is None:
            return
        path = self.ask_report_file(self)
        if not path:
            return
        try:
            write_report(path, self.plan.problems)
        except OSError as exc:
            ErrorMessage.show(self, self.tr("Save report"), self.tr(
                "The report could not be saved: {reason}").format(reason=exc.strerror or exc))
            return
        self.summary.setText(self.tr("Report saved to {path}.").format(path=path))

    # --- importing --------------------------------------------------------------

    def import_valid(self) -> None:
        plan = self.plan
        if plan is None or not plan.accounts:
            return
        ws = self._ws
        task = ProgressTask(self, self._runner, self.tr("Import customers"),
                            self.tr("Importing %Ln accounts…", "", len(plan.accounts)))
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.importing = task
        task.start(lambda progress, cancel: commit_import(ws, plan, progress=progress,
                                                           cancel=cancel),
                   self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.importing = None
        self.imported = result
        text = self.tr("Imported {accounts} with {contacts}.").format(
            accounts=self.tr_accounts(result.accounts),
            contacts=self.tr("%Ln contacts", "", result.contacts))
        if result.problems:
            text += "\n" + self.tr(
                "%Ln accounts were left out: someone stored them while you were checking.", "",
                len({p.line for p in result.problems if not p.knock_on}))
        Notice.show(self, self.tr("Import customers"), text)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.importing = None
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.accounts))
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was imported."))
            return
        self._failed(exc)

    @classmethod
    def open_for(cls, host: Host) -> ImportDialog:
        """File → Import customers… (a handler of :mod:`custadmin.ui.actions`)."""
        def imported(result: ImportResult) -> None:
            host.register.model.refresh()
            host.show_message(cls.tr_imported(result.accounts))

        return cls.run(host.frame, host.workspace, host.runner, imported)

    @staticmethod
    def tr_imported(accounts: int) -> str:
        return plurals().imported(accounts)

    @staticmethod
    def tr_accounts(accounts: int) -> str:
        return plurals().accounts(accounts)

    @classmethod
    def run(cls, parent: QWidget, ws: Workspace, runner: TaskRunner,
            then: Callable[[ImportResult], None] | None = None) -> ImportDialog:
        """Open the dialog (window-modal); ``then`` gets the result of an import."""
        dialog = cls(ws, runner, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_code: int) -> None:
            if dialog.imported is not None and then is not None:
                then(dialog.imported)

        dialog.finished.connect(finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog
