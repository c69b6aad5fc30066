"""The account's menu actions (handlers of :mod:`custadmin.ui.actions`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.ui.actions import Host

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def new_account(host: Host) -> None:
    """Ask for a new account (after the open one's edits are settled), open and select it."""
    from custadmin.ui.account.new_account import NewAccountDialog

    def create() -> None:
        created = NewAccountDialog.ask(host.frame, host.workspace, host.runner)
        if created is None:
            return
        host.editor.show_account(created)
        # Selected once every ID is known: the new account may sort anywhere.
        host.register.refresh_and_select(created.id)

    host.editor.request_leave(create)


def save(host: Host) -> None:
    """Ctrl+S: the page in front, or the one page that has edits."""
    host.editor.save_current()


def revert(host: Host) -> None:
    host.editor.revert_current()


def delete_account(host: Host) -> None:
    """Delete the open account, once the operator confirms it by its name."""
    def deleted(name: str) -> None:
        host.register.model.refresh()
        host.show_message(translate("AccountCommands", "Deleted {name}.").format(name=name))

    host.editor.delete_account(deleted)
