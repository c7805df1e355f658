"""Rollback detection: an earlier vault.db put back is refused (naming both counters), a
database one step ahead after a crash is repaired, and verify reports the counter."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import keys
from intake.errors import VaultCorrupt
from intake.store import counter
from intake.store.vault import DB_FILE, Vault
from tests.cli.test_vault_cli import assert_error
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]
RECORD = "changes.json"


def _open(path: Path) -> Vault:
    return Vault.open(path, bytearray(PASSPHRASE.encode()))


def _change(path: Path, n: int = 1) -> None:
    with _open(path) as vault:
        for i in range(n):
            with vault.transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, 'x')", (f"k{i}",)
                )


def _db_counter(path: Path) -> int | None:
    with _open(path) as vault:
        return counter.db_counter(vault.connection)


@pytest.mark.parametrize("transactions", [0, 1, 3, 7])
def test_every_committed_transaction_advances_the_counter_by_one(
    made_vault: tuple[Path, str], transactions: int
) -> None:
    path, _recovery = made_vault
    _change(path, transactions)
    assert _db_counter(path) == transactions


def test_a_rolled_back_transaction_does_not_advance_the_counter(
    made_vault: tuple[Path, str],
) -> None:
    path, _recovery = made_vault
    with _open(path) as vault, pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('k', 'x')")
        raise RuntimeError("fictional failure")
    assert _db_counter(path) == 0


def test_an_earlier_database_put_back_is_refused_naming_both_counters(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _recovery = made_vault
    _change(path, 2)
    shutil.copy2(path / DB_FILE, tmp_path / "old.db")
    _change(path, 3)
    shutil.copy2(tmp_path / "old.db", path / DB_FILE)
    with pytest.raises(VaultCorrupt) as refused:
        _open(path)
    assert "database at change 2, record at change 5" in refused.value.message
    assert_error(cli("verify"), 1, "older than its change record", "whole folder")


def test_a_deleted_testimony_does_not_come_back_with_an_old_database(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _recovery = made_vault
    added = cli("add", "-", stdin=b"A fictional testimony that will be deleted.")
    tid = added.stdout.split()[-1]
    shutil.copy2(path / DB_FILE, tmp_path / "old.db")
    deleted = cli("delete", tid, "--yes")
    assert "Backups made before this still hold its text" in deleted.stderr
    shutil.copy2(tmp_path / "old.db", path / DB_FILE)
    assert_error(cli("show", tid), 1, "an earlier copy of vault.db was put back")


def test_a_database_one_step_ahead_after_a_crash_is_repaired_and_verify_says_so(
    cli: Cli, made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _recovery = made_vault
    _change(path, 1)
    with _open(path) as vault, monkeypatch.context() as patch:
        patch.setattr(counter, "write_record", _crash)  # the commit lands, the record does not
        with pytest.raises(OSError), vault.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('late', 'x')")
    result = cli("verify")
    assert result.code == 0, result
    assert "change counter at 2, repaired after an interrupted write" in result.stdout
    assert "change counter at 2, in step" in cli("verify").stdout


def _crash(*_args: object) -> None:
    raise OSError("fictional crash before the record was written")


def test_a_record_behind_after_a_failed_write_is_caught_up_before_the_next_change(
    made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _recovery = made_vault
    with _open(path) as vault:
        real = counter.write_record
        monkeypatch.setattr(counter, "write_record", _crash)
        with pytest.raises(OSError), vault.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('a', 'x')")
        monkeypatch.setattr(counter, "write_record", real)
        with vault.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('b', 'x')")
    with _open(path) as vault:
        assert vault.counter_state == counter.CounterState(2, "in step")


@pytest.mark.parametrize(
    ("damage", "phrase"),
    [
        (lambda p: (p / RECORD).unlink(), "record at change missing"),
        (lambda p: _flip_sealed(p / RECORD), "does not verify"),
    ],
)
def test_a_removed_or_edited_change_record_is_refused(
    made_vault: tuple[Path, str], damage: Callable[[Path], object], phrase: str
) -> None:
    path, _recovery = made_vault
    _change(path, 3)
    damage(path)
    with pytest.raises(VaultCorrupt, match=phrase):
        _open(path)


def _flip_sealed(record: Path) -> None:
    document = json.loads(record.read_text())
    sealed = bytearray(base64.b64decode(document["sealed"]))
    sealed[0] ^= 1
    document["sealed"] = base64.b64encode(bytes(sealed)).decode()
    record.write_text(json.dumps(document))


def test_the_record_shows_neither_the_counter_nor_its_size(tmp_path: Path) -> None:
    key = keys.new_data_key()
    sizes = set()
    for value in (0, 7, 10**9):
        counter.write_record(tmp_path, "0" * 32, value, key)
        text = (tmp_path / RECORD).read_text()
        assert sorted(json.loads(text)) == ["format", "nonce", "sealed", "version"]
        sizes.add(len(text))
    assert len(sizes) == 1


def test_an_earlier_change_record_put_back_is_refused(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _recovery = made_vault
    _change(path, 1)
    shutil.copy2(path / RECORD, tmp_path / "old.json")
    _change(path, 2)
    shutil.copy2(tmp_path / "old.json", path / RECORD)
    with pytest.raises(VaultCorrupt, match="database at change 3, record at change 1"):
        _open(path)


def test_verify_accept_rollback_takes_an_intended_restore_as_it_is(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _recovery = made_vault
    _change(path, 1)
    shutil.copy2(path / DB_FILE, tmp_path / "old.db")
    _change(path, 1)
    shutil.copy2(tmp_path / "old.db", path / DB_FILE)
    assert cli("verify").code == 1
    accepted = cli("verify", "--accept-rollback")
    assert accepted.code == 0, accepted
    assert "change counter at 1, accepted as it is" in accepted.stdout
    assert "change counter at 1, in step" in cli("verify").stdout


def test_a_vault_from_before_the_counter_starts_one_at_its_next_open(
    made_vault: tuple[Path, str],
) -> None:
    path, _recovery = made_vault
    with _open(path) as vault:
        vault.connection.execute("DELETE FROM vault_meta WHERE key = 'change_counter'")
    (path / RECORD).unlink()
    with _open(path) as vault:
        assert vault.counter_state == counter.CounterState(0, "started")
    assert (path / RECORD).exists()


def test_a_record_made_with_another_data_key_does_not_verify(tmp_path: Path) -> None:
    counter.write_record(tmp_path, "0" * 32, 4, keys.new_data_key())
    with pytest.raises(VaultCorrupt, match="does not verify"):
        counter.read_record(tmp_path, "0" * 32, keys.new_data_key())


def test_the_audit_fails_unlock_on_an_earlier_database_naming_both_counters(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    from intake.audit import Status, audit_vault

    path, _recovery = made_vault
    shutil.copy2(path / DB_FILE, tmp_path / "old.db")
    _change(path, 2)
    shutil.copy2(tmp_path / "old.db", path / DB_FILE)
    check = audit_vault(path, lambda: _open(path)).check("unlock")
    assert check.status is Status.FAIL
    assert "database at change 0, record at change 2" in check.measured


def test_the_audit_warns_when_the_record_was_repaired_at_its_open(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    from intake.audit import Status, audit_vault

    path, _recovery = made_vault
    shutil.copy2(path / RECORD, tmp_path / "record.json")
    _change(path, 1)
    shutil.copy2(tmp_path / "record.json", path / RECORD)  # as a crash between the writes
    check = audit_vault(path, lambda: _open(path)).check("db.changes")
    assert check.status is Status.WARN
    assert check.measured == "change 1, repaired after an interrupted write"


def test_a_refused_open_zeroes_the_data_key_it_unwrapped(
    made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.store import slots

    path, _recovery = made_vault
    shutil.copy2(path / DB_FILE, tmp_path / "old.db")
    _change(path, 1)
    shutil.copy2(tmp_path / "old.db", path / DB_FILE)
    handed: list[bytearray] = []
    real = slots.open_passphrase

    def keep(*args: object) -> bytearray:
        handed.append(real(*args))  # type: ignore[arg-type]
        return handed[-1]

    monkeypatch.setattr(slots, "open_passphrase", keep)
    with pytest.raises(VaultCorrupt):
        _open(path)
    assert handed and handed[0] == bytearray(len(handed[0]))
