"""`intake shred`: the panic wipe. The key slots are overwritten in place, every file of the
vault removed, and neither the passphrase nor the recovery key opens what is left."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import keys
from intake.errors import IntakeError
from intake.store.header import Header
from intake.store.slots import open_passphrase
from tests.cli.test_vault_cli import assert_error, file_hashes
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]


def test_shred_yes_removes_the_vault_and_no_secret_opens_it(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    vault_dir, recovery = made_vault
    result = cli("shred", "--yes", passphrase=False)
    assert result.code == 0, result
    assert "Backups and copies made earlier still exist" in result.stderr
    assert not vault_dir.exists()
    assert_error(cli("verify"), 1, "no intake vault")
    recovered = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{recovery}\nanother fictional passphrase\n".encode(),
        passphrase=False,
    )
    assert_error(recovered, 1, "no intake vault")


def test_the_key_slots_are_overwritten_in_place_before_the_header_is_removed(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    vault_dir, _recovery = made_vault
    before = (vault_dir / "header.json").read_bytes()
    kept = tmp_path / "same-inode-as-the-header"
    os.link(vault_dir / "header.json", kept)  # sees what is written into the file's blocks
    assert cli("shred", "--yes", passphrase=False).code == 0
    after = kept.read_bytes()
    assert len(after) == len(before) and after != before
    assert b"wrapped_key" not in after and b"salt" not in after
    with pytest.raises(IntakeError):
        Header.from_bytes(after)
    header = Header.from_bytes(before)  # an earlier copy still unwraps: the documented limit
    keys.zero(open_passphrase(header, bytearray(PASSPHRASE.encode())))


def test_shred_without_yes_and_without_a_terminal_destroys_nothing(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    assert_error(cli("shred", passphrase=False), 2, "shredding needs confirmation", "--yes")
    assert file_hashes(vault_dir) == before


@pytest.mark.parametrize(("typed", "destroyed"), [("SHRED", True), ("yes", False), ("", False)])
def test_at_a_terminal_only_the_typed_word_shreds(
    cli: Cli,
    made_vault: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    destroyed: bool,
) -> None:
    vault_dir, _recovery = made_vault
    monkeypatch.setattr("intake.cli.context.interactive", lambda: True)
    result = cli("shred", stdin=f"{typed}\n".encode(), passphrase=False)
    assert result.code == (0 if destroyed else 2), result
    assert vault_dir.exists() != destroyed


def test_files_the_user_put_in_the_vault_folder_are_left_in_place(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    vault_dir, _recovery = made_vault
    (vault_dir / "notes.txt").write_text("fictional notes", encoding="utf-8")
    assert cli("shred", "--yes", passphrase=False).code == 0
    assert sorted(p.name for p in vault_dir.iterdir()) == ["notes.txt"]
