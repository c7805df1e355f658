"""SQL for what a receive writes besides testimonies: each received testimony's origin,
re-keyed review decisions, conflicts left for a person to decide; and which people's
pseudonyms an export has published. Writers take an open transaction's connection.
"""

from __future__ import annotations

import json
from typing import Any

from intake.store.db import Connection, translate_errors
from intake.store.reviews import StoredDecision


def origin(conn: Connection, testimony_id: str) -> str | None:
    """The card of the vault that sent this testimony, or None if it was made here."""
    with translate_errors():
        row = conn.execute(
            "SELECT sender FROM testimony_origins WHERE testimony_id = ?", (testimony_id,)
        ).fetchone()
    return None if row is None else str(row[0])


def set_origin(conn: Connection, testimony_id: str, sender: str) -> None:
    with translate_errors():
        conn.execute(
            "INSERT OR REPLACE INTO testimony_origins (testimony_id, sender) VALUES (?, ?)",
            (testimony_id, sender),
        )


def add_decisions(conn: Connection, rows: list[tuple[str, StoredDecision]]) -> None:
    """Insert review decisions of received testimonies in one statement (ignoring a key
    already there): JSON through ``json_each`` costs SQLCipher far fewer allocations than
    one bound row at a time, which dominated the time to receive a large bundle."""
    values = [
        (tid, k.field, k.start, k.end, k.kind, k.digest, d.action, d.replacement, d.decided_at)
        for tid, d in rows
        for k in (d.key,)
    ]
    values.sort(key=lambda v: v[:6])  # in key order: appends to the table's b-tree
    with translate_errors():
        conn.execute(
            "INSERT OR IGNORE INTO review_decisions (testimony_id, field, span_start, span_end,"
            " kind, digest, action, replacement, decided_at) SELECT value ->> 0, value ->> 1,"
            " value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,"
            " value ->> 8 FROM json_each(?)",
            (json.dumps(values, ensure_ascii=False),),
        )


def add_conflict(
    conn: Connection, at: str, bundle_id: str, *, kind: str, subject: str, note: str
) -> None:
    with translate_errors():
        conn.execute(
            "INSERT INTO handoff_conflicts (at, bundle_id, kind, subject, note)"
            " VALUES (?, ?, ?, ?, ?)",
            (at, bundle_id, kind, subject, note),
        )


def conflicts(conn: Connection) -> list[dict[str, Any]]:
    """Conflicts not yet resolved, oldest first."""
    with translate_errors():
        rows = conn.execute(
            "SELECT id, at, bundle_id, kind, subject, note FROM handoff_conflicts"
            " WHERE resolved_at IS NULL ORDER BY id"
        ).fetchall()
    keys = ("id", "at", "bundle_id", "kind", "subject", "note")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def resolve_conflict(conn: Connection, conflict_id: int, at: str) -> bool:
    with translate_errors():
        cursor = conn.execute(
            "UPDATE handoff_conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
            (at, conflict_id),
        )
    return bool(cursor.rowcount == 1)


def published_people(conn: Connection) -> set[str]:
    """Ids of people referred to by a testimony some export put out: their pseudonym has
    been published. Received bundles, also in the export log, do not count."""
    with translate_errors():
        rows = conn.execute(
            "SELECT testimonies FROM export_log WHERE format != 'received bundle'"
        ).fetchall()
        exported = sorted({tid for (ids,) in rows for tid in json.loads(ids)})
        found: set[str] = set()
        for tid in exported:
            found |= {
                row[0]
                for row in conn.execute(
                    "SELECT person_id FROM testimony_people WHERE testimony_id = ?", (tid,)
                ).fetchall()
            }
    return found
