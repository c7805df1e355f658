"""Self-contained encrypted backups: a consistent copy of the database and header, verified.

The copy is made while the source vault is open and locked by this process with
no transaction in progress, so the database file is consistent on disk. The copy
keeps the same data key and key slots: the same passphrase or recovery key
opens it. It is verified (page HMACs and structure) before the command returns.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from intake.errors import VaultCorrupt, VaultError
from intake.fsutil import FILE_MODE, atomic_write, fsync_dir, make_private_dir
from intake.store.db import connect, integrity_problems

CHUNK = 1024 * 1024


def _copy(source: Path, target: Path) -> None:
    """Copy ``source`` to a new private file ``target`` in pieces of ``CHUNK`` bytes, so
    memory stays the same whatever the vault's size; durable once it returns."""
    if source.stat().st_size <= CHUNK:
        atomic_write(target, source.read_bytes())
        return
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with source.open("rb", buffering=0) as handle:
            while chunk := handle.read(CHUNK):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(
    source_dir: Path, out: Path, data_key: bytearray, page_size: int, files: tuple[str, str, str]
) -> None:
    """Copy ``files`` (header, database, change record) from ``source_dir`` into ``out``.

    The copy is built and verified in a hidden sibling directory, then renamed to ``out``:
    a killed backup leaves no half-made ``out``, only a hidden temporary directory that the
    next backup to the same place removes.
    """
    _check_target(source_dir, out)
    for stale in out.parent.glob(f".{out.name}.partial-*"):
        shutil.rmtree(stale, ignore_errors=True)
    work = out.parent / f".{out.name}.partial-{secrets.token_hex(4)}"
    make_private_dir(work)
    try:
        _build(source_dir, work, data_key, page_size, files)
        if out.exists():
            out.rmdir()  # empty, checked above; rename cannot replace a directory otherwise
        work.rename(out)
        fsync_dir(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
        raise


def _check_target(source_dir: Path, out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise VaultError(
            f"'{out}' already exists and is not empty",
            "Name a new directory for the backup; intake never overwrites one.",
        )
    if not out.parent.is_dir():
        # Never created: a mistyped mount point would put the copy on the laptop's own disk.
        raise VaultError(
            f"the folder '{out.parent}' that should hold the backup does not exist",
            "Check the path (is the backup disk mounted?) or create the folder "
            "first. Nothing was written.",
        )
    if out.resolve().is_relative_to(source_dir.resolve()):
        raise VaultError(
            "the backup cannot be written inside the vault itself",
            "Choose a directory outside the vault, ideally on another disk.",
        )


def _build(
    source_dir: Path, work: Path, data_key: bytearray, page_size: int, files: tuple[str, str, str]
) -> None:
    header_file, db_file, record_file = files
    _copy(source_dir / db_file, work / db_file)
    conn = connect(work / db_file, data_key, page_size)
    try:
        problems = integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        raise VaultCorrupt(
            "the backup copy failed its integrity check; it was removed",
            "Run 'intake verify' on the vault itself.",
        )
    _copy(source_dir / header_file, work / header_file)
    _copy(source_dir / record_file, work / record_file)  # the change record goes with its db
    fsync_dir(work)
