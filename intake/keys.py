"""Passphrase -> key-encryption key -> data key. The only module that touches key material.

What it protects: the 256-bit data key that encrypts the vault's database. The
data key is random and never derived from the passphrase; each key slot wraps
it with AES-256-GCM under a key-encryption key (KEK):

- passphrase slot: KEK = Argon2id(passphrase, 16-byte random salt, t, m, p);
- recovery slot:  KEK = HKDF-SHA256(recovery key, salt), the recovery key being
  32 random bytes shown to the user once.

The slot's parameters are the AEAD's associated data, so editing them (say, to
weaken the KDF) makes unwrapping fail. Limits: Python cannot reliably wipe
memory; secrets are kept in bytearrays and zeroed, but copies made inside
argon2-cffi, cryptography and the interpreter may survive until reused.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake.errors import VaultError, WrongPassphrase

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
AEAD_ALGORITHM = "AES-256-GCM"
RECORD_INFO = b"intake change record v1"
ARGON2_VERSION = 19

# RFC 9106 section 4, second recommended option: never go below it.
FLOOR_TIME_COST = 3
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_PARALLELISM = 4
# Stored values above these are refused (a tampered header must not exhaust the machine).
CAP_TIME_COST = 64
CAP_MEMORY_KIB = 4 * 1024 * 1024
CAP_PARALLELISM = 16

PROFILE_CALIBRATED = "calibrated"
PROFILE_TEST = "test"
TEST_PROFILE_ENV = "INTAKE_TEST_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of a passphrase slot."""

    time_cost: int
    memory_kib: int
    parallelism: int
    profile: str = PROFILE_CALIBRATED

    def check(self) -> None:
        """Refuse parameters below the floor or above the caps (raises VaultError)."""
        if not (
            1 <= self.time_cost <= CAP_TIME_COST
            and 8 <= self.memory_kib <= CAP_MEMORY_KIB
            and 1 <= self.parallelism <= CAP_PARALLELISM
        ):
            raise VaultError(
                "the vault header asks for Argon2id parameters outside sane limits",
                "The header was damaged or edited. Nothing was changed.",
            )
        if self.profile == PROFILE_TEST:
            if os.environ.get(TEST_PROFILE_ENV) != "1":
                raise VaultError(
                    "this vault uses the test-only key derivation profile",
                    "It offers no protection. Create a real vault with 'intake init'.",
                )
            return
        if self.time_cost < FLOOR_TIME_COST or self.memory_kib < FLOOR_MEMORY_KIB:
            raise VaultError(
                "the vault header asks for Argon2id parameters below the RFC 9106 floor",
                "The header was damaged or edited to weaken it. Nothing was changed.",
            )


def profile_from_env() -> KdfParams | None:
    """The cheap profile when INTAKE_TEST_KDF=1 (tests only), else None (calibrate at creation).

    Shared by both interfaces, so neither has to import the other for it.
    """
    return test_profile() if os.environ.get(TEST_PROFILE_ENV) == "1" else None


def test_profile() -> KdfParams:
    """A cheap profile for tests only; refused unless INTAKE_TEST_KDF=1."""
    params = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1, profile=PROFILE_TEST)
    params.check()
    return params


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` here, never below the floor."""
    gib = 1024 * 1024 * 1024
    memory_kib = 256 * 1024 if _physical_memory() >= 2 * gib else FLOOR_MEMORY_KIB
    probe = KdfParams(FLOOR_TIME_COST, memory_kib, FLOOR_PARALLELISM)
    started = time.perf_counter()
    derive_kek(bytearray(b"calibration"), bytes(SALT_BYTES), probe)
    elapsed = max(time.perf_counter() - started, 1e-3)
    time_cost = round(FLOOR_TIME_COST * target_seconds / elapsed)
    return KdfParams(
        max(FLOOR_TIME_COST, min(time_cost, CAP_TIME_COST)), memory_kib, FLOOR_PARALLELISM
    )


def normalized(passphrase: bytearray) -> bytes:
    """The passphrase in Unicode NFC, so "ё" typed as one code point or as "е" plus a
    combining diaeresis (different keyboards, input methods) opens the same vault."""
    text = passphrase.decode("utf-8", "surrogateescape")
    return unicodedata.normalize("NFC", text).encode("utf-8", "surrogateescape")


def derive_kek(passphrase: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    # argon2-cffi only takes bytes: this copy cannot be wiped (see the module's limits).
    raw = hash_secret_raw(
        normalized(passphrase),
        salt,
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        KEY_BYTES,
        Type.ID,
    )
    return bytearray(raw)


def recovery_kek(recovery_key: bytearray, salt: bytes) -> bytearray:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"intake recovery slot v1"
    )
    return bytearray(hkdf.derive(bytes(recovery_key)))


def _record_key(data_key: bytearray) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=RECORD_INFO)
    return bytearray(hkdf.derive(bytes(data_key)))


def seal_counter(data_key: bytearray, counter: int, associated: bytes) -> tuple[bytes, bytes]:
    """Encrypt and authenticate the change counter (AES-256-GCM under a key derived from the
    data key with HKDF-SHA256, info ``intake change record v1``): only a holder of the data
    key can write a record that opens, and the file does not show how many changes were
    made. Returns (nonce, ciphertext with tag)."""
    key = _record_key(data_key)
    try:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce, AESGCM(bytes(key)).encrypt(nonce, counter.to_bytes(8, "big"), associated)
    finally:
        zero(key)


def open_counter(data_key: bytearray, nonce: bytes, sealed: bytes, associated: bytes) -> int:
    """The counter sealed by :func:`seal_counter`; raises InvalidTag if it does not verify."""
    key = _record_key(data_key)
    try:
        return int.from_bytes(AESGCM(bytes(key)).decrypt(nonce, sealed, associated), "big")
    finally:
        zero(key)


def wrap(data_key: bytearray, kek: bytearray, associated: bytes) -> tuple[bytes, bytes]:
    """Encrypt the data key; returns (nonce, ciphertext with tag)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key), associated)


def unwrap(nonce: bytes, wrapped: bytes, kek: bytearray, associated: bytes) -> bytearray:
    """Decrypt the data key or raise WrongPassphrase (wrong secret or edited slot)."""
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(nonce, wrapped, associated))
    except InvalidTag:
        raise WrongPassphrase() from None


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def zero(*buffers: bytearray) -> None:
    for buffer in buffers:
        buffer[:] = bytes(len(buffer))


# Recovery keys: 240 random bits written as 12 groups of 4 Crockford base32
# characters, plus a 13th group that checks for typos (20 bits of SHA-256).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
RECOVERY_BYTES = 30


def _to_base32(value: int, chars: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(chars)))


def _check_group(key: bytes) -> str:

    return _to_base32(int.from_bytes(hashlib.sha256(key).digest()[:3], "big") >> 4, 4)


def new_recovery_key() -> tuple[bytearray, str]:
    """Return (key bytes, the text shown once to the user)."""
    key = secrets.token_bytes(RECOVERY_BYTES)
    text = _to_base32(int.from_bytes(key, "big"), 48) + _check_group(key)
    return bytearray(key), "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: bytearray) -> bytearray:
    """Parse what the user typed (case, dashes and spaces do not matter)."""
    cleaned = text.decode("utf-8", "replace").upper().translate(_LOOKALIKES)
    cleaned = "".join(ch for ch in cleaned if ch not in "- \t")
    if len(cleaned) != 52 or any(ch not in _ALPHABET for ch in cleaned):
        raise WrongPassphrase(
            "this is not a recovery key",
            "A recovery key is 13 groups of 4 letters and digits, as 'init' printed it.",
        )
    value = 0
    for ch in cleaned[:48]:
        value = (value << 5) | _ALPHABET.index(ch)
    key = value.to_bytes(RECOVERY_BYTES, "big")
    if _check_group(key) != cleaned[48:]:
        raise WrongPassphrase(
            "the recovery key has a typo (its last group does not match)",
            "Compare each group with the copy you wrote down.",
        )
    return bytearray(key)
