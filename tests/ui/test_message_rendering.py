"""Domain messages reach the operator through Qt's translation, in one place
(ui/widgets/messages.py: ``message_text``), code and parameters intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountInput, validate_account
from custadmin.domain.errors import ConflictError, NotFoundError, ValidationError
from custadmin.domain.messages import CONTEXT, Message
from custadmin.domain.portal import MIN_PASSWORD_LENGTH
from custadmin.ui.account.portal_access import ACCESS, PASSWORD, PortalAccessBox
from custadmin.ui.widgets.fields import ACCOUNT_SPECS, FieldForm
from custadmin.ui.widgets.messages import message_text, operator_message

SWEDISH = {
    "The password must have at least {min_length} characters.":
        "[sv] Lösenordet måste ha minst {min_length} tecken.",
    "Scheme code {icd} ({scheme}) is no longer used in Peppol. {advice}":
        "[sv] Schemakod {icd} ({scheme}) används inte längre i Peppol. {advice}",
    "Swedish VAT number": "[sv] svenskt momsregistreringsnummer",
    "This field is required.": "[sv] Fältet måste fyllas i.",
    "At most {max_length} characters (this has {length}).":
        "[sv] Högst {max_length} tecken (det här har {length}).",
    "This record was changed by someone else since you opened it.":
        "[sv] Någon annan har ändrat posten sedan du öppnade den.",
    "Customer account {account_id} does not exist (any more).":
        "[sv] Kundkonto {account_id} finns inte (längre).",
    # A broken translation: it names a parameter the message does not have.
    "Not a valid phone number for {region} or abroad.":
        "[sv] Inte ett giltigt nummer för {land}.",
}


class MarkedSwedish(QTranslator):
    """Swedish for a few templates of the DomainMessages context, marked "[sv]"."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.append((context, source))
        # None (a null QString) says "not here"; "" would be an empty translation.
        return SWEDISH.get(source) if context == CONTEXT else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[MarkedSwedish]:
    translator = MarkedSwedish()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_a_message_is_translated_by_its_template_and_filled_in(swedish: MarkedSwedish) -> None:
    message = Message("password.too_short", min_length=MIN_PASSWORD_LENGTH)
    assert message_text(message) == f"[sv] Lösenordet måste ha minst {MIN_PASSWORD_LENGTH} tecken."
    # Looked up by the English template, not by the rendered English text.
    assert (CONTEXT, "The password must have at least {min_length} characters.") in swedish.asked
    assert (CONTEXT, str(message)) not in swedish.asked


def test_a_message_parameter_is_translated_too(swedish: MarkedSwedish) -> None:
    message = Message("peppol.removed_code", icd="9955", scheme=Message("scheme.se_vat"),
                      advice=Message("peppol.advice_0007"))
    assert message_text(message) == (
        "[sv] Schemakod 9955 ([sv] svenskt momsregistreringsnummer) används inte längre i "
        "Peppol. Use 0007 with the 10-digit Swedish organisation number instead, e.g. "
        "0007:5560360793.")  # the advice has no translation here: English


def test_plain_text_falls_back_to_a_lookup_of_itself(swedish: MarkedSwedish) -> None:
    assert message_text("This field is required.") == "[sv] Fältet måste fyllas i."
    assert message_text("Nothing translates this.") == "Nothing translates this."


def test_a_translation_that_does_not_fit_its_parameters_falls_back_to_english(
    swedish: MarkedSwedish,
) -> None:
    message = Message("phone.invalid_for_region", region="SE")
    assert message_text(message) == "Not a valid phone number for SE or abroad."


def test_without_a_translator_a_message_reads_as_its_english(qapp: QApplication) -> None:
    message = Message("peppol.removed_code", icd="9955", scheme=Message("scheme.se_vat"),
                      advice=Message("peppol.advice_0007"))
    assert message_text(message) == message


def test_errors_are_explained_through_the_same_rendering(swedish: MarkedSwedish) -> None:
    assert operator_message(ConflictError()) == (
        "[sv] Någon annan har ändrat posten sedan du öppnade den.")
    assert operator_message(NotFoundError(Message("account.not_found", account_id=7))) == (
        "[sv] Kundkonto 7 finns inte (längre).")


def test_a_form_shows_field_errors_through_the_rendering(
    qtbot: QtBot, swedish: MarkedSwedish
) -> None:
    form = FieldForm(ACCOUNT_SPECS)
    qtbot.addWidget(form)
    with pytest.raises(ValidationError) as caught:
        validate_account(AccountInput(name="x" * 250, country="SE", org_number="",
                                      peppol_id="", service_type=""))
    form.set_errors(caught.value.errors)
    assert form.error("name") == "[sv] Högst 200 tecken (det här har 250)."


def test_the_portal_box_words_a_short_password_as_the_service_does(
    qtbot: QtBot, swedish: MarkedSwedish
) -> None:
    box = PortalAccessBox()
    qtbot.addWidget(box)
    box.restore({ACCESS: "1", PASSWORD: "Kx9#q"})
    problem = box.problem()
    assert isinstance(problem, Message)
    assert problem.code == "password.too_short"
    assert problem.params["min_length"] == MIN_PASSWORD_LENGTH
    assert problem == "The password must have at least 12 characters."
    expected = f"[sv] Lösenordet måste ha minst {MIN_PASSWORD_LENGTH} tecken."
    assert expected in box.strength_text.text()
    box.show_error(problem)
    assert box.error.text() == expected


def test_the_portal_box_without_a_translator_shows_the_english_sentence(
    qtbot: QtBot, qapp: QApplication
) -> None:
    box = PortalAccessBox()
    qtbot.addWidget(box)
    box.restore({ACCESS: "1", PASSWORD: "Kx9#q"})
    assert "The password must have at least 12 characters." in box.strength_text.text()
