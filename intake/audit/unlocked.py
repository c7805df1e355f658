"""Checks that need the passphrase: the open database's cipher settings, integrity and contents.

They prove that the data key from the header opens this database with the
settings SECURITY.md states, that every page's HMAC verifies and that the
structure is sound. They read settings, problem counts and numbers of rows,
never a row's content. They cannot prove that no one else knows the passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from intake import unlock_timing
from intake.audit.report import Check, Status
from intake.errors import IntakeError, WrongPassphrase
from intake.store import inspect
from intake.store.migrations import LATEST
from intake.wording import counted

if TYPE_CHECKING:
    from intake.store.db import Connection
    from intake.store.header import Header
    from intake.store.vault import Vault

SKIPPED = (
    "Unlock with the passphrase",
    "Cipher settings",
    "Cipher version and provider",
    "Page size",
    "HMAC algorithm",
    "Memory security",
    "Page authentication",
    "Database structure",
    "Migrations",
    "Connection settings",
    "Contents",
    "Change counter",
)
# Files that opening the vault would consume (roll back, finish or drop): never opened over.
LEFTOVERS = (
    "vault.db-journal",
    "vault.db-wal",
    "vault.db-shm",
    "vault.db.rekey",
    "vault.db.rekey-journal",
    "changes.json.rekey",
)
_RESTORE = "Restore the vault from a backup made with 'intake backup'."


def unlocked_checks(path: Path, open_vault: Callable[[], Vault]) -> tuple[bool, list[Check]]:
    """(whether the vault opened, the checks). ``path`` is only for messages."""
    try:
        vault = open_vault()
    except Exception as error:  # noqa: BLE001 - every failure to open becomes a FAIL line
        return False, [unlock_failed(error)]
    try:
        opened = Check(
            "unlock",
            SKIPPED[0],
            Status.PASS,
            _opened(vault),
            "opened",
            "The passphrase slot unwrapped the data key (so the slot's AEAD accepted "
            f"its parameters) and the key opens {path.name}/vault.db.",
        )
        return True, [opened] + [
            _guarded(check_id, title, check, vault)
            for (check_id, check), title in zip(_CHECKS, SKIPPED[1:-1], strict=True)
        ] + [change_counter(vault)]
    finally:
        vault.close()


def _opened(vault: Vault) -> str:
    """'opened' and how long unlocking takes now against at init."""

    slot = next((s for s in vault.header.slots if s.kind == "passphrase"), None)
    if slot is None:
        return "opened"
    return f"opened; {unlock_timing.describe(slot.kdf)}"


def leftover_check(path: Path) -> Check | None:
    """An 'unlock' WARN instead of opening, when opening would roll back a journal or
    finish a key rotation and so remove files the report has just listed."""
    present = [name for name in LEFTOVERS if (path / name).exists()]
    if not present:
        return None
    return Check(
        "unlock",
        SKIPPED[0],
        Status.WARN,
        f"not opened: {counted(len(present), 'leftover')} of an interrupted write "
        f"({', '.join(present)})",
        "opened",
        "Opening would roll back or finish the interrupted write and remove the leftover; "
        "an audit changes nothing, so the checks that need the passphrase were not run.",
        "Run 'intake verify' (it finishes or rolls back the write), then audit again.",
    )


def unlock_failed(error: Exception) -> Check:
    not_checked = "Not checked: " + ", ".join(title.lower() for title in SKIPPED[1:]) + "."
    if isinstance(error, IntakeError):
        measured, hint = error.message, error.hint
    else:
        measured, hint = f"unexpected error ({type(error).__name__})", _RESTORE
    why = (
        "Wrong passphrase, or a key slot was edited (its AEAD refuses it). "
        if isinstance(error, WrongPassphrase)
        else ""
    )
    return Check(
        "unlock",
        SKIPPED[0],
        Status.FAIL,
        measured,
        "opened",
        why + not_checked,
        hint or "Run 'intake verify' for details.",
    )


CheckFn = Callable[["Connection", "Header"], Check]


def _guarded(check_id: str, title: str, check: CheckFn, vault: Vault) -> Check:
    """Run one check; a database error while reading becomes that check's FAIL."""
    try:
        return check(vault.connection, vault.header)
    except IntakeError as error:
        return Check(
            check_id,
            title,
            Status.FAIL,
            error.message,
            "readable",
            "The database could not be read for this check.",
            error.hint or _RESTORE,
        )
    except Exception as error:  # noqa: BLE001 - an unexpected error fails this check only
        # Only the type is shown: a database error's text could quote content.
        return Check(
            check_id,
            title,
            Status.FAIL,
            f"unexpected error ({type(error).__name__})",
            "readable",
            "The database could not be read for this check.",
            _RESTORE,
        )


def _settings(conn: Connection) -> dict[str, str]:
    settings = {}
    for line in inspect.cipher_settings(conn):
        name, _, value = line.removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        settings[name.strip()] = value.strip()
    return settings


def cipher_settings(conn: Connection, header: Header) -> Check:
    found = _settings(conn)
    use_hmac, plain = found.get("cipher_use_hmac"), found.get("cipher_plaintext_header_size")
    measured = (
        f"cipher_use_hmac {use_hmac}, cipher_plaintext_header_size {plain}; "
        f"kdf_iter {found.get('kdf_iter')} and {found.get('cipher_kdf_algorithm')} unused"
    )
    expected = "cipher_use_hmac 1, cipher_plaintext_header_size 0"
    raw_key = (
        "SQLCipher prints its passphrase-KDF settings (kdf_iter) even with a raw key: "
        "intake gives it a random 256-bit key, so they are never used."
    )
    if use_hmac != "1" or plain != "0":
        return Check(
            "cipher.settings",
            SKIPPED[1],
            Status.FAIL,
            measured,
            expected,
            "Pages are not authenticated or the first bytes are left in plaintext "
            "(a legacy compatibility setting).",
            _RESTORE,
        )
    return Check(
        "cipher.settings",
        SKIPPED[1],
        Status.PASS,
        measured,
        expected,
        "Every page is authenticated and nothing is left in plaintext. " + raw_key,
    )


def cipher_provider(conn: Connection, header: Header) -> Check:
    version = inspect.pragma(conn, "cipher_version")
    provider = inspect.pragma(conn, "cipher_provider")
    provider_version = inspect.pragma(conn, "cipher_provider_version")
    ok = version.startswith("4.") and provider == "openssl"
    return Check(
        "cipher.provider",
        SKIPPED[2],
        Status.PASS if ok else Status.FAIL,
        f"SQLCipher {version} with {provider} {provider_version}",
        "SQLCipher 4.x with OpenSSL",
        "The library that opened the vault: "
        "AES-256 in CBC mode per page with a random IV, keyed raw.",
        "Nothing to do." if ok else "Reinstall intake with sqlcipher3 >= 0.6.4.",
    )


def page_size(conn: Connection, header: Header) -> Check:
    found, wanted = inspect.pragma(conn, "cipher_page_size"), str(header.database["page_size"])
    ok = found == wanted
    return Check(
        "cipher.page_size",
        SKIPPED[3],
        Status.PASS if ok else Status.FAIL,
        f"{found} bytes",
        f"{wanted} bytes (as the header says)",
        "The page size matches the header." if ok else "The page size differs from the header's.",
        "Nothing to do." if ok else _RESTORE,
    )


def hmac_algorithm(conn: Connection, header: Header) -> Check:
    found = inspect.pragma(conn, "cipher_hmac_algorithm")
    status = {"HMAC_SHA512": Status.PASS, "HMAC_SHA256": Status.WARN}.get(found, Status.FAIL)
    return Check(
        "cipher.hmac",
        SKIPPED[4],
        status,
        found or "none",
        f"{header.database['hmac']} (SQLCipher 4 default)",
        "Each page carries an HMAC that detects tampering."
        if status is Status.PASS
        else "A weaker or legacy HMAC than SQLCipher 4's default.",
        "Nothing to do." if status is Status.PASS else _RESTORE,
    )


def memory_security(conn: Connection, header: Header) -> Check:
    found = inspect.pragma(conn, "cipher_memory_security")
    ok = found == "1"
    return Check(
        "cipher.memory_security",
        SKIPPED[5],
        Status.PASS if ok else Status.WARN,
        "on" if ok else f"off ({found or 'unknown'})",
        "on",
        "SQLCipher wipes its buffers when freeing them."
        if ok
        else "Freed buffers may keep decrypted pages in memory.",
        "Nothing to do." if ok else "Upgrade intake; it turns this on.",
    )


def _problems(rows: list[str], clean: list[str]) -> tuple[Status, str]:
    if rows == clean:
        return Status.PASS, "no problems"
    first = rows[0] if len(rows[0]) <= 60 else rows[0][:57] + "..."
    return Status.FAIL, f"{counted(len(rows), 'problem')}, first: {first}"


def page_authentication(conn: Connection, header: Header) -> Check:
    inspect.checkpoint(conn)
    status, measured = _problems(inspect.check_rows(conn, "cipher_integrity_check"), [])
    return Check(
        "db.cipher_integrity",
        SKIPPED[6],
        status,
        measured,
        "every page's HMAC verifies (cipher_integrity_check)",
        "No page was changed since it was written with this key."
        if status is Status.PASS
        else "Pages were damaged or tampered with.",
        "Nothing to do." if status is Status.PASS else _RESTORE,
    )


def database_structure(conn: Connection, header: Header) -> Check:
    status, measured = _problems(inspect.check_rows(conn, "integrity_check"), ["ok"])
    return Check(
        "db.integrity",
        SKIPPED[7],
        status,
        measured,
        "ok (integrity_check)",
        "Tables and indexes are consistent."
        if status is Status.PASS
        else "The database structure is damaged.",
        "Nothing to do." if status is Status.PASS else _RESTORE,
    )


def migration_state(conn: Connection, header: Header) -> Check:

    version, recorded = inspect.migration_versions(conn)
    ok = version == LATEST and recorded == list(range(1, version + 1))
    return Check(
        "db.migrations",
        SKIPPED[8],
        Status.PASS if ok else Status.FAIL,
        f"user_version {version}, recorded {', '.join(map(str, recorded)) or 'none'}",
        f"user_version {LATEST}, each step 1..{LATEST} recorded",
        "The schema is the one this intake expects."
        if ok
        else "The schema version and its history disagree.",
        "Nothing to do." if ok else _RESTORE,
    )


def connection_settings(conn: Connection, header: Header) -> Check:
    temp, delete = inspect.pragma(conn, "temp_store"), inspect.pragma(conn, "secure_delete")
    journal = inspect.pragma(conn, "journal_mode")
    ok = (temp, delete, journal) == ("2", "1", "delete")
    return Check(
        "db.connection",
        SKIPPED[9],
        Status.PASS if ok else Status.FAIL,
        f"temp_store {temp}, secure_delete {delete}, journal_mode {journal}",
        "temp_store 2 (memory), secure_delete 1, journal_mode delete",
        "No temporary plaintext files; deleted rows are overwritten; the journal is encrypted."
        if ok
        else "This intake opens the vault with unsafe settings.",
        "Nothing to do." if ok else "Upgrade intake.",
    )


def contents(conn: Connection, header: Header) -> Check:
    counts = inspect.row_counts(conn)
    measured = ", ".join(f"{name} {n}" for name, n in counts.items()) or "no content tables"
    return Check(
        "db.contents",
        SKIPPED[10],
        Status.PASS,
        measured,
        "numbers of rows only",
        "How much the vault holds; no content was read.",
    )


def change_counter(vault: Vault) -> Check:
    """The rollback check's outcome at this open (a refused rollback fails 'unlock')."""
    state = vault.counter_state
    repaired = state.note.startswith("repaired") or state.note.startswith("accepted")
    return Check(
        "db.changes",
        SKIPPED[-1],
        Status.WARN if repaired else Status.PASS,
        f"change {state.counter}, {state.note}",
        "the database's change counter equals its record in changes.json",
        "An earlier vault.db put back would be older than the record and refused."
        + (" The record was one change behind (a crash between two writes)." if repaired else ""),
        "Nothing to do if intake was interrupted while writing; otherwise find out why.",
    )


# In the order of SKIPPED[1:-1], whose titles they carry.
_CHECKS: tuple[tuple[str, CheckFn], ...] = (
    ("cipher.settings", cipher_settings),
    ("cipher.provider", cipher_provider),
    ("cipher.page_size", page_size),
    ("cipher.hmac", hmac_algorithm),
    ("cipher.memory_security", memory_security),
    ("db.cipher_integrity", page_authentication),
    ("db.integrity", database_structure),
    ("db.migrations", migration_state),
    ("db.connection", connection_settings),
    ("db.contents", contents),
)
