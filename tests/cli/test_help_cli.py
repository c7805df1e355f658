"""`intake --help` reads as the work in order, and no description is cut."""

from __future__ import annotations

from typing import Any

import pytest

SECTIONS_IN_ORDER = [
    "Vault:",
    "People and sensitive terms:",
    "Testimonies:",
    "Review:",
    "Export:",
    "Sharing between vaults:",
    "Audit:",
]
README_COMMANDS = ["init", "person", "term", "add", "event", "review", "quote", "export", "audit"]


@pytest.fixture
def help_text(cli: Any) -> str:
    result = cli("--help", passphrase=False)
    assert result.code == 0
    return str(result.stdout)


def test_commands_are_listed_in_the_order_of_the_work(help_text: str) -> None:
    places = [help_text.index(section) for section in SECTIONS_IN_ORDER]
    assert places == sorted(places)
    assert help_text.index("\n  init ") < help_text.index("\n  person ")
    assert help_text.index("\n  add ") < help_text.index("\n  review ")
    assert help_text.index("\n  review ") < help_text.index("\n  export ")


def test_no_description_is_cut(help_text: str) -> None:
    commands = help_text[help_text.index("Vault:") :]
    assert "..." not in commands


def test_every_command_is_in_the_readme_table(help_text: str) -> None:
    from pathlib import Path

    import intake.cli

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in intake.cli.cli.commands:
        assert f"`intake {name}" in readme or f"`{name} " in readme, name
    for name in README_COMMANDS:
        assert f"\n  {name} " in help_text


def _every_command(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, command in getattr(group, "commands", {}).items():
        found += _every_command(command, (*path, name))
    return found


def test_no_help_names_a_repository_path_a_pip_user_does_not_have(cli: Any) -> None:
    """A schema is printed by `intake schema NAME`; `schemas/...` exists only in a checkout."""
    from intake.cli import cli as root

    paths = _every_command(root)
    assert len(paths) > 30  # every command and subcommand, not only the top
    cited = []
    for path in paths:
        result = cli(*path, "--help", passphrase=False)
        assert result.code == 0, (path, result.stderr)
        if "schemas/" in result.stdout or ".schema.json" in result.stdout:
            cited.append(" ".join(path))
    assert cited == []
