"""Small questions to the operator, each a class method tests can replace."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from custadmin.domain.errors import ConfirmationNeeded

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


class Leave(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> Leave:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Unsaved changes"))
        box.setText(translate("Prompts", "{what} has unsaved changes.").format(what=what))
        box.setInformativeText(translate("Prompts", "Save them before you go on?"))
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
        who: str = "",
    ) -> ConflictChoice:
        """``who``: who saved the other change and when ("Eva Ek at …"), if known."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Changed by someone else"))
        # An editor page names what it edits (EditorPage.what).
        what = getattr(parent, "what", None)
        box.setText(translate(
            "Prompts", "{what}: someone else saved a change after you opened it. Your "
                       "changes were not saved.").format(what=what()) if callable(what) else
                    translate(
                        "Prompts", "Someone else saved this after you opened it. Your changes "
                                   "were not saved."))
        info = [translate("Prompts", "Saved by {who}.").format(who=who)] if who else []
        if differences:
            lines = [
                translate(
                    "Prompts", "{field}: was “{before}”, is now “{now}”, yours “{mine}”").format(
                    field=label(key), before=before or "", now=now or "",
                    mine=mine.get(key, ""),
                )
                for key, (before, now) in differences.items()
            ]
            info.append(translate("Prompts", "What they changed:") + "\n" + "\n".join(lines))
        if info:
            box.setInformativeText("\n\n".join(info))
        reload_button = box.addButton(translate("Prompts", "Discard mine and show theirs"),
                                      QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate(
            "Prompts", "Keep my edits"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return ConflictChoice.RELOAD if box.clickedButton() is reload_button else (
            ConflictChoice.KEEP_MINE
        )


class OverwritePrompt:
    """After *Keep my edits*: the save would replace values the other operator saved."""

    @classmethod
    def ask(cls, parent: QWidget | None, replaced: Mapping[str, tuple[str, str]],
            label: Callable[[str], str], who: str = "") -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Replace their change?"))
        box.setText(translate(
            "Prompts", "{who} saved these fields; saving replaces their values with "
                       "yours:").format(who=who) if who else
                    translate(
                        "Prompts", "Someone else saved these fields; saving replaces their "
                                   "values with yours:"))
        box.setInformativeText("\n".join(
            translate("Prompts", "{field}: theirs “{theirs}”, yours “{mine}”").format(
                field=label(key), theirs=theirs, mine=mine)
            for key, (theirs, mine) in replaced.items()))
        replace = box.addButton(translate("Prompts", "Save mine over theirs"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Prompts", "Do not save"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is replace


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


class MakeMainContactPrompt:
    """R1: the main contact is who the account is; changing it is always confirmed."""

    @classmethod
    def ask(cls, parent: QWidget | None, new_main: str, former: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Prompts", "Change the main contact"))
        box.setText(translate("Prompts", "Make {new} the main contact instead of {former}?").format(
            new=new_main, former=former))
        box.setInformativeText(translate("Prompts",
            "The main contact holds every portal right and receives what no one else is "
            "chosen for. {former} stays on the account as an ordinary contact.").format(
            former=former))
        change = box.addButton(translate(
            "Prompts", "Make main contact"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("Prompts", "Keep {former}").format(former=former),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is change


class DeleteContactPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str, is_invoice_contact: bool) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Prompts", "Delete contact"))
        box.setText(translate("Prompts", "Delete the contact {name}?").format(name=name))
        if is_invoice_contact:
            box.setInformativeText(translate("Prompts",
                "{name} is the invoice contact: invoices will be addressed to the main "
                "contact instead.").format(name=name))
        delete = box.addButton(translate(
            "Prompts", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Prompts", "Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete


class SharedLoginPrompt:
    """R9/R13: the change touches a login other accounts share. Same person?"""

    @classmethod
    def ask(cls, parent: QWidget | None, asked: ConfirmationNeeded,
            password_too: bool = False) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        lines = "\n".join(
            translate("Prompts", "• {account} (customer {number}): {contact}{off}").format(
                account=s.account_name, number=s.customer_number, contact=s.contact_name,
                off="" if s.portal_access else translate("Prompts", " — portal access off"))
            for s in asked.served
        )
        if asked.reason == "join":
            box.setWindowTitle(translate("Prompts", "User name already in use"))
            box.setText(translate(
                "Prompts", "{user} already logs in to the customer portal for:").format(
                user=asked.username) + "\n" + lines)
            info = translate(
                "Prompts", "Is this the same person? Then this contact joins that login: one user "
                      "name, one password, and at login the person chooses which company to "
                      "act for. Its password is kept.")
            if password_too:
                info += "\n\n" + translate(
                    "Prompts", "The new password you typed replaces it for every "
                                    "account listed.")
            box.setInformativeText(info + "\n\n" + translate("Prompts",
                "If it is someone else, choose Cancel and use another email address."))
            yes = box.addButton(translate("Prompts", "Same person: join the login"),
                                QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setWindowTitle(translate("Prompts", "Shared login"))
            box.setText(translate(
                "Prompts", "The login {user} is shared. The change applies to:").format(
                user=asked.username) + "\n" + lines)
            box.setInformativeText(translate("Prompts",
                "A new password replaces the old one for every account listed."
                if asked.reason == "password" else
                "Enabling or disabling the login applies to every account listed."))
            yes = box.addButton(translate("Prompts", "Change it for all of them"),
                                QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes


class DeleteAccountPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str, customer_number: int) -> bool:
        answer = QMessageBox.question(
            parent, translate("Prompts", "Delete customer account"),
            translate(
                "Prompts", "Delete {name} (customer {number}) with all its contacts and their "
               "portal access? The audit trail keeps a record; the account cannot "
               "be brought back.").format(name=name, number=customer_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
