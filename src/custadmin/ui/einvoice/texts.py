"""Operator-facing words for e-invoicing: states, reasons, delivery methods, documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.einvoice import (
    DeliveryMethod,
    DeliveryReason,
    DocumentType,
    RecipientState,
)
from custadmin.ui.widgets.notices import Changes, changes_of

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def state_title(state: RecipientState) -> str:
    return {
        RecipientState.PENDING: translate("EInvoiceTexts", "pending"),
        RecipientState.CONFIRMED: translate("EInvoiceTexts", "confirmed"),
        RecipientState.REJECTED: translate("EInvoiceTexts", "rejected"),
    }[state]


def method_title(method: DeliveryMethod) -> str:
    return {
        DeliveryMethod.PEPPOL: translate("EInvoiceTexts", "e-invoice (Peppol)"),
        DeliveryMethod.EMAIL_PDF: translate("EInvoiceTexts", "PDF by email"),
        DeliveryMethod.PAPER: translate("EInvoiceTexts", "paper"),
        DeliveryMethod.HELD: translate("EInvoiceTexts", "held"),
    }[method]


def reason_title(reason: DeliveryReason) -> str:
    """A reason in a few words: register column, filter, report."""
    return {
        DeliveryReason.CONFIRMED: translate("EInvoiceTexts", "Receives e-invoices"),
        DeliveryReason.MOVE_PENDING: translate("EInvoiceTexts", "Moving to another operator"),
        DeliveryReason.NO_PEPPOL_ID: translate("EInvoiceTexts", "No Peppol ID"),
        DeliveryReason.NOT_IN_NETWORK: translate("EInvoiceTexts", "Not in the network"),
        DeliveryReason.PENDING: translate("EInvoiceTexts", "Registration pending"),
        DeliveryReason.REJECTED: translate("EInvoiceTexts", "Registration rejected"),
        DeliveryReason.CANNOT_RECEIVE_INVOICES: translate("EInvoiceTexts",
                                                          "Cannot receive invoices"),
        DeliveryReason.TIER_TOO_LOW: translate("EInvoiceTexts", "Our tier does not reach it"),
    }[reason]


def einvoice_labels() -> dict[str, str]:
    """Each reason's few words by its stored value (the register's column)."""
    return {reason.value: reason_title(reason) for reason in DeliveryReason}


def document_title(document: DocumentType) -> str:
    return {
        DocumentType.INVOICE: translate("EInvoiceTexts", "invoice"),
        DocumentType.CREDIT_NOTE: translate("EInvoiceTexts", "credit note"),
    }[document]


def network_changes() -> Changes:
    """Every window of this process hears here that the network changed (a
    registration, a decision, a move, the catalogue), so an account on screen
    shows its new e-invoice state."""
    return changes_of("einvoice.network")
