"""Sending: seal testimonies for named contacts into one bundle file.

The payload is built, signed and encrypted in memory; only the encrypted bytes
are written, to a temporary file in the target folder that is synced and then
renamed (a reader sees no file or the whole bundle). The file is read back and
compared byte for byte before anything is recorded or deleted. With
``then_delete`` the sent testimonies (and the people no remaining testimony
mentions) are then deleted in one transaction, leaving their text in no page of
the database (see :func:`intake.testimonies.delete`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from intake.errors import InputError, UsageError, VaultError
from intake.fsutil import atomic_write
from intake.handoff import bundle, contacts, identity, payload
from intake.handoff.mentions import mentioned
from intake.models import now
from intake.schemas_util import first_error
from intake.store import handoff as handoff_store
from intake.store import people as people_store
from intake.store import testimonies as testimony_store
from intake.store.db import Connection
from intake.store.vault import Vault


@dataclass(frozen=True)
class Sent:
    bundle_id: str
    path: Path
    bytes: int
    testimonies: tuple[str, ...]
    recipients: tuple[contacts.Contact, ...]
    deleted: bool


def send(
    vault: Vault, to: list[str], testimony_ids: list[str], out: Path, *, then_delete: bool = False
) -> Sent:
    if not to or not testimony_ids:
        raise UsageError("give at least one --to contact and one testimony id")
    _check_target(out)
    me = identity.ensure(vault)
    recipients = tuple(contacts.get(vault, name) for name in dict.fromkeys(to))
    ids = tuple(dict.fromkeys(testimony_ids))
    testimonies = [testimony_store.get(vault.connection, tid) for tid in ids]
    bundle_id, at = "b-" + secrets.token_hex(16), now()
    document = payload.build(
        vault.connection,
        testimonies,
        bundle_id=bundle_id,
        created_at=at,
        sender=me.card.text,
        recipients=[c.card.text for c in recipients],
    )
    if first_error(document, "bundle") is not None:  # a bug, never the user's input
        raise VaultError("the bundle could not be built in the expected format")
    raw = payload.encode(document)
    sealed = bundle.seal(raw, me, [c.card.age_recipient for c in recipients])
    _write_and_check(out, sealed)
    receipts = tuple(
        (c.name, bundle.receipt_code(bundle_id, c.card.text, raw), None) for c in recipients
    )
    row = handoff_store.SentRow(bundle_id, at, out.name, len(sealed), ids, then_delete, receipts)
    with vault.transaction() as conn:
        handoff_store.record_sent(conn, row, hashlib.sha256(sealed).hexdigest())
        if then_delete:
            _delete(conn, ids, {p["id"] for p in document["people"]})
    return Sent(bundle_id, out, len(sealed), ids, recipients, then_delete)


def _check_target(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise InputError(
            f"'{out}' already exists", "Choose a new file name; intake never overwrites a file."
        )
    if not out.parent.is_dir():
        raise InputError(
            f"the folder of '{out}' does not exist", "Create the folder first. Nothing was written."
        )


def _write_and_check(out: Path, sealed: bytes) -> None:
    try:
        atomic_write(out, sealed)
        written = out.read_bytes()
    except OSError as error:
        raise InputError(
            f"cannot write the bundle: {error.strerror}",
            "Check the folder and the free space. Nothing was deleted.",
        ) from None
    if written != sealed:
        raise VaultError(
            "the bundle read back differs from what was written (a failing disk?)",
            "Write it to another place. Nothing was recorded or deleted.",
        )


def _delete(conn: Connection, ids: tuple[str, ...], sent_people: set[str]) -> None:
    """Delete the sent testimonies, then the people sent with them that no remaining
    testimony links or names (their names would otherwise stay on this laptop)."""

    for tid in ids:
        testimony_store.delete(conn, tid)
    testimony_store.scrub_index(conn)
    everyone = people_store.all_people(conn)
    remaining = (testimony_store.get(conn, t.id) for t in testimony_store.listing(conn))
    still_needed = mentioned(everyone, remaining)
    for person in everyone:
        if person.id in sent_people and person.id not in still_needed:
            people_store.remove_merged(conn, person.id, person.pseudonym)
