"""An import that cannot be taken says where the problem is, never what the file holds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_vault_cli import assert_error
from tests.conftest import Result

Cli = Callable[..., Result]
UNKNOWN = "Несуществующий Вымышленный"  # fictional, registered nowhere


@pytest.fixture
def registered(cli: Cli) -> str:
    assert cli("init").code == 0
    person = cli("person", "add", "Вымышленная Тестова", "--gender", "f")
    assert person.code == 0, person.stderr
    return person.stdout.strip()


def document(**fields: Any) -> dict[str, Any]:
    return {
        "title": "Fictional test",
        "interview": {"language": "ru"},
        "transcript": "Вымышленный текст для проверки.",
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"source": {"person": UNKNOWN}}, "at $.source.person"),
        ({"subjects": ["Вымышленная Тестова", UNKNOWN]}, "at $.subjects[1]"),
        (
            {"events": [{"description": "Вымышленное событие.", "victims": [UNKNOWN]}]},
            "at $.events[0].victims[0]",
        ),
    ],
)
def test_an_unregistered_person_in_a_json_import_is_located_not_quoted(
    cli: Cli, registered: str, tmp_path: Path, fields: dict[str, Any], where: str
) -> None:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document(**fields), ensure_ascii=False), encoding="utf-8")
    result = cli("add", str(path))
    assert_error(
        result,
        2,
        f"no person is registered under the name or id given {where}",
        "intake person add",
    )
    assert UNKNOWN not in result.stderr and "Несуществующ" not in result.stderr
    assert json.loads(cli("list", "--json").stdout) == []


def test_an_unregistered_subject_option_is_named(cli: Cli, registered: str) -> None:
    result = cli(
        "add",
        "-",
        "--subject",
        registered,
        "--subject",
        UNKNOWN,
        stdin="Вымышленный текст.".encode(),
    )
    assert_error(result, 2, "given with --subject")
    assert json.loads(cli("list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"transcript": None}, "at $: breaks the 'required' rule: 'transcript' is missing"),
        (
            {"interview": {"language": "de"}},
            "at $.interview.language: breaks the 'enum' rule: use one of ru, en",
        ),
    ],
)
def test_a_schema_error_names_what_the_schema_wants(
    cli: Cli, registered: str, tmp_path: Path, fields: dict[str, Any], problem: str
) -> None:
    body = {k: v for k, v in document(**fields).items() if v is not None}
    path = tmp_path / "import.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert_error(cli("add", str(path)), 2, problem, "Nothing was written")
