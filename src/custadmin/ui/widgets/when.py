"""Times as the operator reads them: local time, the locale's format, the zone named.

Stored times are UTC (aware datetimes); the window shows them in the
operator's time zone, written as their language writes dates ("2026-12-03
14:32" in Swedish, "03.12.2026 14.32" in Danish, "03/12/2026 14:32" in
British English), with the zone's abbreviation, so that two operators in
different zones agree on what they read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _local(at: dt.datetime) -> tuple[dt.datetime, QDateTime]:
    local = at.astimezone()
    return local, QDateTime(QDate(local.year, local.month, local.day),
                            QTime(local.hour, local.minute, local.second))


def local_time(at: dt.datetime) -> str:
    """Date and time in the operator's zone and locale, with the zone ("… CET")."""
    local, shown = _local(at)
    return f"{QLocale().toString(shown, QLocale.FormatType.ShortFormat)} {local.strftime('%Z')}"


def local_date(at: dt.datetime) -> str:
    """The date in the operator's zone, as their locale writes it."""
    _local_at, shown = _local(at)
    return QLocale().toString(shown.date(), QLocale.FormatType.ShortFormat)
