"""Review decisions in the vault: one row per decided finding.

A decision is keyed by the testimony, the field, the span, the finding's kind
and a keyed digest of the text the span covered when it was decided. The
original text itself is never stored here: an edit that moves or changes the
text makes the key miss, so the decision goes stale and the finding comes back
undecided. The digest key (``review_key``) is random per vault and lives only
inside the encrypted database; without it a digest cannot be checked against
a guessed name.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from intake.errors import VaultCorrupt
from intake.store.db import Connection, translate_errors

ACTIONS = ("redact", "keep", "replace")


@dataclass(frozen=True)
class DecisionKey:
    """Where a decided finding was, what kind it was, and a digest of its text."""

    field: str
    start: int
    end: int
    kind: str
    digest: str


@dataclass(frozen=True)
class StoredDecision:
    key: DecisionKey
    action: str  # one of ACTIONS
    replacement: str | None
    decided_at: str


def review_key(conn: Connection) -> bytes:
    """The vault's secret for decision digests (made by the migration)."""
    with translate_errors():
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'review_key'").fetchone()
    if row is None:
        raise VaultCorrupt("the vault has no review key: its database is incomplete")
    return bytes.fromhex(row[0])


def digest(key: bytes, text: str) -> str:
    """A keyed digest of a finding's original text (HMAC-SHA256, 128 bits shown)."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def load(conn: Connection, testimony_id: str) -> dict[DecisionKey, StoredDecision]:
    with translate_errors():
        rows = conn.execute(
            "SELECT field, span_start, span_end, kind, digest, action, replacement, decided_at"
            " FROM review_decisions WHERE testimony_id = ?",
            (testimony_id,),
        ).fetchall()
    decisions = (StoredDecision(DecisionKey(*row[:5]), row[5], row[6], row[7]) for row in rows)
    return {d.key: d for d in decisions}


def save(conn: Connection, testimony_id: str, decisions: Iterable[StoredDecision]) -> None:
    """Insert or replace decisions (inside a transaction)."""
    with translate_errors():
        conn.executemany(
            "INSERT OR REPLACE INTO review_decisions (testimony_id, field, span_start, span_end,"
            " kind, digest, action, replacement, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    testimony_id,
                    d.key.field,
                    d.key.start,
                    d.key.end,
                    d.key.kind,
                    d.key.digest,
                    d.action,
                    d.replacement,
                    d.decided_at,
                )
                for d in decisions
            ],
        )


def prune(conn: Connection, testimony_id: str, live: Iterable[DecisionKey]) -> int:
    """Delete the testimony's decisions whose key is not in ``live`` (stale ones)."""
    keep = set(live)
    stale = [k for k in load(conn, testimony_id) if k not in keep]
    with translate_errors():
        conn.executemany(
            "DELETE FROM review_decisions WHERE testimony_id = ? AND field = ? AND span_start = ?"
            " AND span_end = ? AND kind = ? AND digest = ?",
            [(testimony_id, k.field, k.start, k.end, k.kind, k.digest) for k in stale],
        )
    return len(stale)
