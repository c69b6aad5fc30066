"""*Who gets what*: each message kind, its recipients and why (R6, R7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from custadmin.domain.einvoice import DeliveryDecision
from custadmin.domain.mail import MailSettings, route_all
from custadmin.ui.einvoice.texts import method_title
from custadmin.ui.widgets.mail_texts import kind_label, reason_text
from custadmin.ui.widgets.messages import message_text

#: The key of the panel's row saying how the invoice is delivered.
INVOICE_DELIVERY = "invoice_delivery"


class WhoGetsWhatPanel(QTreeWidget):
    """Recomputed from the editor's unsaved state on every edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Message"), self.tr("Sent to"), self.tr("Why")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Who gets what"))
        self.setToolTip(self.tr("Follows your edits before they are saved."))
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 190)
        self.setColumnWidth(1, 260)

    def show_settings(self, settings: MailSettings,
                      delivery: DeliveryDecision | None = None) -> None:
        # Rebuilt on every keystroke: keep open what the operator opened.
        expanded = {top.data(0, Qt.ItemDataRole.UserRole)
                    for top in self._tops() if top.isExpanded()}
        self.clear()
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for routing in route_all(settings):
            names = ", ".join(r.contact.name or r.contact.email for r in routing.recipients)
            top = QTreeWidgetItem(
                [kind_label(routing.kind), names or self.tr("nobody"), ""]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, routing.kind.value)
            for recipient in routing.recipients:
                contact = recipient.contact
                QTreeWidgetItem(top, ["", f"{contact.name} <{contact.email}>",
                                      reason_text(recipient.reason, routing.kind)])
            for recipient in routing.excluded:
                contact = recipient.contact
                item = QTreeWidgetItem(top, ["", f"{contact.name} <{contact.email}>",
                                             reason_text(recipient.reason, routing.kind)])
                for column in range(3):
                    item.setForeground(column, muted)
            self.addTopLevelItem(top)
            top.setExpanded(routing.kind.value in expanded)
        if delivery is not None:
            # How the invoice itself goes (R19): Peppol, or the fallback and why.
            why = message_text(delivery.message)
            top = QTreeWidgetItem([self.tr("Invoice delivery"), method_title(delivery.method),
                                   why])
            top.setData(0, Qt.ItemDataRole.UserRole, INVOICE_DELIVERY)
            top.setToolTip(2, why)
            self.addTopLevelItem(top)

    def routing_text(self) -> dict[str, list[str]]:
        """What the panel shows, by message kind: ``name — why`` lines (for tests)."""
        shown: dict[str, list[str]] = {}
        for top in self._tops():
            key = str(top.data(0, Qt.ItemDataRole.UserRole))
            children = [top.child(j) for j in range(top.childCount())]
            shown[key] = [f"{child.text(1)} — {child.text(2)}"
                          for child in children if child is not None]
            if key == INVOICE_DELIVERY:
                shown[key] = [f"{top.text(1)} — {top.text(2)}"]
        return shown

    def _tops(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]
