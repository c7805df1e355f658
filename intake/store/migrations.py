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
from intake.store.handoff_schema import HANDOFF_SQL


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


# Self-contained (its SQL lives in handoff_schema.py) so it can take another number.
HANDOFF_MIGRATION = Migration(4, "identity, contacts and sealed bundles", HANDOFF_SQL)

# Listing reads only this index: the table's later columns sit after the transcript, so
# reading them from the table would walk every transcript's overflow pages. Also
# self-contained, so it can take another number.
LISTING_MIGRATION = Migration(
    5,
    "an index that answers the testimony listing alone",
    """
    CREATE INDEX testimonies_listing
        ON testimonies (created_at, num, id, title, status, language, updated_at);
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "vault metadata",
        """
        CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        CREATE TABLE vault_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
    """,
    ),
    Migration(
        2,
        "testimonies, people, links, change history, search index",
        """
        CREATE TABLE people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            gender TEXT CHECK (gender IN ('m', 'f')),
            role TEXT NOT NULL DEFAULT '',
            public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
            pseudonym TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE retired_pseudonyms (pseudonym TEXT PRIMARY KEY);
        CREATE TABLE testimonies (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('draft', 'reviewed', 'approved', 'published')),
            language TEXT NOT NULL,
            transcript TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE testimony_people (
            testimony_id TEXT NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id),
            role TEXT NOT NULL CHECK (role IN ('source', 'subject', 'event')),
            PRIMARY KEY (testimony_id, person_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX testimony_people_by_person ON testimony_people (person_id);
        CREATE TABLE testimony_history (
            testimony_id TEXT NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (testimony_id, seq)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE testimony_fts USING fts5 (
            title, summary, transcript,
            content = '', contentless_delete = 1,
            tokenize = 'porter unicode61 remove_diacritics 0'
        );
        INSERT INTO testimony_fts (testimony_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO testimony_fts (testimony_fts, rank) VALUES ('hashsize', 16777216);
        INSERT INTO testimony_fts (testimony_fts, rank) VALUES ('automerge', 8);
    """,
    ),
    Migration(
        3,
        "review decisions and the export log",
        """
        CREATE TABLE review_decisions (
            testimony_id TEXT NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            digest TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('redact', 'keep', 'replace')),
            replacement TEXT,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (testimony_id, field, span_start, span_end, kind, digest)
        ) WITHOUT ROWID;
        CREATE TABLE export_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            format TEXT NOT NULL,
            with_transcript INTEGER NOT NULL CHECK (with_transcript IN (0, 1)),
            policy_version TEXT NOT NULL,
            files TEXT NOT NULL,
            testimonies TEXT NOT NULL,
            counts TEXT NOT NULL
        );
        INSERT INTO vault_meta (key, value) VALUES ('review_key', lower(hex(randomblob(32))));
    """,
    ),
    HANDOFF_MIGRATION,
    LISTING_MIGRATION,
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    with translate_errors():
        (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def check_not_newer(conn: Connection) -> None:
    version = current_version(conn)
    if version > LATEST:
        raise VaultTooNew(
            f"this vault was written by a newer intake (schema {version}, "
            f"this intake knows up to {LATEST})"
        )


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
