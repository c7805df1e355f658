"""The vault's own identity: an X25519 key to receive sealed bundles (in the age format,
through pyrage, never hand-rolled) and an Ed25519 key to sign them (cryptography).

What it protects: the private keys are stored only in the encrypted vault
(``handoff_identity``) and made the first time a vault needs them, so vaults
created before this feature get one on first use. Limits: while the vault is
open, both keys are in Python memory, the age key as an immutable string that
cannot be wiped (see "Known limits" in SECURITY.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import x25519

from intake.handoff.cards import Card
from intake.models import now
from intake.store import handoff as store
from intake.store.vault import Vault

SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class Identity:
    card: Card
    _age: Any  # pyrage.x25519.Identity
    _sign: Any  # Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        return bytes(self._sign.sign(message))

    @property
    def age_identity(self) -> Any:
        return self._age


def ensure(vault: Vault) -> Identity:
    """The vault's identity, made and stored (in one transaction) if it has none yet."""
    secrets = store.identity_secrets(vault.connection)
    if secrets is None:
        with vault.transaction() as conn:
            secrets = store.identity_secrets(conn) or _new(conn)
    return _load(*secrets)


def _new(conn: Any) -> tuple[str, bytes]:

    age_secret = str(x25519.Identity.generate())
    sign_secret = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    store.store_identity(conn, age_secret, sign_secret, now())
    return age_secret, sign_secret


def _load(age_secret: str, sign_secret: bytes) -> Identity:

    age = x25519.Identity.from_str(age_secret)
    sign = Ed25519PrivateKey.from_private_bytes(sign_secret)
    verify = sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return Identity(Card(str(age.to_public()), verify), age, sign)


def verify(card: Card, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is the card owner's Ed25519 signature of ``message``."""

    try:
        Ed25519PublicKey.from_public_bytes(card.verify_key).verify(signature, message)
    except InvalidSignature:
        return False
    return True
