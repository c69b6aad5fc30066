"""Outgoing mail (issue 18): the SMTP server welcome emails go through.

An administrator sets the server here; without one, emails are written to
the outbox folder. The password goes to the system keyring (or, without
one, stays in memory until custadmin closes) and is never shown: an empty
password field keeps the stored one. Loading, saving, the keyring and the
test email run on workers (a locked keyring or a slow server can block for
seconds); the page is an :class:`~custadmin.ui.editing.EditorPage`, so a
save that meets someone else's change keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ValidationError
from custadmin.domain.operators import Permission
from custadmin.services.mail_delivery import (
    DEFAULT_PORTS,
    MailSecurity,
    MailSettings,
    PasswordPlace,
    clear_mail_settings,
    load_mail_settings,
    outbox_folder,
    password_place,
    save_mail_settings,
    send_test_email,
    validate_mail_settings,
)
from custadmin.services.workspace import Workspace
from custadmin.ui.editing import EditorPage, PageDialog, PageStatus, Work
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import forbidden, no_default_button
from custadmin.ui.widgets.prompts import ErrorMessage


@dataclass(frozen=True, slots=True)
class StoredMail:
    """The settings as stored (None: none, mail goes to the outbox) and where their
    password is kept."""

    settings: MailSettings | None
    password: PasswordPlace

    @property
    def version(self) -> int:
        return self.settings.version if self.settings is not None else 0


def read_stored(ws: Workspace) -> StoredMail:
    """The settings and their password's place (database and keyring: on a worker)."""
    settings = load_mail_settings(ws)
    return StoredMail(settings, password_place(settings))


#: The form's fields, in the order a failed save focuses them.
FIELDS = ("host", "port", "security", "username", "password", "sender")
#: What the snapshot holds for a typed password: never the password itself.
_TYPED = "1"
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


class MailSettingsPage(EditorPage[StoredMail]):
    """The form: host, port, security, user name, password and sender, and a test email."""

    permission = Permission.MAIL_SETTINGS
    #: The settings were read and can be edited (StoredMail).
    loaded = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        #: The password as typed, kept while the dialog is open so that a conflict
        #: (which shows the stored settings for a moment) can put it back.
        self._typed_password = ""
        self._touched: set[str] = set()

        self.intro = QLabel(self.tr(
            "Welcome emails go through this mail server. Without one they are written to "
            "the outbox folder, to be sent by hand:"), self)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(str(outbox_folder()), self)
        self.folder_label.setTextInteractionFlags(
            self.folder_label.textInteractionFlags() | _SELECTABLE)
        self.folder_label.setWordWrap(True)
        self.refusal = QLabel(self)
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)

        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.com"))
        self.host.setMaxLength(253)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[MailSecurity.STARTTLS])
        # A port is a number, not an amount: no thousands separator ("65 535").
        self.port.setGroupSeparatorShown(False)
        # Five digits wide, not the whole column.
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port.setMinimumWidth(self.fontMetrics().horizontalAdvance("655350") + 40)
        self.security = QComboBox(self)
        for security, label in (
            (MailSecurity.STARTTLS, self.tr("STARTTLS (usually port 587)")),
            (MailSecurity.TLS, self.tr("TLS from the start (usually port 465)")),
            (MailSecurity.NONE, self.tr("None: only a server on this computer")),
        ):
            self.security.addItem(label, security.value)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("empty: the server needs no login"))
        self.username.setMaxLength(254)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1000)
        self.password_state = QLabel(self)
        self.password_state.setWordWrap(True)
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setPlaceholderText(self.tr("e.g. noreply@example.com"))
        self.sender_edit.setMaxLength(320)

        self.test_to = QLineEdit(self)
        self.test_to.setPlaceholderText(self.tr("name@example.com"))
        self.test_button = QPushButton(self.tr("Send test &email"), self)
        self.test_button.setToolTip(self.tr(
            "Send an email through the settings as typed, before saving them"))
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(_SELECTABLE)
        self.clear_button = QPushButton(self.tr("Use the &outbox instead"), self)
        self.clear_button.setToolTip(self.tr(
            "Forget this mail server and its password; emails go to the outbox folder"))

        self.editors: dict[str, QWidget] = {
            "host": self.host, "port": self.port, "security": self.security,
            "username": self.username, "password": self.password, "sender": self.sender_edit}
        self.errors: dict[str, QLabel] = {}
        labels = {
            "host": self.tr("&Host"), "port": self.tr("&Port"),
            "security": self.tr("Se&curity"), "username": self.tr("&User name"),
            "password": self.tr("Pass&word"), "sender": self.tr("Se&nder (From)"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in FIELDS:
            editor = self.editors[key]
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            if key == "password":
                cell.addWidget(self.password_state)
            cell.addWidget(error)
            caption = QLabel(labels[key], self)
            caption.setBuddy(editor)
            editor.setAccessibleName(self.field_label(key))
            form.addRow(caption, cell)

        # The test in the same form, its field under the others: one column of fields.
        test_label = QLabel(self.tr("Test email &to"), self)
        test_label.setBuddy(self.test_to)
        self.test_to.setAccessibleName(self.tr("Test email to"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        test_cell = QVBoxLayout()
        test_cell.setSpacing(2)
        test_cell.addLayout(test_row)
        test_cell.addWidget(self.test_result)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(test_label, test_cell)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.refusal)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.button_row(self.clear_button))

        for key, edit in (("host", self.host), ("username", self.username),
                          ("sender", self.sender_edit)):
            edit.textChanged.connect(lambda _t, k=key: self._changed(k))
            edit.editingFinished.connect(lambda k=key: self._left(k))
        self.password.textChanged.connect(self._password_typed)
        self.password.editingFinished.connect(lambda: self._left("password"))
        self.port.valueChanged.connect(lambda _v: self._changed("port"))
        self.port.editingFinished.connect(lambda: self._left("port"))
        self._security_shown = MailSecurity.STARTTLS
        self.security.currentIndexChanged.connect(self._security_chosen)
        self.test_button.clicked.connect(self.send_test)
        self.clear_button.clicked.connect(self.use_outbox)

        self._set_fields_enabled(False)
        self.set_status(PageStatus.LOADING)
        ws = self._ws
        self._runner.run(lambda: read_stored(ws), self._arrived, self._load_failed)

    # --- loading ----------------------------------------------------------------------

    def _arrived(self, stored: StoredMail) -> None:
        if not self.alive():
            return
        self.show_stored(stored)
        self._set_fields_enabled(True)
        self.host.setFocus()
        self.loaded.emit(stored)

    def _load_failed(self, exc: BaseException) -> None:
        if not self.alive():
            return
        text = operator_message(exc, "loading the mail settings")
        self.set_status(PageStatus.NOT_SAVED)
        self.status.setText(text)
        ErrorMessage.show(self, self.tr("Cannot load the mail settings"), text)

    # --- the fields --------------------------------------------------------------------

    def typed_settings(self) -> MailSettings:
        """The settings as typed now (not checked)."""
        return MailSettings(host=self.host.text(), port=self.port.value(),
                            security=MailSecurity(str(self.security.currentData())),
                            username=self.username.text(), sender=self.sender_edit.text())

    def typed_password(self) -> str | None:
        """The password typed; None when the field is empty (keep the stored one)."""
        return self.password.text() or None

    def field_errors(self) -> dict[str, str]:
        """What the rules say of the fields as typed now (no database, no keyring)."""
        try:
            validate_mail_settings(self.typed_settings(), self.typed_password())
        except ValidationError as exc:
            return exc.errors
        return {}

    def show_field_errors(self, errors: Mapping[str, str]) -> None:
        """Show ``errors`` at their fields; every other field's error goes."""
        for key, label in self.errors.items():
            message = errors.get(key)
            editor = self.editors[key]
            if message:
                label.setText(message_text(message))
            else:
                label.clear()
            label.setVisible(bool(message))
            editor.setStyleSheet("border: 1px solid #b3261e;" if message else "")
            editor.setToolTip(label.text())

    def error_text(self, key: str) -> str:
        return self.errors[key].text()

    def _left(self, key: str) -> None:
        # A field's error shows once the operator left it, then follows each keystroke.
        if self.stored is None:
            return
        self._touched.add(key)
        self._refresh_errors()

    def _changed(self, key: str) -> None:
        self.edited()
        if self._touched:
            self._refresh_errors()

    def _refresh_errors(self) -> None:
        errors = self.field_errors()
        self.show_field_errors({k: v for k, v in errors.items() if k in self._touched})

    def _password_typed(self, text: str) -> None:
        self._typed_password = text
        self._changed("password")

    def _security_chosen(self, _index: int) -> None:
        chosen = MailSecurity(str(self.security.currentData()))
        # The usual port follows the security, unless another port was typed.
        if self.port.value() == DEFAULT_PORTS[self._security_shown]:
            self.port.setValue(DEFAULT_PORTS[chosen])
        self._security_shown = chosen
        self._changed("security")

    def _set_security(self, security: MailSecurity) -> None:
        blocked = self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(security.value)))
        self.security.blockSignals(blocked)
        self._security_shown = security

    def _show_password_place(self, place: PasswordPlace) -> None:
        self.password_state.setText({
            PasswordPlace.KEYRING: self.tr(
                "A password is stored in the system keyring. Leave the field empty to keep "
                "it, or type a new one."),
            PasswordPlace.MEMORY: self.tr(
                "A password is kept in memory until custadmin closes (no system keyring is "
                "available): type it again after a restart. Leave the field empty to keep it."),
            PasswordPlace.NONE: self.tr("No password is stored."),
        }[place])

    def _set_fields_enabled(self, enabled: bool) -> None:
        refused = forbidden(self._ws, self.permission)
        editable = enabled and refused is None and not self.busy
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(not editable)  # still selectable and copyable
            else:
                editor.setEnabled(editable)
        self.test_to.setReadOnly(not editable)
        self.refusal.setText(refused or "")
        self.refusal.setVisible(refused is not None)

    # --- EditorPage -----------------------------------------------------------------------

    def what(self) -> str:
        return self.tr("The outgoing mail settings")

    def fill(self, stored: StoredMail) -> None:
        settings = stored.settings
        for edit, text in ((self.host, settings.host if settings else ""),
                           (self.username, settings.username if settings else ""),
                           (self.sender_edit, settings.sender if settings else ""),
                           (self.password, "")):
            blocked = edit.blockSignals(True)
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.blockSignals(blocked)
        blocked = self.port.blockSignals(True)
        self.port.setValue(settings.port if settings and 1 <= settings.port <= 65535
                           else DEFAULT_PORTS[MailSecurity.STARTTLS])
        self.port.blockSignals(blocked)
        self._set_security(settings.security if settings else MailSecurity.STARTTLS)
        self._show_password_place(stored.password)
        self.clear_button.setVisible(settings is not None)

    def snapshot(self) -> dict[str, str]:
        return {"host": self.host.text(), "port": str(self.port.value()),
                "security": str(self.security.currentData()),
                "username": self.username.text(), "sender": self.sender_edit.text(),
                "password": _TYPED if self.password.text() else ""}

    def restore(self, values: Mapping[str, str]) -> None:
        for key, edit in (("host", self.host), ("username", self.username),
                          ("sender", self.sender_edit)):
            if key in values:
                edit.setText(values[key])
        if "port" in values and values["port"].isdigit():
            self.port.setValue(int(values["port"]))
        if "security" in values:
            self._set_security(MailSecurity(values["security"]))
        if "password" in values:
            self.password.setText(self._typed_password if values["password"] else "")

    def check(self) -> bool:
        self._touched.update(FIELDS)
        errors = self.field_errors()
        self.show_field_errors(errors)
        self._focus_first(errors)
        return not errors

    def submit(self, stored: StoredMail, confirmed_login_id: int | None) -> Work:
        ws, typed, password = self._ws, self.typed_settings(), self.typed_password()
        version = stored.version

        def work() -> StoredMail:
            saved = save_mail_settings(ws, typed, version, password)
            return StoredMail(saved, password_place(saved))
        return work

    def reload(self, stored: StoredMail) -> Work:
        ws = self._ws
        return lambda: read_stored(ws)

    def adopt(self, result: StoredMail) -> None:
        # Saved: the password is in the keyring (or memory) now, not in the form.
        self._typed_password = ""
        self._touched.clear()
        self.show_field_errors({})

    def revert(self) -> None:
        if not self.busy:
            self._typed_password = ""
            self._touched.clear()
            self.show_field_errors({})
        super().revert()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self._touched.update(errors)
        self.show_field_errors(errors)
        self._focus_first(errors)

    def _focus_first(self, errors: Mapping[str, str]) -> None:
        for key in FIELDS:
            if key in errors:
                self.editors[key].setFocus()
                return

    def set_read_only(self, read_only: bool) -> None:
        self._set_fields_enabled(not read_only and self.stored is not None)

    def field_label(self, key: str) -> str:
        return {
            "host": self.tr("Host"), "port": self.tr("Port"), "security": self.tr("Security"),
            "username": self.tr("User name"), "password": self.tr("Password"),
            "sender": self.tr("Sender (From)"),
        }.get(key, key)

    def value_text(self, key: str, value: str) -> str:
        if key == "password":
            return self.tr("(typed, not shown)") if value else ""
        if key == "security" and value:
            index = self.security.findData(value)
            return self.security.itemText(index) if index >= 0 else value
        return value

    def guarded_buttons(self) -> Sequence[QAbstractButton]:
        return (self.test_button, self.clear_button)

    def state_changed(self) -> None:
        if forbidden(self._ws, self.permission) is None:
            loaded = self.stored is not None and not self.busy
            self.test_button.setEnabled(loaded)
            self.clear_button.setEnabled(loaded and not self.is_dirty())

    # --- the other actions -------------------------------------------------------------------

    def test_message(self, to: str, sender: str) -> EmailMessage:
        """The test email, in the operator's language."""
        message = EmailMessage()
        message["Subject"] = self.tr("Test email from custadmin")
        message["From"] = sender
        message["To"] = to
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
        message.set_content(self.tr(
            "This email was sent from custadmin's Outgoing mail settings to try them. "
            "Welcome emails will go the same way.") + "\n")
        return message

    def send_test(self) -> None:
        """Send a test email through the settings as typed (the stored password if none)."""
        if self.stored is None or self.busy:
            return
        errors = self.field_errors()
        to = self.test_to.text().strip() or self.sender_edit.text().strip()
        if errors:
            self._touched.update(errors)
            self.show_field_errors(errors)
            self._focus_first(errors)
            self._say_test(self.tr("Not sent: correct the fields marked in red."), False)
            return
        ws, typed, password = self._ws, self.typed_settings(), self.typed_password()
        try:
            message = self.test_message(to, validate_mail_settings(typed).sender)
        except (ValueError, TypeError):  # an address the email package cannot take
            self._say_test(self.tr("Not sent: “{to}” is not an email address.").format(to=to),
                           False)
            return
        self._say_test(self.tr("Sending a test email to {to}…").format(to=to), True)
        self._set_busy_for_test(True)

        def sent(_result: object) -> None:
            if self.alive():
                self._set_busy_for_test(False)
                self._say_test(self.tr("Test email sent to {to}.").format(to=to), True)

        def failed(exc: BaseException) -> None:
            if not self.alive():
                return
            self._set_busy_for_test(False)
            if isinstance(exc, ValidationError):
                self.show_errors(exc.errors)
            self._say_test(self.tr("Not sent: {reason}").format(
                reason=operator_message(exc, "sending a test email")), False)

        self._runner.run(lambda: send_test_email(ws, typed, password, message), sent, failed)

    def _set_busy_for_test(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.is_dirty())

    def _say_test(self, text: str, ok: bool) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet("" if ok else ERROR_STYLE)

    @classmethod
    def confirm_clear(cls, parent: QWidget, server: str) -> bool:
        """Whether to forget the server (tests replace this)."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("MailSettingsDialog", "Use the outbox instead"),
            QCoreApplication.translate(
                "MailSettingsDialog", "Forget the mail server {server} and its password? Emails "
                "will be written to the outbox folder until a server is set up again."
            ).format(server=server),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def use_outbox(self) -> None:
        """Forget the stored server: mail goes to the outbox folder."""
        stored = self.stored
        if stored is None or stored.settings is None or self.busy or self.is_dirty():
            return
        if not self.confirm_clear(self, stored.settings.server):
            return
        ws, version = self._ws, stored.version

        def work() -> StoredMail:
            clear_mail_settings(ws, version)
            return read_stored(ws)

        def done(result: StoredMail) -> None:
            self.show_stored(result)
            self.set_status(PageStatus.DONE, self.tr("Emails go to the outbox folder now."))
            self.saved.emit(result)

        self.perform(work, done, failure_title=self.tr("Not changed"))



class MailSettingsDialog(PageDialog[StoredMail]):
    """*Outgoing mail*: the settings page in a modal dialog that closes once saved."""

    page: MailSettingsPage

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        # Enter in a field must not press "Use the outbox instead" or send a test.
        no_default_button(self)
        self.page.save_button.setAutoDefault(True)
        self.page.save_button.setDefault(True)
        self.setMinimumWidth(560)

    def title(self) -> str:
        return self.tr("Outgoing mail")

    def make_page(self, ws: Workspace, runner: TaskRunner) -> MailSettingsPage:
        self.page = MailSettingsPage(ws, runner, self)
        return self.page

    def closes_after(self, stored: StoredMail) -> bool:
        # A save closes; "use the outbox instead" stays to show it.
        return self.page.page_status is PageStatus.SAVED
