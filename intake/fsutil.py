"""Durable, private file writes: temp file in the same directory, fsync, rename, fsync dir.

A reader sees either the old file or the new one, never a mix, even if the
process is killed at any instant. Files are created 0600 and directories 0700
because they may hold encrypted vault data or exports the user asked for.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes | bytearray, mode: int = FILE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    os.close(fd)
    try:
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (parents as needed) and make the leaf 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    path.chmod(DIR_MODE)


def remove_stale_temps(directory: Path, name: str) -> None:
    """Delete temp files an interrupted :func:`atomic_write` of ``name`` left behind."""
    for stale in directory.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
