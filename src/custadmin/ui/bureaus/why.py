"""Ctrl+Shift+L: "why do I have no programs at the client?" (R20, R21).

A support agent types the consultant's user name (the email they log in
with) and, if the caller says it, the client. The answer, per client of
the consultant's bureaus: the programs they see, or the one reason they see
none and who can change it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.bureaus import AccessReason
from custadmin.domain.errors import ValidationError
from custadmin.services.bureaus import AccessAnswer
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message


def who_can_fix(reason: AccessReason) -> str:
    """Who changes what the answer says, in a sentence (the support agent's next step)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        AccessReason.LOGIN_DISABLED: translate(
            "WhyNoPrograms", "Enable the login on the consultant's contact (Internet tab)."),
        AccessReason.NOT_CONNECTED: translate(
            "WhyNoPrograms",
            "The client's system administrator or authorised signatory signs the connection "
            "form; then record the signature."),
        AccessReason.NOT_ACTIVATED: translate(
            "WhyNoPrograms",
            "The bureau's system administrator or a program administrator of the client "
            "manager activates the client in the activation list."),
        AccessReason.NO_ACCESS: translate(
            "WhyNoPrograms",
            "The bureau ticks the client for the consultant under Client access."),
        AccessReason.NO_PROGRAMS: translate(
            "WhyNoPrograms",
            "The client's own system administrator grants the programs under Program "
            "permissions."),
        AccessReason.GRANTED: "",
    }[reason]


class WhyNoProgramsDialog(QDialog):
    """Non-modal; asks on a worker."""

    CLIENT, BUREAU, ANSWER = range(3)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 username: str = "", client: str = "") -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._generation = 0
        self.answers: list[AccessAnswer] = []
        self.setModal(False)
        self.setWindowTitle(self.tr("Why no programs?"))
        self.resize(760, 420)
        intro = QLabel(self.tr(
            "What a consultant sees at a client of their bureau, or exactly why they see none. "
            "Nothing is changed."), self)
        intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setPlaceholderText(self.tr("the email address the consultant logs in "
                                                 "with"))
        self.username.setClearButtonEnabled(True)
        self.client = QLineEdit(client, self)
        self.client.setPlaceholderText(self.tr("optional: the client's name, organisation "
                                               "number or customer number"))
        self.client.setClearButtonEnabled(True)
        user_label = QLabel(self.tr("&User name:"), self)
        user_label.setBuddy(self.username)
        client_label = QLabel(self.tr("C&lient:"), self)
        client_label.setBuddy(self.client)
        self.ask_button = QPushButton(self.tr("&Ask"), self)
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(self.ask)
        self.username_error = QLabel(self)
        self.client_error = QLabel(self)
        for label in (self.username_error, self.client_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        fields = QGridLayout()
        fields.addWidget(user_label, 0, 0)
        fields.addWidget(self.username, 0, 1)
        fields.addWidget(self.username_error, 1, 1)
        fields.addWidget(client_label, 2, 0)
        fields.addWidget(self.client, 2, 1)
        fields.addWidget(self.client_error, 3, 1)
        fields.addWidget(self.ask_button, 2, 2)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Client"), self.tr("Bureau"), self.tr("Answer")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(self.CLIENT, 200)
        self.tree.setColumnWidth(self.BUREAU, 180)
        self.tree.setAccessibleName(self.tr("Answers"))
        self.tree.currentItemChanged.connect(lambda _c, _p: self._chosen())
        #: The chosen answer in full, wrapped (the tree's column elides it).
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.username.textEdited.connect(lambda _t: self._edited())
        self.client.textEdited.connect(lambda _t: self._edited())

    @classmethod
    def open_for(cls, host: Host) -> WhyNoProgramsDialog:
        """Tools → Why no programs?… (a handler of the actions)."""
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.show()
        dialog.username.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def _edited(self) -> None:
        # An answer to what is no longer typed must not appear later.
        self._generation += 1

    def ask(self) -> None:
        from custadmin.services.bureaus import why_no_programs

        self._generation += 1
        generation = self._generation
        ws, username, client = self._ws, self.username.text(), self.client.text()
        self.username_error.clear()
        self.client_error.clear()
        self.status.setText(self.tr("Asking…"))

        def done(answers: list[AccessAnswer]) -> None:
            if generation == self._generation:
                self._show(answers)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.tree.clear()
            self.status.clear()
            self.detail.clear()
            if isinstance(exc, ValidationError):
                self.username_error.setText(message_text(exc.errors.get("username", "")))
                self.client_error.setText(message_text(exc.errors.get("client", "")))
                target = self.username if "username" in exc.errors else self.client
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.status.setText(operator_message(exc, "asking why no programs"))

        self._runner.run(lambda: why_no_programs(ws, username, client), done, failed)

    def _show(self, answers: list[AccessAnswer]) -> None:
        self.answers = answers
        self.tree.clear()
        for answer in answers:
            access = answer.access
            text = message_text(access.message)
            fix = who_can_fix(access.reason)
            item = QTreeWidgetItem([answer.client, answer.bureau,
                                    f"{text} {fix}".strip()])
            item.setToolTip(self.ANSWER, f"{text} {fix}".strip())
            item.setForeground(self.ANSWER, QBrush(QColor(
                "#1b6e20" if access.reason is AccessReason.GRANTED else "#b3261e")))
            self.tree.addTopLevelItem(item)
        self.status.setText(self.tr("%Ln clients", "", len(answers)) if answers
                            else self.tr("The consultant's bureaus have no clients."))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _chosen(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.detail.clear()
            return
        self.detail.setText(self.tr("{client} ({bureau}): {answer}").format(
            client=item.text(self.CLIENT), bureau=item.text(self.BUREAU),
            answer=item.text(self.ANSWER)))
