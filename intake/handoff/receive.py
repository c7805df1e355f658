"""Receiving: decrypt, verify the sender, validate, then import in one transaction.

Nothing is written unless every check passes: the bundle is addressed to this
vault (age decryption with its identity, and its card named among the signed
recipients), every byte verifies, the format is one this intake reads, the
signer is an active contact (or the user accepted an unknown sender after
comparing the fingerprint shown) and the payload follows the schema. The
import is then one transaction, so a crash leaves the vault as it was.

Receiving the same bundle twice changes nothing. People are merged by
:mod:`intake.handoff.merge`, testimonies and decisions imported by
:mod:`intake.handoff.importing`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import BundleRefused
from intake.handoff import bundle, cards, identity, importing, payload
from intake.handoff.merge import Merger, same_name_pairs
from intake.models import Person, now
from intake.store import exports, merging
from intake.store import handoff as store
from intake.store.db import Connection
from intake.store.vault import Vault


@dataclass(frozen=True)
class Incoming:
    """A bundle that passed every check, not yet imported."""

    document: dict[str, Any]
    signer: cards.Card
    sender: str | None  # the contact's name; None for an accepted unknown sender
    verified: bool
    receipt: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    sender: str | None
    fingerprint: str
    verified: bool
    code: str
    counts: dict[str, int]
    already: bool


def read(path: Path) -> bytes:
    """The bundle file's bytes, refusing an absurd size before reading it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(bundle.MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise BundleRefused(
            f"cannot read the bundle: {error.strerror}", "Check the path."
        ) from None
    if len(data) > bundle.MAX_BUNDLE_BYTES:
        raise BundleRefused(
            f"the file is larger than a bundle may be ({bundle.MAX_BUNDLE_BYTES // 2**20} MiB)"
        )
    return data


def open_bundle(vault: Vault, data: bytes, *, from_unknown: bool = False) -> Incoming:
    me = identity.ensure(vault)
    opened = bundle.open_sealed(data, me)
    sender, verified = _sender(vault.connection, opened.signer, from_unknown)
    document = payload.decode(opened.payload)
    if document["sender"] != opened.signer.text:
        raise BundleRefused("this bundle names another sender than the one who signed it")
    if me.card.text not in document["recipients"]:
        raise BundleRefused(
            "this bundle was sealed for other vaults and passed on to this one",
            "Ask the sender to send it to you directly. Nothing was imported.",
        )
    code = bundle.receipt_code(document["bundle_id"], me.card.text, opened.payload)
    digest = hashlib.sha256(data).hexdigest()
    return Incoming(document, opened.signer, sender, verified, code, digest, len(data))


def same_name_pairs_of(vault: Vault, incoming: Incoming) -> list[tuple[Person, Person]]:
    """People in the bundle whose name matches someone here under another id: to ask."""
    return same_name_pairs(vault.connection, incoming.document["people"])


def import_bundle(
    vault: Vault, incoming: Incoming, *, file_name: str, same: set[str] | None = None
) -> Receipt:
    """Import in one transaction; ``same`` holds incoming person ids the user matched."""
    doc = incoming.document
    if store.received(vault.connection, doc["bundle_id"]):
        return _receipt(incoming, {}, already=True)
    at = now()
    with vault.transaction() as conn:
        merger = Merger(conn, doc["bundle_id"], at, same or set())
        merger.apply(doc["people"])
        counts = merger.counts + importing.testimonies(conn, doc, merger.ids, at)
        counts["conflicts"] = sum(
            c["bundle_id"] == doc["bundle_id"] for c in merging.conflicts(conn)
        )
        counts = +counts  # drop zero counts
        entry = exports.ExportEntry(
            at=at,
            format="received bundle",
            with_transcript=True,
            policy_version="-",
            files=({"path": file_name, "sha256": incoming.sha256, "bytes": incoming.size},),
            testimonies=tuple(t["id"] for t in doc["testimonies"]),
            counts=dict(counts),
        )
        exports.record(conn, entry)
        store.record_received(
            conn,
            store.ReceivedRow(
                doc["bundle_id"],
                at,
                incoming.sender or "",
                incoming.signer.fingerprint,
                incoming.receipt,
                dict(counts),
            ),
        )
    return _receipt(incoming, dict(counts), already=False)


def _sender(conn: Connection, signer: cards.Card, from_unknown: bool) -> tuple[str | None, bool]:
    contact = store.contact_by_card(conn, signer.text)
    if contact is not None and contact.removed_at is not None:
        raise BundleRefused(
            f"this bundle is signed by '{contact.name}', a contact removed on "
            f"{contact.removed_at[:10]}",
            "If that person's new laptop or card is genuine, add and verify it again. "
            "Nothing was imported.",
        )
    if contact is not None:
        return contact.name, contact.verified_at is not None
    if not from_unknown:
        raise BundleRefused(
            f"this bundle is signed by a card that is not among your contacts "
            f"(fingerprint {signer.fingerprint})",
            "Compare that fingerprint with the sender by voice, then add their card with "
            "'intake contact add' or receive with --from-unknown. Nothing was imported.",
        )
    return None, False


def _receipt(incoming: Incoming, counts: dict[str, int], *, already: bool) -> Receipt:
    return Receipt(
        incoming.document["bundle_id"],
        incoming.sender,
        incoming.signer.fingerprint,
        incoming.verified,
        incoming.receipt,
        counts,
        already,
    )
