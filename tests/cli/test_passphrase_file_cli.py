"""Secrets read from a passphrase file or a pipe, as editors and shells write them; the
global options that say where the vault and the passphrase are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_vault_cli import assert_error, file_hashes
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]
BOM = b"\xef\xbb\xbf"


def test_a_passphrase_file_saved_with_a_byte_order_mark_opens_the_vault(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(BOM + PASSPHRASE.encode() + b"\r\n")
    result = cli("--passphrase-file", str(secret), "verify", passphrase=False)
    assert result.code == 0, result


def test_a_vault_made_from_a_file_with_a_byte_order_mark_opens_with_the_typed_passphrase(
    cli: Cli,
    vault_dir: Path,
) -> None:
    made = cli(
        "--passphrase-file", "-", "init", stdin=BOM + PASSPHRASE.encode() + b"\n", passphrase=False
    )
    assert made.code == 0, made
    assert cli("verify").code == 0  # the passphrase alone, as a terminal would give it


@pytest.mark.parametrize("content", [b"", b"\n", BOM + b"\n"])
def test_an_empty_passphrase_line_is_named_as_such_not_as_a_wrong_passphrase(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    content: bytes,
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(content)
    result = cli("--passphrase-file", str(secret), "verify", passphrase=False)
    assert_error(result, 2, "the passphrase read from the file is empty", "own line")
    assert "wrong passphrase" not in result.stderr
    assert file_hashes(vault_dir) == before


def test_a_missing_new_passphrase_on_standard_input_is_named(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    result = cli("passwd")  # the current passphrase, then nothing
    assert_error(result, 2, "the new passphrase read from standard input is empty")
    assert file_hashes(vault_dir) == before


@pytest.mark.parametrize("option", ["--passphrase-file", "--vault"])
def test_a_global_option_after_the_command_is_named_as_one(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    option: str,
) -> None:
    result = cli("person", "list", option, str(tmp_path / "x"), passphrase=False)
    assert_error(
        result,
        2,
        f"{option} was given after the command",
        f"{option} is a global option: put it before the command",
    )
    assert "Did you mean" not in result.stderr
