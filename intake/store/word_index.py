"""The registry's word index: every registered form, findable by the start of its first word.

Each person's forms (keyed by their skeleton, with the person's readings) are cut into
chunks by the first four letters of each form's first word (of its first two words, if
it has more than one); a chunk is stored once
under a digest of its content (the forms of "Иван" are the same chunk for every Иван),
and a posting says that the person with this digest has that chunk under that prefix.
A command asks only for the postings of the prefixes of its text's words, so its cost
follows the text, not the registry. ``form_people`` lists the people indexed (their
public mark, their prefixes); a person's postings are added and deleted together, and
chunks no posting needs any more are deleted (with ``secure_delete`` on, their pages
are overwritten). The tables live in the SQLCipher database, encrypted like the rest.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from intake.errors import VaultCorrupt
from intake.store.db import Connection, translate_errors

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS form_people"
    " (person BLOB PRIMARY KEY, public INTEGER NOT NULL, prefixes TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS form_postings (prefix TEXT NOT NULL, person BLOB NOT NULL,"
    " chunk BLOB NOT NULL, PRIMARY KEY (prefix, person)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS form_chunks (chunk BLOB PRIMARY KEY, forms BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS form_generation"
    " (id INTEGER PRIMARY KEY CHECK (id = 1), deletions INTEGER NOT NULL)",
)
_CHUNK = 500  # bound parameters per query
MAX_CHUNK_BYTES = 16 * 1024 * 1024  # a damaged chunk is refused, never inflated without bound
_LEGACY = ("form_cache", "compiled_forms")  # earlier versions' caches of the same forms


def ensure(conn: Connection) -> None:
    """Create the tables if this vault does not have them yet (in the caller's transaction)."""
    with translate_errors():
        for statement in _SCHEMA:
            conn.execute(statement)


def exists(conn: Connection) -> bool:
    with translate_errors():
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'form_people'"
        ).fetchone()
    return row is not None


def people(conn: Connection) -> dict[bytes, bool]:
    """Every indexed person's digest, and whether the person is public."""
    if not exists(conn):
        return {}
    with translate_errors():
        rows = conn.execute("SELECT person, public FROM form_people").fetchall()
    return {bytes(person): bool(public) for person, public in rows}


def add(
    conn: Connection, person: bytes, public: bool, chunks: Mapping[str, tuple[bytes, bytes]]
) -> None:
    """Index one person: prefix -> (chunk digest, chunk content), in the caller's transaction."""
    ensure(conn)
    with translate_errors():
        conn.executemany(
            "INSERT OR IGNORE INTO form_chunks (chunk, forms) VALUES (?, ?)",
            [(digest, zlib.compress(data)) for digest, data in chunks.values()],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO form_postings (prefix, person, chunk) VALUES (?, ?, ?)",
            [(prefix, person, digest) for prefix, (digest, _) in chunks.items()],
        )
        conn.execute(
            "INSERT OR REPLACE INTO form_people (person, public, prefixes) VALUES (?, ?, ?)",
            (person, int(public), json.dumps(sorted(chunks), ensure_ascii=False)),
        )


def remove(conn: Connection, persons: Iterable[bytes]) -> None:
    """Delete the postings of these people, then every chunk no posting needs."""
    gone = list(persons)
    if not gone:
        return
    ensure(conn)
    with translate_errors():
        for person in gone:
            row = conn.execute(
                "SELECT prefixes FROM form_people WHERE person = ?", (person,)
            ).fetchone()
            prefixes = json.loads(row[0]) if row is not None else []
            conn.executemany(
                "DELETE FROM form_postings WHERE prefix = ? AND person = ?",
                [(prefix, person) for prefix in prefixes],
            )
            conn.execute("DELETE FROM form_people WHERE person = ?", (person,))
        conn.execute("DELETE FROM form_chunks WHERE chunk NOT IN (SELECT chunk FROM form_postings)")
        conn.execute(
            "INSERT INTO form_generation (id, deletions) VALUES (1, 1)"
            " ON CONFLICT (id) DO UPDATE SET deletions = deletions + 1"
        )


def generation(conn: Connection) -> int:
    """How many times people were deleted from the index (an engine made before the last
    deletion may read people who are no longer in it)."""
    with translate_errors():
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'form_generation'"
        ).fetchone()
        row = conn.execute("SELECT deletions FROM form_generation").fetchone() if found else None
    return int(row[0]) if row else 0


def postings(conn: Connection, prefixes: Sequence[str]) -> Iterator[tuple[str, bytes, bytes]]:
    """(prefix, person, chunk digest) of every posting under one of ``prefixes``."""
    for rows in _select(
        conn, "SELECT prefix, person, chunk FROM form_postings", "prefix", prefixes
    ):
        yield from ((p, bytes(person), bytes(chunk)) for p, person, chunk in rows)


def person_postings(conn: Connection, person: bytes) -> list[str]:
    with translate_errors():
        row = conn.execute(
            "SELECT prefixes FROM form_people WHERE person = ?", (person,)
        ).fetchone()
    return list(json.loads(row[0])) if row is not None else []


def chunks(conn: Connection, digests: Sequence[bytes]) -> dict[bytes, bytes]:
    """digest -> uncompressed content of each chunk asked for; a damaged chunk raises."""
    found: dict[bytes, bytes] = {}
    for rows in _select(conn, "SELECT chunk, forms FROM form_chunks", "chunk", digests):
        for digest, blob in rows:
            found[bytes(digest)] = _inflate(blob)
    return found


def all_prefixes(conn: Connection) -> list[str]:
    if not exists(conn):
        return []
    with translate_errors():
        return [p for (p,) in conn.execute("SELECT DISTINCT prefix FROM form_postings")]


def legacy(conn: Connection) -> bool:
    with translate_errors():
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table'"
            " AND name IN ('form_cache', 'compiled_forms')"
        ).fetchone()
    return row is not None


def drop_legacy(conn: Connection) -> None:
    """Drop the caches earlier versions kept (``secure_delete`` overwrites their pages)."""
    with translate_errors():
        for name in _LEGACY:
            conn.execute(f"DROP TABLE IF EXISTS {name}")


def _select(conn: Connection, query: str, column: str, values: Sequence[Any]) -> Iterator[Any]:
    if not values or not exists(conn):
        return
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        with translate_errors():
            yield conn.execute(f"{query} WHERE {column} IN ({marks})", tuple(chunk)).fetchall()


def _inflate(blob: bytes) -> bytes:
    try:
        inflater = zlib.decompressobj()
        data = inflater.decompress(blob, MAX_CHUNK_BYTES)
    except (zlib.error, TypeError):
        data = b""
    if not data or inflater.unconsumed_tail:
        raise VaultCorrupt(
            "the vault's index of registered names is damaged",
            "Run 'intake verify'; restore the vault from a backup if it reports damage.",
        )
    return data
