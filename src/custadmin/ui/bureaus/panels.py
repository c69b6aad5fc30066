"""A matrix on screen: search fields, the table, and (for boxes) Save and Revert.

Saving runs on the task runner with the unsaved ticks, each with the value it
started from. When the service answers with a conflict (someone else
changed a box since it was read), the panel reads the matrix again, puts
back every tick of the operator's that does not collide, and says how many
did: nothing is overwritten silently and nothing else typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ConflictError, ValidationError
from custadmin.services.bureaus import Change
from custadmin.ui.bureaus.matrix import FIRST_CELL, AnswerMatrixModel, CheckMatrixModel, MatrixModel
from custadmin.ui.tasks import Latest, TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message


def _search(parent: QWidget, label_text: str, placeholder: str) -> tuple[QLabel, QLineEdit]:
    edit = QLineEdit(parent)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    label = QLabel(label_text, parent)
    label.setBuddy(edit)
    return label, edit


class MatrixPanel(QWidget):
    """A matrix model in a table, filtered by what is typed above it."""

    #: Saved (the panel re-read itself; others may want to).
    saved = Signal()
    #: A save was refused (the exception; the unsaved ticks are kept).
    refused = Signal(object)

    def __init__(self, model: MatrixModel, runner: TaskRunner, *, name: str,
                 rows_label: str, rows_placeholder: str,
                 columns_label: str = "", columns_placeholder: str = "",
                 cell_width: int = 110, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._runner = runner
        self._load: Callable[[], Any] | None = None
        self._apply: Callable[[Any], None] | None = None
        self._readings = Latest(runner)
        #: What waits for the latest reading to be shown.
        self._then: list[Callable[[], None]] = []
        self._save: Callable[[Sequence[Change]], Callable[[], object]] | None = None

        row_label, self.row_filter = _search(self, rows_label, rows_placeholder)
        bar = QHBoxLayout()
        bar.addWidget(row_label)
        bar.addWidget(self.row_filter, 2)
        self.column_filter: QLineEdit | None = None
        if columns_label:
            column_label, self.column_filter = _search(self, columns_label, columns_placeholder)
            bar.addWidget(column_label)
            bar.addWidget(self.column_filter, 1)
        # Filtering 5,000 names on every key press is cheap, but resetting the
        # view is not: wait for a pause in the typing.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.row_filter.textEdited.connect(lambda _t: self._filter_timer.start())
        if self.column_filter is not None:
            self.column_filter.textEdited.connect(lambda _t: self._filter_timer.start())

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(name)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(cell_width)
        header.setMinimumSectionSize(40)
        model.modelReset.connect(self._size_columns)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

        self.save_button: QPushButton | None = None
        self.revert_button: QPushButton | None = None
        if isinstance(model, CheckMatrixModel):
            self.save_button = QPushButton(self.tr("&Save"), self)
            self.revert_button = QPushButton(self.tr("&Revert"), self)
            self.save_button.setToolTip(self.tr("Save the boxes you changed (yellow)"))
            self.revert_button.setToolTip(self.tr("Forget the boxes you changed since the "
                                                  "last save"))
            self.save_button.clicked.connect(self.save)
            self.revert_button.clicked.connect(model.revert)
            self.buttons.addWidget(self.revert_button)
            self.buttons.addWidget(self.save_button)
            model.edited.connect(self._edited)
            self._edited(0)

    def _size_columns(self) -> None:
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 95)

    # --- loading and filtering ---------------------------------------------------------------

    def bind(self, load: Callable[[], Any], apply: Callable[[Any], None],
             save: Callable[[Sequence[Change]], Callable[[], object]] | None = None) -> None:
        """``load`` runs on a worker and returns what ``apply`` puts in the model here;
        ``save`` (boxes only) is given the unsaved changes here and returns the work
        that saves them on a worker (so what it reads of other fields is read here)."""
        self._load, self._apply, self._save = load, apply, save

    def reload(self, then: Callable[[], None] | None = None) -> None:
        if self._load is None or self._apply is None:
            return
        apply = self._apply
        # Only the latest reading is shown; what waited for an earlier one runs after it.
        if then is not None:
            self._then.append(then)

        def loaded(result: Any) -> None:
            apply(result)
            self.apply_filters()
            waiting, self._then = self._then, []
            for call in waiting:
                call()

        def failed(exc: BaseException) -> None:
            self._then = []
            self._failed(exc)

        self._readings.run(self._load, loaded, failed)

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_filters(self.row_filter.text(),
                               self.column_filter.text() if self.column_filter else "")
        self._describe()

    def _describe(self) -> None:
        if isinstance(self.model, CheckMatrixModel) and self.model.pending:
            return
        if not self.model.rows:
            self.status.setText(self.tr("Nothing to show yet."))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%Ln rows shown", "", self.model.shown_rows) + " · "
                            + self.tr("%Ln columns shown", "", self.model.shown_columns))

    # --- saving -------------------------------------------------------------------------------

    def _edited(self, count: int) -> None:
        if self.save_button is None or self.revert_button is None:
            return
        self.save_button.setEnabled(count > 0)
        self.revert_button.setEnabled(count > 0)
        if count:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("%Ln unsaved changes", "", count))
        else:
            self._describe()

    def save(self) -> None:
        model = self.model
        if not isinstance(model, CheckMatrixModel) or self._save is None or not model.pending:
            return
        changes = model.changes()
        save = self._save
        assert self.save_button is not None
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            # Saved as sent: no need to read the whole matrix again (thousands of
            # rows); what others change arrives with the next reading.
            model.accept(changes)
            if self._readings.running:
                # A reading begun before this save committed would show the
                # boxes as they were: read again.
                self.reload()
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConflictError) and isinstance(exc.current, tuple):
                self._conflict(changes, exc)
            else:
                self._edited(len(model.pending))
                self.status.setStyleSheet(ERROR_STYLE)
                self.status.setText(
                    " ".join(message_text(m) for m in exc.errors.values())
                    if isinstance(exc, ValidationError)
                    else operator_message(exc, "saving a matrix"))
                self.refused.emit(exc)

        self._runner.run(save(changes), done, failed)

    def _conflict(self, mine: Sequence[Change], exc: ConflictError) -> None:
        """Read again; put back the operator's ticks that do not collide."""
        current = exc.current if isinstance(exc.current, tuple) else ()
        colliding = {(c.row, c.column) for c in current if isinstance(c, Change)}
        model = self.model
        assert isinstance(model, CheckMatrixModel)

        def again() -> None:
            for change in mine:
                key = (change.row, change.column)
                # A colliding box shows what is stored; the others keep the tick.
                model.set_ticked(change.row, change.column,
                                 key in model.stored if key in colliding else change.granted)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(message_text(exc.message))

        self.reload(then=again)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(operator_message(exc, "reading a matrix"))

    # --- for keyboard users and tests ------------------------------------------------------------

    def current_cell(self) -> tuple[Any, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.column() < FIRST_CELL:
            return None
        return (self.model.row_head(index.row()).key,
                self.model.column_head(index.column()).key)


def answer_model_tooltip(model: AnswerMatrixModel, row: int, column: int) -> str:
    """The reason shown when the pointer rests on a cell (tests read it this way)."""
    value = model.data(model.index(row, column), int(Qt.ItemDataRole.ToolTipRole))
    return str(value or "")
