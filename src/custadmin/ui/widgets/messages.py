"""Domain messages as the operator reads them: the one place they become text.

Services and the domain raise errors whose messages are codes with
parameters (:mod:`custadmin.domain.messages`); here they are rendered
through Qt's translation, so a Swedish or Danish operator reads them in
their language.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from custadmin.domain import messages
from custadmin.domain.errors import CustadminError
from custadmin.domain.messages import Message
from custadmin.ui.widgets.when import local_time

log = logging.getLogger(__name__)

#: The translation context of every domain message.
CONTEXT = messages.CONTEXT


def message_text(message: str) -> str:
    """``message`` (a domain message) in the operator's language.

    A :class:`Message` is rendered from its code: the English template is
    translated, then the parameters are filled in, those that are messages
    rendered the same way. Plain text (not a :class:`Message`) is looked up
    as it is, for callers that still pass English.
    """
    if not isinstance(message, Message):
        return QCoreApplication.translate(CONTEXT, message)
    params = {key: _param_text(value) for key, value in message.params.items()}
    template = message.template
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the message lacks must not
        # hide the message: the English wording, with translated parameters.
        log.warning("translation of %r does not fit its parameters: %r", template, translated)
        return template.format(**params)


def _param_text(value: object) -> object:
    """A parameter as the operator reads it: messages translated, dates in their locale."""
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, dt.datetime):
        return local_time(value)
    if isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)
    return value


def operator_message(exc: BaseException, doing: str = "") -> str:
    """What to tell the operator about ``exc``; unexpected errors are logged here.

    Errors the domain knows carry their own sentence; anything else is a bug,
    whose details belong in the log, not in front of a customer's call.
    """
    if isinstance(exc, CustadminError):
        # The message itself, not str() of it: that would drop its code.
        message = getattr(exc, "message", None) or (exc.args[0] if exc.args else None)
        return message_text(message if isinstance(message, str) and message else str(exc))
    log.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=exc)
    return QCoreApplication.translate(
        "Errors", "An unexpected error stopped this; nothing was changed. See the log for details."
    )
