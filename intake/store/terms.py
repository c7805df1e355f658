"""Sensitive terms of the registry (a home village, a school, a call sign), in the vault.

They are one JSON list in ``vault_meta`` (encrypted like everything in the vault;
``secure_delete`` zeroes what a removal frees). A list needs no table of its own:
a vault holds tens of terms, not thousands.
"""

from __future__ import annotations

import json

from intake.store.db import Connection, translate_errors

TERMS_KEY = "registry.terms"


def all_terms(conn: Connection) -> list[tuple[str, str | None]]:
    """Every term as (text, label), in the order they were added."""
    with translate_errors():
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (TERMS_KEY,)).fetchone()
    if row is None:
        return []
    return [(item["text"], item.get("label")) for item in json.loads(row[0])]


def save_terms(conn: Connection, terms: list[tuple[str, str | None]]) -> None:
    """Replace the list (inside the caller's transaction)."""
    doc = [{"text": text, **({"label": label} if label else {})} for text, label in terms]
    with translate_errors():
        conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (TERMS_KEY, json.dumps(doc, ensure_ascii=False)),
        )
