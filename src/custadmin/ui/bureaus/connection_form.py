"""The connection form of a request to connect a client to a bureau (R22), as an A4 PDF.

One page: the title with the reference and date, the accounting bureau and the
client (each name and organisation number as the accounts hold them), the
consultant responsible, what signing means, who is to sign and until when,
and lines for the signature, the name in block letters, the date and the place.

Drawn with a :class:`QPainter` on a :class:`QPdfWriter` (QtGui, no print
support needed) into memory (:func:`connection_form_pdf`, the bytes) and then
written to a file (:func:`write_connection_form`). Every text is laid out
as plain text (:class:`QTextLayout`), never as rich text, so a name like
``<b>Evil & Co</b>`` is printed as typed; long words wrap anywhere rather
than run off the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QPageLayout,
    QPen,
)

from custadmin.domain.bureaus import SIGNING_DAYS, ClientRole
from custadmin.services.bureaus import ConnectionForm
from custadmin.ui.widgets.pdf import BAND, GREY, INK, RULE, Sheet, a4_pdf, one_line, write_file

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate

#: The page's margins, in millimetres.
MARGIN_MM = 20.0



def signer_role_title(role: str) -> str:
    """The signer's role at the client in words ("" when neither)."""
    titles = {
        ClientRole.SYSTEM_ADMINISTRATOR.value: translate("ConnectionForm", "system administrator"),
        ClientRole.AUTHORISED_SIGNATORY.value: translate("ConnectionForm", "authorised signatory"),
    }
    return titles.get(role, "")


def _date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def _signer_line(form: ConnectionForm) -> str:
    signer = one_line(form.signer)
    role = signer_role_title(form.signer_role)
    if signer and role:
        return translate("ConnectionForm", "To be signed by: {signer} ({role})").format(
            signer=signer, role=role)
    if signer:
        return translate("ConnectionForm", "To be signed by: {signer}").format(signer=signer)
    return translate("ConnectionForm", "To be signed by: the client's system administrator "
                                       "or an authorised signatory")


@dataclass(frozen=True)
class _Field:
    label: str
    value: str


# --- the form's parts ------------------------------------------------------------------------

_TITLE = 22.0
_HEADING = 11.0
_LABEL = 8.5
_VALUE = 12.0
_BODY = 10.5
_SMALL = 8.0


def _box_height(sheet: Sheet, heading: str, fields: Sequence[_Field], width: float) -> float:
    pad = sheet.mm(3)
    inner = width - 2 * pad
    height = pad + sheet.measure(heading, sheet.font(_HEADING, bold=True), inner) + pad
    for field in fields:
        height += pad
        height += sheet.measure(field.label, sheet.font(_LABEL), inner)
        height += sheet.mm(0.8)
        height += sheet.measure(field.value, sheet.font(_VALUE), inner)
    return height + pad * 1.5


def _box(sheet: Sheet, x: float, y: float, width: float, height: float, heading: str,
         fields: Sequence[_Field]) -> None:
    """A framed section: its heading on a light band, then each field's label and value."""
    pad = sheet.mm(3)
    inner = width - 2 * pad
    heading_font = sheet.font(_HEADING, bold=True)
    band = pad + sheet.measure(heading, heading_font, inner) + pad
    painter = sheet.painter
    painter.fillRect(QRectF(x, y, width, band), BAND)
    pen = QPen(RULE)
    pen.setWidthF(sheet.mm(0.3))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, width, height))
    sheet.text(x + pad, y + pad, inner, heading, heading_font)
    at = y + band
    for field in fields:
        at += pad
        at += sheet.text(x + pad, at, inner, field.label, sheet.font(_LABEL), GREY)
        at += sheet.mm(0.8)
        at += sheet.text(x + pad, at, inner, field.value, sheet.font(_VALUE))


def _signature_field(sheet: Sheet, x: float, y: float, width: float, caption: str) -> float:
    """Room to write, a line, the caption under it; the height it took."""
    space = sheet.mm(18)
    sheet.rule(x, y + space, width, 0.35, INK)
    return space + sheet.mm(1.2) + sheet.text(x, y + space + sheet.mm(1.2), width, caption,
                                              sheet.font(_LABEL), GREY)


def _draw(sheet: Sheet, form: ConnectionForm) -> None:
    width = sheet.width
    mm = sheet.mm
    title = translate("ConnectionForm", "Connection form")
    reference = one_line(form.reference)

    # The title, with the reference and the date on the right.
    facts_width = mm(62)
    title_height = sheet.text(0, 0, width - facts_width - mm(4), title,
                              sheet.font(_TITLE, bold=True))
    facts_height = mm(1.5)
    for fact in (
        translate("ConnectionForm", "Reference: {reference}").format(reference=reference),
        translate("ConnectionForm", "Date: {date}").format(date=_date(form.date)),
    ):
        facts_height += sheet.text(width - facts_width, facts_height, facts_width, fact,
                                   sheet.font(_BODY), INK, Qt.AlignmentFlag.AlignRight)
    y = max(title_height, facts_height) + mm(3)
    sheet.rule(0, y, width, 0.7, INK)
    y += mm(8)

    # The bureau and the client side by side, the same height.
    gap = mm(6)
    half = (width - gap) / 2
    name = translate("ConnectionForm", "Name")
    org_number = translate("ConnectionForm", "Organisation number")
    bureau = (translate("ConnectionForm", "Accounting bureau"),
              [_Field(name, one_line(form.bureau_name) or "—"),
               _Field(org_number, one_line(form.bureau_org_number) or "—")])
    client = (translate("ConnectionForm", "Client"),
              [_Field(name, one_line(form.client_name) or "—"),
               _Field(org_number, one_line(form.client_org_number) or "—")])
    box_height = max(_box_height(sheet, *bureau, half), _box_height(sheet, *client, half))
    _box(sheet, 0, y, half, box_height, *bureau)
    _box(sheet, half + gap, y, half, box_height, *client)
    y += box_height + mm(6)

    responsible = (translate("ConnectionForm", "Consultant responsible"),
                   [_Field(name, one_line(form.responsible) or "—")])
    responsible_height = _box_height(sheet, *responsible, width)
    _box(sheet, 0, y, width, responsible_height, *responsible)
    y += responsible_height + mm(9)

    # What signing means, who signs, until when.
    y += sheet.text(0, y, width, translate(
        "ConnectionForm",
        "By signing this form, the client's system administrator or authorised signatory "
        "connects the client account to the accounting bureau. The bureau may then give its "
        "consultants access to the client; the client's system administrator decides which "
        "programs each of them may use."), sheet.font(_BODY))
    y += mm(5)
    y += sheet.text(0, y, width, _signer_line(form), sheet.font(_BODY + 0.5, bold=True))
    y += mm(2)
    y += sheet.text(0, y, width, translate(
        "ConnectionForm", "Valid until {date}: an unsigned form expires after {days} days.",
    ).format(date=_date(form.valid_until), days=QLocale().toString(SIGNING_DAYS)),
        sheet.font(_BODY))
    y += mm(10)

    # The signature, two fields a row.
    y += sheet.text(0, y, width, translate("ConnectionForm", "Signed for the client"),
                    sheet.font(_HEADING, bold=True))
    column_gap = mm(10)
    column = (width - column_gap) / 2
    for left, right in (
        (translate("ConnectionForm", "Signature"),
         translate("ConnectionForm", "Name in block letters")),
        (translate("ConnectionForm", "Date"), translate("ConnectionForm", "Place")),
    ):
        height = max(_signature_field(sheet, 0, y, column, left),
                     _signature_field(sheet, column + column_gap, y, column, right))
        y += height + mm(4)

    # The reference again at the foot of the page, for a printed copy among others.
    footer_font = sheet.font(_SMALL)
    footer = f"{title} · {reference}"
    footer_height = sheet.measure(footer, footer_font, width)
    sheet.rule(0, sheet.height - footer_height - mm(2), width, 0.25)
    sheet.text(0, sheet.height - footer_height, width, footer, footer_font, GREY,
               Qt.AlignmentFlag.AlignRight)


def connection_form_pdf(form: ConnectionForm) -> bytes:
    """``form`` as a one-page A4 PDF."""
    title = translate("ConnectionForm", "Connection form")
    return a4_pdf(f"{title} {one_line(form.reference)}", QPageLayout.Orientation.Portrait,
                  MARGIN_MM, lambda _writer, sheet: _draw(sheet, form))


def write_connection_form(form: ConnectionForm, path: Path) -> None:
    """Writes ``form`` to ``path`` as a one-page A4 PDF (replacing any file there).

    Written beside ``path`` first and moved into place when complete: a
    failure (:class:`OSError`) leaves no half-written form.
    """
    write_file(path, connection_form_pdf(form))
