"""*New partnership…*: a partner creates a customer's account (R25, R27, R32).

Three pages: the product version, the number of licences and add-ons; the
customer's details and primary contact, with the primary contact's role and
optional personal identity number (BankID); who is invoiced, and whether
the partner's monthly collective invoice covers it, which needs a reseller
agreement (R27). Every page checks what was typed before it lets the
operator on and keeps it when going back. Nothing is written before
*Finish*: Cancel leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from custadmin.domain.errors import FieldError, ValidationError
from custadmin.domain.licences import Invoiced, LicenceRole, check_invoicing
from custadmin.domain.licences import normalize_personal_number as check_personal
from custadmin.services.licences import (
    MAX_LICENCES,
    Partner,
    PartnershipInput,
    PartnershipView,
    Product,
)
from custadmin.services.workspace import Workspace
from custadmin.ui.bureaus.wizard import DetailsPage
from custadmin.ui.licences.texts import licence_changes, money, role_title
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import fill_quietly
from custadmin.ui.widgets.fields import error_label
from custadmin.ui.widgets.messages import message_text, operator_message

if TYPE_CHECKING:
    from custadmin.ui.actions import Host

PRODUCT, CUSTOMER, INVOICING = range(3)


def _title() -> str:
    return QCoreApplication.translate("PartnershipWizard", "New partnership")


class ProductPage(QWizardPage):
    """The version, the number of licences (one per user, whatever the role) and add-ons."""

    def __init__(self, products: tuple[Product, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Version and licences"))
        self.setSubTitle(self.tr(
            "Every user takes one licence at the same price, whether Reporter, Approver or "
            "Administrator."))
        self.version = QComboBox(self)
        for p in products:
            if p.kind == "version":
                self.version.addItem(self.tr("{name} — {price} per licence and month "
                                             "(reseller {reseller})").format(
                    name=p.name, price=money(p.licence_price, p.currency),
                    reseller=money(p.reseller_price, p.currency)), p.key)
        version_label = QLabel(self.tr("&Version:"), self)
        version_label.setBuddy(self.version)
        self.licences = QSpinBox(self)
        self.licences.setRange(1, MAX_LICENCES)
        self.licences.setValue(1)
        self.licences.setMaximumWidth(120)
        licences_label = QLabel(self.tr("&Licences:"), self)
        licences_label.setBuddy(self.licences)
        self.version_error = error_label(self)
        self.addons: list[QCheckBox] = []
        addons_box = QGroupBox(self.tr("Add-ons"), self)
        addons_layout = QVBoxLayout(addons_box)
        for p in products:
            if p.kind == "addon":
                box = QCheckBox(self.tr("{name} ({price} per month)").format(
                    name=p.name, price=money(p.licence_price, p.currency)), self)
                box.setProperty("product_key", p.key)
                self.addons.append(box)
                addons_layout.addWidget(box)
        if not self.addons:
            addons_layout.addWidget(QLabel(self.tr("The catalogue has no add-ons."), self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(version_label, self.version)
        form.addRow("", self.version_error)
        form.addRow(licences_label, self.licences)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(addons_box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.version.setFocus()

    def validatePage(self) -> bool:
        if self.version.currentData() is None:
            self.version_error.setText(self.tr(
                "The catalogue has no product version: an administrator adds one first."))
            return False
        return True

    def chosen_addons(self) -> tuple[str, ...]:
        return tuple(str(b.property("product_key")) for b in self.addons if b.isChecked())


class CustomerPage(DetailsPage):
    """The customer's account and primary contact, and the primary contact's licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The customer"))
        self.setSubTitle(self.tr(
            "Its company details and primary contact, who gets the first licence. Fields "
            "marked * are required."))
        self.role = QComboBox(self)
        fill_quietly(self.role, [(role_title(r), r.value) for r in LicenceRole],
                     LicenceRole.ADMINISTRATOR.value)
        self.personal = QLineEdit(self)
        self.personal.setMaxLength(20)
        self.personal.setPlaceholderText(self.tr("optional: lets them log in with BankID"))
        self.personal_error = error_label(self)
        self.personal_error.setVisible(False)
        form = self.contact_form.form_layout()
        # The bureau wizard's boxes, named as a partner says it.
        client_box, contact_box = self.findChildren(QGroupBox)[:2]
        client_box.setTitle(self.tr("Customer"))
        contact_box.setTitle(self.tr("Primary contact"))
        role_label = QLabel(self.tr("Licence &role"), self)
        role_label.setBuddy(self.role)
        personal_label = QLabel(self.tr("Personal identity nu&mber"), self)
        personal_label.setBuddy(self.personal)
        form.addRow(role_label, self.role)
        form.addRow(personal_label, self.personal)
        form.addRow("", self.personal_error)
        self.personal.textEdited.connect(lambda _t: self._show_personal_error(""))

    def _show_personal_error(self, text: str) -> None:
        self.personal_error.setText(text)
        self.personal_error.setVisible(bool(text))

    def personal_problem(self) -> str:
        """Why the personal identity number is not accepted ("" if it is, or is empty)."""
        try:
            check_personal("personal_number", self.personal.text(),
                           self.account_form.value("country"))
        except FieldError as exc:
            return message_text(exc.message)
        return ""

    def validatePage(self) -> bool:
        ok = super().validatePage()
        problem = self.personal_problem()
        self._show_personal_error(problem)
        if problem and ok:
            self.personal.setFocus()
        return ok and not problem

    def nextId(self) -> int:
        return INVOICING


class InvoicingPage(QWizardPage):
    """Who is invoiced, and the collective invoice (R27); Finish creates the account."""

    def __init__(self, wizard: PartnershipWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        partner = wizard.partner
        self.setTitle(self.tr("Invoicing"))
        self.setSubTitle(self.tr("Who pays for the customer's licences and add-ons?"))
        self.invoice_partner = QRadioButton(self.tr("Invoice the &partner, {name}").format(
            name=partner.name), self)
        self.invoice_customer = QRadioButton(self.tr("Invoice the &customer"), self)
        self.invoice_customer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.invoice_partner)
        group.addButton(self.invoice_customer)
        self.collective = QCheckBox(self.tr(
            "On the partner's monthly c&ollective invoice, at reseller prices"), self)
        since = partner.reseller_agreement_since
        self.agreement = QLabel(self.tr(
            "{name} has a reseller agreement since {date}.").format(
                name=partner.name, date=since.isoformat()) if since else self.tr(
            "{name} has no reseller agreement recorded: its collective invoice is not "
            "available.").format(name=partner.name), self)
        self.agreement.setWordWrap(True)
        self.collective_error = error_label(self)
        self.error = error_label(self)
        box = QGroupBox(self.tr("Who is invoiced?"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.invoice_customer)
        inner.addWidget(self.invoice_partner)
        inner.addWidget(self.collective)
        inner.addWidget(self.collective_error)
        inner.addWidget(self.agreement)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for widget in (self.invoice_partner, self.invoice_customer, self.collective):
            widget.toggled.connect(lambda _on: self._check())

    def initializePage(self) -> None:
        self.invoice_customer.setFocus()

    def invoiced(self) -> Invoiced:
        return Invoiced.PARTNER if self.invoice_partner.isChecked() else Invoiced.CUSTOMER

    def _check(self) -> bool:
        """Refuse the collective invoice at the field, with the reason (R27)."""
        problem = check_invoicing(self.invoiced(), self.collective.isChecked(),
                                  self._wizard.partner.reseller_agreement_since,
                                  dt.date.today())
        self.collective_error.setText(message_text(problem) if problem else "")
        return problem is None

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        if not self._check():
            self.collective.setFocus()
            return False
        return self._wizard.finish()


class PartnershipWizard(QWizard):
    """File → New partnership…; ``created`` with the new partnership."""

    created = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, partner: Partner,
                 products: tuple[Product, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner, self.partner = ws, runner, partner
        self.result_view: PartnershipView | None = None
        self._busy = False
        self.setWindowTitle(self.tr("New partnership of {name}").format(name=partner.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.product = ProductPage(products, self)
        self.customer = CustomerPage(self)
        self.invoicing = InvoicingPage(self)
        self.setPage(PRODUCT, self.product)
        self.setPage(CUSTOMER, self.customer)
        self.setPage(INVOICING, self.invoicing)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Bac&k"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fini&sh"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(860, 600)

    def data(self) -> PartnershipInput:
        return PartnershipInput(
            partner_id=self.partner.account_id,
            product_key=str(self.product.version.currentData() or ""),
            licences=self.product.licences.value(),
            customer=self.customer.data(),
            primary_role=str(self.customer.role.currentData()),
            primary_personal_number=self.customer.personal.text(),
            invoiced=self.invoicing.invoiced().value,
            collective=self.invoicing.collective.isChecked(),
            addons=self.product.chosen_addons())

    def finish(self) -> bool:
        """Create it on a worker; the page stays until the service answers."""
        from custadmin.services.licences import create_partnership

        if self.result_view is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        page = self.invoicing
        page.error.setText(self.tr("Saving…"))
        ws, data = self.ws, self.data()

        def done(view: PartnershipView) -> None:
            self._busy = False
            self.result_view = view
            page.error.clear()
            licence_changes().changed.emit()
            self.created.emit(view)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            page.error.clear()
            if isinstance(exc, ValidationError):
                self._show_errors(exc.errors)
            else:
                page.error.setText(operator_message(exc, "creating a partnership"))

        self.runner.run(lambda: create_partnership(ws, data), done, failed)
        return False

    def _show_errors(self, errors: dict[str, str]) -> None:
        page = self.invoicing
        page.collective_error.setText(message_text(errors.get("collective", "")))
        if "product" in errors or "licences" in errors:
            self.product.version_error.setText(message_text(
                errors.get("product") or errors.get("licences", "")))
            page.error.setText(self.tr("Go back: the version or the licences are not "
                                       "accepted (marked in red)."))
        if "personal_number" in errors:
            self.customer._show_personal_error(message_text(errors["personal_number"]))
        rest = {k: v for k, v in errors.items()
                if k not in ("collective", "product", "licences", "personal_number",
                             "invoiced", "primary_role")}
        if rest or "personal_number" in errors:
            self.customer.validation.show(rest)
            page.error.setText(self.tr("Go back: some of the customer's details are not "
                                       "accepted (marked in red)."))

    @classmethod
    def open_for(cls, host: Host) -> PartnershipWizard | None:
        """File → New partnership… from the partner's account (a handler of the actions)."""
        from custadmin.services.licences import partner, product_catalogue

        account = host.editor.account
        if account is None:
            return None
        ws, runner, account_id = host.workspace, host.runner, account.id

        def read() -> tuple[Partner, tuple[Product, ...]]:
            return partner(ws, account_id), product_catalogue(ws)

        def shown(found: tuple[Partner, tuple[Product, ...]]) -> None:
            who, products = found
            if not who.is_partner:
                from custadmin.domain.messages import Message

                QMessageBox.information(host.frame, _title(),
                                        message_text(Message("licence.not_partner",
                                                             name=who.name)))
                return
            wizard = cls(ws, runner, who, products, host.frame)
            wizard.created.connect(lambda view: host.register.open_requested.emit(
                view.customer_id, 0))
            wizard.open()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(host.frame, _title(),
                                operator_message(exc, "opening the partnership wizard"))

        runner.run(read, shown, failed)
        return None
