"""The key chain, reproduced without intake's code against the published test-vector vault.

An auditor should not have to trust intake to know how a vault is encrypted.
These tests read ``header.json`` with ``json``, derive the key-encryption key
with argon2-cffi's low-level Argon2id (or HKDF-SHA256 for the recovery slot),
unwrap the data key with AES-256-GCM from ``cryptography`` after rebuilding the
associated data exactly as ``Header.associated_data`` documents it, then open
``vault.db`` with stock sqlcipher3 and ``PRAGMA key = "x'HEX'"``. The secrets
come from tests/data/README.md, so the published instructions are tested too.
Nothing here imports ``intake``.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA = Path(__file__).resolve().parents[1] / "data"
VECTOR = DATA / "test-vector-vault"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def published(label: str) -> str:
    """A value the README publishes as '- LABEL: `value`'."""
    match = re.search(rf"^- {label}: `([^`]+)`", (DATA / "README.md").read_text("utf-8"), re.M)
    assert match, f"tests/data/README.md publishes no {label}"
    return match.group(1)


def header() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((VECTOR / "header.json").read_text("utf-8"))
    return document


def slot_of(document: dict[str, Any], kind: str) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in document["slots"] if s["kind"] == kind)
    return slot


def associated_data(document: dict[str, Any], slot: dict[str, Any]) -> bytes:
    """Canonical JSON (sorted keys, no spaces, ASCII) of everything but nonce and ciphertext."""
    return json.dumps(
        {
            "format": document["format"],
            "version": document["version"],
            "vault_id": document["vault_id"],
            "database": document["database"],
            "slot": {"id": slot["id"], "kind": slot["kind"], "kdf": slot["kdf"]},
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    ).encode()


def passphrase_kek(kdf: dict[str, Any], passphrase: str) -> bytes:
    assert kdf["algorithm"] == "argon2id" and kdf["version"] == ARGON2_VERSION == 19
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        base64.b64decode(kdf["salt"]),
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_kib"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def recovery_kek(kdf: dict[str, Any], recovery_text: str) -> bytes:
    """Crockford base32: 48 characters are the 240-bit key (a 13th group checks typos)."""
    value = 0
    for ch in recovery_text.replace("-", "")[:48]:
        value = value * 32 + CROCKFORD.index(ch)
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=base64.b64decode(kdf["salt"]),
        info=b"intake recovery slot v1",
    )
    return hkdf.derive(value.to_bytes(30, "big"))


def unwrap(document: dict[str, Any], slot: dict[str, Any], kek: bytes) -> bytes:
    assert slot["aead"]["algorithm"] == "AES-256-GCM"
    return AESGCM(kek).decrypt(
        base64.b64decode(slot["aead"]["nonce"]),
        base64.b64decode(slot["wrapped_key"]),
        associated_data(document, slot),
    )


def read_marker(data_key: bytes, page_size: int) -> str:
    conn = sqlcipher3.connect(f"file:{VECTOR / 'vault.db'}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {page_size}")
        row = conn.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (published("Content key"),)
        ).fetchone()
    finally:
        conn.close()
    return str(row[0])


def test_the_published_vector_uses_the_rfc_9106_floor_and_a_raw_sqlcipher_4_key() -> None:
    document = header()
    kdf = slot_of(document, "passphrase")["kdf"]
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (3, 65536, 4)
    assert kdf["profile"] == "calibrated"
    assert document["database"] == {
        "file": "vault.db",
        "cipher": "sqlcipher4",
        "key": "raw-256",
        "page_size": 4096,
        "hmac": "HMAC_SHA512",
    }
    assert sorted(p.name for p in VECTOR.iterdir()) == ["header.json", "vault.db"]


def test_the_passphrase_opens_the_vector_through_argon2id_aes_gcm_and_stock_sqlcipher() -> None:
    document = header()
    slot = slot_of(document, "passphrase")
    data_key = unwrap(document, slot, passphrase_kek(slot["kdf"], published("Passphrase")))
    assert len(data_key) == 32
    assert read_marker(data_key, document["database"]["page_size"]) == published("Content value")


def test_the_recovery_key_unwraps_the_same_data_key_through_hkdf_sha256() -> None:
    document = header()
    by_passphrase = unwrap(
        document,
        slot_of(document, "passphrase"),
        passphrase_kek(slot_of(document, "passphrase")["kdf"], published("Passphrase")),
    )
    slot = slot_of(document, "recovery")
    assert (
        unwrap(document, slot, recovery_kek(slot["kdf"], published("Recovery key")))
        == by_passphrase
    )


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda kdf: kdf.update(profile="test"), id="profile relabelled"),
        pytest.param(lambda kdf: kdf.update(calibrated_seconds=9.9), id="calibration invented"),
    ],
)
def test_an_edited_slot_parameter_makes_the_aead_refuse_the_right_passphrase(edit: Any) -> None:
    document = header()
    slot = slot_of(document, "passphrase")
    kek = passphrase_kek(slot["kdf"], published("Passphrase"))
    edit(slot["kdf"])
    with pytest.raises(InvalidTag):
        unwrap(document, slot, kek)


def test_the_database_refuses_a_wrong_raw_key() -> None:
    with pytest.raises(sqlcipher3.DatabaseError):
        read_marker(bytes(32), 4096)
