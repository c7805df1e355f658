"""Where an export goes and in which format: refused in words before anything is read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.export_world import World, built_world
from tests.cli.test_vault_cli import assert_error
from tests.conftest import Prepared, Result

Cli = Callable[..., Result]


@pytest.fixture
def world(made_vault: tuple[Path, str], prepared: Prepared) -> World:
    return prepared(made_vault[0], built_world)


def approve(cli: Cli, tid: str) -> None:
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0


@pytest.mark.parametrize(
    ("fmt", "name"), [("md", "p.html"), ("html", "p.docx"), ("json", "p.MD"), ("docx", "p.json")]
)
def test_a_format_the_file_extension_contradicts_is_refused_and_nothing_written(
    cli: Cli, world: World, tmp_path: Path, fmt: str, name: str
) -> None:
    approve(cli, world.ru)
    result = cli("export", "--format", fmt, "--out", str(tmp_path / name))
    assert_error(
        result, 2, f"--format {fmt} does not match the extension of --out", "Nothing was written"
    )
    assert not list(tmp_path.glob("p.*"))


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("--out", "p.html"), "p.html"),
        (("--format", "html", "--out", "p.html"), "p.html"),
        (("--format", "json", "--out", "publication"), "publication"),
        (("--out", "notes.txt"), "notes.txt"),
    ],
)
def test_the_format_comes_from_the_option_else_the_extension_else_md(
    cli: Cli, world: World, tmp_path: Path, args: tuple[str, ...], written: str
) -> None:
    approve(cli, world.ru)
    argv = [str(tmp_path / a) if a == written else a for a in args]
    result = cli("export", *argv)
    assert result.code == 0, result.stderr
    text = (tmp_path / written).read_text(encoding="utf-8")
    expected = {"p.html": "<!DOCTYPE html>", "publication": '"intake_export"', "notes.txt": "# "}[
        written
    ]
    assert expected in text
