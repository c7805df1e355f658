"""At rest, a vault is ciphertext: no marker text in any file, private modes, SQLCipher settings.

The markers stand in for testimony text. They are searched for in the raw bytes
of every file intake could have written (the vault directory and the temporary
directory, journals included) in UTF-8 and UTF-16, while a transaction is open
and after the vault is closed.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake import keys
from intake.store.vault import DB_FILE, HEADER_FILE, Vault
from tests.conftest import PASSPHRASE, run_intake

pytestmark = pytest.mark.security

MARKERS = (
    "ZEBRA-MARKER-7f3a91",
    "фиктивный-маркер-Жёлтый",
    "fictional witness Quillon Ardwick",
)
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def needles() -> list[bytes]:
    return [marker.encode(encoding) for marker in MARKERS for encoding in ENCODINGS]


def all_files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        yield from (p for p in root.rglob("*") if p.is_file())


def hits(*roots: Path) -> list[str]:
    """Every (file, marker) pair where a marker appears in a file's raw bytes."""
    found = []
    for path in all_files(*roots):
        data = path.read_bytes()
        found += [f"{path.name}: {needle!r}" for needle in needles() if needle in data]
    return found


def _insert_markers(conn: Any, copies: int = 40) -> None:
    body = " ".join(MARKERS) * 20  # several KB per row
    conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS notes_body ON notes (body)")
    conn.executemany(
        "INSERT INTO notes (body) VALUES (?)", [(f"{i} {body}",) for i in range(copies)]
    )
    conn.execute("INSERT OR REPLACE INTO vault_meta VALUES ('note', ?)", (MARKERS[1],))


def test_the_marker_search_finds_markers_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE vault_meta (key TEXT, value TEXT)")
    _insert_markers(plain, copies=1)
    plain.commit()
    plain.close()
    assert len(hits(tmp_path)) >= len(MARKERS), "the search itself must be able to see plaintext"


def test_no_marker_reaches_any_file_during_or_after_a_transaction(
    vault_dir: Path,
    isolated_env: Path,
) -> None:
    opened, _recovery = Vault.create(
        vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile()
    )
    with opened.transaction() as conn:
        _insert_markers(conn)
        conn.execute("PRAGMA cache_size = 10")  # small cache: pages spill to disk mid-transaction
        _insert_markers(conn)
        assert (vault_dir / f"{DB_FILE}-journal").is_file()  # the journal is searched too
        assert hits(vault_dir, isolated_env) == []
    with opened.transaction() as conn:  # an update and a delete leave old pages behind
        conn.execute("UPDATE notes SET body = 'replaced' WHERE id % 2 = 0")
        conn.execute("DELETE FROM notes WHERE id % 3 = 0")
        assert hits(vault_dir, isolated_env) == []
    assert (
        (
            opened.connection.execute(
                "SELECT count(*) FROM notes WHERE body LIKE ?", (f"%{MARKERS[0]}%",)
            ).fetchone()[0]
        )
        > 0
    )
    opened.close()
    assert (vault_dir / DB_FILE).stat().st_size > 100_000
    assert hits(vault_dir, isolated_env) == []


def test_vault_files_are_0600_and_the_directory_0700_whatever_the_umask(
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    import os

    previous = os.umask(0)
    try:
        opened, _recovery = Vault.create(
            vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile()
        )
        with opened.transaction() as conn:
            _insert_markers(conn)
        opened.change_passphrase(bytearray(b"a second fictional passphrase"))
        opened.backup(tmp_path / "backup")
        opened.close()
    finally:
        os.umask(previous)
    for directory in (vault_dir, tmp_path / "backup"):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
        for path in all_files(directory):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_sqlcipher_runs_with_memory_security_memory_temp_store_and_no_logging(
    vault: Vault,
) -> None:
    def pragma(name: str) -> object:
        return vault.connection.execute(f"PRAGMA {name}").fetchone()[0]

    assert str(pragma("cipher_memory_security")) == "1"
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("cipher_log_level") == "NONE"
    assert pragma("secure_delete") == 1
    assert pragma("journal_mode") == "delete"
    assert pragma("cipher_hmac_algorithm") == "HMAC_SHA512"
    assert str(pragma("cipher_version")).startswith("4.")


def test_a_wrong_passphrase_prints_only_intakes_two_lines(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    done = run_intake(
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        "-",
        "verify",
        stdin=b"not the passphrase at all\n",
    )
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert lines[0] == "intake: error: wrong passphrase (or not an intake vault)"
    assert len(lines) == 2 and lines[1].startswith("hint: ")
    assert done.stdout == b""


def test_a_database_opened_with_the_wrong_data_key_logs_nothing_to_stderr(
    made_vault: tuple[Path, str],
    capfd: pytest.CaptureFixture[str],
) -> None:
    from intake.errors import VaultCorrupt
    from intake.store.db import connect

    vault_dir, _recovery = made_vault
    capfd.readouterr()
    with pytest.raises(VaultCorrupt):
        connect(vault_dir / DB_FILE, keys.new_data_key(), 4096)
    assert capfd.readouterr().err == ""


def test_plain_sqlite_cannot_read_the_database(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    plain = sqlite3.connect(f"file:{vault_dir / DB_FILE}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        plain.close()


def test_the_database_does_not_start_with_the_sqlite_magic(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    assert (vault_dir / DB_FILE).read_bytes()[:16] != b"SQLite format 3\x00"


def test_the_header_reveals_no_marker_and_no_key(vault: Vault) -> None:
    with vault.transaction() as conn:
        _insert_markers(conn, copies=1)
    text = (vault.path / HEADER_FILE).read_bytes()
    assert not [needle for needle in needles() if needle in text]
    assert vault._data_key.hex().encode() not in text
    assert bytes(vault._data_key) not in text
