"""Counted texts said outside a QObject of their own, with Qt's plural forms.

pyside6-lupdate marks a text as having plural forms ("1 account", "2
accounts") only when it is written ``self.tr(text, "", n)`` in a QObject
class; ``QCoreApplication.translate(context, text, "", n)`` is not seen as
one. So module functions and plain classes ask this one.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Plurals(QObject):
    def accounts(self, n: int) -> str:
        return self.tr("%Ln accounts", "", n)

    def rows(self, n: int) -> str:
        return self.tr("%Ln rows", "", n)

    def imported(self, n: int) -> str:
        return self.tr("Imported %Ln accounts.", "", n)

    def exported(self, n: int) -> str:
        """{rows} and {file} are left for the caller to fill in."""
        return self.tr("Exported %Ln accounts ({rows}, one per contact) to {file}.", "", n)

    def programs(self, n: int) -> str:
        return self.tr("%Ln programs", "", n)

    def creating_demo_accounts(self, n: int) -> str:
        return self.tr("Creating %Ln demo customer accounts…", "", n)

    def welcome_emails_sent(self, n: int) -> str:
        """{where} is left for the caller to fill in."""
        return self.tr("Sent %Ln welcome emails {where}.", "", n)


@cache
def plurals() -> Plurals:
    return Plurals()
