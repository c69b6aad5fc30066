"""Welcome emails (R28) from a worker, with progress and Cancel.

Each message is worded in the language of the customer's country
(:func:`custadmin.domain.welcome.email_language`), whatever language the
operator reads: a translator for that language is loaded beside the
application's. It goes through the SMTP server of the settings, or into
the outbox folder when none is set (the embedded default). Every attempt
is recorded, sent or failed with the reason; a failed one is tried again
with *Send the invitation again*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from custadmin.domain.licences import invitation_refusal
from custadmin.domain.welcome import Translate, Welcome, compose, email_language
from custadmin.services.workspace import Workspace
from custadmin.translations import CATALOGUE
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.plurals import plurals
from custadmin.ui.widgets.progress import ProgressTask

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate

#: The sender of welcome emails written to the outbox when no SMTP server is set.
OUTBOX_SENDER = "noreply@custadmin.app"


def email_translator(language: str) -> tuple[Translate, QTranslator | None]:
    """``translate(context, source)`` in ``language`` (English: the source itself), and
    the translator to keep alive while it is used."""
    if language == "en":
        return (lambda _context, source: source), None
    from custadmin.paths import resource_path

    translator = QTranslator()
    if not translator.load(f"{CATALOGUE}_{language}", str(resource_path("translations"))):
        return (lambda _context, source: source), None
    return (lambda context, source: translator.translate(context, source) or source), translator


@dataclass
class InvitationReport:
    sent: list[str] = field(default_factory=list)
    #: (name, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: (name, why): refused before any mail (no email, not ready).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    delivery: str = ""


def deliver(ws: Workspace, account_id: int, user_ids: Sequence[int],
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
            ) -> InvitationReport:
    """Send the welcome emails of ``user_ids`` (on a worker) and record each attempt."""
    from custadmin.services.licences import licences, record_invitation
    from custadmin.services.mail_delivery import DeliveryFailed, load_mail_settings, transport_for

    found = licences(ws, account_id)
    partnership = found.partnership
    report = InvitationReport()
    if partnership is None:
        return report
    language = email_language(partnership.country)
    translate, _keep = email_translator(language)
    settings = load_mail_settings(ws)
    sender = settings.sender if settings is not None else OUTBOX_SENDER
    transport = transport_for(ws)
    report.delivery = transport.kind
    rows = {u.id: u for u in found.users}
    wanted = [rows[i] for i in user_ids if i in rows]
    progress(0, len(wanted))
    # One connection for the batch; each message succeeds or fails on its own.
    with transport.session() as session:
        for done, row in enumerate(wanted):
            if cancelled():
                report.cancelled = True
                break
            user = row.user
            refusal = invitation_refusal(user)
            if refusal is not None:
                report.skipped.append((user.name, message_text(refusal)))
                progress(done + 1, len(wanted))
                continue
            message = compose(Welcome(
                name=user.name, email=user.email, account=partnership.customer_name,
                partner=partnership.partner_name, product=partnership.product.name,
                role=user.role, bankid=row.has_personal_number), sender, translate)
            try:
                session.send(message)
            except DeliveryFailed as exc:
                why = message_text(exc.reason)
                record_invitation(ws, user.id, sent=False, recipient=user.email,
                                  language=language, delivery=transport.kind, error=why)
                report.failed.append((user.name, why))
            else:
                record_invitation(ws, user.id, sent=True, recipient=user.email,
                                  language=language, delivery=transport.kind)
                report.sent.append(user.name)
            progress(done + 1, len(wanted))
    return report


def report_text(report: InvitationReport) -> str:
    parts = []
    where = (translate("Invitations", "into the outbox folder") if report.delivery == "outbox"
             else translate("Invitations", "through the mail server"))
    parts.append(plurals().welcome_emails_sent(len(report.sent)).format(where=where))
    for name, why in report.failed:
        parts.append(translate("Invitations", "Failed for {name}: {why}").format(
            name=name, why=why))
    if report.failed:
        parts.append(translate("Invitations",
                               "Send the invitation again to retry a failed one."))
    for name, why in report.skipped:
        parts.append(translate("Invitations", "None for {name}: {why}").format(name=name, why=why))
    if report.cancelled:
        parts.append(translate("Invitations", "Cancelled: the others were not sent."))
    return "\n".join(parts)


def send_invitations(parent: QWidget, ws: Workspace, runner: TaskRunner, account_id: int,
                     user_ids: Sequence[int], done: Callable[[str], None]) -> ProgressTask:
    """Start sending; ``done(report text)`` on the GUI thread when it is over."""
    task = ProgressTask(parent, runner, translate("Invitations", "Welcome emails"),
                        translate("Invitations", "Sending welcome emails…"))
    ids = list(user_ids)
    task.start(lambda progress, cancelled: deliver(ws, account_id, ids, progress, cancelled),
               lambda report: done(report_text(report)),
               lambda exc: done(operator_message(exc, "sending welcome emails")))
    return task
