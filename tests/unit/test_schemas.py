"""Every schema in schemas/ is a valid JSON Schema 2020-12; validation errors name paths only."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from jsonschema import Draft202012Validator

from intake.errors import InputError
from intake.schemas_util import load_schema, validate

SCHEMAS = sorted(p.name for p in files("intake.schemas").iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_schema_passes_check_schema(name: str) -> None:
    schema = json.loads(files("intake.schemas").joinpath(name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert load_schema(name) == schema


def test_an_invalid_registry_is_refused_naming_the_path_not_the_value() -> None:
    with pytest.raises(InputError) as caught:
        validate({"people": [{"name": "Тайное Имя", "gender": "x-secret"}]}, "registry")
    assert "$.people[0].gender" in caught.value.message
    assert "x-secret" not in caught.value.message and "Тайное" not in caught.value.message
