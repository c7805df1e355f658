"""What was sent and received, as plain data for the front ends, and receipt confirmation."""

from __future__ import annotations

from typing import Any

from intake.errors import NotFound
from intake.models import now
from intake.store import handoff as store
from intake.store import merging
from intake.store.vault import Vault


def sent(vault: Vault) -> list[dict[str, Any]]:
    return [
        {
            "bundle_id": row.bundle_id,
            "at": row.at,
            "file": row.file_name,
            "bytes": row.bytes,
            "testimonies": list(row.testimonies),
            "deleted": row.deleted,
            "recipients": [
                {"contact": contact, "confirmed_at": confirmed}
                for contact, _receipt, confirmed in row.recipients
            ],
        }
        for row in store.sent(vault.connection)
    ]


def confirm(vault: Vault, code: str) -> tuple[str, str]:
    """Record the receipt code a recipient read back; return (bundle id, contact)."""
    with vault.transaction() as conn:
        found = store.confirm_receipt(conn, _normalised(code), now())
    if found is None:
        raise NotFound(
            "no bundle sent from this vault has that receipt code",
            "Check the digits with the recipient ('intake sent' lists what was sent).",
        )
    return found


def received(vault: Vault) -> list[dict[str, Any]]:
    return [
        {
            "bundle_id": row.bundle_id,
            "at": row.at,
            "sender": row.sender or None,
            "fingerprint": row.fingerprint,
            "receipt": row.receipt,
            "counts": row.counts,
        }
        for row in store.received(vault.connection)
    ]


def conflicts(vault: Vault) -> list[dict[str, Any]]:
    return merging.conflicts(vault.connection)


def resolve(vault: Vault, conflict_id: int) -> None:
    """Mark a conflict as dealt with (after a person compared both versions)."""
    with vault.transaction() as conn:
        done = merging.resolve_conflict(conn, conflict_id, now())
    if not done:
        raise NotFound(
            f"no open conflict number {conflict_id}", "List them with 'intake received'."
        )


def _normalised(code: str) -> str:
    """'12345-67890', '12345 67890' and '1234567890' are the same code."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return f"{digits[:5]}-{digits[5:]}" if len(digits) == 10 else code
