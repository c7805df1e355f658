"""Checks that need no passphrase: the header, its key slots and the running SQLCipher library.

A stolen laptop gives an attacker exactly what these checks read: the header
(key slot parameters) and the library. They prove the slot parameters are what
intake would accept and that the library is the expected kind; they cannot prove
the wrapped key inside a slot is sound (only unlocking shows that) or that the
passphrase is strong. File checks live in :mod:`intake.audit.files`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from intake import keys
from intake.audit.files import file_checks
from intake.audit.report import Check, Status
from intake.audit.strays import stray_files
from intake.errors import VaultCorrupt
from intake.store.header import Header, Slot, unb64
from intake.store.inspect import library_versions
from intake.wording import counted

HEADER_FILE = "header.json"
_FLOOR = (
    f"Argon2id v{keys.ARGON2_VERSION}, t >= {keys.FLOOR_TIME_COST}, "
    f"m >= {keys.FLOOR_MEMORY_KIB // 1024} MiB (RFC 9106 floor), profile calibrated"
)


def locked_checks(path: Path, show_paths: bool = False) -> list[Check]:
    """Every check that reads only the vault's files and the running library."""
    if not path.is_dir():
        return [
            Check(
                "vault.directory",
                "Vault directory",
                Status.FAIL,
                "missing",
                "a directory with header.json and vault.db",
                "There is no vault directory at this path.",
                "Check the --vault path (or $INTAKE_VAULT).",
            )
        ]
    header_check, header = header_format(path)
    checks = [header_check]
    if header is not None:
        checks += [slot_kdf(header, slot) for slot in header.slots]
        checks += [recovery_slots(header), profile_check(header), slot_aead(header)]
    checks += library_checks()
    page_size = int(header.database["page_size"]) if header is not None else 4096
    return checks + file_checks(path, page_size) + stray_files(path, show_paths)


def recovery_slots(header: Header) -> Check:
    """Exactly one recovery slot: none loses the vault with a forgotten passphrase; more
    than one is a way in that intake did not make."""
    count = sum(1 for slot in header.slots if slot.kind == "recovery")
    if count == 1:
        return Check(
            "slot.recovery",
            "Recovery slot",
            Status.PASS,
            "1 recovery slot",
            "exactly 1 recovery slot",
            "A forgotten passphrase can be replaced with the recovery key.",
        )
    reason, action = (
        (
            "Without it a forgotten passphrase loses every testimony in the vault.",
            "Make a new vault with 'intake init' (it shows a recovery key) and move the "
            "material into it, or keep a backup you can open.",
        )
        if count == 0
        else (
            "Each recovery slot is a key to the vault; intake writes only one.",
            "Find out who added it; rotate the keys with 'intake recover --rekey', which "
            "writes exactly one recovery slot.",
        )
    )
    return Check(
        "slot.recovery",
        "Recovery slot",
        Status.WARN,
        f"{count} recovery slots",
        "exactly 1 recovery slot",
        reason,
        action,
    )


def header_format(path: Path) -> tuple[Check, Header | None]:
    expected = "format intake-vault-header, version 1, matching checksum, valid schema"
    title = "Header format"
    try:
        with (path / HEADER_FILE).open("rb") as handle:
            data = handle.read(64 * 1024 + 1)
    except OSError as error:
        return Check(
            "header.format",
            title,
            Status.FAIL,
            f"unreadable ({error.strerror})",
            expected,
            "Without its header the vault cannot be opened.",
            "Restore header.json from a backup made with 'intake backup'.",
        ), None
    try:
        header = Header.from_bytes(data)
    except VaultCorrupt as error:
        return Check(
            "header.format",
            title,
            Status.FAIL,
            error.message,
            expected,
            "The header was damaged or edited; intake refuses to use it.",
            "Restore header.json from a backup made with 'intake backup'.",
        ), None
    kinds = ", ".join(slot.kind for slot in header.slots)
    return Check(
        "header.format",
        title,
        Status.PASS,
        f"intake-vault-header v1, checksum ok, slots: {kinds}",
        expected,
        "The header is intact and in the format this intake reads. The checksum "
        "catches damage, not deliberate edits: each slot's AEAD catches those.",
    ), header


def _salt_bytes(kdf: dict[str, Any]) -> int:
    try:
        return len(unb64(str(kdf.get("salt", ""))))
    except VaultCorrupt:
        return 0


def _argon2_problem(kdf: dict[str, Any]) -> str | None:
    if kdf.get("algorithm") != "argon2id" or kdf.get("version") != keys.ARGON2_VERSION:
        return "a passphrase slot must use Argon2id version 19"
    if kdf["time_cost"] < keys.FLOOR_TIME_COST or kdf["memory_kib"] < keys.FLOOR_MEMORY_KIB:
        return "below the RFC 9106 floor: a stolen header makes passphrase guessing cheap"
    if (
        kdf["time_cost"] > keys.CAP_TIME_COST
        or kdf["memory_kib"] > keys.CAP_MEMORY_KIB
        or kdf["parallelism"] > keys.CAP_PARALLELISM
    ):
        return "above the limits intake accepts: the header was damaged or edited"
    if _salt_bytes(kdf) < keys.SALT_BYTES:
        return "the salt is shorter than 16 bytes"
    return None


def _describe_argon2(kdf: dict[str, Any]) -> str:
    text = (
        f"{kdf.get('algorithm')} v{kdf.get('version')}, t={kdf.get('time_cost')}, "
        f"m={kdf.get('memory_kib', 0) / 1024:g} MiB, p={kdf.get('parallelism')}, "
        f"profile {kdf.get('profile')}"
    )
    seconds = kdf.get("calibrated_seconds")
    return text + (f", calibrated in {seconds} s" if seconds is not None else ", set explicitly")


def _calibrated_reference(header: Header) -> tuple[int, int] | None:
    """(time_cost, memory_kib) of the strongest slot whose parameters were calibrated here."""
    calibrated = [
        (s.kdf["time_cost"], s.kdf["memory_kib"])
        for s in header.slots
        if s.kind == "passphrase" and "calibrated_seconds" in s.kdf
    ]
    return max(calibrated, default=None)


def _recovery_kdf(slot: Slot, check_id: str, title: str) -> Check:
    ok = slot.kdf.get("algorithm") == "hkdf-sha256" and _salt_bytes(slot.kdf) >= keys.SALT_BYTES
    return Check(
        check_id,
        title,
        Status.PASS if ok else Status.FAIL,
        f"{slot.kdf.get('algorithm')}, salt {_salt_bytes(slot.kdf)} bytes",
        "hkdf-sha256 over the 240-bit random recovery key, salt >= 16 bytes",
        "The recovery key is random, so a fast KDF is enough."
        if ok
        else "The recovery slot is not what intake writes.",
        "Nothing to do." if ok else "Restore header.json from a backup.",
    )


def slot_kdf(header: Header, slot: Slot) -> Check:
    check_id, title = f"slot.{slot.id}.kdf", f"Key derivation of slot '{slot.id}'"
    if slot.kind == "recovery":
        return _recovery_kdf(slot, check_id, title)
    measured = _describe_argon2(slot.kdf)
    problem = _argon2_problem(slot.kdf)
    if problem is not None:
        return Check(
            check_id,
            title,
            Status.FAIL,
            measured,
            _FLOOR,
            problem,
            "Do not use this vault: restore header.json from a backup, or move the "
            "testimonies to a new vault made with 'intake init'.",
        )
    reference = _calibrated_reference(header)
    if reference is not None and (slot.kdf["time_cost"], slot.kdf["memory_kib"]) < reference:
        return Check(
            check_id,
            title,
            Status.WARN,
            measured,
            f"at least t={reference[0]}, m={reference[1] // 1024} MiB (this vault's calibration)",
            "This slot is weaker than the vault's own calibration.",
            "Change the passphrase with 'intake passwd' to rewrap it.",
        )
    return Check(
        check_id,
        title,
        Status.PASS,
        measured,
        _FLOOR,
        "The passphrase slot meets the RFC 9106 floor; guessing costs the attacker "
        "this much memory and time per try.",
    )


def profile_check(header: Header) -> Check:
    test = [s.id for s in header.slots if s.kdf.get("profile") == keys.PROFILE_TEST]
    if test:
        return Check(
            "kdf.profile",
            "Test-only KDF profile",
            Status.FAIL,
            f"slot{'s' if len(test) > 1 else ''} {', '.join(test)} "
            f"{'use' if len(test) > 1 else 'uses'} the test profile",
            "no slot uses it",
            "The test profile is cheap on purpose and protects nothing.",
            "Create a real vault with 'intake init' and move the testimonies into it.",
        )
    return Check(
        "kdf.profile",
        "Test-only KDF profile",
        Status.PASS,
        "not used",
        "no slot uses it",
        "No slot uses the cheap profile reserved for tests.",
    )


def slot_aead(header: Header) -> Check:
    bad = [
        s.id
        for s in header.slots
        if len(s.nonce) != keys.NONCE_BYTES or len(s.wrapped_key) != keys.KEY_BYTES + 16
    ]
    measured = f"{keys.AEAD_ALGORITHM} in {counted(len(header.slots), 'slot')}"
    expected = f"{keys.AEAD_ALGORITHM}, 96-bit nonce, 256-bit key + 128-bit tag"
    if bad:
        return Check(
            "slot.aead",
            "Key wrapping (AEAD)",
            Status.FAIL,
            f"{measured}; wrong lengths in {', '.join(bad)}",
            expected,
            "A slot's nonce or wrapped key has the wrong length: damaged or edited.",
            "Restore header.json from a backup made with 'intake backup'.",
        )
    return Check(
        "slot.aead",
        "Key wrapping (AEAD)",
        Status.PASS,
        measured,
        expected,
        "Each slot wraps the data key with an AEAD whose associated data is the "
        "slot's parameters, so an edit makes unwrapping fail.",
    )


def _major_minor(version: str) -> tuple[int, int]:
    match = re.search(r"(\d+)\.(\d+)", version)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def library_checks() -> list[Check]:

    found = library_versions()
    sqlcipher_ok = _major_minor(found.sqlcipher) >= (4, 0)
    crypto_ok = found.provider == "openssl" and _major_minor(found.provider_version) >= (3, 0)
    return [
        Check(
            "library.sqlcipher",
            "SQLCipher library",
            Status.PASS if sqlcipher_ok else Status.FAIL,
            found.sqlcipher or "unknown",
            "SQLCipher 4.x",
            "SQLCipher 4: AES-256 pages with an HMAC-SHA512 each."
            if sqlcipher_ok
            else "Older SQLCipher uses weaker defaults (SHA1 HMAC).",
            "Nothing to do." if sqlcipher_ok else "Reinstall intake with sqlcipher3 >= 0.6.4.",
        ),
        Check(
            "library.crypto",
            "Crypto provider",
            Status.PASS if crypto_ok else Status.WARN,
            f"{found.provider} {found.provider_version}".strip(),
            "OpenSSL 3.x",
            "The provider doing AES and HMAC is a maintained OpenSSL."
            if crypto_ok
            else "The crypto provider is not a maintained OpenSSL release.",
            "Nothing to do." if crypto_ok else "Reinstall intake with a current sqlcipher3.",
        ),
        Check(
            "library.sqlite",
            "SQLite version",
            Status.PASS,
            found.sqlite or "unknown",
            "the SQLite inside SQLCipher",
            "Reported so an auditor can match it to advisories.",
        ),
    ]
