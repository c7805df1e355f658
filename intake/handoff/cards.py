"""A vault's public card and its fingerprint.

A card is one copyable line naming the vault's two public keys::

    intake-card1:age1...(X25519 recipient, age format):<Ed25519 verify key, base64url>

The fingerprint is what two people read to each other over a call before
trusting a card: SHA-256 of a fixed label and the card, shown as six groups
of five digits (each group is 40 bits of the hash reduced modulo 100 000, as
Signal's safety numbers do), about 99.7 bits. Forging a card with the same
fingerprint costs about 2^99 hash evaluations. Comparing only part of it
lowers that: each group skipped takes off about 16.6 bits.

Limits: a fingerprint proves the card is the one the other person read out;
it cannot prove that person's laptop is still theirs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519

from intake.errors import InputError

PREFIX = "intake-card1"
GROUPS = 6
_LABEL = b"intake card fingerprint v1\n"
_CARD = re.compile(rf"^{PREFIX}:(age1[02-9ac-hj-np-z]{{58}}):([A-Za-z0-9_-]{{43}})$")


@dataclass(frozen=True)
class Card:
    """The public half of a vault's identity: where to encrypt to, what signs."""

    age_recipient: str
    verify_key: bytes  # raw Ed25519 public key, 32 bytes

    @property
    def text(self) -> str:
        key = base64.urlsafe_b64encode(self.verify_key).decode().rstrip("=")
        return f"{PREFIX}:{self.age_recipient}:{key}"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.text)


def fingerprint(card_text: str) -> str:
    digest = hashlib.sha256(_LABEL + card_text.encode("ascii")).digest()
    groups = (int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 100_000 for i in range(GROUPS))
    return " ".join(f"{g:05d}" for g in groups)


def parse(text: str) -> Card:
    """A card from its text (surrounding blanks ignored); refuse anything else in words."""

    match = _CARD.match(text.strip())
    if match is None:
        raise InputError(
            "that is not an intake card",
            "Paste the whole line 'intake id' printed, starting with 'intake-card1:'.",
        )
    key = base64.urlsafe_b64decode(match.group(2) + "=")
    try:
        x25519.Recipient.from_str(match.group(1))
        Ed25519PublicKey.from_public_bytes(key)
    except Exception:  # noqa: BLE001 (both libraries raise their own types)
        raise InputError(
            "that card's keys are damaged", "Ask for the card again, as 'intake id' prints it."
        ) from None
    card = Card(match.group(1), key)
    if card.text != text.strip():  # one spelling per card: no padding or case tricks
        raise InputError("that card is not written the way intake writes cards", "Copy it again.")
    return card
