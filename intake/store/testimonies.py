"""Testimonies in the vault: rows, person links, change history and the search index.

Only this module (with :mod:`people` and :mod:`search`) runs SQL on these tables.
Writers take the connection of an open ``vault.transaction()``; readers any
connection. The search index holds the normalised text (see
:mod:`intake.textsearch`) and no copy of the original.

The index is tuned for bulk import (a 16 MB pending-terms buffer, merges of 8
segments at a time), measured in ``bench/intake.py``. It keeps word positions
(``detail = full``): with ``detail = column`` a contentless index ranks every
match 0 under BM25.

Deleting a testimony leaves its text in no page of the database: the row goes
with ``secure_delete`` on (freed space is zeroed), the index entry with FTS5's
own ``secure-delete`` option, and the index is then rewritten by ``optimize``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from intake import documents, textsearch
from intake.errors import NotFound
from intake.models import ChangeEntry, Testimony
from intake.store.db import Connection, translate_errors

_COLUMNS = "num, id, title, status, transcript, summary, details, created_at, updated_at"
_SEARCHED = ("title", "summary", "transcript")


@dataclass(frozen=True)
class Listing:
    """One line of ``intake list``: no transcript, no summary."""

    id: str
    title: str
    status: str
    language: str
    created_at: str
    updated_at: str


def insert(conn: Connection, testimony: Testimony) -> None:
    """Store a new testimony (its id and times already set)."""
    with translate_errors():
        cursor = conn.execute(
            "INSERT INTO testimonies (id, title, status, language, transcript, summary, details,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                testimony.id,
                testimony.title,
                testimony.status.value,
                testimony.language,
                testimony.transcript,
                testimony.summary,
                _details(testimony),
                testimony.created_at,
                testimony.updated_at,
            ),
        )
        _index(conn, cursor.lastrowid, testimony)
        _write_links(conn, testimony)
        _write_history(conn, testimony, 0)


def update(conn: Connection, old: Testimony, new: Testimony) -> None:
    """Replace ``old`` by ``new`` (same id): row, links, new history, index if text changed."""
    with translate_errors():
        (num,) = conn.execute("SELECT num FROM testimonies WHERE id = ?", (new.id,)).fetchone()
        conn.execute(
            "UPDATE testimonies SET title = ?, status = ?, language = ?, transcript = ?,"
            " summary = ?, details = ?, updated_at = ? WHERE num = ?",
            (
                new.title,
                new.status.value,
                new.language,
                new.transcript,
                new.summary,
                _details(new),
                new.updated_at,
                num,
            ),
        )
        if any(getattr(old, f) != getattr(new, f) for f in _SEARCHED):
            conn.execute("DELETE FROM testimony_fts WHERE rowid = ?", (num,))
            _index(conn, num, new)
        if old.people() != new.people() or old.source != new.source:
            conn.execute("DELETE FROM testimony_people WHERE testimony_id = ?", (new.id,))
            _write_links(conn, new)
        _write_history(conn, new, len(old.history))


def delete(conn: Connection, testimony_id: str) -> None:
    """Remove a testimony, its links, history and index entry (inside a transaction)."""
    with translate_errors():
        row = conn.execute("SELECT num FROM testimonies WHERE id = ?", (testimony_id,)).fetchone()
        if row is None:
            raise _not_found(testimony_id)
        conn.execute("DELETE FROM testimony_fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM testimonies WHERE num = ?", (row[0],))


def scrub_index(conn: Connection) -> None:
    """After a delete, in the same transaction: rewrite the index so no old segment survives."""
    with translate_errors():
        conn.execute("INSERT INTO testimony_fts (testimony_fts) VALUES ('optimize')")


def get(conn: Connection, testimony_id: str) -> Testimony:
    with translate_errors():
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM testimonies WHERE id = ?",  # noqa: S608
            (testimony_id,),
        ).fetchone()
        if row is None:
            raise _not_found(testimony_id)
        history = conn.execute(
            "SELECT at, field, note FROM testimony_history WHERE testimony_id = ? ORDER BY seq",
            (testimony_id,),
        ).fetchall()
    return replace(_from_row(row), history=tuple(ChangeEntry(*h) for h in history))


def listing(conn: Connection) -> list[Listing]:
    with translate_errors():
        rows = conn.execute(
            "SELECT id, title, status, language, created_at, updated_at"
            " FROM testimonies ORDER BY created_at, num"
        ).fetchall()
    return [Listing(*row) for row in rows]


def ids_referring_to(conn: Connection, person_id: str) -> list[str]:
    with translate_errors():
        rows = conn.execute(
            "SELECT DISTINCT testimony_id FROM testimony_people"
            " WHERE person_id = ? ORDER BY testimony_id",
            (person_id,),
        ).fetchall()
    return [row[0] for row in rows]


def exists(conn: Connection, testimony_id: str) -> bool:
    with translate_errors():
        found = conn.execute("SELECT 1 FROM testimonies WHERE id = ?", (testimony_id,)).fetchone()
    return found is not None


def _not_found(testimony_id: str) -> NotFound:
    return NotFound(
        f"no testimony with id '{testimony_id}'", "List the testimonies with 'intake list'."
    )


def _details(t: Testimony) -> str:
    document = documents.testimony_to_document(t)
    kept = ("interview", "consent", "source", "subjects", "events", "quotes", "tags")
    return json.dumps({key: document[key] for key in kept}, ensure_ascii=False)


def _from_row(row: tuple[Any, ...]) -> Testimony:
    _num, tid, title, status, transcript, summary, details, created, updated = row
    document = {
        **json.loads(details),
        "id": tid,
        "title": title,
        "status": status,
        "transcript": transcript,
        "summary": summary,
        "created_at": created,
        "updated_at": updated,
    }
    document["quotes"] = [{"start": q["start"], "end": q["end"]} for q in document["quotes"]]
    return documents.testimony_from_document(document)


def _index(conn: Connection, num: int, t: Testimony) -> None:
    texts = (textsearch.normalise(getattr(t, name)) for name in _SEARCHED)
    conn.execute(
        "INSERT INTO testimony_fts (rowid, title, summary, transcript) VALUES (?, ?, ?, ?)",
        (num, *texts),
    )


def _write_links(conn: Connection, t: Testimony) -> None:
    links: set[tuple[str, str]] = {(p, "subject") for p in t.subjects}
    links |= {(v, "event") for e in t.events for v in e.victims}
    if t.source:
        links.add((t.source, "source"))
    conn.executemany(
        "INSERT INTO testimony_people (testimony_id, person_id, role) VALUES (?, ?, ?)",
        [(t.id, person, role) for person, role in sorted(links)],
    )


def _write_history(conn: Connection, t: Testimony, already: int) -> None:
    entries: Iterable[tuple[int, ChangeEntry]] = enumerate(t.history[already:], start=already)
    conn.executemany(
        "INSERT INTO testimony_history (testimony_id, seq, at, field, note) VALUES (?, ?, ?, ?, ?)",
        [(t.id, seq, e.at, e.field, e.note) for seq, e in entries],
    )
