"""Numbered schema migrations, each applied in one transaction and recorded in the vault.

``PRAGMA user_version`` holds the version reached; ``schema_migrations`` lists
each step with its time. A vault whose version is newer than this code knows is
refused before anything is written. Add a migration by appending to
``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from intake.errors import VaultTooNew
from intake.store.db import Connection, translate_errors


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "vault metadata", """
        CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        CREATE TABLE vault_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
    """),
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    with translate_errors():
        (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def check_not_newer(conn: Connection) -> None:
    if current_version(conn) > LATEST:
        raise VaultTooNew(f"this vault was written by a newer intake (schema {current_version(conn)}, "
                          f"this intake knows up to {LATEST})")


def migrate(conn: Connection) -> list[int]:
    """Apply pending migrations in order; return the versions applied."""
    check_not_newer(conn)
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= current_version(conn):
            continue
        _apply(conn, migration)
        applied.append(migration.version)
    return applied


def _apply(conn: Connection, migration: Migration) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    script = (
        "BEGIN IMMEDIATE;\n" + migration.sql + ";\n"
        f"INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name.replace(chr(39), '')}', '{now}');\n"
        f"PRAGMA user_version = {migration.version};\nCOMMIT;"
    )
    with translate_errors():
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
