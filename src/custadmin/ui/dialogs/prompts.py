"""Small questions to the operator, each a class method tests can replace."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Leave(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> Leave:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("{what} has unsaved changes.").format(what=what))
        box.setInformativeText(tr("Save them before you go on?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return Leave.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Leave.DISCARD
        return Leave.CANCEL


class ConflictChoice(enum.Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep"


class ConflictPrompt:
    """Someone else saved first: show what differs and let the operator choose."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        differences: Mapping[str, tuple[object, object]],
        label: Callable[[str], str],
        mine: Mapping[str, str],
    ) -> ConflictChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Changed by someone else"))
        box.setText(tr("Someone else saved this account after you opened it. "
                       "Your changes were not saved."))
        if differences:
            lines = [
                tr("{field}: was “{before}”, is now “{now}”, yours “{mine}”").format(
                    field=label(key), before=before or "", now=now or "",
                    mine=mine.get(key, ""),
                )
                for key, (before, now) in differences.items()
            ]
            box.setInformativeText(tr("What they changed:") + "\n" + "\n".join(lines))
        reload_button = box.addButton(tr("Discard mine and show theirs"),
                                      QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep my edits"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return ConflictChoice.RELOAD if box.clickedButton() is reload_button else (
            ConflictChoice.KEEP_MINE
        )


class ErrorMessage:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(message)
        if detail:
            box.setDetailedText(detail)
        box.exec()


class DeleteContactPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str, is_invoice_contact: bool) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Delete contact"))
        box.setText(tr("Delete the contact {name}?").format(name=name))
        if is_invoice_contact:
            box.setInformativeText(tr(
                "{name} is the invoice contact: invoices will be addressed to the main "
                "contact instead.").format(name=name))
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete
