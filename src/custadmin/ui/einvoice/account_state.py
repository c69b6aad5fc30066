"""An account's e-invoice state on *My details*: how its invoices go and why (R19).

The sentence comes from the one domain decision
(:func:`custadmin.domain.einvoice.decide_delivery`) applied to the account as
edited, so ticking *requires e-invoices* or changing who receives invoices
shows its effect before it is saved. The buttons search the network for the
account and register it (after a search that finds none).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.einvoice import DeliveryDecision, DeliveryMethod
from custadmin.ui.einvoice.texts import method_title
from custadmin.ui.widgets.messages import message_text

#: Colours of the method, as the login check uses them.
_COLOURS = {DeliveryMethod.PEPPOL: "#1b6e20", DeliveryMethod.HELD: "#b3261e"}


class EInvoiceStateBox(QGroupBox):
    """The state in words, the *requires e-invoices* choice, and the two buttons."""

    search_requested = Signal()
    register_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("E-invoicing"), parent)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("E-invoice state"))
        self.requires = QCheckBox(self.tr("The customer re&quires e-invoices"), self)
        self.requires.setToolTip(self.tr(
            "Invoices are then never sent as PDF or on paper: they are held until the "
            "customer can receive e-invoices."))
        self.search_button = QPushButton(self.tr("Search the net&work"), self)
        self.search_button.setToolTip(self.tr(
            "Find the customer in the e-invoice network by organisation number"))
        self.register_button = QPushButton(self.tr("Register in the networ&k…"), self)
        self.register_button.setToolTip(self.tr(
            "Searches first; registers the customer if the network does not know it"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.requires)
        layout.addLayout(buttons)
        self.search_button.clicked.connect(self.search_requested)
        self.register_button.clicked.connect(self.register_requested)
        self.show_decision(None)

    def show_decision(self, decision: DeliveryDecision | None) -> None:
        """``None``: not known yet (being read)."""
        if decision is None:
            self.state.setText(self.tr("Reading the e-invoice state…"))
            return
        colour = _COLOURS.get(decision.method, "palette(text)")
        method = method_title(decision.method)
        self.state.setText(self.tr("<b style=\"color: {colour}\">{method}</b> — {why}").format(
            colour=colour, method=html.escape(method[:1].upper() + method[1:]),
            why=html.escape(message_text(decision.message))))

    def text(self) -> str:
        """What the box says, as plain text (tests, screen readers)."""
        return self.state.text()
