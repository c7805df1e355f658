"""Key slots of the header: make them and open them (the glue between keys and header)."""

from __future__ import annotations

from typing import Any

from intake import keys
from intake.errors import VaultCorrupt
from intake.store.header import Header, Slot, b64, unb64


def kdf_params(kdf: dict[str, Any]) -> keys.KdfParams:
    params = keys.KdfParams(
        time_cost=kdf["time_cost"],
        memory_kib=kdf["memory_kib"],
        parallelism=kdf["parallelism"],
        profile=kdf["profile"],
    )
    params.check()
    return params


def passphrase_slot(
    header: Header,
    data_key: bytearray,
    passphrase: bytearray,
    params: keys.KdfParams,
    seconds: float | None = None,
) -> Slot:
    salt = keys.new_salt()
    kdf: dict[str, Any] = {
        "algorithm": "argon2id",
        "version": keys.ARGON2_VERSION,
        "time_cost": params.time_cost,
        "memory_kib": params.memory_kib,
        "parallelism": params.parallelism,
        "salt": b64(salt),
        "profile": params.profile,
    }
    if seconds is not None:
        kdf["calibrated_seconds"] = round(seconds, 3)
    kek = keys.derive_kek(passphrase, salt, params)
    try:
        nonce, wrapped = keys.wrap(
            data_key, kek, header.associated_data("passphrase", "passphrase", kdf)
        )
    finally:
        keys.zero(kek)
    return Slot("passphrase", "passphrase", kdf, nonce, wrapped)


def recovery_slot(header: Header, data_key: bytearray, recovery_key: bytearray) -> Slot:
    salt = keys.new_salt()
    kdf = {"algorithm": "hkdf-sha256", "salt": b64(salt)}
    kek = keys.recovery_kek(recovery_key, salt)
    try:
        associated = header.associated_data("recovery", "recovery", kdf)
        nonce, wrapped = keys.wrap(data_key, kek, associated)
    finally:
        keys.zero(kek)
    return Slot("recovery", "recovery", kdf, nonce, wrapped)


def rewrapped(header: Header, key: bytearray, passphrase: bytearray, recovery: bytearray) -> Header:
    """A header with both slots made afresh around ``key`` (a data-key rotation); the
    passphrase slot keeps its KDF cost."""
    old = header.slot("passphrase")
    seconds = old.kdf.get("calibrated_seconds")
    new_slots = (
        passphrase_slot(header, key, passphrase, kdf_params(old.kdf), seconds),
        recovery_slot(header, key, recovery),
    )
    return Header(header.vault_id, new_slots, header.database)


def open_passphrase(header: Header, passphrase: bytearray) -> bytearray:
    """Return the data key, or raise WrongPassphrase / VaultError."""
    slot = header.slot("passphrase")
    kek = keys.derive_kek(passphrase, _salt(slot), kdf_params(slot.kdf))
    return _unwrap(header, slot, kek)


def open_recovery(header: Header, recovery_key: bytearray) -> bytearray:
    slot = header.slot("recovery")
    kek = keys.recovery_kek(recovery_key, _salt(slot))
    return _unwrap(header, slot, kek)


def _salt(slot: Slot) -> bytes:
    salt = unb64(slot.kdf["salt"])
    if not 16 <= len(salt) <= 64:
        raise VaultCorrupt("the vault header is damaged (a key slot's salt has a wrong length)")
    return salt


def _unwrap(header: Header, slot: Slot, kek: bytearray) -> bytearray:
    if len(slot.nonce) != keys.NONCE_BYTES or len(slot.wrapped_key) != keys.KEY_BYTES + 16:
        keys.zero(kek)
        raise VaultCorrupt("the vault header is damaged (a key slot has a wrong length)")
    try:
        data_key = keys.unwrap(
            slot.nonce, slot.wrapped_key, kek, header.associated_data(slot.id, slot.kind, slot.kdf)
        )
    finally:
        keys.zero(kek)
    if len(data_key) != keys.KEY_BYTES:
        raise VaultCorrupt("the vault header is damaged (the data key has a wrong length)")
    return data_key
