"""The expanded registry's cache: each person's surface forms, inside the encrypted vault.

Expanding a name into every case form and Latin spelling is the slow part of building
a redaction engine. Each person's forms are kept here, compressed, under a digest of
what they were computed from (the person's names, gender and public mark, and the
expansion code's own fingerprint): a person added, edited or merged gets new forms on
the next build, and rows no current person needs are deleted (with ``secure_delete``
on, their pages are overwritten). The table lives in the SQLCipher database, so it is
encrypted like everything else; nothing of it is written anywhere else.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping

from intake.store.db import Connection, translate_errors

_TABLE = "CREATE TABLE IF NOT EXISTS form_cache (digest TEXT PRIMARY KEY, forms BLOB NOT NULL)"
MAX_FORMS_BYTES = 64 * 1024 * 1024  # a damaged row is rebuilt, never inflated without bound


def ensure(conn: Connection) -> None:
    """Create the table if this vault does not have it yet (in the caller's transaction)."""
    with translate_errors():
        conn.execute(_TABLE)


def exists(conn: Connection) -> bool:
    with translate_errors():
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'form_cache'"
        ).fetchone()
    return row is not None


def load(conn: Connection) -> dict[str, bytes]:
    """Every cached entry, digest -> uncompressed forms (unreadable entries are left out)."""
    if not exists(conn):
        return {}
    with translate_errors():
        rows = conn.execute("SELECT digest, forms FROM form_cache").fetchall()
    found: dict[str, bytes] = {}
    for digest, blob in rows:
        try:
            inflater = zlib.decompressobj()
            data = inflater.decompress(blob, MAX_FORMS_BYTES)
        except (zlib.error, TypeError):
            continue
        if not inflater.unconsumed_tail:
            found[digest] = data
    return found


def save(conn: Connection, entries: Mapping[str, bytes], keep: Iterable[str]) -> None:
    """Store ``entries`` and delete every entry whose digest is not in ``keep``."""
    ensure(conn)
    wanted = set(keep)
    with translate_errors():
        conn.executemany(
            "INSERT OR REPLACE INTO form_cache (digest, forms) VALUES (?, ?)",
            [(digest, zlib.compress(data)) for digest, data in entries.items()],
        )
        stale = [
            (digest,)
            for (digest,) in conn.execute("SELECT digest FROM form_cache").fetchall()
            if digest not in wanted
        ]
        conn.executemany("DELETE FROM form_cache WHERE digest = ?", stale)


def clear(conn: Connection) -> None:
    """Delete every cached entry and artefact (they are rebuilt when next needed)."""
    if exists(conn):
        with translate_errors():
            conn.execute("DELETE FROM form_cache")
            conn.execute(_COMPILED)
            conn.execute("DELETE FROM compiled_forms")


_COMPILED = (
    "CREATE TABLE IF NOT EXISTS compiled_forms"
    " (name TEXT PRIMARY KEY, digest TEXT NOT NULL, data BLOB NOT NULL)"
)


def load_compiled(conn: Connection, name: str, digest: str) -> bytes | None:
    """The compressed artefact ``name`` if it was made for ``digest``, else None."""
    with translate_errors():
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'compiled_forms'"
        ).fetchone()
        if found is None:
            return None
        row = conn.execute(
            "SELECT data FROM compiled_forms WHERE name = ? AND digest = ?", (name, digest)
        ).fetchone()
    return bytes(row[0]) if row is not None else None


def save_compiled(conn: Connection, name: str, digest: str, data: bytes) -> None:
    """Replace the artefact ``name`` (one is kept per name: the older one is deleted)."""
    with translate_errors():
        conn.execute(_COMPILED)
        conn.execute(
            "INSERT OR REPLACE INTO compiled_forms (name, digest, data) VALUES (?, ?, ?)",
            (name, digest, data),
        )
