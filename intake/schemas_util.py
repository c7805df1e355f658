"""Load the JSON Schemas shipped in ``intake.schemas`` and validate documents against them.

Error messages name the JSON path of the first problem and the rule it breaks,
never the offending value: documents may hold testimony text or real names.
Shared by every module that reads or writes a document crossing intake's
boundary (imports, registries, policies, exports, the vault header).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from intake.errors import InputError, IntakeError

if TYPE_CHECKING:  # imported when a document is first validated: it is slow to load
    from jsonschema import Draft202012Validator


def json_problem(error: json.JSONDecodeError) -> str:
    """Where and what: "line 3, column 14: Expecting ',' delimiter" (never the text)."""
    return f"line {error.lineno}, column {error.colno}: {error.msg}"


def schema_names() -> list[str]:
    """The documents ``intake schema NAME`` can print: testimony, registry, policy..."""
    found = files("intake.schemas").iterdir()
    return sorted(p.name.removesuffix(".schema.json") for p in found if p.name.endswith(".json"))


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema ``name`` ("registry" or "registry.schema.json"), parsed."""
    filename = name if name.endswith(".json") else f"{name}.schema.json"
    text = files("intake.schemas").joinpath(filename).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(name: str) -> Draft202012Validator:
    # late: jsonschema loads only when a document is validated
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _unencodable(value: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """The path of the first string that is not valid Unicode, or None.

    JSON escapes such as "\\ud800" decode to lone surrogates, which no file, database or
    terminal can hold. A bad key is reported at its parent's path (the key is not shown).
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    items = (
        value.items()
        if isinstance(value, dict)
        else (enumerate(value) if isinstance(value, list) else ())
    )
    for key, item in items:
        if _unencodable(key, path) is not None:
            return path
        found = _unencodable(item, (*path, key))
        if found is not None:
            return found
    return None


def _rule(error: Any) -> str:
    """The rule an error breaks, with what the schema (never the document) says it wants:
    the missing property's name, or the allowed values."""
    rule = f"breaks the '{error.validator}' rule"
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        return f"{rule}: '{missing[0]}' is missing" if missing else rule
    if error.validator == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in error.validator_value)
        return f"{rule}: use one of {allowed}"
    return rule


def first_error(document: Any, name: str) -> str | None:
    """Describe the first schema violation as 'at PATH: breaks RULE', or None if valid."""
    bad_text = _unencodable(document)
    if bad_text is not None:
        return f"at {_path(bad_text)}: a string is not valid Unicode (a lone surrogate escape)"
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    return f"at {_path(errors[0].absolute_path)}: {_rule(errors[0])}"


def validate_or_raise(
    document: Any, name: str, error_class: type[IntakeError], message: str, hint: str | None = None
) -> None:
    """Raise ``error_class(message (where))`` unless ``document`` matches schema ``name``."""
    problem = first_error(document, name)
    if problem is not None:
        raise error_class(f"{message} ({problem})", hint)


def validate(document: Any, name: str) -> None:
    """Raise :class:`InputError` unless ``document`` matches the schema ``name``."""
    label = name.removesuffix(".json").removesuffix(".schema")
    bad_text = _unencodable(document)
    if bad_text is not None:
        raise InputError(
            f"the {label} document is not valid at {_path(bad_text)}: a string is not valid "
            "Unicode (a lone surrogate escape)",
            "Save it again from a tool that writes valid UTF-8. Nothing was read from it.",
        )
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    raise InputError(
        f"the {label} document is not valid at {_path(errors[0].absolute_path)}: "
        f"{_rule(errors[0])}",
        f"Print the format with 'intake schema {label}'. Nothing was read from it.",
    )
