"""Filling an empty database with demo accounts, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import CustadminError
from custadmin.services.accounts import BulkResult, bulk_create_accounts
from custadmin.services.bureau_demo import add_demo_bureaus
from custadmin.services.demo import add_demo_showcase, generate_demo_accounts
from custadmin.services.einvoice import add_demo_einvoice
from custadmin.services.licence_demo import add_demo_partnerships
from custadmin.services.portal import add_demo_portal_users
from custadmin.services.workspace import Workspace
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.plurals import plurals
from custadmin.ui.widgets.prompts import ErrorMessage


class Cancelled(CustadminError):
    pass


def fill_demo(
    parent: QWidget,
    ws: Workspace,
    runner: TaskRunner,
    count: int,
    done: Callable[[BulkResult | None], None],
) -> None:
    """Create ``count`` demo accounts on a worker; one transaction, so Cancel leaves none."""
    dialog = QProgressDialog(
        plurals().creating_demo_accounts(count),
        QCoreApplication.translate("DemoFill", "Cancel"), 0, count, parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoFill", "Demo data"))
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    progress = [0]
    stop = threading.Event()

    def accounts() -> Iterator[NewAccount]:
        for item in generate_demo_accounts(count):
            if stop.is_set():
                raise Cancelled("Cancelled")
            yield item

    def work() -> BulkResult:
        result = bulk_create_accounts(
            ws, accounts(), batch_size=500, progress=lambda n: progress.__setitem__(0, n)
        )
        add_demo_portal_users(ws)
        add_demo_showcase(ws)
        add_demo_einvoice(ws)
        add_demo_bureaus(ws)
        add_demo_partnerships(ws)
        return result

    timer = QTimer(dialog)
    timer.setInterval(100)
    timer.timeout.connect(lambda: dialog.setValue(progress[0]))
    timer.start()
    dialog.canceled.connect(stop.set)

    def finish(result: BulkResult | None) -> None:
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
        done(result)

    def failed(exc: BaseException) -> None:
        finish(None)
        if isinstance(exc, Cancelled):
            return
        ErrorMessage.show(parent, QCoreApplication.translate("DemoFill", "Demo data"),
                          QCoreApplication.translate(
            "DemoFill", "No demo data was added: {reason}").format(
                reason=operator_message(exc, "filling demo data")))

    runner.run(work, finish, failed)
