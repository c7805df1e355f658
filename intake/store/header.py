"""The vault header: a small plaintext JSON file holding the key slots.

The file is always the exact output of :meth:`Header.to_bytes` (sorted keys,
two-space indent, trailing newline); a header in any other layout is refused.

It reveals only what is needed to unlock: the format, a random vault id, the
database cipher settings and, per slot, the KDF parameters, salt, nonce and the
wrapped data key. A SHA-256 checksum catches accidental damage; each slot's
AEAD tag catches deliberate edits (see :mod:`intake.keys`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from intake.errors import VaultCorrupt
from intake.schemas_util import validate_or_raise

FORMAT = "intake-vault-header"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
# 16 KiB pages: measured faster than 4 KiB for bulk inserts and queries under SQLCipher
# (bench/vault.py), with no file-size overhead. Stored per vault, so older vaults keep theirs.
DATABASE: dict[str, Any] = {
    "file": "vault.db",
    "cipher": "sqlcipher4",
    "key": "raw-256",
    "page_size": 16384,
    "hmac": "HMAC_SHA512",
}
PAGE_SIZES = (4096, 8192, 16384, 32768, 65536)
_TOP = {"format", "version", "vault_id", "database", "slots"}
_SLOT = {"id", "kind", "kdf", "aead", "wrapped_key"}
_ARGON2 = {"algorithm", "version", "time_cost", "memory_kib", "parallelism", "salt", "profile"}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise VaultCorrupt("the vault header is damaged (a key slot field is not base64)") from None


def canonical(document: Any) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str  # "passphrase" | "recovery"
    kdf: dict[str, Any]
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "kdf": self.kdf,
            "aead": {"algorithm": "AES-256-GCM", "nonce": b64(self.nonce)},
            "wrapped_key": b64(self.wrapped_key),
        }


@dataclass(frozen=True)
class Header:
    vault_id: str
    slots: tuple[Slot, ...]
    database: dict[str, Any] = field(default_factory=lambda: dict(DATABASE))

    def associated_data(self, slot_id: str, kind: str, kdf: dict[str, Any]) -> bytes:
        """What a slot's AEAD authenticates: everything about the vault and the slot but its
        nonce and ciphertext."""
        return canonical(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": self.vault_id,
                "database": self.database,
                "slot": {"id": slot_id, "kind": kind, "kdf": kdf},
            }
        )

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise VaultCorrupt(f"the vault header has no {kind} slot")

    def with_slot(self, new: Slot) -> Header:
        slots = tuple(new if slot.kind == new.kind else slot for slot in self.slots)
        return replace(self, slots=slots)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "database": self.database,
            "slots": [slot.to_json() for slot in self.slots],
        }
        body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        document = _parse(data)
        slots = tuple(
            Slot(
                id=s["id"],
                kind=s["kind"],
                kdf=s["kdf"],
                nonce=unb64(s["aead"]["nonce"]),
                wrapped_key=unb64(s["wrapped_key"]),
            )
            for s in document["slots"]
        )
        header = cls(vault_id=document["vault_id"], slots=slots, database=document["database"])
        if header.to_bytes() != data:
            # The file is always written in one canonical layout (to_bytes), so any byte that
            # differs, even white space the checksum cannot see, is damage or an edit.
            raise VaultCorrupt("the vault header is damaged (its layout was altered)")
        return header


def _parse(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_HEADER_BYTES:
        raise VaultCorrupt("the vault header is too large to be an intake header")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise VaultCorrupt("the vault header is damaged (not valid JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise VaultCorrupt("this is not an intake vault header")
    if isinstance(document.get("version"), int) and document["version"] > VERSION:
        raise VaultCorrupt(
            "the vault header is from a newer version of intake",
            "Upgrade intake to open this vault. It was not modified.",
        )
    checksum = document.pop("checksum", None)
    if checksum != hashlib.sha256(canonical(document)).hexdigest():
        raise VaultCorrupt("the vault header is damaged (its checksum does not match)")
    if not _well_formed(document):
        # Rare path: let the schema name the first problem's location.

        validate_or_raise(
            document,
            "vault-header.schema.json",
            VaultCorrupt,
            "the vault header does not follow its schema",
        )
        raise VaultCorrupt("the vault header does not follow its schema")
    return document


def _well_formed(doc: dict[str, Any]) -> bool:
    """The shape schemas/vault-header.schema.json describes, checked without loading
    jsonschema on every unlock (tests check that both agree)."""
    database = doc.get("database")
    slots = doc.get("slots")
    return (
        set(doc) == _TOP
        and doc["version"] == VERSION
        and isinstance(doc["vault_id"], str)
        and len(doc["vault_id"]) == 32
        and all(c in "0123456789abcdef" for c in doc["vault_id"])
        and isinstance(database, dict)
        and set(database) == set(DATABASE)
        and all(database[k] == v for k, v in DATABASE.items() if k != "page_size")
        and database["page_size"] in PAGE_SIZES
        and isinstance(slots, list)
        and 1 <= len(slots) <= 8
        and all(_slot_well_formed(slot) for slot in slots)
    )


def _slot_well_formed(slot: Any) -> bool:
    if not (
        isinstance(slot, dict)
        and set(slot) == _SLOT
        and slot["kind"] in ("passphrase", "recovery")
        and isinstance(slot["id"], str)
        and isinstance(slot["wrapped_key"], str)
        and isinstance(slot["aead"], dict)
        and set(slot["aead"]) == {"algorithm", "nonce"}
        and slot["aead"]["algorithm"] == "AES-256-GCM"
        and isinstance(slot["aead"]["nonce"], str)
        and isinstance(slot["kdf"], dict)
    ):
        return False
    kdf = slot["kdf"]
    if kdf.get("algorithm") == "hkdf-sha256":
        return set(kdf) == {"algorithm", "salt"} and isinstance(kdf["salt"], str)
    ints = ("time_cost", "memory_kib", "parallelism")
    return (
        kdf.get("algorithm") == "argon2id"
        and set(kdf) >= _ARGON2
        and set(kdf) <= _ARGON2 | {"calibrated_seconds"}
        and kdf["version"] == 19
        and all(type(kdf[k]) is int and kdf[k] >= 1 for k in ints)
        and isinstance(kdf["salt"], str)
        and kdf["profile"] in ("calibrated", "test")
    )
