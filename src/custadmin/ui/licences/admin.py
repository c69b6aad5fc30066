"""Administrators' side of partnerships: the reseller agreement of a partner (R27)
and the catalogue of product versions and add-ons with their prices."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ValidationError
from custadmin.domain.operators import Permission
from custadmin.services.licences import Partner, Product, ProductInput
from custadmin.services.workspace import Workspace
from custadmin.ui.licences.texts import money
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import error_label
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import forbidden, no_default_button
from custadmin.ui.widgets.tables import RowsModel, list_table

if TYPE_CHECKING:
    from custadmin.ui.actions import Host


class AgreementDialog(QDialog):
    """Tools → Partner agreement…: whether the open account is a reseller, and since when
    it has a reseller agreement (a bureau is a partner already)."""

    def __init__(self, ws: Workspace, runner: TaskRunner, partner: Partner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner, self.partner = ws, runner, partner
        self.setWindowTitle(self.tr("Partner agreement of {name}").format(name=partner.name))
        self.reseller = QCheckBox(self.tr("&Reseller partner: creates customers through "
                                          "partnerships"), self)
        self.reseller.setChecked(partner.is_reseller)
        self.has_agreement = QCheckBox(self.tr("Has a reseller &agreement"), self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        since = partner.reseller_agreement_since or dt.date.today()
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.has_agreement.setChecked(partner.reseller_agreement_since is not None)
        self.since.setEnabled(self.has_agreement.isChecked())
        self.has_agreement.toggled.connect(self.since.setEnabled)
        since_label = QLabel(self.tr("Signed o&n:"), self)
        since_label.setBuddy(self.since)
        note = QLabel(self.tr(
            "Only a partner with a reseller agreement may take its customers' licences on "
            "its monthly collective invoice, at reseller prices.")
            + ("\n" + self.tr("{name} is an accounting bureau: a partner already.").format(
                name=partner.name) if partner.is_bureau else ""), self)
        note.setWordWrap(True)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reseller)
        form.addRow(self.has_agreement)
        form.addRow(since_label, self.since)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        why_not = forbidden(ws, Permission.PARTNER_AGREEMENTS)
        if why_not:
            for widget in (self.reseller, self.has_agreement, self.since,
                           self.buttons.button(QDialogButtonBox.StandardButton.Save)):
                widget.setEnabled(False)
            self.error.setText(why_not)

    def save(self) -> None:
        from custadmin.services.licences import set_reseller

        date = self.since.date()
        since = (dt.date(date.year(), date.month(), date.day())
                 if self.has_agreement.isChecked() else None)
        ws, token, reseller = self._ws, self.partner.token, self.reseller.isChecked()
        self.error.setText(self.tr("Saving…"))

        def done(partner: Partner) -> None:
            self.partner = partner
            self.accept()

        self._runner.run(lambda: set_reseller(ws, token, is_reseller=reseller,
                                              agreement_since=since),
                         done, lambda exc: self.error.setText(
                             operator_message(exc, "saving a reseller agreement")))

    @classmethod
    def open_for(cls, host: Host) -> None:
        from custadmin.services.licences import partner

        account = host.editor.account
        if account is None:
            return
        ws, runner = host.workspace, host.runner

        def shown(found: Partner) -> None:
            cls(ws, runner, found, host.frame).open()

        runner.run(lambda: partner(ws, account.id), shown,
                   lambda exc: host.show_message(operator_message(exc)))


class ProductsModel(RowsModel[Product]):
    right_aligned = frozenset({3, 4})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((self.tr("Code"), self.tr("Name"), self.tr("Kind"),
                          self.tr("Licence price"), self.tr("Reseller price"),
                          self.tr("In use")), parent)

    def cells(self, row: Product) -> tuple[str, ...]:
        return (row.key, row.name,
                self.tr("Version") if row.kind == "version" else self.tr("Add-on"),
                money(row.licence_price, row.currency), money(row.reseller_price, row.currency),
                self.tr("Yes") if row.active else self.tr("No"))


class ProductCatalogueDialog(QDialog):
    """Tools → Product versions and prices…: what partnerships choose from; prices per
    licence (or add-on) and month."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self._editing: Product | None = None
        self.setWindowTitle(self.tr("Product versions and prices"))
        self.model = ProductsModel(self)
        self.table = list_table(QTableView(self), self.tr("Products"), (110, 160, 80, 120, 120))
        self.table.setModel(self.model)
        self.key = QLineEdit(self)
        self.key.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Version"), "version")
        self.kind.addItem(self.tr("Add-on"), "addon")
        self.licence_price = QDoubleSpinBox(self)
        self.reseller_price = QDoubleSpinBox(self)
        for spin in (self.licence_price, self.reseller_price):
            spin.setRange(0, 1_000_000)
            spin.setDecimals(2)
        self.currency = QLineEdit("SEK", self)
        self.currency.setMaxLength(3)
        self.active = QCheckBox(self.tr("Offered to new &partnerships"), self)
        self.active.setChecked(True)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text, widget in (
                ("key", self.tr("C&ode:"), self.key), ("name", self.tr("&Name:"), self.name),
                ("kind", self.tr("&Kind:"), self.kind),
                ("licence_price", self.tr("&Licence price per month:"), self.licence_price),
                ("reseller_price", self.tr("&Reseller price per month:"), self.reseller_price),
                ("currency", self.tr("C&urrency:"), self.currency)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            error = error_label(self)
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.addWidget(widget)
            cell.addWidget(error)
            form.addRow(label, cell)
        form.addRow(self.active)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("N&ew product"), self)
        self.save_button = QPushButton(self.tr("&Save product"), self)
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        no_default_button(self)
        close.clicked.connect(self.accept)
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._edit(self.model.rows[current.row()]
                                           if current.isValid() else None))
        why_not = forbidden(ws, Permission.PARTNER_AGREEMENTS)
        if why_not:
            for button in (self.new_button, self.save_button):
                button.setEnabled(False)
                button.setToolTip(why_not)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        from custadmin.services.licences import product_catalogue

        ws = self._ws
        self._runner.run(lambda: product_catalogue(ws, include_inactive=True),
                         self.model.set_rows,
                         lambda exc: self.status.setText(operator_message(exc)))

    def _edit(self, product: Product | None) -> None:
        self._editing = product
        for label in self.errors.values():
            label.clear()
        self.key.setReadOnly(product is not None)
        self.key.setText(product.key if product else "")
        self.name.setText(product.name if product else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(product.kind if product
                                                             else "version")))
        self.licence_price.setValue(product.licence_price / 100 if product else 0)
        self.reseller_price.setValue(product.reseller_price / 100 if product else 0)
        self.currency.setText(product.currency if product else "SEK")
        self.active.setChecked(product.active if product else True)
        if product is None:
            self.table.clearSelection()
            self.key.setFocus()

    def save(self) -> None:
        from custadmin.services.licences import save_product

        data = ProductInput(self.key.text(), self.name.text(), str(self.kind.currentData()),
                            round(self.licence_price.value() * 100),
                            round(self.reseller_price.value() * 100),
                            self.currency.text(), self.active.isChecked())
        ws, loaded = self._ws, self._editing.version if self._editing else None

        def done(product: Product) -> None:
            self.status.setText(self.tr("Saved {name}.").format(name=product.name))
            self._editing = product
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                for key, label in self.errors.items():
                    label.setText(message_text(exc.errors.get(key, "")))
                self.status.clear()
            else:
                self.status.setText(operator_message(exc, "saving a product"))

        self._runner.run(lambda: save_product(ws, data, loaded), done, failed)

    @classmethod
    def open_for(cls, host: Host) -> ProductCatalogueDialog:
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.open()
        return dialog
