"""Full-text search over titles, summaries and transcripts, inside the encrypted database.

The query is normalised like the index (see :mod:`intake.textsearch`); FTS5
ranks with BM25, a title match weighing most. Snippets are cut from the
original text of the few best results only.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake import textsearch
from intake.errors import InputError
from intake.store.db import Connection, translate_errors

DEFAULT_LIMIT = 10
# Column weights: title, summary, transcript. Spelled out rather than a 'rank' setting:
# measured faster, and the weights are visible where they are used.
_BM25 = "bm25(testimony_fts, 5.0, 2.0, 1.0)"


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    status: str
    score: float  # higher is better
    field: str  # where the snippet comes from
    snippet: str


def search(conn: Connection, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    expression = textsearch.fts_query(query)
    if expression is None:
        raise InputError("the search query has no words", "Search for a word, e.g. a name.")
    with translate_errors():
        ranked = conn.execute(
            f"SELECT rowid, {_BM25} FROM testimony_fts WHERE testimony_fts MATCH ?"  # noqa: S608
            f" ORDER BY {_BM25} LIMIT ?",
            (expression, limit),
        ).fetchall()
        hits = [_hit(conn, num, rank, query) for num, rank in ranked]
    return [hit for hit in hits if hit is not None]


def _hit(conn: Connection, num: int, rank: float, query: str) -> Hit | None:
    row = conn.execute(
        "SELECT id, title, status, summary, transcript FROM testimonies WHERE num = ?", (num,)
    ).fetchone()
    if row is None:
        return None
    tid, title, status, summary, transcript = row
    found = textsearch.snippet(
        {"title": title, "summary": summary, "transcript": transcript}, query
    )
    text, field = (found.text, found.field) if found else (transcript[:80], "transcript")
    return Hit(tid, title, status, -rank, field, text)
