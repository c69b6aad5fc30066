"""Printed pages drawn with Qt: millimetres in, device units out, plain text wrapped.

The connection form (bureaus) and the collective invoice basis (licences)
are drawn on a :class:`QPdfWriter` through one :class:`Sheet`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen, QTextLayout, QTextOption

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
