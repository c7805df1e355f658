"""Sealing and opening a bundle: sign inside, then encrypt to the recipients (age).

A bundle file is an age v1 file (X25519 recipients, through pyrage) whose
plaintext, built and read only in memory, is::

    intake-bundle\\n
    {"version": 1, "signer": CARD, "signature": B64, "length": N}\\n
    PAYLOAD (N bytes of canonical JSON, schemas/bundle.schema.json)
    zero bytes up to a padded size

The Ed25519 signature covers a fixed label and the payload, which names the
sender's card and every recipient: a recipient who re-encrypts a bundle to a
third vault cannot make it look addressed to that vault (the receiver checks
it is named). age authenticates every byte of the file (header MAC, then
64 KiB chunks with Poly1305 and a last-chunk flag), so a flipped byte or a
truncation fails decryption. The padding (Padmé) hides the exact size of the
payload, leaving at most about 12 % overhead; the file still reveals its
approximate size and, from its header, the number of recipients.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pyrage
from pyrage import x25519

from intake.errors import BundleRefused, InputError
from intake.handoff import cards
from intake.handoff.identity import SIGNATURE_BYTES, Identity, verify

FORMAT_VERSION = 1
MAGIC = b"intake-bundle\n"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
_LABEL = b"intake bundle signature v1\n"
_MAX_FRAME_LINE = 4096


@dataclass(frozen=True)
class Opened:
    """A bundle decrypted and verified: who signed it and the payload they signed."""

    signer: cards.Card
    payload: bytes


def seal(
    payload: bytes, signer: Identity, recipients: list[str], version: int = FORMAT_VERSION
) -> bytes:
    """The encrypted bundle: ``payload`` signed by ``signer``, to age ``recipients`` only."""

    frame = {
        "version": version,
        "signer": signer.card.text,
        "signature": base64.b64encode(signer.sign(_LABEL + payload)).decode(),
        "length": len(payload),
    }
    head = MAGIC + json.dumps(frame, sort_keys=True).encode() + b"\n"
    size = len(head) + len(payload)
    plain = bytearray(head + payload + bytes(padme(size) - size))
    try:
        return bytes(
            pyrage.encrypt(bytes(plain), [x25519.Recipient.from_str(r) for r in recipients])
        )
    finally:
        plain[:] = bytes(len(plain))


def padme(size: int) -> int:
    """The Padmé padded length of ``size`` bytes (Nikitin et al., PETS 2019)."""
    if size < 2:
        return size
    exponent = size.bit_length() - 1  # floor(log2(size))
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (size + mask) & ~mask


def open_sealed(data: bytes, me: Identity) -> Opened:
    """Decrypt with this vault's identity and check the frame and the signature."""

    if not data.startswith(AGE_MAGIC):
        raise BundleRefused(
            "this file is not an intake bundle (or its first bytes were changed)",
            "Check you picked the file the sender made with 'intake send'. Nothing was imported.",
        )
    try:
        plain = pyrage.decrypt(data, [me.age_identity])
    except pyrage.DecryptError as error:
        raise _decrypt_refusal(str(error)) from None
    return _unframe(bytes(plain))


def _decrypt_refusal(reason: str) -> BundleRefused:
    if "no matching keys" in reason.lower():
        return BundleRefused(
            "this bundle is not addressed to this vault (or its header was altered)",
            "Ask the sender to seal it to your card ('intake id' shows it). Nothing was imported.",
        )
    return BundleRefused(
        "this bundle is damaged, truncated or was altered: its encryption does not verify",
        "Ask the sender to send it again, by another channel if you can. Nothing was imported.",
    )


def _unframe(plain: bytes) -> Opened:
    if not plain.startswith(MAGIC):
        raise _malformed()
    end = plain.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_FRAME_LINE)
    frame = _frame(plain[len(MAGIC) : end] if end > 0 else b"")
    if frame["version"] > FORMAT_VERSION:
        raise BundleRefused(
            f"this bundle was made by a newer intake (bundle format {frame['version']}, "
            f"this intake reads up to {FORMAT_VERSION})",
            "Upgrade intake, then receive it again. Nothing was imported.",
        )
    try:
        signer = cards.parse(frame["signer"])
        signature = base64.b64decode(frame["signature"], validate=True)
    except (InputError, ValueError):
        raise _malformed() from None
    payload = plain[end + 1 : end + 1 + frame["length"]]
    rest = plain[end + 1 + frame["length"] :]
    if len(payload) != frame["length"] or rest.strip(b"\0") or len(signature) != SIGNATURE_BYTES:
        raise _malformed()
    if not verify(signer, signature, _LABEL + payload):
        raise BundleRefused(
            "this bundle's signature does not verify: it was forged or altered",
            "Do not trust its content; tell the sender. Nothing was imported.",
        )
    return Opened(signer, payload)


def _frame(line: bytes) -> dict[str, Any]:
    try:
        frame = json.loads(line)
        ok = (
            isinstance(frame, dict)
            and type(frame.get("version")) is int
            and frame["version"] >= 1
            and isinstance(frame.get("signer"), str)
            and isinstance(frame.get("signature"), str)
            and type(frame.get("length")) is int
            and frame["length"] >= 0
        )
    except ValueError:
        ok = False
    if not ok:
        raise _malformed()
    return dict(frame)


def _malformed() -> BundleRefused:
    return BundleRefused(
        "this bundle decrypts but is not laid out as intake writes bundles",
        "It was not made by intake's 'send'. Nothing was imported.",
    )


def receipt_code(bundle_id: str, recipient_card: str, payload: bytes) -> str:
    """The code a recipient reads back to the sender: ten digits (about 33 bits) from a hash
    of the bundle id, the recipient's card and the payload. Only a vault that decrypted the
    bundle can compute it; the sender computes each recipient's code when sealing."""

    digest = hashlib.sha256(
        b"intake receipt v1\n" + f"{bundle_id}\n{recipient_card}\n".encode() + payload
    ).digest()
    number = int.from_bytes(digest[:8], "big") % 10**10
    return f"{number // 10**5:05d}-{number % 10**5:05d}"
