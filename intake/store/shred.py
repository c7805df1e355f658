"""Panic wipe: make a vault unreadable at once, whatever its size.

What it protects: a vault about to be seized. Everything that can unwrap the
data key is in ``header.json`` (the key slots) and, during a key rotation, in
temporary header copies; each is overwritten in place with random bytes and
fsynced, then every file intake wrote is removed and the directory synced. The
database itself is only removed: it is ciphertext under a random 256-bit key
that now exists nowhere, so neither the passphrase nor the recovery key opens
what is left, and the time taken does not grow with the vault's size.

Limits: on flash storage (SSDs, phones, USB sticks) wear levelling and
copy-on-write file systems (btrfs, ZFS, APFS) may keep the old blocks of the
header beyond an in-place overwrite; backups, synced copies and exports are
elsewhere and untouched; a copy of the header taken earlier still opens a copy
of the database taken earlier.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from intake.errors import VaultNotFound
from intake.fsutil import fsync_dir

KEY_FILES = ("header.json",)  # overwritten in place before removal
OTHER_FILES = (
    "changes.json",
    "vault.db",
    "vault.db-journal",
    "vault.db-wal",
    "vault.db-shm",
    "vault.db.rekey",
    "vault.db.rekey-journal",
    "changes.json.rekey",
)


def _overwrite(path: Path) -> None:
    """Replace every byte of ``path`` with random bytes, in place, and fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    try:
        size = os.fstat(fd).st_size
        written = 0
        while written < size:
            written += os.write(fd, secrets.token_bytes(min(65536, size - written)))
        os.fsync(fd)
    finally:
        os.close(fd)


def _key_copies(directory: Path) -> list[Path]:
    temps = sorted(directory.glob(".header.json.*.tmp"))
    return [directory / name for name in KEY_FILES] + temps


def shred(directory: Path) -> int:
    """Destroy the vault at ``directory``; return how many files were removed."""
    if not (directory / "header.json").is_file():
        raise VaultNotFound(f"no intake vault at '{directory}'")
    keyed = [p for p in _key_copies(directory) if p.is_file() and not p.is_symlink()]
    for path in keyed:
        _overwrite(path)
    removed = 0
    others = [directory / name for name in OTHER_FILES]
    others += sorted(directory.glob(".changes.json.*.tmp"))
    for path in (*keyed, *others):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    fsync_dir(directory)
    with contextlib.suppress(OSError):
        directory.rmdir()  # only if nothing else was stored there
        fsync_dir(directory.parent)
    return removed
