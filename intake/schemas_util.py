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
from typing import Any

from jsonschema import Draft202012Validator

from intake.errors import InputError, IntakeError


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema ``name`` ("registry" or "registry.schema.json"), parsed."""
    filename = name if name.endswith(".json") else f"{name}.schema.json"
    text = files("intake.schemas").joinpath(filename).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def _path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def first_error(document: Any, name: str) -> str | None:
    """Describe the first schema violation as 'at PATH: breaks RULE', or None if valid."""
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    return f"at {_path(errors[0].absolute_path)}: breaks the '{errors[0].validator}' rule"


def validate_or_raise(document: Any, name: str, error_class: type[IntakeError],
                      message: str, hint: str | None = None) -> None:
    """Raise ``error_class(message (where))`` unless ``document`` matches schema ``name``."""
    problem = first_error(document, name)
    if problem is not None:
        raise error_class(f"{message} ({problem})", hint)


def validate(document: Any, name: str) -> None:
    """Raise :class:`InputError` unless ``document`` matches the schema ``name``."""
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    label = name.removesuffix(".json").removesuffix(".schema")
    raise InputError(
        f"the {label} document is not valid at {_path(errors[0].absolute_path)}: "
        f"breaks the '{errors[0].validator}' rule",
        f"Compare it with schemas/{label}.schema.json. Nothing was read from it.",
    )
