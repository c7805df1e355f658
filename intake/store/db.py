"""Opening the SQLCipher database: the only place that keys a connection.

Settings (each checked by tests and reported by ``intake audit``):
- the 256-bit data key is given raw (``x'..'``) through ``set_key`` with a
  bytearray, never through SQL text, so no copy of the hex key sits in a string;
- ``cipher_memory_security = ON`` (SQLCipher wipes and locks its buffers);
- ``cipher_log_level = NONE`` (no error lines on stderr on a wrong key);
- ``temp_store = MEMORY`` (no plaintext temporary files), ``secure_delete = ON``;
- rollback journal (``journal_mode = DELETE``), whose pages SQLCipher encrypts,
  with ``synchronous = FULL``: a committed write survives a killed process.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from intake.errors import VaultCorrupt, VaultError, VaultInUse

_HEX = b"0123456789abcdef"
Connection = Any  # sqlcipher3 ships no type information


def _raw_key(data_key: bytearray) -> bytearray:
    raw = bytearray(b"x'") + bytearray(2 * len(data_key)) + bytearray(b"'")
    for i, byte in enumerate(data_key):
        raw[2 + 2 * i] = _HEX[byte >> 4]
        raw[3 + 2 * i] = _HEX[byte & 15]
    return raw


def connect(path: Path, data_key: bytearray, page_size: int) -> Connection:
    """Open and key an existing database (never creates one); raise VaultCorrupt if it
    is missing or cannot be decrypted."""
    if not path.is_file():
        raise VaultCorrupt(
            "the vault's database file is missing",
            "Nothing was created. Restore the vault from a backup.",
        )
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        raw = _raw_key(data_key)
        try:
            conn.set_key(raw)
        finally:
            raw[:] = bytes(len(raw))
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
        with translate_errors():
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "temp_store = MEMORY",
            "secure_delete = ON",
            "journal_mode = DELETE",
            "synchronous = FULL",
            "foreign_keys = ON",
            "busy_timeout = 0",
        ):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLCipher's errors about damage and locks into errors a person understands.

    Constraint and programming errors are bugs and pass through unchanged; every
    other database error means the file could not be read as written.
    """
    try:
        yield
    except (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError, sqlcipher3.InterfaceError):
        raise
    except sqlcipher3.DatabaseError as error:
        raise _translated(str(error).lower()) from None


def _translated(text: str) -> VaultError:
    if "locked" in text or "busy" in text:
        return VaultInUse()
    if "full" in text:
        return VaultError(
            "the disk is full; the last change was rolled back", "Free some space and try again."
        )
    if "not a database" in text:
        return VaultCorrupt(
            "the vault's database cannot be decrypted: it is damaged, truncated or was "
            "replaced (the header's key does not open it)"
        )
    return VaultCorrupt(
        "the vault's database is damaged: a page failed its authentication or integrity check"
    )


def integrity_problems(conn: Connection) -> list[str]:
    """Run cipher_integrity_check (page HMACs) and integrity_check; return problems found."""
    problems: list[str] = []
    with translate_errors():
        for (row,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"cipher_integrity_check: {row}")
        rows = [row for (row,) in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems.extend(f"integrity_check: {row}" for row in rows)
    return problems
