"""Contacts: other vaults' cards under a name chosen by this vault's user.

A contact is trusted on first use until ``verify`` records that its
fingerprint was compared with its owner (by voice, in person); every screen
that uses an unverified contact says so. Removing a contact keeps a record of
its card, so a bundle it signs afterwards is refused as from a removed contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.errors import InputError, NotFound
from intake.handoff import cards, identity
from intake.models import now
from intake.store import handoff as store
from intake.store.vault import Vault

MAX_NAME = 100
_NAME = re.compile(r"^[^\x00-\x1f\x7f]+$")


@dataclass(frozen=True)
class Contact:
    name: str
    card: cards.Card
    added_at: str
    verified_at: str | None

    @property
    def verified(self) -> bool:
        return self.verified_at is not None

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint


def add(vault: Vault, name: str, card_text: str) -> Contact:
    name = _clean(name)
    card = cards.parse(card_text)
    if card == identity.ensure(vault).card:
        raise InputError("that card is this vault's own", "Add the other person's card.")
    with vault.transaction() as conn:
        for other in store.contacts(conn):
            if other.name == name:
                raise InputError(
                    f"there is already a contact named '{name}'",
                    "Choose another name, or remove the old contact first.",
                )
            if other.card == card.text:
                raise InputError(
                    f"that card is already the contact '{other.name}'",
                    "A card can be added once; remove it first to rename it.",
                )
        store.add_contact(conn, name, card.text, now())
    return get(vault, name)


def all_contacts(vault: Vault) -> list[Contact]:
    return [_contact(row) for row in store.contacts(vault.connection)]


def get(vault: Vault, name: str) -> Contact:
    for contact in all_contacts(vault):
        if contact.name == name:
            return contact
    raise NotFound(f"no contact named '{name}'", "List contacts with 'intake contact list'.")


def verify(vault: Vault, name: str) -> Contact:
    """Record that the fingerprint was compared with the contact's owner."""
    get(vault, name)
    with vault.transaction() as conn:
        store.mark_contact(conn, name, "verified_at", now())
    return get(vault, name)


def remove(vault: Vault, name: str) -> None:
    get(vault, name)
    with vault.transaction() as conn:
        store.mark_contact(conn, name, "removed_at", now())


def _contact(row: store.ContactRow) -> Contact:
    return Contact(row.name, cards.parse(row.card), row.added_at, row.verified_at)


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or not _NAME.match(name):
        raise InputError(
            f"a contact name must have 1 to {MAX_NAME} printable characters",
            "Choose a short name, such as 'editor-anna'. Nothing was written.",
        )
    return name
