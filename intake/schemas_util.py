"""Load the JSON Schemas shipped in ``schemas/`` and validate documents against them.

Error messages name the JSON path of the first problem and the rule it breaks,
never the offending value: it may be testimony text or a name.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from intake.errors import InputError, IntakeError


@cache
def load_schema(name: str) -> dict[str, Any]:
    text = files("intake.schemas").joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def first_error(document: Any, name: str) -> str | None:
    """Describe the first schema violation as 'at PATH: RULE', or None if valid."""
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    error = errors[0]
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"at {path}: breaks the '{error.validator}' rule"


def validate_or_raise(document: Any, name: str, error_class: type[IntakeError],
                      message: str) -> None:
    problem = first_error(document, name)
    if problem is not None:
        raise error_class(f"{message} ({problem})")


def validate(document: Any, name: str) -> None:
    """Raise InputError naming the JSON path of the first violation of schema ``name``."""
    validate_or_raise(document, name, InputError, f"the document does not follow {name}")
