"""Printed pages drawn with Qt: millimetres in, device units out, plain text wrapped.

The connection form (bureaus) and the collective invoice basis (licences)
are drawn on a :class:`QPdfWriter` through one :class:`Sheet`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

#: Dots per inch of a PDF's coordinate system (text and lines are vectors).
RESOLUTION = 300

INK = QColor(0x1A, 0x1A, 0x1A)
GREY = QColor(0x5F, 0x63, 0x68)
RULE = QColor(0x9A, 0xA0, 0xA6)
BAND = QColor(0xEE, 0xF0, 0xF2)

_LEFT = Qt.AlignmentFlag.AlignLeft


class Sheet:
    """Pages being drawn: millimetres in, device units out, plain text wrapped."""

    def __init__(self, painter: QPainter, device: QPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.width = float(device.width())
        self.height = float(device.height())

    @staticmethod
    def mm(length: float) -> float:
        return length * RESOLUTION / 25.4

    @staticmethod
    def font(points: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def layout(self, text: str, font: QFont, width: float,
               align: Qt.AlignmentFlag = _LEFT) -> tuple[QTextLayout, float]:
        """``text`` wrapped to ``width``; the layout and its height."""
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def measure(self, text: str, font: QFont, width: float) -> float:
        return self.layout(text, font, width)[1]

    def text(self, x: float, y: float, width: float, text: str, font: QFont,
             colour: QColor = INK, align: Qt.AlignmentFlag = _LEFT, *,
             draw: bool = True) -> float:
        """Draws ``text`` wrapped to ``width`` from (x, y); the height it took (or would
        take: ``draw=False`` measures, so layouts and drawings cannot disagree)."""
        layout, height = self.layout(text, font, width, align)
        if draw:
            self.painter.setPen(colour)
            layout.draw(self.painter, QPointF(x, y))
        return height

    def rule(self, x: float, y: float, width: float, thickness_mm: float,
             colour: QColor = RULE) -> None:
        pen = QPen(colour)
        pen.setWidthF(self.mm(thickness_mm))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x, y), QPointF(x + width, y))


def one_line(text: str) -> str:
    """User text on one line: line breaks and runs of spaces as one space."""
    return " ".join(text.split())


def a4_pdf(title: str, orientation: QPageLayout.Orientation, margin_mm: float,
           draw: Callable[[QPdfWriter, Sheet], None]) -> bytes:
    """An A4 PDF drawn by ``draw(writer, sheet)`` (which may add pages), as bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("custadmin")
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError(f"cannot paint {title}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(writer, Sheet(painter, writer))
    finally:
        painter.end()
    return bytes(buffer.data().data())


def write_file(path: Path, data: bytes) -> None:
    """Writes ``data`` to ``path`` (replacing any file there), beside it first and
    moved into place when complete: a failure (:class:`OSError`) leaves no half file."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
