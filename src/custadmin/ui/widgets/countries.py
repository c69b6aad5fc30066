"""Country choosers: account countries, and every country for contacts."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from custadmin.domain.identifiers import ACCOUNT_COUNTRIES
from custadmin.ui.widgets.choosers import CodeCombo


def account_country_names() -> dict[str, str]:
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
    return {
        "SE": translate("Countries", "Sweden"),
        "DK": translate("Countries", "Denmark"),
        "NO": translate("Countries", "Norway"),
        "FI": translate("Countries", "Finland"),
    }


def country_name(code: str) -> str:
    nordic = account_country_names()
    if code in nordic:
        return nordic[code]
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


class CountryCombo(CodeCombo):
    """A country chooser whose value is the ISO code.

    Type-ahead works on the names; the four account countries come first.
    """

    def __init__(self, *, account_countries_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for country in ACCOUNT_COUNTRIES:
            self.addItem(country_name(country.value), country.value)
        if not account_countries_only:
            self.insertSeparator(self.count())
            others = sorted(
                (country_name(code), code)
                for code in phonenumbers.SUPPORTED_REGIONS
                if code not in {c.value for c in ACCOUNT_COUNTRIES}
            )
            for name, code in others:
                self.addItem(name, code)
        self.setMaxVisibleItems(20)
