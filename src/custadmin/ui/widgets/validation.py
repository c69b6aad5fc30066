"""Validation shown at the field while the operator types."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject

from custadmin.domain.accounts import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    MAIN_CONTACT_PREFIX,
    AccountInput,
    ContactInput,
    NewAccount,
    validate_new_account,
)
from custadmin.domain.errors import ValidationError
from custadmin.ui.widgets.fields import FieldForm

#: The main contact's form keys (as the domain keys its errors).
MAIN = MAIN_CONTACT_PREFIX


def contact_input(values: Mapping[str, str], prefix: str = "") -> ContactInput:
    """A contact form's values (keys optionally prefixed) as a service input."""
    return ContactInput(**{k: values.get(prefix + k, "") for k in CONTACT_FIELDS})


def account_inputs(values: Mapping[str, str]) -> tuple[AccountInput, ContactInput]:
    """Form values (contact keys prefixed ``main_contact.``) as service inputs."""
    account = AccountInput(**{k: values.get(k, "") for k in ACCOUNT_FIELDS})
    return account, contact_input(values, MAIN)


def account_errors(values: Mapping[str, str]) -> dict[str, str]:
    try:
        validate_new_account(NewAccount(*account_inputs(values)))
    except ValidationError as exc:
        return exc.errors
    return {}


class LiveValidation(QObject):
    """Checks a set of forms with the domain rules as the operator types.

    A field's error shows once the operator has left the field (or at a save
    attempt), then follows every keystroke until it is fixed, so nobody is
    scolded for a field they have not reached yet.
    """

    def __init__(
        self,
        forms: Sequence[FieldForm],
        check: Callable[[Mapping[str, str]], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._forms = list(forms)
        self._check = check
        self._touched: set[str] = set()
        for form in self._forms:
            form.left.connect(self._on_left)
            form.edited.connect(self._on_edited)

    def values(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for form in self._forms:
            merged.update(form.values())
        return merged

    def reset(self) -> None:
        self._touched.clear()
        self.show({})

    def show(self, errors: Mapping[str, str]) -> None:
        for form in self._forms:
            form.set_errors({k: v for k, v in errors.items() if k in form.field_keys()})

    def check_all(self) -> dict[str, str]:
        """Show every error now (a save attempt) and return them."""
        errors = self._check(self.values())
        self._touched.update(errors)
        self.show(errors)
        return errors

    def focus_first_error(self, errors: Mapping[str, str]) -> None:
        for form in self._forms:
            for key in form.field_keys():
                if key in errors:
                    form.editor(key).setFocus()
                    return

    def _on_left(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _on_edited(self, key: str) -> None:
        if self._touched:
            self._refresh()

    def _refresh(self) -> None:
        errors = self._check(self.values())
        self.show({k: v for k, v in errors.items() if k in self._touched})
