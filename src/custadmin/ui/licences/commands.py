"""Menu handlers of partnerships and mail (see :mod:`custadmin.ui.actions`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from custadmin.ui.actions import Host


def invoice_basis(host: Host) -> QDialog | None:
    """Reports → Collective invoice basis… for the open account, the partner."""
    from custadmin.ui.licences.invoice_basis import InvoiceBasisDialog

    account = host.editor.account
    if account is None:
        return None
    dialog = InvoiceBasisDialog(host.workspace, account.id, host.frame, runner=host.runner)
    dialog.open()
    return dialog


def mail_settings(host: Host) -> QDialog:
    """Tools → Outgoing mail…: the SMTP server welcome emails go through."""
    from custadmin.ui.admin.mail_settings import MailSettingsDialog

    dialog = MailSettingsDialog(host.workspace, host.runner, host.frame)
    dialog.open()
    return dialog


def outbox(host: Host) -> QDialog:
    """Tools → Outbox…: the welcome emails written as files (no SMTP server set)."""
    from custadmin.ui.admin.outbox import OutboxDialog

    dialog = OutboxDialog(host.runner, parent=host.frame)
    dialog.open()
    return dialog
