"""Read-only questions the audit asks SQLCipher: versions, cipher settings, integrity, counts.

Nothing here reads testimony text, names or any other row content: the audit
only learns settings, versions, problem counts and numbers of rows. The library
versions come from a throwaway keyed ``:memory:`` connection, which never
creates a file.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import sqlcipher3

from intake.store.db import Connection, translate_errors

# Tables whose rows the audit counts when they exist (other features create them).
COUNTED_TABLES = ("testimonies", "people", "exports", "export_log")


@dataclass(frozen=True)
class LibraryVersions:
    sqlcipher: str
    sqlite: str
    provider: str
    provider_version: str


def _one(conn: Connection, sql: str) -> str:
    row = conn.execute(sql).fetchone()
    return "" if row is None or row[0] is None else str(row[0])


def library_versions() -> LibraryVersions:
    """Versions of the SQLCipher library this process runs, read on a keyed in-memory database."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # SQLCipher reports its crypto provider only once a key is set; any random key will do.
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        return LibraryVersions(
            sqlcipher=_one(conn, "PRAGMA cipher_version"),
            sqlite=_one(conn, "SELECT sqlite_version()"),
            provider=_one(conn, "PRAGMA cipher_provider"),
            provider_version=_one(conn, "PRAGMA cipher_provider_version"),
        )
    finally:
        conn.close()


def cipher_settings(conn: Connection) -> list[str]:
    """The ``PRAGMA cipher_settings`` lines, e.g. 'PRAGMA cipher_page_size = 4096;'."""
    with translate_errors():
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_settings").fetchall()]


def pragma(conn: Connection, name: str) -> str:
    """The first value of ``PRAGMA name`` ('' when it returns nothing). ``name`` is a constant."""
    with translate_errors():
        return _one(conn, f"PRAGMA {name}")


def checkpoint(conn: Connection) -> None:
    """Checkpoint a WAL (a no-op in rollback-journal mode) so integrity checks see every page."""
    with translate_errors():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def migration_versions(conn: Connection) -> tuple[int, list[int]]:
    """(PRAGMA user_version, versions recorded in schema_migrations in order)."""
    with translate_errors():
        user_version = int(_one(conn, "PRAGMA user_version") or 0)
        if not existing_tables(conn, ("schema_migrations",)):
            return user_version, []
        rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    return user_version, [int(row[0]) for row in rows]


def existing_tables(conn: Connection, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` exist as tables, in the order given."""
    with translate_errors():
        found = {
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).fetchall()
        }
    return [name for name in names if name in found]


def row_counts(conn: Connection) -> dict[str, int]:
    """Number of rows in each of COUNTED_TABLES that exists, in that order."""
    counts: dict[str, int] = {}
    with translate_errors():
        for name in existing_tables(conn, COUNTED_TABLES):
            # ``name`` comes from the constant COUNTED_TABLES, never from input.
            counts[name] = int(_one(conn, f'SELECT count(*) FROM "{name}"'))  # noqa: S608
    return counts


def check_rows(conn: Connection, name: str) -> list[str]:
    """The rows a checking pragma returns (``cipher_integrity_check``, ``integrity_check``)."""
    with translate_errors():
        return [str(row[0]) for row in conn.execute(f"PRAGMA {name}").fetchall()]
