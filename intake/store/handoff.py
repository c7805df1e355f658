"""SQL for sealed bundles: the vault's identity, contacts, bundles sent and received,
and the conflicts a receive leaves for a person to decide.

Writers take the connection of an open ``vault.transaction()``. Rows hold card
texts, ids, times and receipt codes; the only secrets are the identity's private
keys, which never leave the encrypted database except into memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake.store.db import Connection, translate_errors
from intake.store.reviews import StoredDecision


@dataclass(frozen=True)
class ContactRow:
    name: str
    card: str
    added_at: str
    verified_at: str | None
    removed_at: str | None


@dataclass(frozen=True)
class SentRow:
    bundle_id: str
    at: str
    file_name: str
    bytes: int
    testimonies: tuple[str, ...]
    deleted: bool
    recipients: tuple[tuple[str, str, str | None], ...]  # (contact, receipt, confirmed_at)


@dataclass(frozen=True)
class ReceivedRow:
    bundle_id: str
    at: str
    sender: str
    fingerprint: str
    receipt: str
    counts: dict[str, int]


def identity_secrets(conn: Connection) -> tuple[str, bytes] | None:
    with translate_errors():
        row = conn.execute("SELECT age_secret, sign_secret FROM handoff_identity").fetchone()
    return None if row is None else (str(row[0]), bytes(row[1]))


def store_identity(conn: Connection, age_secret: str, sign_secret: bytes, at: str) -> None:
    with translate_errors():
        conn.execute(
            "INSERT INTO handoff_identity (id, age_secret, sign_secret, created_at)"
            " VALUES (1, ?, ?, ?)",
            (age_secret, sign_secret, at),
        )


_CONTACT = "name, card, added_at, verified_at, removed_at"


def add_contact(conn: Connection, name: str, card: str, at: str) -> None:
    with translate_errors():
        conn.execute(
            "INSERT INTO contacts (name, card, added_at) VALUES (?, ?, ?)", (name, card, at)
        )


def contacts(conn: Connection, *, removed: bool = False) -> list[ContactRow]:
    where = "" if removed else " WHERE removed_at IS NULL"
    with translate_errors():
        rows = conn.execute(f"SELECT {_CONTACT} FROM contacts{where} ORDER BY name, id").fetchall()  # noqa: S608
    return [ContactRow(*row) for row in rows]


def contact_by_card(conn: Connection, card: str) -> ContactRow | None:
    """The active contact with this card, else the latest removed one, else None."""
    with translate_errors():
        row = conn.execute(
            f"SELECT {_CONTACT} FROM contacts WHERE card = ?"  # noqa: S608
            " ORDER BY removed_at IS NOT NULL, id DESC LIMIT 1",
            (card,),
        ).fetchone()
    return None if row is None else ContactRow(*row)


def mark_contact(conn: Connection, name: str, column: str, at: str) -> bool:
    """Set ``verified_at`` or ``removed_at`` of the active contact ``name``."""
    assert column in ("verified_at", "removed_at")  # noqa: S101 (fixed column names only)
    with translate_errors():
        cursor = conn.execute(
            f"UPDATE contacts SET {column} = ? WHERE name = ? AND removed_at IS NULL",  # noqa: S608
            (at, name),
        )
    return bool(cursor.rowcount == 1)


def record_sent(conn: Connection, row: SentRow, sha256: str) -> None:
    with translate_errors():
        conn.execute(
            "INSERT INTO bundles_sent (bundle_id, at, file_name, bytes, sha256, testimonies,"
            " deleted) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.bundle_id,
                row.at,
                row.file_name,
                row.bytes,
                sha256,
                json.dumps(list(row.testimonies)),
                int(row.deleted),
            ),
        )
        conn.executemany(
            "INSERT INTO bundle_recipients (bundle_id, contact, receipt) VALUES (?, ?, ?)",
            [(row.bundle_id, contact, receipt) for contact, receipt, _ in row.recipients],
        )


def sent(conn: Connection) -> list[SentRow]:
    with translate_errors():
        rows = conn.execute(
            "SELECT bundle_id, at, file_name, bytes, testimonies, deleted FROM bundles_sent"
            " ORDER BY at, bundle_id"
        ).fetchall()
        recipients = conn.execute(
            "SELECT bundle_id, contact, receipt, confirmed_at FROM bundle_recipients"
            " ORDER BY contact"
        ).fetchall()
    by_bundle: dict[str, list[tuple[str, str, str | None]]] = {}
    for bundle_id, contact, receipt, confirmed in recipients:
        by_bundle.setdefault(bundle_id, []).append((contact, receipt, confirmed))
    return [
        SentRow(b, at, name, size, tuple(json.loads(ids)), bool(d), tuple(by_bundle.get(b, ())))
        for b, at, name, size, ids, d in rows
    ]


def confirm_receipt(conn: Connection, receipt: str, at: str) -> tuple[str, str] | None:
    """Mark the recipient whose receipt code this is; return (bundle id, contact)."""
    with translate_errors():
        row = conn.execute(
            "SELECT bundle_id, contact FROM bundle_recipients WHERE receipt = ?", (receipt,)
        ).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE bundle_recipients SET confirmed_at = coalesce(confirmed_at, ?)"
                " WHERE bundle_id = ? AND contact = ?",
                (at, row[0], row[1]),
            )
    return None if row is None else (str(row[0]), str(row[1]))


def record_received(conn: Connection, row: ReceivedRow) -> None:
    with translate_errors():
        conn.execute(
            "INSERT INTO bundles_received (bundle_id, at, sender, fingerprint, receipt, counts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                row.bundle_id,
                row.at,
                row.sender,
                row.fingerprint,
                row.receipt,
                json.dumps(row.counts, sort_keys=True),
            ),
        )


def received(conn: Connection, bundle_id: str | None = None) -> list[ReceivedRow]:
    with translate_errors():
        rows = conn.execute(
            "SELECT bundle_id, at, sender, fingerprint, receipt, counts FROM bundles_received"
            " WHERE ? IS NULL OR bundle_id = ? ORDER BY at, bundle_id",
            (bundle_id, bundle_id),
        ).fetchall()
    return [ReceivedRow(row[0], row[1], row[2], row[3], row[4], json.loads(row[5])) for row in rows]


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
