"""*Tools → E-invoice operators…* (administrators): operators, service tiers, and ours.

Reference data, never constants in the rules: the operators with their own
Peppol access point, our service tiers in order (each saying whether it
reaches recipients at other operators, R19), and our own operator and tier.
An edit opens a small form that checks at the field and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ValidationError
from custadmin.ui.actions import QT_TRANSLATE_NOOP, Host
from custadmin.ui.einvoice.texts import network_changes
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import fill_quietly
from custadmin.ui.widgets.fields import ERROR_STYLE, FieldForm, FieldSpec
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.page import no_default_button

if TYPE_CHECKING:
    from custadmin.domain.einvoice import EInvoiceOperator, Network, ServiceTier
    from custadmin.services.workspace import Workspace

translate = QCoreApplication.translate
_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> Callable[[], str]:
    return lambda: translate("EInvoiceCatalogue", text)


OPERATOR_SPECS = (
    FieldSpec("code", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "Code")), True, max_length=40),
    FieldSpec("name", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "Name")), True),
    FieldSpec("access_point_id", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue",
                                                      "Access point's Peppol ID")), True,
              placeholder=_t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "e.g. 0007:5567321707")),
              max_length=80),
)
TIER_SPECS = (
    FieldSpec("code", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "Code")), True, max_length=40),
    FieldSpec("name", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "Name")), True, max_length=100),
    FieldSpec("rank", _t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "Place in the order")), True,
              placeholder=_t(QT_TRANSLATE_NOOP("EInvoiceCatalogue", "0 for the lowest tier")),
              max_length=3),
)


class EntryDialog(QDialog):
    """An operator or a tier as a form; ``save(values, reaches)`` runs on a worker."""

    def __init__(self, title: str, specs: tuple[FieldSpec, ...], values: Mapping[str, str],
                 save: Callable[[dict[str, str], bool], Any], runner: TaskRunner,
                 reaches: bool | None = None, fixed: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self._runner = save, runner
        self.saved: Any = None
        self.setWindowTitle(title)
        self.form = FieldForm(specs, self)
        self.form.set_values(values)
        for key in fixed:  # a tier's code is its identity
            editor = self.form.editor(key)
            if hasattr(editor, "setReadOnly"):
                editor.setReadOnly(True)
        self.reaches: QCheckBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if reaches is not None:
            self.reaches = QCheckBox(self.tr("&Reaches recipients at other operators"), self)
            self.reaches.setChecked(reaches)
            layout.addWidget(self.reaches)
        self.status = QLabel(self)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        values, save = self.form.values(), self._save
        reaches = self.reaches.isChecked() if self.reaches is not None else False
        self.buttons.setEnabled(False)
        self._runner.run(lambda: save(values, reaches), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
            first = next((k for k in self.form.field_keys() if k in exc.errors), None)
            if first is not None:
                self.form.editor(first).setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.setText("")
        else:
            self.status.setText(operator_message(exc, "saving the e-invoice catalogue"))


class CatalogueDialog(QDialog):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self.network: Network | None = None
        self.setWindowTitle(self.tr("E-invoice operators and service tiers"))

        operators_box = QGroupBox(self.tr("Operators"), self)
        self.operators = QTreeWidget(operators_box)
        self.operators.setHeaderLabels([self.tr("Code"), self.tr("Name"),
                                        self.tr("Access point's Peppol ID")])
        self.operators.setRootIsDecorated(False)
        self.operators.setAccessibleName(self.tr("Operators"))
        self.add_operator_button = QPushButton(self.tr("&Add operator…"), operators_box)
        self.edit_operator_button = QPushButton(self.tr("&Edit operator…"), operators_box)
        operator_buttons = QHBoxLayout()
        operator_buttons.addWidget(self.add_operator_button)
        operator_buttons.addWidget(self.edit_operator_button)
        operator_buttons.addStretch(1)
        operators_layout = QVBoxLayout(operators_box)
        operators_layout.addWidget(self.operators)
        operators_layout.addLayout(operator_buttons)

        tiers_box = QGroupBox(self.tr("Our service tiers, lowest first"), self)
        self.tiers = QTreeWidget(tiers_box)
        self.tiers.setHeaderLabels([self.tr("Order"), self.tr("Name"), self.tr("Code"),
                                    self.tr("Reaches other operators")])
        self.tiers.setRootIsDecorated(False)
        self.tiers.setAccessibleName(self.tr("Service tiers"))
        self.add_tier_button = QPushButton(self.tr("Add &tier…"), tiers_box)
        self.edit_tier_button = QPushButton(self.tr("Ed&it tier…"), tiers_box)
        tier_buttons = QHBoxLayout()
        tier_buttons.addWidget(self.add_tier_button)
        tier_buttons.addWidget(self.edit_tier_button)
        tier_buttons.addStretch(1)
        tiers_layout = QVBoxLayout(tiers_box)
        tiers_layout.addWidget(self.tiers)
        tiers_layout.addLayout(tier_buttons)

        ours_box = QGroupBox(self.tr("Ours (system-wide)"), self)
        self.our_operator = QComboBox(ours_box)
        self.our_tier = QComboBox(ours_box)
        self.save_ours_button = QPushButton(self.tr("&Save ours"), ours_box)
        ours_form = QFormLayout(ours_box)
        operator_label = QLabel(self.tr("Our &operator:"), ours_box)
        operator_label.setBuddy(self.our_operator)
        tier_label = QLabel(self.tr("Our tie&r:"), ours_box)
        tier_label.setBuddy(self.our_tier)
        ours_form.addRow(operator_label, self.our_operator)
        ours_form.addRow(tier_label, self.our_tier)
        ours_form.addRow("", self.save_ours_button)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(operators_box, 2)
        layout.addWidget(tiers_box, 1)
        layout.addWidget(ours_box)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(720, 620)
        no_default_button(self)
        for tree in (self.operators, self.tiers):
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_operator_button.clicked.connect(lambda: self.edit_operator(None))
        self.edit_operator_button.clicked.connect(lambda: self.edit_operator(
            self._chosen(self.operators)))
        self.operators.itemActivated.connect(lambda item, _c: self.edit_operator(
            item.data(0, _ROLE)))
        self.add_tier_button.clicked.connect(lambda: self.edit_tier(None))
        self.edit_tier_button.clicked.connect(lambda: self.edit_tier(self._chosen(self.tiers)))
        self.tiers.itemActivated.connect(lambda item, _c: self.edit_tier(item.data(0, _ROLE)))
        self.save_ours_button.clicked.connect(self.save_ours)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> CatalogueDialog:
        """Tools → E-invoice operators… (a handler of :mod:`custadmin.ui.actions`)."""
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.show()
        return dialog

    @staticmethod
    def _chosen(tree: QTreeWidget) -> Any:
        item = tree.currentItem()
        return item.data(0, _ROLE) if item is not None else None

    def refresh(self) -> None:
        from custadmin.services.einvoice import network

        ws = self._ws
        self._runner.run(lambda: network(ws), self.show_network, self._failed)

    def show_network(self, net: Network) -> None:
        self.network = net
        self.operators.clear()
        for operator in net.operators:
            item = QTreeWidgetItem(self.operators, [operator.code, operator.name,
                                                    operator.access_point_id])
            item.setData(0, _ROLE, operator.id)
        self.tiers.clear()
        for tier in net.tiers:
            item = QTreeWidgetItem(self.tiers, [
                str(tier.rank), tier.name, tier.code,
                self.tr("yes") if tier.reaches_other_operators else self.tr("no")])
            item.setData(0, _ROLE, tier.code)
        fill_quietly(self.our_operator, [(o.name, o.code) for o in net.operators],
                     net.our_operator)
        fill_quietly(self.our_tier, [(t.name, t.code) for t in net.tiers], net.our_tier)
        for tree in (self.operators, self.tiers):
            first = tree.topLevelItem(0)
            if first is not None and tree.currentItem() is None:
                tree.setCurrentItem(first)

    def _operator(self, operator_id: Any) -> EInvoiceOperator | None:
        net = self.network
        return net.operator(int(operator_id)) if net is not None and operator_id else None

    def _tier(self, code: Any) -> ServiceTier | None:
        net = self.network
        return net.tier(str(code)) if net is not None and code else None

    def edit_operator(self, operator_id: Any) -> EntryDialog:
        from custadmin.services.einvoice import OperatorInput, save_operator

        ws, operator = self._ws, self._operator(operator_id)
        known = operator.id if operator is not None else None
        values = {"code": operator.code, "name": operator.name,
                  "access_point_id": operator.access_point_id} if operator else {}
        dialog = EntryDialog(
            self.tr("Edit the operator") if operator else self.tr("Add an operator"),
            OPERATOR_SPECS, values,
            lambda typed, _r: save_operator(ws, known, OperatorInput(
                typed["code"], typed["name"], typed["access_point_id"])),
            self._runner, parent=self)
        self._saved(dialog)
        return dialog

    def edit_tier(self, code: Any) -> EntryDialog:
        from custadmin.services.einvoice import TierInput, save_tier

        ws, tier = self._ws, self._tier(code)
        values = {"code": tier.code, "name": tier.name, "rank": str(tier.rank)} if tier else {}
        dialog = EntryDialog(
            self.tr("Edit the tier") if tier else self.tr("Add a tier"), TIER_SPECS, values,
            lambda typed, reaches: save_tier(ws, TierInput(typed["code"], typed["name"],
                                                           typed["rank"], reaches)),
            self._runner, reaches=tier.reaches_other_operators if tier else False,
            fixed=("code",) if tier else (), parent=self)
        self._saved(dialog)
        return dialog

    def _saved(self, dialog: EntryDialog) -> None:
        def accepted() -> None:
            if dialog.saved is not None:
                self.show_network(dialog.saved)
                self.status.setText(self.tr("Saved."))
                network_changes().changed.emit()

        dialog.accepted.connect(accepted)
        dialog.open()

    def save_ours(self) -> None:
        from custadmin.services.einvoice import set_our_network

        ws = self._ws
        operator, tier = self.our_operator.currentData(), self.our_tier.currentData()

        def saved(net: Network) -> None:
            self.show_network(net)
            self.status.setText(self.tr("Saved: our operator and tier apply to every "
                                        "delivery from now."))
            network_changes().changed.emit()

        self._runner.run(lambda: set_our_network(ws, str(operator or ""), str(tier or "")),
                         saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "maintaining the e-invoice catalogue"))
