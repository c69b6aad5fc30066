"""The Internet tab's rights matrix: model-tester clean, R10 and R16 cell by cell."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactDetails
from custadmin.domain.portal import (
    RIGHT_KEYS,
    LoginInfo,
    PortalSettings,
    RightState,
    ServiceType,
    SsoBlock,
)
from custadmin.domain.versions import VersionToken
from custadmin.ui.account.rights_model import SSO_COLUMN, RightsModel, wrap_header

CHECK = Qt.ItemDataRole.CheckStateRole
TIP = Qt.ItemDataRole.ToolTipRole
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
SSO = ("products", "productsso", "manageproducts")
NOW = dt.datetime(2025, 1, 2, 3, 4, tzinfo=dt.UTC)


def contact(cid: int, first: str, *, main: bool = False, access: bool = True,
            rights: frozenset[str] = frozenset(), version: int = 1) -> ContactDetails:
    email = f"{first.lower()}@hagg.se"
    return ContactDetails(
        id=cid, version=version, is_main=main, first_name=first, last_name="Berg",
        organisation_name="", email=email, phone="+46701234567", address_line1="Storgatan 1",
        address_line2="", postcode="12345", city="Stockholm", country="SE",
        portal_access=access, rights=rights,
        login=LoginInfo(id=cid, username=email, has_password=True, enabled=True, version=1)
        if access else None,
    )


def account(*contacts: ContactDetails, service: str = "web_hosting",
            offered: frozenset[str] = frozenset(RIGHT_KEYS)) -> AccountDetails:
    main = next(c for c in contacts if c.is_main)
    return AccountDetails(
        id=1, version=1, customer_number=100001, name="Hägg Bygg AB", country="SE",
        org_number="5560360793", created_at=NOW, updated_at=NOW, main_contact=main,
        contacts=contacts, service_type=service,
        portal_settings=PortalSettings(offered=offered),
    )


ANNA = contact(1, "Anna", main=True)
PER = contact(2, "Per", rights=frozenset({"products", "invoices"}), version=4)
EVA = contact(3, "Eva", rights=frozenset({"settings"}), version=7)
OLLE = contact(4, "Olle", access=False, rights=frozenset({"emails"}))


def col(key: str) -> int:
    return RIGHT_KEYS.index(key)


@pytest.fixture
def model(qtbot: QtBot) -> Iterator[RightsModel]:
    """A model watched by the model tester for the whole test.

    Warning mode: a problem is a Qt warning, which fails the test
    (qt_log_level_fail); Fatal mode would abort the whole run.
    """
    rights = RightsModel()
    tester = QAbstractItemModelTester(
        rights, QAbstractItemModelTester.FailureReportingMode.Warning)
    rights.set_account(account(ANNA, PER, EVA, OLLE))
    yield rights
    del tester


def test_model_tester_through_accounts_and_ticks(qtbot: QtBot) -> None:
    model = RightsModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert model.rowCount() == 0
    model.set_account(account(ANNA, PER, EVA, OLLE))
    assert model.rowCount() == 3  # Olle has no portal access: not a portal user
    assert model.columnCount() == len(RIGHT_KEYS) + 1
    model.setData(model.index(1, col("domains")), CHECKED, CHECK)
    model.setData(model.index(2, col("settings")), UNCHECKED, CHECK)
    model.set_account(account(ANNA, PER, service="agency",
                              offered=frozenset(RIGHT_KEYS) - {"quotes"}), keep_edits=True)
    assert model.rowCount() == 2
    model.set_account(account(contact(1, "Anna", main=True, access=False)))
    assert model.rowCount() == 0
    model.set_account(None)
    assert tester is not None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0


def test_rows_are_portal_users_main_contact_first_with_name_and_email(
    model: RightsModel,
) -> None:
    assert [model.contact_id(r) for r in range(model.rowCount())] == [ANNA.id, PER.id, EVA.id]
    assert model.headerData(0, Qt.Orientation.Vertical) == "Anna Berg <anna@hagg.se>"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Per Berg <per@hagg.se>"
    assert "main contact" in model.headerData(0, Qt.Orientation.Vertical, TIP)


def test_headers_wrap_right_labels_on_two_lines_with_key_in_tooltip(model: RightsModel) -> None:
    for column, key in enumerate(RIGHT_KEYS):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert 1 <= len(title.split("\n")) <= 2
        tip = model.headerData(column, Qt.Orientation.Horizontal, TIP)
        assert title.replace("\n", " ") in tip and f"({key})" in tip
    assert model.headerData(col("profile"), Qt.Orientation.Horizontal) == (
        "Modify master\naccount profile")
    assert model.headerData(SSO_COLUMN, Qt.Orientation.Horizontal) == "Single sign-on"
    # Too long for two lines of 16: wider lines, never a third line or a cut.
    assert wrap_header("Place new orders, upgrades and cancellations") == (
        "Place new orders, upgrades\nand cancellations")


def test_cells_show_the_ticks_and_are_checkable(model: RightsModel) -> None:
    per_products = model.index(1, col("products"))
    assert model.data(per_products, CHECK) == CHECKED
    assert model.data(model.index(1, col("domains")), CHECK) == UNCHECKED
    assert model.flags(per_products) == (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                         | Qt.ItemFlag.ItemIsUserCheckable)
    assert model.data(per_products, Qt.ItemDataRole.DisplayRole) is None
    assert "In force: ticked here" in model.data(per_products, TIP)
    assert "Not in force: not ticked" in model.data(model.index(1, col("domains")), TIP)


def test_main_contact_row_is_all_checked_and_disabled(model: RightsModel) -> None:
    for column in range(len(RIGHT_KEYS)):
        index = model.index(0, column)
        assert model.data(index, CHECK) == CHECKED
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
        assert "main contact holds every right" in model.data(index, TIP)
        assert not model.setData(index, UNCHECKED, CHECK)
    assert not model.is_dirty()
    assert set(model.effective(0).values()) == {RightState.MAIN_CONTACT}


def test_a_right_off_system_wide_is_disabled_and_says_why(qtbot: QtBot) -> None:
    """R16: ticked on the user but off system-wide is not in force."""
    model = RightsModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_account(account(ANNA, PER, EVA, offered=frozenset(RIGHT_KEYS) - {"invoices",
                                                                               "domains"}))
    for row in range(model.rowCount()):
        for key in ("invoices", "domains"):
            index = model.index(row, col(key))
            assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
            assert "switched off in the system-wide portal settings" in model.data(index, TIP)
            assert model.effective(row)[key] is RightState.OFF_SYSTEM_WIDE
    # Per's stored tick stays visible, but it is not in force and cannot be changed.
    per_invoices = model.index(1, col("invoices"))
    assert model.data(per_invoices, CHECK) == CHECKED
    assert not model.setData(per_invoices, UNCHECKED, CHECK)
    assert not model.setData(model.index(1, col("domains")), CHECKED, CHECK)
    assert model.changes() == {}
    assert tester is not None


def test_set_data_changes_the_draft_only_and_signals(qtbot: QtBot, model: RightsModel) -> None:
    index = model.index(1, col("domains"))
    changed: list[tuple[int, int, int, int, list[int]]] = []
    model.dataChanged.connect(lambda tl, br, roles: changed.append(
        (tl.row(), tl.column(), br.row(), br.column(), [int(r) for r in roles])))
    with qtbot.waitSignal(model.draft_changed):
        assert model.setData(index, CHECKED, CHECK)
    assert model.data(index, CHECK) == CHECKED
    assert "In force: ticked here" in model.data(index, TIP)
    assert (1, col("domains"), 1, col("domains"), [int(CHECK), int(TIP)]) in changed
    assert any(c[1] == SSO_COLUMN and c[0] == 1 for c in changed)
    assert model.is_dirty()
    # What the view sends may be an int; unticking again makes it clean.
    assert model.setData(index, 0, CHECK)
    assert not model.is_dirty()
    assert model.changes() == {}


def test_changes_report_exactly_the_toggled_rows_with_their_versions(model: RightsModel) -> None:
    model.setData(model.index(2, col("tickets")), CHECKED, CHECK)
    model.setData(model.index(2, col("settings")), UNCHECKED, CHECK)
    assert model.changes() == {VersionToken(EVA.id, 7): frozenset({"tickets"})}
    model.setData(model.index(1, col("invoices")), UNCHECKED, CHECK)
    assert model.changes() == {VersionToken(EVA.id, 7): frozenset({"tickets"}),
                               VersionToken(PER.id, 4): frozenset({"products"})}
    # Toggled back: no change for Eva any more.
    model.setData(model.index(2, col("tickets")), UNCHECKED, CHECK)
    model.setData(model.index(2, col("settings")), CHECKED, CHECK)
    assert model.changes() == {VersionToken(PER.id, 4): frozenset({"products"})}
    model.revert()
    assert model.changes() == {} and not model.is_dirty()
    assert model.data(model.index(1, col("invoices")), CHECK) == CHECKED


def test_sso_column_follows_ticks(model: RightsModel) -> None:
    """R10: products, productsso and manageproducts, and web hosting."""
    sso = model.index(1, SSO_COLUMN)
    assert model.data(sso) == "not available"
    assert model.sso(1).missing_rights == ("productsso", "manageproducts")
    assert "Perform single sign-on" in model.data(sso, TIP)
    model.setData(model.index(1, col("productsso")), CHECKED, CHECK)
    assert model.data(sso) == "not available"
    assert model.sso(1).missing_rights == ("manageproducts",)
    model.setData(model.index(1, col("manageproducts")), CHECKED, CHECK)
    assert model.data(sso) == "available"
    assert model.data(sso, TIP) == "Single sign-on to the control panel: available"
    assert model.sso(1).available
    # The main contact holds every right.
    assert model.data(model.index(0, SSO_COLUMN)) == "available"
    model.setData(model.index(1, col("products")), UNCHECKED, CHECK)
    assert model.data(sso) == "not available"
    assert model.flags(sso) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def test_sso_not_available_for_agency_names_the_service_type(qtbot: QtBot) -> None:
    model = RightsModel()
    model.set_account(account(ANNA, dataclasses.replace(PER, rights=frozenset(SSO)),
                              service=ServiceType.AGENCY.value))
    for row in (0, 1):
        assert model.data(model.index(row, SSO_COLUMN)) == "not available"
        assert model.sso(row).blocks == (SsoBlock.NOT_WEB_HOSTING,)
        assert "no web-hosting service (Agency services)" in model.data(
            model.index(row, SSO_COLUMN), TIP)


def test_sso_needs_a_right_that_is_offered(qtbot: QtBot) -> None:
    model = RightsModel()
    model.set_account(account(ANNA, dataclasses.replace(PER, rights=frozenset(SSO)),
                              offered=frozenset(RIGHT_KEYS) - {"productsso"}))
    assert model.sso(1).missing_rights == ("productsso",)
    assert model.data(model.index(1, SSO_COLUMN)) == "not available"


def test_keep_edits_carries_only_the_operators_toggles(model: RightsModel) -> None:
    model.setData(model.index(1, col("domains")), CHECKED, CHECK)  # Per: + domains
    model.setData(model.index(1, col("invoices")), UNCHECKED, CHECK)  # Per: - invoices
    model.setData(model.index(2, col("quotes")), CHECKED, CHECK)  # Eva: + quotes
    # Meanwhile someone else ticked "emails" for Per, bumped his version, and
    # switched "quotes" off system-wide.
    stored_per = dataclasses.replace(PER, rights=PER.rights | {"emails"}, version=5)
    model.set_account(account(ANNA, stored_per, EVA,
                              offered=frozenset(RIGHT_KEYS) - {"quotes"}), keep_edits=True)
    assert model.changes() == {
        VersionToken(PER.id, 5): frozenset({"products", "emails", "domains"})}


def test_invalid_and_unused_requests(model: RightsModel) -> None:
    assert model.data(QModelIndex(), CHECK) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(1, SSO_COLUMN), CHECK) is None
    assert not model.setData(model.index(1, SSO_COLUMN), CHECKED, CHECK)
    assert not model.setData(model.index(1, 0), "x", Qt.ItemDataRole.EditRole)
    assert model.headerData(99, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
    assert model.contact_id(99) is None
