"""Checks of the vault's files: permissions, and whether the database looks encrypted.

They read modes, owners, sizes and the database's first pages (for an SQLite
header and an entropy estimate). File content is never put into a check. They
prove what is on disk now; they cannot see copies elsewhere (backups, exports,
swap) or what was deleted before.
"""

from __future__ import annotations

import math
import os
import shlex
import stat
from collections import Counter
from pathlib import Path

from intake.audit.report import Check, Status

SQLITE_MAGIC = b"SQLite format 3\x00"
SAMPLE_PAGES = 4
RANDOM_BITS_PER_BYTE = 7.8  # a 4 KiB page of random bytes measures about 7.95


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte (8.0 for perfectly random bytes)."""
    if not data:
        return 0.0
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values())


def file_checks(path: Path, page_size: int) -> list[Check]:
    checks = [permissions(path, "perm.directory", "Directory permissions", 0o700)]
    for name, check_id in (("header.json", "perm.header"), ("vault.db", "perm.database")):
        if (path / name).exists():
            checks.append(permissions(path / name, check_id, f"Permissions of {name}", 0o600))
    return checks + database_file(path / "vault.db", page_size)


def permissions(target: Path, check_id: str, title: str, wanted: int) -> Check:
    info = target.lstat()
    mode = stat.S_IMODE(info.st_mode)
    measured = f"{mode:04o}" + ("" if info.st_uid == os.getuid() else ", owned by another user")
    expected = f"{wanted:04o}, owned by you, not a symbolic link"
    action = f"chmod {wanted:o} {shlex.quote(str(target))}"
    if stat.S_ISLNK(info.st_mode):
        return Check(
            check_id,
            title,
            Status.WARN,
            "symbolic link",
            expected,
            "The vault's protections depend on wherever the link points.",
            "Replace the link with the real file or directory.",
        )
    if mode & 0o022:
        return Check(
            check_id,
            title,
            Status.FAIL,
            measured,
            expected,
            "Other users can change or replace it (for example a weakened header).",
            action,
        )
    if mode & 0o055 or info.st_uid != os.getuid():
        return Check(
            check_id,
            title,
            Status.WARN,
            measured,
            expected,
            "Other users can copy it and guess the passphrase offline.",
            action,
        )
    return Check(
        check_id, title, Status.PASS, measured, expected, "Only your user account can read it."
    )


def database_file(db: Path, page_size: int) -> list[Check]:
    expected = f"a non-empty whole number of {page_size}-byte pages"
    try:
        size = db.stat().st_size
        with db.open("rb") as handle:
            sample = handle.read(page_size * SAMPLE_PAGES)
    except OSError as error:
        return [
            Check(
                "db.file",
                "Database file",
                Status.FAIL,
                f"unreadable ({error.strerror})",
                expected,
                "Without vault.db the testimonies are gone.",
                "Restore the vault from a backup made with 'intake backup'.",
            )
        ]
    if size == 0 or size % page_size:
        size_check = Check(
            "db.file",
            "Database file",
            Status.FAIL,
            f"{size} bytes",
            expected,
            "The database is empty, truncated or padded: part of it is missing.",
            "Restore the vault from a backup made with 'intake backup'.",
        )
    else:
        size_check = Check(
            "db.file",
            "Database file",
            Status.PASS,
            f"{size // page_size} pages, {size} bytes",
            expected,
            "The file holds whole pages (integrity needs the passphrase).",
        )
    return [size_check, database_bytes(sample, page_size)]


def database_bytes(sample: bytes, page_size: int) -> Check:
    title = "Database looks encrypted"
    expected = f"no SQLite header, >= {RANDOM_BITS_PER_BYTE} bits/byte"
    if sample.startswith(SQLITE_MAGIC):
        return Check(
            "db.encrypted",
            title,
            Status.FAIL,
            "plain SQLite header",
            expected,
            "The database is NOT encrypted: anyone can read it.",
            "Stop using it; create a vault with 'intake init' and wipe this file.",
        )
    if not sample:
        return Check(
            "db.encrypted",
            title,
            Status.WARN,
            "nothing to measure: the file is empty",
            expected,
            "An empty file holds nothing, encrypted or not ('Database file' says what is missing).",
            "Restore the vault from a backup made with 'intake backup'.",
        )
    pages = [sample[i : i + page_size] for i in range(0, len(sample), page_size)]
    lowest = min(entropy(page) for page in pages)
    measured = f"random-looking, lowest {lowest:.2f} bits/byte over {len(pages)} page(s)"
    if lowest < RANDOM_BITS_PER_BYTE:
        return Check(
            "db.encrypted",
            title,
            Status.WARN,
            measured.replace("random-looking, ", ""),
            expected,
            "A page does not look random: it may be zeroed, damaged or unencrypted.",
            "Unlock and run the audit again; restore from a backup if the integrity checks fail.",
        )
    return Check(
        "db.encrypted",
        title,
        Status.PASS,
        measured,
        expected,
        "The first pages look like ciphertext. This cannot prove the cipher or the key "
        "is sound: unlocking checks that.",
    )
