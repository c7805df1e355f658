"""Writing an export is all or nothing: the file, its manifest and the log entry, or none.

A full disk, a folder that refuses writes, a folder where the manifest should
go, an existing file and a target inside the vault each leave no new file and
no log entry, and say so in plain words (never an exception's name).
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.export_world import World, built_world, open_vault
from tests.cli.test_vault_cli import assert_error
from tests.conftest import Prepared, Result, Template

Cli = Callable[..., Result]
EXCEPTION_NAMES = ("OSError", "PermissionError", "Errno", "IsADirectoryError", "Traceback")


def approved_world(folder: Path, template: Template) -> World:
    """The world with its Russian testimony reviewed with the defaults and approved."""
    from intake import review

    made = built_world(folder, template)
    with open_vault(folder) as vault:
        redactor = review.redactor_for(vault)
        review.accept_defaults(vault, made.ru, redactor)
        review.approve(vault, made.ru, redactor)
    return made


@pytest.fixture
def world(made_vault: tuple[Path, str], prepared: Prepared) -> World:
    return prepared(made_vault[0], approved_world)


def log_entries(cli: Cli) -> list[object]:
    result = cli("exports", "--json")
    assert result.code == 0, result.stderr
    return list(json.loads(result.stdout))


def assert_nothing_written(cli: Cli, folder: Path, result: Result, *phrases: str) -> None:
    assert_error(result, 1, "Nothing was written and nothing was logged", *phrases)
    assert not any(name in result.stderr for name in EXCEPTION_NAMES), result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [], "no file, no temporary file"
    assert log_entries(cli) == []


def _failing_write(after: int) -> Callable[[int, object], int]:
    """os.write that works ``after`` times, then finds the disk full."""
    real, calls = os.write, [0]

    def write(fd: int, data: object) -> int:
        calls[0] += 1
        if calls[0] > after:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)  # type: ignore[arg-type]

    return write


@pytest.mark.parametrize("after", [0, 1], ids=["export file", "manifest"])
def test_a_full_disk_leaves_no_file_and_no_log_entry(
    cli: Cli, world: World, tmp_path: Path, after: int
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "write", _failing_write(after))
        result = cli("export", "--out", str(folder / "p.md"))
    assert_nothing_written(cli, folder, result, "the disk is full")


def test_a_folder_that_refuses_writes_leaves_no_file_and_no_log_entry(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    real = os.open

    def refusing(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(folder)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "open", refusing)
        result = cli("export", "--out", str(folder / "p.md"))
    assert_nothing_written(cli, folder, result, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_leaves_no_file_and_no_log_entry(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli("export", "--out", str(folder / "p.md"))
    finally:
        folder.chmod(0o700)
    assert_nothing_written(cli, folder, result, "permission denied")


def test_a_failure_placing_the_manifest_takes_the_placed_export_back(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    real = Path.replace

    def replace(self: Path, target: Path) -> Path:
        if str(target).endswith(".manifest.json"):
            raise OSError(errno.EIO, "Input/output error")
        return real(self, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "replace", replace)
        result = cli("export", "--out", str(folder / "p.md"))
    assert_nothing_written(cli, folder, result, "input/output error")


def test_a_folder_where_the_manifest_goes_is_refused_before_anything_is_written(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    (tmp_path / "p.md.manifest.json").mkdir()
    result = cli("export", "--out", str(tmp_path / "p.md"))
    assert_error(result, 2, "names a folder", "Nothing was written")
    assert not (tmp_path / "p.md").exists()
    assert log_entries(cli) == []


@pytest.mark.parametrize("existing", ["p.md", "p.md.manifest.json"])
def test_an_existing_file_is_kept_unless_force_is_given(
    cli: Cli, world: World, tmp_path: Path, existing: str
) -> None:
    (tmp_path / existing).write_text("an editor's own file\n", encoding="utf-8")
    refused = cli("export", "--out", str(tmp_path / "p.md"))
    assert_error(refused, 2, "already exists", "--force")
    assert (tmp_path / existing).read_text(encoding="utf-8") == "an editor's own file\n"
    assert log_entries(cli) == []
    forced = cli("export", "--force", "--out", str(tmp_path / "p.md"))
    assert forced.code == 0, forced.stderr
    assert (tmp_path / "p.md").read_text(encoding="utf-8").startswith("# ")
    assert len(log_entries(cli)) == 1


def test_a_forced_export_that_fails_puts_the_replaced_files_back(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    old = {"p.md": "an editor's own file\n", "p.md.manifest.json": "{}\n"}
    for name, text in old.items():
        (folder / name).write_text(text, encoding="utf-8")
    real = Path.replace
    failed: list[Path] = []

    def replace(self: Path, target: Path) -> Path:
        if str(target).endswith(".manifest.json") and not failed:
            failed.append(target)  # the new manifest's rename fails, once
            raise OSError(errno.EIO, "Input/output error")
        return real(self, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "replace", replace)
        result = cli("export", "--force", "--out", str(folder / "p.md"))
    assert_error(result, 1, "Nothing was written and nothing was logged", "input/output error")
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == old
    assert log_entries(cli) == []


def test_a_forced_export_leaves_no_hidden_copy_of_the_replaced_file(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "p.md").write_text("an editor's own file\n", encoding="utf-8")
    forced = cli("export", "--force", "--out", str(folder / "p.md"))
    assert forced.code == 0, forced.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["p.md", "p.md.manifest.json"]
    assert (folder / "p.md").read_text(encoding="utf-8").startswith("# ")


def test_a_target_inside_the_vault_folder_is_refused_even_with_force(
    cli: Cli, world: World, made_vault: tuple[Path, str]
) -> None:
    vault = made_vault[0]
    before = sorted(p.name for p in vault.iterdir())
    result = cli("export", "--force", "--out", str(vault / "p.md"))
    assert_error(result, 2, "inside the vault's folder", "Nothing was written")
    assert sorted(p.name for p in vault.iterdir()) == before


def test_a_written_export_has_its_manifest_and_one_log_entry(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    result = cli("export", "--out", str(tmp_path / "p.html"))
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("p.")) == [
        "p.html",
        "p.html.manifest.json",
    ]
    manifest = json.loads((tmp_path / "p.html.manifest.json").read_text(encoding="utf-8"))
    assert "findings" not in manifest  # no count of what review redacted
    assert len(log_entries(cli)) == 1
