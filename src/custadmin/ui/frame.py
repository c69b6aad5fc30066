"""What the window itself does: quit, find, about (handlers of :mod:`custadmin.ui.actions`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from custadmin import __version__
from custadmin.ui.actions import Host


def quit(host: Host) -> None:
    host.frame.close()


def find(host: Host) -> None:
    host.register.focus_search()


def about(host: Host) -> None:
    QMessageBox.about(
        host.frame, QCoreApplication.translate("Frame", "About custadmin"),
        QCoreApplication.translate(
            "Frame", "custadmin {version}\nAdministration of customer accounts.").format(
                version=__version__))
