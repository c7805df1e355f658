"""Errors speak to users: where a JSON file is wrong, no class names, no repository paths."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

TEXT = "Вымышленный текст без имён.\n".encode()
CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Error|Exception|File)\b")


@pytest.mark.parametrize(
    ("option", "content", "where"),
    [
        ("--policy", '{"actions": {\n  "phone": "keep",\n  }\n}', "line 3, column 3"),
        ("--registry", '{"people": [\n{"name": "Грант"\n]}', "line 3, column 1"),
    ],
)
def test_a_broken_json_file_is_named_by_line_and_column_without_a_class_name(
    cli: Any, tmp_path: Path, option: str, content: str, where: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    result = cli("redact", option, str(path), "-", passphrase=False, stdin=TEXT)
    assert result.code == 2
    message, hint = result.stderr.splitlines()
    assert where in message
    assert not CLASS_NAME.search(result.stderr), result.stderr
    assert "intake schema" in hint and "schemas/" not in hint


def test_a_registry_that_breaks_the_schema_points_to_intake_schema(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "registry.json"
    path.write_text(json.dumps({"people": [{"alias": "x"}]}), encoding="utf-8")
    result = cli("redact", "--registry", str(path), "-", passphrase=False, stdin=TEXT)
    assert result.code == 2
    assert "'intake schema registry'" in result.stderr and "schemas/" not in result.stderr


def test_intake_schema_prints_the_format_a_hint_points_to(cli: Any) -> None:
    printed = cli("schema", "registry", passphrase=False)
    assert printed.code == 0
    schema = json.loads(printed.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "terms" in schema["properties"]
    assert cli("schema", "nothing", passphrase=False).code == 2


def test_a_damaged_docx_is_described_in_words(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    path.write_bytes(b"PK\x03\x04 not really an archive")
    result = cli("add", str(path))
    assert result.code == 2
    assert "not a readable .docx file" in result.stderr
    assert not CLASS_NAME.search(result.stderr), result.stderr
