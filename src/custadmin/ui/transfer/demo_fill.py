"""Filling an empty database with demo accounts, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import CustadminError
from custadmin.services.accounts import BulkResult, bulk_create_accounts
from custadmin.services.demo import generate_demo_accounts
from custadmin.services.portal import add_demo_portal_users
from custadmin.services.workspace import Workspace
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
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
        parent.tr("Creating {count} demo customer accounts…").format(count=count),
        parent.tr("Cancel"), 0, count, parent,
    )
    dialog.setWindowTitle(parent.tr("Demo data"))
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
        ErrorMessage.show(parent, parent.tr("Demo data"), parent.tr(
            "No demo data was added: {reason}").format(
                reason=operator_message(exc, "filling demo data")))

    runner.run(work, finish, failed)
