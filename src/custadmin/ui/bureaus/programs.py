"""Program permissions at a client (R21), and who holds which role there (R21, R22).

Users × programs: the client's own users (contacts with a portal login) and
the consultants its bureaus gave access to. Permissions are granted in the
name of the client's own system administrator, whom the operator picks; the
service checks it. The second tab says who is the client's system
administrator and who is an authorised signatory (who may sign a
connection form).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.bureaus import ClientRole
from custadmin.domain.errors import ValidationError
from custadmin.services.bureaus import Change, ClientUser, ProgramMatrix
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.bureaus.matrix import CheckMatrixModel, Head
from custadmin.ui.bureaus.panels import MatrixPanel
from custadmin.ui.bureaus.texts import bureau_changes, role_title
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import fill_quietly
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text
from custadmin.ui.widgets.page import no_default_button

CLIENT_ROLE_ORDER = (ClientRole.SYSTEM_ADMINISTRATOR, ClientRole.AUTHORISED_SIGNATORY)


def _user_head(user: ClientUser) -> Head:
    label = user.user.name if not user.bureau else f"{user.user.name} ({user.bureau})"
    return Head(user.user.contact_id, label, user.user.email, user.user.email)


class ProgramsDialog(QDialog):
    """Non-modal; one client."""

    def __init__(self, ws: Workspace, runner: TaskRunner, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.client_id = client_id
        self.matrix: ProgramMatrix | None = None
        self.setModal(False)
        self.setWindowTitle(self.tr("Program permissions"))
        self.resize(900, 520)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.granter = QComboBox(self)
        self.granter.setAccessibleName(self.tr("Granted in the name of"))
        granter_label = QLabel(self.tr("Granted in the &name of:"), self)
        granter_label.setBuddy(self.granter)
        self.granter_error = QLabel(self)
        self.granter_error.setStyleSheet(ERROR_STYLE)
        self.granter_error.setWordWrap(True)
        self.granter_error.setTextFormat(Qt.TextFormat.PlainText)
        self.granter.currentIndexChanged.connect(lambda _i: self.granter_error.clear())
        granter_row = QHBoxLayout()
        granter_row.addWidget(granter_label)
        granter_row.addWidget(self.granter, 1)

        self.programs_model = CheckMatrixModel(self.tr("User"), self.tr("Programs"), parent=self)
        self.programs = MatrixPanel(self.programs_model, runner,
                                    name=self.tr("Program permissions"),
                                    rows_label=self.tr("Searc&h:"),
                                    rows_placeholder=self.tr("name or email"), parent=self)
        self.programs.bind(self._read, self._show, self._save_programs)
        self.programs.saved.connect(bureau_changes().changed.emit)
        self.programs.refused.connect(self._refused)
        programs_page = QWidget(self)
        programs_layout = QVBoxLayout(programs_page)
        programs_layout.addLayout(granter_row)
        programs_layout.addWidget(self.granter_error)
        programs_layout.addWidget(self.programs, 1)

        self.roles_model = CheckMatrixModel(self.tr("User"), self.tr("Roles"), parent=self)
        self.roles = MatrixPanel(self.roles_model, runner, name=self.tr("Roles at the client"),
                                 rows_label=self.tr("Searc&h:"),
                                 rows_placeholder=self.tr("name or email"), cell_width=200,
                                 parent=self)
        self.roles.bind(self._read, self._show, self._save_roles)
        self.roles.saved.connect(bureau_changes().changed.emit)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(programs_page, self.tr("&Programs"))
        self.tabs.addTab(self.roles, self.tr("R&oles at the client"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        no_default_button(self)
        bureau_changes().changed.connect(self._changed_elsewhere)
        self.programs.reload()

    @classmethod
    def open_for(cls, host: Host) -> ProgramsDialog | None:
        """Tools → Program permissions… for the account open."""
        account = host.editor.account
        if account is None:
            return None
        dialog = cls(host.workspace, host.runner, account.id, host.frame)
        dialog.show()
        return dialog

    def _changed_elsewhere(self) -> None:
        if self.isVisible() and not self.programs_model.pending and not self.roles_model.pending:
            self.programs.reload()

    # --- reading ---------------------------------------------------------------------------

    def _read(self) -> ProgramMatrix:
        from custadmin.services.bureaus import program_matrix

        return program_matrix(self._ws, self.client_id)

    def _show(self, matrix: ProgramMatrix) -> None:
        self.matrix = matrix
        self.setWindowTitle(self.tr("Program permissions at {name}").format(
            name=matrix.client_name))
        self.intro.setText(self.tr(
            "What each user sees at {name}: its own users and the consultants its bureaus "
            "gave access to. Only the client's own system administrator grants programs; "
            "choose in whose name.").format(name=matrix.client_name))
        chosen = self.granter.currentData()
        fill_quietly(self.granter, [(u.label, u.contact_id) for u in matrix.administrators],
                     chosen)
        if not matrix.administrators:
            self.granter_error.setText(self.tr(
                "The client has no system administrator: give one of its contacts that "
                "role on the Roles at the client tab first."))
        heads = [_user_head(u) for u in matrix.users]
        self.programs_model.load(heads, [Head(p.key, p.name) for p in matrix.programs],
                                 set(matrix.granted))
        # Roles belong to every contact, with a login or not (a signatory may have none).
        self.roles_model.load([_user_head(ClientUser(u)) for u in matrix.contacts],
                              [Head(r.value, role_title(r.value)) for r in CLIENT_ROLE_ORDER],
                              {(u.contact_id, r) for u in matrix.contacts for r in u.roles
                               if r in {c.value for c in CLIENT_ROLE_ORDER}})
        self.roles.apply_filters()
        if not matrix.users:
            self.programs.status.setText(self.tr(
                "The client has no users yet: give its contacts a portal login first."))

    # --- saving ----------------------------------------------------------------------------

    def _save_programs(self, changes: Sequence[Change]) -> Callable[[], object]:
        from custadmin.services.bureaus import save_program_permissions

        ws, client_id, granter = self._ws, self.client_id, self.granter.currentData()
        return lambda: save_program_permissions(ws, client_id, granter, changes)

    def _save_roles(self, changes: Sequence[Change]) -> Callable[[], object]:
        from custadmin.services.bureaus import save_roles

        ws, client_id = self._ws, self.client_id
        return lambda: save_roles(ws, client_id, changes)

    def _refused(self, exc: object) -> None:
        if isinstance(exc, ValidationError) and "granter" in exc.errors:
            self.granter_error.setText(message_text(exc.errors["granter"]))
            self.granter.setFocus(Qt.FocusReason.OtherFocusReason)
