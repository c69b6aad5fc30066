"""Domain messages: codes with parameters, worded in English once (domain.messages).

The walks below read the source, so a typo'd code, a parameter the template
does not name, or an English sentence handed straight to an error fails here
rather than in front of an operator.
"""

from __future__ import annotations

import ast
import copy
import pickle
import string
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import custadmin
from custadmin.domain.accounts import ContactInput
from custadmin.domain.errors import ConflictError, FieldError, ValidationError
from custadmin.domain.identifiers import normalize_peppol_id
from custadmin.domain.messages import ENGLISH, Message, comma_list, or_list, semicolon_list
from custadmin.domain.portal import (
    MIN_PASSWORD_LENGTH,
    PasswordProblem,
    password_problem_message,
)
from custadmin.domain.transfer import Problem

PACKAGE_ROOT = Path(custadmin.__file__).resolve().parent
#: Where errors are raised: every message there must be a Message.
RAISING_LAYERS = ("domain", "storage", "services")


def _sources(*layers: str) -> list[Path]:
    roots = [PACKAGE_ROOT / layer for layer in layers] if layers else [PACKAGE_ROOT]
    files = [p for root in roots for p in sorted(root.rglob("*.py"))
             if "migrations" not in p.parts]
    assert len(files) >= 10, files  # the walk really found the code
    return files


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


# --- the catalogue and the codes used -------------------------------------------------


def _message_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) == "Message":
            yield node


def _placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def _code_problems(tree: ast.AST, where: str) -> tuple[set[str], list[str]]:
    """(codes used, what is wrong) for every ``Message(...)`` call in ``tree``."""
    used: set[str] = set()
    problems: list[str] = []
    for call in _message_calls(tree):
        at = f"{where}:{call.lineno}"
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            problems.append(f"{at}: the code is not a literal (the catalogue cannot be checked)")
            continue
        code = first.value
        used.add(code)
        if code not in ENGLISH:
            problems.append(f"{at}: unknown code {code!r}")
            continue
        if len(call.args) > 1 or any(k.arg is None for k in call.keywords):
            problems.append(f"{at}: parameters of {code!r} must be keywords, by name")
            continue
        given = {k.arg for k in call.keywords if k.arg is not None}
        wanted = _placeholders(ENGLISH[code])
        if given != wanted:
            problems.append(f"{at}: {code!r} is given {sorted(given)}, its template names "
                            f"{sorted(wanted)}")
    return used, problems


def test_every_code_used_is_in_the_catalogue_with_the_parameters_its_template_names() -> None:
    used: set[str] = set()
    problems: list[str] = []
    for path in _sources():
        found, wrong = _code_problems(_tree(path), str(path.relative_to(PACKAGE_ROOT)))
        used |= found
        problems += wrong
    assert not problems, "\n".join(problems)
    assert len(used) > 100  # the walk really found the messages


def test_every_catalogue_entry_is_used() -> None:
    used: set[str] = set()
    for path in _sources():
        used |= _code_problems(_tree(path), str(path))[0]
    assert sorted(set(ENGLISH) - used) == []


def test_the_code_walk_detects_typos_missing_parameters_and_dynamic_codes() -> None:
    sample = ast.parse(
        "Message('field.requierd')\n"
        "Message('field.too_long', max_length=3)\n"
        "Message('field.required', extra=1)\n"
        "Message(code)\n"
        "Message('field.at_most', **params)\n"
        "m.Message('password.too_short', min_length=12)\n"
    )
    used, problems = _code_problems(sample, "sample")
    assert len(problems) == 5, problems
    assert [p.split(": ", 1)[0] for p in problems] == [f"sample:{n}" for n in range(1, 6)]
    assert used == {"field.requierd", "field.too_long", "field.required", "field.at_most",
                    "password.too_short"}


def test_codes_are_dotted_lower_case_names() -> None:
    bad = [c for c in ENGLISH
           if not all(part.replace("_", "").isalnum() and part == part.lower()
                      for part in c.split(".")) or "." not in c]
    assert bad == []


def test_no_two_codes_share_a_template() -> None:
    # One rule, one wording: a second code for the same text is the same rule twice.
    twice = {text: n for text, n in Counter(ENGLISH.values()).items() if n > 1}
    assert twice == {}


def test_every_template_formats_with_its_placeholders() -> None:
    for code, template in ENGLISH.items():
        message = Message(code, **{name: f"<{name}>" for name in _placeholders(template)})
        # A brace left over is one not doubled (or a placeholder misspelt).
        assert ("{" in message) == ("{{" in template), code


# --- no English handed straight to an error ----------------------------------------------------

#: Which positional argument of a constructor is the operator's message (default 0);
#: the others are keys, reasons and technical details (``StorageError.detail``).
MESSAGE_ARGUMENT = {"FieldError": 1, "ConfirmationNeeded": 4, "Problem": 2}
ROOT_CLASSES = {"CustadminError", "Problem", "Unreadable", "MappingError"}


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """Every class that is (by name) one of the roots or derives from one."""
    found = set(ROOT_CLASSES)
    classes = [node for tree in trees for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                     for b in node.bases}
            if node.name not in found and bases & found:
                found.add(node.name)
                grew = True
    return found


def _is_raw_text(node: ast.expr) -> bool:
    """Text written here rather than a Message: a literal, an f-string, text
    built from them, or ``str(...)`` (which drops a message's code)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_raw_text(node.left) or _is_raw_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_raw_text(node.body) or _is_raw_text(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "str":
            return True
        # "…".format(…), "; ".join(…)
        return isinstance(func, ast.Attribute) and _is_raw_text(func.value)
    return False


def _raw_messages(tree: ast.AST, classes: set[str], where: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name not in classes:
            continue
        index = MESSAGE_ARGUMENT.get(name, 0)
        candidates: list[ast.expr] = []
        if len(node.args) > index:
            candidates.append(node.args[index])
        candidates += [k.value for k in node.keywords if k.arg in ("message", "errors")]
        for arg in candidates:
            values = arg.values if isinstance(arg, ast.Dict) else [arg]
            found += [(node.lineno, f"{where}:{node.lineno}: {name}({ast.unparse(value)[:60]} …)")
                      for value in values if value is not None and _is_raw_text(value)]
    return [text for _line, text in sorted(found)]


def test_errors_are_given_messages_not_english() -> None:
    paths = _sources(*RAISING_LAYERS)
    trees = {path: _tree(path) for path in paths}
    classes = _error_classes(list(_tree(p) for p in _sources()))
    assert {"FieldError", "ValidationError", "RuleViolation", "StorageError", "DatabaseLocked",
            "DatabaseBusy", "NotPermitted", "SignInFailed", "ExportFailed"} <= classes
    found = [raw for path, tree in trees.items()
             for raw in _raw_messages(tree, classes, str(path.relative_to(PACKAGE_ROOT)))]
    assert found == [], "\n".join(found)


def test_the_raw_text_walk_detects_english_given_to_errors() -> None:
    sample = ast.parse(
        "class Mine(e.StorageError): pass\n"
        "raise FieldError(field, 'This field is required.')\n"
        "raise ValidationError({'email': f'Not valid: {x}'})\n"
        "raise RuleViolation('Off system-wide: ' + ', '.join(labels))\n"
        "problems.append(Problem(line, field, 'Write yes or no.'))\n"
        "raise Mine('{} is locked'.format(where))\n"
        "raise ConflictError(message=str(exc))\n"
        "raise NotPermitted('a' if x else Message('role.read_only'), permission)\n"
        # Messages, keys and technical details pass:
        "raise FieldError('postcode', Message('field.required'))\n"
        "raise ValidationError({'email': Message('email.invalid', reason=str(exc))})\n"
        "raise e.DatabaseDamaged(Message('database.damaged'), f'integrity={x}')\n"
        "raise ConfirmationNeeded('join', 1, name, others, Message('login.shared_change'))\n"
    )
    classes = _error_classes([sample, *(_tree(p) for p in _sources("domain"))])
    assert "Mine" in classes
    found = _raw_messages(sample, classes, "sample")
    assert [f.split(": ", 1)[0] for f in found] == [f"sample:{n}" for n in range(2, 9)], found


# --- Message ---------------------------------------------------------------------------


def test_a_message_is_its_english_text() -> None:
    message = Message("field.too_long", max_length=200, length=250)
    assert message == "At most 200 characters (this has 250)."
    assert isinstance(message, str)
    assert "200 characters" in message
    assert str(message) == message and type(str(message)) is str
    assert f"{message}" == message
    assert hash(message) == hash("At most 200 characters (this has 250).")
    assert {message: 1}["At most 200 characters (this has 250)."] == 1
    assert message.code == "field.too_long"
    assert dict(message.params) == {"max_length": 200, "length": 250}
    assert message.template == "At most {max_length} characters (this has {length})."
    assert repr(message) == "Message('field.too_long', max_length=200, length=250)"


def test_parameters_are_read_only_and_a_missing_one_or_an_unknown_code_fails() -> None:
    message = Message("phone.invalid_for_region", region="SE")
    with pytest.raises(TypeError):
        message.params["region"] = "DK"  # type: ignore[index]
    with pytest.raises(KeyError):
        Message("phone.invalid_for_region")
    with pytest.raises(KeyError):
        Message("phone.no_such_code")


def test_a_parameter_may_be_named_code() -> None:
    # The code is positional-only: a template may still have a parameter "code".
    assert Message("peppol.accepted_code", icd="0007", scheme="x") == "0007 (x)"


def test_nested_messages_render_in_their_place() -> None:
    message = Message("peppol.removed_code", icd="9955", scheme=Message("scheme.se_vat"),
                      advice=Message("peppol.advice_0007"))
    assert message == (
        "Scheme code 9955 (Swedish VAT number) is no longer used in Peppol. Use 0007 with the "
        "10-digit Swedish organisation number instead, e.g. 0007:5560360793.")
    assert isinstance(message.params["scheme"], Message)
    assert message.params["scheme"].code == "scheme.se_vat"  # type: ignore[attr-defined]


def test_equal_messages_compare_by_their_text() -> None:
    assert Message("field.required") == Message("field.required")
    assert Message("field.at_most", max_length=3) != Message("field.at_most", max_length=4)
    assert Message("field.required") == "This field is required."


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_message_pickles_with_its_code_and_parameters(protocol: int) -> None:
    message = Message("login.shared_change", username="per@example.se",
                      served=semicolon_list([Message("login.served_contact", account="A",
                                                     customer_number=1, contact="P"),
                                             "B"]))
    back = pickle.loads(pickle.dumps(message, protocol))
    assert type(back) is Message
    assert back == message
    assert back.code == message.code
    assert dict(back.params) == dict(message.params)
    served = back.params["served"]
    assert isinstance(served, Message) and served.code == "list.semicolon"
    assert isinstance(served.params["head"], Message)
    assert served.params["head"].code == "login.served_contact"


def test_a_problem_sent_back_from_a_worker_keeps_its_message() -> None:
    # What the import's worker processes do with each refused line.
    problem = Problem(3, None, Message("import.duplicate_email", line=2))
    back = pickle.loads(pickle.dumps(problem))
    assert back == problem
    assert isinstance(back.message, Message) and back.message.code == "import.duplicate_email"
    assert back.message.params == {"line": 2}


def test_copies_are_messages_too() -> None:
    message = Message("field.too_long", max_length=1, length=2)
    for copied in (copy.copy(message), copy.deepcopy(message)):
        assert type(copied) is Message and copied.code == message.code
        assert dict(copied.params) == dict(message.params)


def test_lists_join_as_before_and_nest_shallowly() -> None:
    assert or_list(["a"]) == "a"
    assert or_list(["support agent", "administrator"]) == "support agent or administrator"
    assert comma_list(["a", "b", "c"]) == "a, b, c"
    items = [str(n) for n in range(1000)]
    joined = semicolon_list(items)
    assert joined == "; ".join(items)
    depth, node = 0, joined
    while isinstance(node, Message):
        depth, node = depth + 1, node.params["head"]
    assert depth <= 10
    assert or_list([]) == ""


# --- the errors carry messages --------------------------------------------------------------


def test_errors_keep_their_messages_as_given() -> None:
    message = Message("field.required")
    error = FieldError("email", message)
    assert error.message is message and error.field == "email"
    assert str(error) == "email: This field is required."
    assert ConflictError().message.code == "conflict.record"  # type: ignore[attr-defined]
    assert ConflictError().message == "This record was changed by someone else since you opened it."


def test_validation_errors_hold_messages() -> None:
    with pytest.raises(ValidationError) as caught:
        from custadmin.domain.accounts import AccountInput, validate_account

        validate_account(AccountInput(name="", country="XX", peppol_id="9955:1"))
    errors = caught.value.errors
    assert all(isinstance(m, Message) for m in errors.values()), errors
    assert errors["name"].code == "field.required"  # type: ignore[attr-defined]
    assert errors["country"].code == "country.account_invalid"  # type: ignore[attr-defined]


def test_a_peppol_refusal_lists_the_accepted_codes_as_before() -> None:
    with pytest.raises(FieldError) as caught:
        normalize_peppol_id("peppol_id", "1234:5")
    message = caught.value.message
    assert isinstance(message, Message) and message.code == "peppol.unknown_code"
    assert message == (
        "Unknown Peppol scheme code 1234. Accepted codes: 0007 (Swedish organisation number), "
        "0088 (GLN), 0184 (Danish CVR number), 0198 (Danish SE number), 0096 (Danish P number), "
        "0192 (Norwegian organisation number), 0216 (Finnish OVT identifier).")


# --- passwords: one wording for the service and the form -----------------------------------


def test_the_too_short_message_names_the_minimum_length() -> None:
    message = password_problem_message(PasswordProblem.TOO_SHORT)
    assert message.code == "password.too_short"
    assert message.params["min_length"] == MIN_PASSWORD_LENGTH
    assert message == f"The password must have at least {MIN_PASSWORD_LENGTH} characters."


def test_every_password_problem_has_its_own_message() -> None:
    codes = {password_problem_message(p).code for p in PasswordProblem}
    assert len(codes) == len(PasswordProblem)


def test_the_service_refuses_a_short_password_with_the_minimum_length() -> None:
    from custadmin.services.portal import PASSWORD_FIELD, check_new_password

    person = ContactInput(first_name="Per", last_name="Svensson", email="per@example.se")
    with pytest.raises(ValidationError) as caught:
        check_new_password("Kx9#q", person)
    message = caught.value.errors[PASSWORD_FIELD]
    assert isinstance(message, Message)
    assert message.code == "password.too_short"
    assert message.params == {"min_length": MIN_PASSWORD_LENGTH}
    assert message == "The password must have at least 12 characters."
