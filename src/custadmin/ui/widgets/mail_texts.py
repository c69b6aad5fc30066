"""Operator-facing words for mail routing and the invoice addressee."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.invoice import AddresseeReason
from custadmin.domain.mail import EmailCategory, MessageKind, Reason

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def category_label(category: EmailCategory) -> str:
    return {
        EmailCategory.GENERAL: translate("MailTexts", "General"),
        EmailCategory.INVOICES: translate("MailTexts", "Invoices & reminders"),
        EmailCategory.SUPPORT: translate("MailTexts", "Support"),
        EmailCategory.PRODUCTS: translate("MailTexts", "Products & services"),
        EmailCategory.DOMAINS: translate("MailTexts", "Domains"),
        EmailCategory.AFFILIATE: translate("MailTexts", "Affiliate"),
    }[category]


def kind_label(kind: MessageKind) -> str:
    if kind is MessageKind.PAYMENT_CONFIRMATION:
        return translate("MailTexts", "Payment confirmations")
    if kind is MessageKind.PASSWORD_RESET:
        return translate("MailTexts", "Password reset")
    if kind is MessageKind.EMAIL_VERIFICATION:
        return translate("MailTexts", "Email verification")
    return category_label(EmailCategory(kind.value))


def reason_text(reason: Reason, kind: MessageKind) -> str:
    if reason is Reason.MAIN_CONTACT:
        return translate("MailTexts", "main contact: receives every message")
    if reason is Reason.TICKED:
        category = EmailCategory.INVOICES if kind is MessageKind.PAYMENT_CONFIRMATION else (
            EmailCategory(kind.value))
        return translate(
            "MailTexts", "ticked “{category}”").format(category=category_label(category))
    if reason is Reason.PERSON_CONCERNED:
        return translate("MailTexts", "only the person it concerns; email preferences do not apply")
    if reason is Reason.ONLY_MAIN_CONTACT:
        return translate("MailTexts", "not sent: payment confirmations go only to the main contact")
    return translate("MailTexts", "not sent twice: the same address already receives it")


def addressee_reason_text(reason: AddresseeReason) -> str:
    if reason is AddresseeReason.PEPPOL:
        return translate("MailTexts", "the main contact, because the account has a Peppol ID "
                   "(an invoice contact is then not used)")
    if reason is AddresseeReason.INVOICE_CONTACT:
        return translate("MailTexts", "the invoice contact")
    return translate("MailTexts", "the main contact (no invoice contact is picked)")
