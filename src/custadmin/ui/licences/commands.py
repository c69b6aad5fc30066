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
