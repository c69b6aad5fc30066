"""A form of labelled fields, each with its own error line under it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import OPTIONAL_CONTACT_FIELDS
from custadmin.domain.portal import ServiceType
from custadmin.ui.widgets.choosers import CodeCombo
from custadmin.ui.widgets.countries import CountryCombo
from custadmin.ui.widgets.messages import message_text
from custadmin.ui.widgets.portal_texts import service_type_label

ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label: Callable[[], str]
    required: bool
    #: "text", "account_country", "contact_country", "service_type", or "choice"
    #: (a list the form's owner fills: ``editor(key)`` is a :class:`CodeCombo`).
    kind: str = "text"
    placeholder: Callable[[], str] | None = None
    max_length: int = 200


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for pyside6-lupdate in ``context`` (as Qt's own); returns it as it is."""
    return source


def _t(text: str) -> Callable[[], str]:
    # Labels are looked up when the form is built, after a translator is set.
    return lambda: QCoreApplication.translate("Fields", text)


ACCOUNT_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("name", _t(QT_TRANSLATE_NOOP("Fields", "Account name")), True),
    FieldSpec("country", _t(QT_TRANSLATE_NOOP("Fields", "Country")), True, "account_country"),
    FieldSpec("org_number", _t(QT_TRANSLATE_NOOP("Fields", "Organisation number")), False,
              placeholder=_t(QT_TRANSLATE_NOOP("Fields",
                  "e.g. 556036-0793; empty for a private customer"))),
    FieldSpec("peppol_id", _t(QT_TRANSLATE_NOOP("Fields", "Peppol ID")), False,
              placeholder=_t(QT_TRANSLATE_NOOP("Fields", "for e-invoices, e.g. 0007:5560360793")),
                  max_length=80),
    # R10: single sign-on to the control panel exists only for web hosting.
    FieldSpec("service_type", _t(QT_TRANSLATE_NOOP("Fields", "Service type")), False,
              "service_type"),
)


class ServiceTypeCombo(CodeCombo):
    """The account's service type (R10); its value is the stored code or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(service_type_label(None), "")
        for kind in ServiceType:
            self.addItem(service_type_label(kind), kind.value)


Chooser = CountryCombo | ServiceTypeCombo | CodeCombo


def contact_specs(prefix: str = "") -> tuple[FieldSpec, ...]:
    """The contact fields of R2; all mandatory except organisation name and address 2."""
    rows = (
        ("first_name", _t(QT_TRANSLATE_NOOP("Fields", "First name")), "text", None, 200),
        ("last_name", _t(QT_TRANSLATE_NOOP("Fields", "Last name")), "text", None, 200),
        ("organisation_name", _t(QT_TRANSLATE_NOOP("Fields", "Organisation name")), "text", None,
            200),
        ("email", _t(QT_TRANSLATE_NOOP("Fields", "Email")), "text", _t(QT_TRANSLATE_NOOP("Fields",
            "name@example.com")), 320),
        ("phone", _t(QT_TRANSLATE_NOOP("Fields", "Phone")), "text", _t(QT_TRANSLATE_NOOP("Fields",
            "e.g. 070-123 45 67")), 40),
        ("address_line1", _t(QT_TRANSLATE_NOOP("Fields", "Address line 1")), "text", None, 200),
        ("address_line2", _t(QT_TRANSLATE_NOOP("Fields", "Address line 2")), "text", None, 200),
        ("postcode", _t(QT_TRANSLATE_NOOP("Fields", "Postcode")), "text", None, 12),
        ("city", _t(QT_TRANSLATE_NOOP("Fields", "City")), "text", None, 200),
        ("country", _t(QT_TRANSLATE_NOOP("Fields", "Country")), "contact_country", None, 2),
    )
    return tuple(
        FieldSpec(prefix + key, label, key not in OPTIONAL_CONTACT_FIELDS, kind, placeholder,
                  max_length)
        for key, label, kind, placeholder, max_length in rows
    )


class FieldForm(QWidget):
    """Editors built from :class:`FieldSpec`; values are plain strings by key."""

    #: Emitted with the key of a field whose value changed.
    edited = Signal(str)
    #: Emitted with the key of a field the operator left (editing finished).
    left = Signal(str)

    def __init__(self, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs = {spec.key: spec for spec in specs}
        self._editors: dict[str, QLineEdit | Chooser] = {}
        self._errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        # No margins of its own: its labels line up with the other forms of
        # the group box it sits in (align_label_columns).
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in self._specs.values():
            editor = self._make_editor(spec)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            cell.addWidget(error)
            text = spec.label()
            label = QLabel(text + (" *" if spec.required else ""), self)
            label.setBuddy(editor)
            if spec.required:
                label.setToolTip(QCoreApplication.translate("Fields", "Required"))
            # Read out without the mnemonic's marker ("F&irst name" is "First name").
            editor.setAccessibleName(text.replace("&&", "\0").replace("&", "")
                                     .replace("\0", "&"))
            layout.addRow(label, cell)
            self._editors[spec.key] = editor
            self._errors[spec.key] = error

    def _make_editor(self, spec: FieldSpec) -> QLineEdit | Chooser:
        if spec.kind in ("account_country", "contact_country", "service_type", "choice"):
            combo: Chooser = ServiceTypeCombo(self) if spec.kind == "service_type" else (
                CodeCombo(self) if spec.kind == "choice" else CountryCombo(
                    account_countries_only=spec.kind == "account_country", parent=self))
            combo.currentIndexChanged.connect(lambda _i, k=spec.key: self.edited.emit(k))
            combo.activated.connect(lambda _i, k=spec.key: self.left.emit(k))
            return combo
        edit = QLineEdit(self)
        edit.setMaxLength(spec.max_length)
        edit.setClearButtonEnabled(False)
        if spec.placeholder is not None:
            edit.setPlaceholderText(spec.placeholder())
        edit.textEdited.connect(lambda _t, k=spec.key: self.edited.emit(k))
        edit.editingFinished.connect(lambda k=spec.key: self.left.emit(k))
        return edit

    # --- values -----------------------------------------------------------

    def field_keys(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def form_layout(self) -> QFormLayout:
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        return layout

    def editor(self, key: str) -> QLineEdit | Chooser:
        return self._editors[key]

    def value(self, key: str) -> str:
        editor = self._editors[key]
        return editor.text() if isinstance(editor, QLineEdit) else editor.code()

    def values(self) -> dict[str, str]:
        return {key: self.value(key) for key in self._editors}

    def set_values(self, values: Mapping[str, str]) -> None:
        """Set values without emitting :attr:`edited` (a load is not an edit)."""
        for key, value in values.items():
            editor = self._editors.get(key)
            if editor is None:
                continue
            blocked = editor.blockSignals(True)
            try:
                if isinstance(editor, QLineEdit):
                    editor.setText(value)
                    editor.setCursorPosition(0)
                else:
                    editor.set_code(value)
            finally:
                editor.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        for editor in self._editors.values():
            if isinstance(editor, QComboBox):
                editor.setEnabled(not read_only)
            else:
                editor.setReadOnly(read_only)

    # --- errors -----------------------------------------------------------

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Show ``errors`` at their fields and clear every other field's error."""
        for key in self._editors:
            self.show_error(key, errors.get(key))

    def show_error(self, key: str, message: str | None) -> None:
        label = self._errors[key]
        editor = self._editors[key]
        if message:
            label.setText(message_text(message))
            label.setVisible(True)
        else:
            label.clear()
            label.setVisible(False)
        if bool(editor.property(INVALID_PROPERTY)) != bool(message):
            editor.setProperty(INVALID_PROPERTY, bool(message))
            editor.setStyleSheet("border: 1px solid #b3261e;" if message else "")
            editor.setToolTip(label.text())

    def error(self, key: str) -> str:
        label = self._errors[key]
        return label.text()

    def first_error_key(self) -> str | None:
        for key, label in self._errors.items():
            if label.text():
                return key
        return None


def error_label(parent: QWidget) -> QLabel:
    """A message at a field or a step: the error colour, wrapped, plain text (what an
    operator typed must never be read as markup)."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def align_label_columns(*layouts: QFormLayout) -> int:
    """Give every label of ``layouts`` the width of the widest, so that the
    fields of several forms (one per group box) start at one line; the width."""
    labels: list[QWidget] = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
    return width
