"""Operator-facing words for mail routing and the invoice addressee."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.invoice import AddresseeReason
from custadmin.domain.mail import EmailCategory, MessageKind, Reason


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailTexts", text)


def category_label(category: EmailCategory) -> str:
    return {
        EmailCategory.GENERAL: _tr("General"),
        EmailCategory.INVOICES: _tr("Invoices & reminders"),
        EmailCategory.SUPPORT: _tr("Support"),
        EmailCategory.PRODUCTS: _tr("Products & services"),
        EmailCategory.DOMAINS: _tr("Domains"),
        EmailCategory.AFFILIATE: _tr("Affiliate"),
    }[category]


def kind_label(kind: MessageKind) -> str:
    if kind is MessageKind.PAYMENT_CONFIRMATION:
        return _tr("Payment confirmations")
    if kind is MessageKind.PASSWORD_RESET:
        return _tr("Password reset")
    if kind is MessageKind.EMAIL_VERIFICATION:
        return _tr("Email verification")
    return category_label(EmailCategory(kind.value))


def reason_text(reason: Reason, kind: MessageKind) -> str:
    if reason is Reason.MAIN_CONTACT:
        return _tr("main contact: receives every message")
    if reason is Reason.TICKED:
        category = EmailCategory.INVOICES if kind is MessageKind.PAYMENT_CONFIRMATION else (
            EmailCategory(kind.value))
        return _tr("ticked “{category}”").format(category=category_label(category))
    if reason is Reason.PERSON_CONCERNED:
        return _tr("only the person it concerns; email preferences do not apply")
    if reason is Reason.ONLY_MAIN_CONTACT:
        return _tr("not sent: payment confirmations go only to the main contact")
    return _tr("not sent twice: the same address already receives it")


def addressee_reason_text(reason: AddresseeReason) -> str:
    if reason is AddresseeReason.PEPPOL:
        return _tr("the main contact, because the account has a Peppol ID "
                   "(an invoice contact is then not used)")
    if reason is AddresseeReason.INVOICE_CONTACT:
        return _tr("the invoice contact")
    return _tr("the main contact (no invoice contact is picked)")
