"""Data-key rotation: `passwd --rekey` and `recover --rekey` re-encrypt the vault under a new
key, so an old copy of the header no longer opens it; plain passwd says that it does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake import keys
from intake.errors import WrongPassphrase
from intake.store import rekey
from intake.store.vault import DB_FILE, HEADER_FILE, Vault
from tests.cli.test_vault_cli import RECOVERY_KEY, assert_error, with_passphrase
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]
NEW = "a fictional rotated passphrase"
TEXT = b"A fictional testimony about a border crossing at night."


def _recover(cli: Cli, recovery: str, new: str, *extra: str) -> Result:
    return cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        *extra,
        stdin=f"{recovery}\n{new}\n".encode(),
        passphrase=False,
    )


def _added(cli: Cli) -> str:
    result = cli("add", "-", stdin=TEXT)
    assert result.code == 0, result
    return result.stdout.split()[-1]


def test_passwd_rekey_shuts_out_an_old_header_and_keeps_every_testimony(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    vault_dir, old_recovery = made_vault
    tid = _added(cli)
    old_header = (vault_dir / HEADER_FILE).read_bytes()
    old_db = (vault_dir / DB_FILE).read_bytes()
    result = cli("passwd", "--rekey", "--new-passphrase-file", "-", stdin=f"{NEW}\n".encode())
    assert result.code == 0, result
    assert "data key rotated" in result.stderr
    new_recovery = RECOVERY_KEY.search(result.stdout)
    assert new_recovery is not None and new_recovery.group(0) != old_recovery
    assert (vault_dir / DB_FILE).read_bytes() != old_db
    found = with_passphrase(cli, NEW, "search", "border")
    assert found.code == 0 and tid in found.stdout
    assert "in step" in with_passphrase(cli, NEW, "verify").stdout
    assert _recover(cli, new_recovery.group(0), "a third fictional passphrase").code == 0
    (vault_dir / HEADER_FILE).write_bytes(old_header)
    assert_error(cli("verify"), 1, "cannot be decrypted")
    assert_error(_recover(cli, old_recovery, "a fourth fictional passphrase"), 1)


def test_recover_rekey_keeps_the_recovery_key_and_shuts_out_an_old_header(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    vault_dir, recovery = made_vault
    tid = _added(cli)
    old_header = (vault_dir / HEADER_FILE).read_bytes()
    result = _recover(cli, recovery, NEW, "--rekey")
    assert result.code == 0, result
    assert "recovery key still works" in result.stderr
    assert "rotated" in result.stderr
    assert tid in with_passphrase(cli, NEW, "list").stdout
    assert _recover(cli, recovery, "a third fictional passphrase").code == 0
    (vault_dir / HEADER_FILE).write_bytes(old_header)
    assert_error(cli("verify"), 1, "cannot be decrypted")


def test_plain_passwd_says_old_headers_still_open_the_vault_and_how_to_close_that(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    result = cli("passwd", "--new-passphrase-file", "-", stdin=f"{NEW}\n".encode())
    assert result.code == 0, result
    notes = [line for line in result.stderr.splitlines() if "old copies of header.json" in line]
    assert len(notes) == 1 and "--rekey" in notes[0]


def test_an_uncommitted_rotation_is_dropped_at_the_next_open(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        key = keys.new_data_key()
        rekey.export(vault.connection, vault_dir, key, 16384)  # written, never committed
        rekey.write_pending_record(vault_dir, vault.header.vault_id, 5, key)
    assert (vault_dir / rekey.PENDING_DB).exists()
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        assert vault.verify() == []
    assert not any((vault_dir / name).exists() for name in rekey.PENDING)


def test_a_committed_rotation_interrupted_before_the_swap_is_finished_at_the_next_open(
    made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir, recovery = made_vault
    key = keys.parse_recovery_key(bytearray(recovery.encode()))
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault, monkeypatch.context() as m:
        m.setattr(rekey, "finish", _killed)
        with pytest.raises(SystemExit):
            vault.rekey(bytearray(NEW.encode()), key)
    assert (vault_dir / rekey.PENDING_DB).exists()
    with Vault.open(vault_dir, bytearray(NEW.encode())) as vault:
        assert vault.verify() == []
        assert vault.counter_state.note == "in step"
    assert not any((vault_dir / name).exists() for name in rekey.PENDING)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, bytearray(PASSPHRASE.encode()))


def _killed(*_args: object) -> None:
    raise SystemExit("fictional kill after the header was committed")
