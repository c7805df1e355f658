"""Data-key rotation: re-encrypt the database under a fresh random key, crash-safely.

What it protects: after a passphrase (or a copy of the header) may have leaked,
an old ``header.json`` with the old passphrase still unwraps the old data key.
Rotation makes that key useless: the database is exported with
``sqlcipher_export`` into ``vault.db.rekey`` under a new random key, verified,
and every slot is rewrapped around the new key.

Crash safety (SIGKILL at any moment): the single commit point is the atomic
rename of the new ``header.json``. Before it, the old header opens the old
database and the pending files are removed at the next open (the old key does not
decrypt them). After it, the next open finds that the header's key decrypts the
pending database and finishes the swap (rename ``vault.db.rekey`` and
``changes.json.rekey`` into place). Either the old vault with the old secrets or
the new vault with the new secrets opens; never a mix.

Limits: the old database's bytes stay on the disk until overwritten (flash wear
levelling may keep them longer); a backup made before still opens with the old
secrets.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from intake.errors import VaultCorrupt
from intake.fsutil import FILE_MODE, fsync_dir
from intake.store import counter
from intake.store.db import Connection, _raw_key, connect, integrity_problems, translate_errors
from intake.store.migrations import current_version

PENDING_DB = "vault.db.rekey"
PENDING_RECORD = "changes.json.rekey"
PENDING = (PENDING_DB, PENDING_DB + "-journal", PENDING_RECORD)


def remove_pending(directory: Path) -> None:
    for name in PENDING:
        with contextlib.suppress(FileNotFoundError):
            (directory / name).unlink()


def export(conn: Connection, directory: Path, new_key: bytearray, page_size: int) -> int:
    """Write the database re-encrypted under ``new_key`` to the pending file, verified and
    synced, with the change counter advanced; return the new counter."""
    target = directory / PENDING_DB
    remove_pending(directory)
    target.touch(mode=FILE_MODE, exist_ok=False)
    raw = _raw_key(new_key)
    try:
        with translate_errors():
            conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), raw))
    finally:
        raw[:] = bytes(len(raw))
    try:
        with translate_errors():
            conn.execute(f"PRAGMA rekeyed.cipher_page_size = {int(page_size)}")
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            # sqlcipher_export drops user_version and application_id: copy them.
            conn.execute(f"PRAGMA rekeyed.user_version = {current_version(conn)}")
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            conn.execute(f"PRAGMA rekeyed.application_id = {int(app_id)}")
            conn.execute(
                "UPDATE rekeyed.vault_meta SET value = CAST(value AS INTEGER) + 1 "
                "WHERE key = 'change_counter'"
            )
    finally:
        with translate_errors():
            conn.execute("DETACH DATABASE rekeyed")
    return _verified(target, new_key, page_size)


def _verified(target: Path, key: bytearray, page_size: int) -> int:
    check = connect(target, key, page_size)
    try:
        problems = integrity_problems(check)
        value = counter.db_counter(check)
    finally:
        check.close()
    if problems or value is None:
        raise VaultCorrupt(
            "the re-encrypted copy failed its check; nothing was changed",
            "Run 'intake verify'; the vault still opens with its current secrets.",
        )
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return value


def write_pending_record(directory: Path, vault_id: str, value: int, key: bytearray) -> None:
    counter.write_record(directory, vault_id, value, key, PENDING_RECORD)


def finish(directory: Path, data_key: bytearray, vault_id: str, page_size: int) -> None:
    """At open, with the key the current header unwrapped: complete a rotation whose header
    was committed, or drop one that was not."""
    pending_db = directory / PENDING_DB
    if pending_db.exists():
        if _opens(pending_db, data_key, page_size):
            pending_db.replace(directory / "vault.db")
            fsync_dir(directory)
        elif _opens(directory / "vault.db", data_key, page_size):
            remove_pending(directory)  # never committed: the header still has the old key
            return
        else:
            return  # neither opens: nothing is removed; opening reports the damage
    record = directory / PENDING_RECORD
    if record.exists():
        if _record_verifies(record, vault_id, data_key):
            record.replace(directory / counter.RECORD_FILE)
        else:
            record.unlink()
        fsync_dir(directory)


def _opens(path: Path, key: bytearray, page_size: int) -> bool:
    """True if ``key`` opens ``path`` as an initialised database. An empty file opens under
    any key (SQLite reads it as a new database): a rotation killed right after creating
    its pending file leaves one, and it must never take the vault's place."""
    if path.stat().st_size == 0:
        return False
    try:
        conn = connect(path, key, page_size)
    except VaultCorrupt:
        return False
    try:
        with translate_errors():
            return current_version(conn) > 0
    except VaultCorrupt:
        return False
    finally:
        conn.close()


def _record_verifies(record: Path, vault_id: str, key: bytearray) -> bool:
    try:
        counter.read_record(record.parent, vault_id, key, record.name)
    except VaultCorrupt:
        return False
    return True
