"""SQL for sealed bundles: the vault's identity, contacts, bundles sent and received
(what a receive writes besides testimonies is in :mod:`intake.store.merging`).

Writers take the connection of an open ``vault.transaction()``. Rows hold card
texts, ids, times and receipt codes; the only secrets are the identity's private
keys, which never leave the encrypted database except into memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from intake.store.db import Connection, translate_errors


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
