"""Self-contained encrypted backups: a consistent copy of the database and header, verified.

The copy is made while the source vault is open and locked by this process with
no transaction in progress, so the database file is consistent on disk. The copy
keeps the same data key and key slots: the same passphrase or recovery key
opens it. It is verified (page HMACs and structure) before the command returns.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from intake.errors import VaultCorrupt, VaultError
from intake.fsutil import atomic_write, fsync_dir, make_private_dir
from intake.store.db import connect, integrity_problems

CHUNK = 1024 * 1024


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as handle:
        data = bytearray(handle.read())
    atomic_write(target, data)


def write_backup(source_dir: Path, out: Path, data_key: bytearray, page_size: int,
                 files: tuple[str, str]) -> None:
    """Copy ``files`` (header, database) from ``source_dir`` into the new directory ``out``."""
    header_file, db_file = files
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise VaultError(f"'{out}' already exists and is not empty",
                         "Name a new directory for the backup; intake never overwrites one.")
    if out.resolve().is_relative_to(source_dir.resolve()):
        raise VaultError("the backup cannot be written inside the vault itself",
                         "Choose a directory outside the vault, ideally on another disk.")
    make_private_dir(out)
    try:
        _copy(source_dir / db_file, out / db_file)
        conn = connect(out / db_file, data_key, page_size)
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise VaultCorrupt("the backup copy failed its integrity check; it was removed",
                               "Run 'intake verify' on the vault itself.")
        _copy(source_dir / header_file, out / header_file)
        fsync_dir(out)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(out)
        raise
