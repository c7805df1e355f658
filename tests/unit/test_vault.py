"""The vault as a library: create, open, key slots, locking, migrations, backup, verify."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from intake import keys
from intake.errors import (
    VaultCorrupt,
    VaultError,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from intake.fsutil import remove_stale_temps
from intake.store import migrations
from intake.store.vault import DB_FILE, HEADER_FILE, Vault, read_header
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a different fictional passphrase"


def secret(text: str) -> bytearray:
    return bytearray(text.encode())


def file_hashes(directory: Path) -> dict[str, str]:
    """SHA-256 of every file under ``directory``, by relative path."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_a_created_vault_holds_a_header_a_database_and_its_change_record_only(
    vault: Vault,
) -> None:
    names = sorted(p.name for p in vault.path.iterdir())
    assert names == sorted([HEADER_FILE, DB_FILE, "changes.json"])


def test_data_written_in_a_transaction_is_there_after_reopening(vault_dir: Path) -> None:
    created, _recovery = Vault.create(vault_dir, secret(PASSPHRASE), kdf=keys.test_profile())
    with created.transaction() as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('fictional note')")
    created.close()
    with Vault.open(vault_dir, secret(PASSPHRASE)) as reopened:
        assert reopened.connection.execute("SELECT body FROM notes").fetchall() == [
            ("fictional note",)
        ]


def test_a_failed_transaction_is_rolled_back(vault: Vault) -> None:
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("INSERT INTO notes VALUES ('half-written')")
        raise RuntimeError("interrupted")
    assert vault.connection.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_creating_a_vault_over_a_non_empty_directory_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("someone's file")
    with pytest.raises(VaultError, match="not an empty directory"):
        Vault.create(target, secret(PASSPHRASE), kdf=keys.test_profile())
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_opening_a_directory_without_a_vault_says_so(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="no intake vault"):
        Vault.open(tmp_path / "nowhere", secret(PASSPHRASE))


def test_a_wrong_passphrase_is_refused_and_changes_no_byte(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase \(or not an intake vault\)$"):
        Vault.open(vault_dir, secret("not the passphrase at all"))
    assert file_hashes(vault_dir) == before


def test_a_failed_open_releases_the_lock(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret("not the passphrase at all"))
    Vault.open(vault_dir, secret(PASSPHRASE)).close()


def test_a_second_open_of_an_open_vault_is_refused_as_in_use(vault: Vault) -> None:
    with pytest.raises(VaultInUse, match="vault in use"):
        Vault.open(vault.path, secret(PASSPHRASE))


def test_closing_a_vault_releases_the_lock_and_zeroes_the_data_key(vault: Vault) -> None:
    data_key = vault._data_key
    vault.close()
    assert data_key == bytes(keys.KEY_BYTES)
    Vault.open(vault.path, secret(PASSPHRASE)).close()


def test_changing_the_passphrase_retires_the_old_one_and_keeps_the_recovery_key(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, recovery = made_vault
    db_before = (vault_dir / DB_FILE).read_bytes()
    with Vault.open(vault_dir, secret(PASSPHRASE)) as opened:
        opened.change_passphrase(secret(NEW_PASSPHRASE))
    assert (vault_dir / DB_FILE).read_bytes() == db_before  # only the header was rewritten
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret(PASSPHRASE))
    Vault.open(vault_dir, secret(NEW_PASSPHRASE)).close()
    Vault.open_with_recovery(vault_dir, keys.parse_recovery_key(secret(recovery))).close()


def test_a_new_passphrase_slot_gets_a_new_salt_and_nonce_and_keeps_the_kdf_cost(
    vault: Vault,
) -> None:
    old = vault.header.slot("passphrase")
    vault.change_passphrase(secret(NEW_PASSPHRASE))
    new = vault.header.slot("passphrase")
    assert new.kdf["salt"] != old.kdf["salt"]
    assert new.nonce != old.nonce
    assert new.wrapped_key != old.wrapped_key
    same = ("time_cost", "memory_kib", "parallelism", "profile")
    assert {k: new.kdf[k] for k in same} == {k: old.kdf[k] for k in same}
    assert vault.header.slot("recovery") == read_header(vault.path).slot("recovery")


def test_the_recovery_key_opens_the_vault_and_another_one_does_not(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, recovery = made_vault
    with Vault.open_with_recovery(vault_dir, keys.parse_recovery_key(secret(recovery))) as opened:
        assert opened.verify() == []
    other_key, _text = keys.new_recovery_key()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery(vault_dir, other_key)


def test_a_stale_header_temp_file_does_not_stop_a_passphrase_change(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    stale = vault_dir / f".{HEADER_FILE}.deadbeef.tmp"
    stale.write_bytes(b'{"half": "written')
    with Vault.open(vault_dir, secret(PASSPHRASE)) as opened:
        opened.change_passphrase(secret(NEW_PASSPHRASE))
    assert not stale.exists()
    Vault.open(vault_dir, secret(NEW_PASSPHRASE)).close()


def test_removing_stale_temps_leaves_other_files_alone(tmp_path: Path) -> None:
    tmp_path = tmp_path / "dir"
    tmp_path.mkdir()
    for name in (".header.json.1a2b.tmp", "header.json", ".other.1a2b.tmp", "vault.db"):
        (tmp_path / name).write_text("x")
    remove_stale_temps(tmp_path, "header.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".other.1a2b.tmp",
        "header.json",
        "vault.db",
    ]


# -- migrations --------------------------------------------------------------------------


def test_a_new_vault_is_at_the_latest_schema_with_every_step_recorded(vault: Vault) -> None:
    assert migrations.current_version(vault.connection) == migrations.LATEST
    recorded = vault.connection.execute(
        "SELECT version, name FROM schema_migrations ORDER BY version"
    ).fetchall()
    assert recorded == [(m.version, m.name) for m in migrations.MIGRATIONS]


def test_migration_versions_are_numbered_one_by_one_from_one() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(
        range(1, len(migrations.MIGRATIONS) + 1)
    )


def test_a_vault_from_a_newer_intake_is_refused_and_left_unchanged(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    with Vault.open(vault_dir, secret(PASSPHRASE)) as opened:
        opened.connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = file_hashes(vault_dir)
    with pytest.raises(VaultTooNew, match="newer intake") as caught:
        Vault.open(vault_dir, secret(PASSPHRASE))
    assert "not modified" in caught.value.hint
    assert file_hashes(vault_dir) == before


def test_a_database_from_another_vault_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for path in (first, second):
        Vault.create(path, secret(PASSPHRASE), kdf=keys.test_profile())[0].close()
    (first / DB_FILE).write_bytes((second / DB_FILE).read_bytes())
    with pytest.raises(VaultCorrupt, match="cannot be decrypted"):
        Vault.open(first, secret(PASSPHRASE))


# -- verify and backup ---------------------------------------------------------------------


def test_verify_finds_no_problem_in_a_sound_vault(vault: Vault) -> None:
    assert vault.verify() == []


def _fill(vault: Vault, rows: int = 200) -> None:
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.executemany(
            "INSERT INTO notes VALUES (?)", [(f"fictional note {i} " * 40,) for i in range(rows)]
        )


def test_a_flipped_byte_in_a_middle_page_is_found_by_verify_or_refused_at_open(
    vault_dir: Path,
) -> None:
    created, _recovery = Vault.create(vault_dir, secret(PASSPHRASE), kdf=keys.test_profile())
    _fill(created)
    created.close()
    db = vault_dir / DB_FILE
    data = bytearray(db.read_bytes())
    data[len(data) // 2 + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    try:
        with Vault.open(vault_dir, secret(PASSPHRASE)) as opened:
            problems = opened.verify()
    except VaultCorrupt as error:
        problems = [error.message]
    assert problems, "a tampered page went unnoticed"
    assert bytes(data) == db.read_bytes()


def test_a_backup_opens_with_the_same_passphrase_and_holds_the_same_data(
    vault: Vault,
    tmp_path: Path,
) -> None:
    _fill(vault, rows=20)
    out = tmp_path / "backup"
    vault.backup(out)
    assert sorted(p.name for p in out.iterdir()) == sorted([DB_FILE, HEADER_FILE, "changes.json"])
    assert (out / HEADER_FILE).read_bytes() == (vault.path / HEADER_FILE).read_bytes()
    with Vault.open(out, secret(PASSPHRASE)) as copy:
        assert copy.verify() == []
        assert copy.connection.execute("SELECT count(*) FROM notes").fetchone() == (20,)


@pytest.mark.parametrize("where", ["non-empty directory", "inside the vault", "the vault itself"])
def test_a_backup_is_refused_where_it_would_overwrite_or_nest(
    vault: Vault,
    tmp_path: Path,
    where: str,
) -> None:
    if where == "non-empty directory":
        out = tmp_path / "busy"
        out.mkdir()
        (out / "keep.txt").write_text("someone's file")
    elif where == "inside the vault":
        out = vault.path / "backup"
    else:
        out = vault.path
    before = file_hashes(vault.path)
    with pytest.raises(VaultError, match=r"not empty|inside the vault"):
        vault.backup(out)
    assert file_hashes(vault.path) == before
    assert not (vault.path / "backup").exists()


def test_a_backup_into_a_folder_that_does_not_exist_is_refused_and_creates_nothing(
    vault: Vault,
    tmp_path: Path,
) -> None:
    missing = tmp_path / "unmounted-disk"
    with pytest.raises(VaultError, match="does not exist"):
        vault.backup(missing / "backups" / "monday")
    assert not missing.exists()
