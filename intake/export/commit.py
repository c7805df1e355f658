"""Writing an export all or nothing: its files and its log entry land together or not at all.

Each file is first written in full to a hidden temporary file beside its target
(created exclusively, mode 0600, fsynced). Only when every one is on disk does
a vault transaction record the export and, inside it, rename the files into
place; the transaction commits after the last rename. Any failure on the way (a
full disk, a read-only folder, a folder where the manifest should go, the vault
refusing the write) removes the temporary and already placed files, rolls the
log entry back and reports in plain words, never an exception name.

With ``--force`` a file being replaced is first hard-linked to a hidden name
beside it, so a failure after its rename puts the old file back; the links go
once the transaction has committed. Limit: on a file system without hard links
(some network and FAT mounts) the old file is not kept, and a failure after its
rename leaves neither the old nor the new export there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from intake.errors import IntakeError
from intake.export.manifest import OutputFile
from intake.fsutil import FILE_MODE, fsync_dir
from intake.store.db import Connection
from intake.store.vault import Vault

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "a folder has that name",
    errno.ENOTDIR: "part of the path is not a folder",
}


class ExportNotWritten(IntakeError):
    """An export that could not be written; nothing of it is left and nothing was logged."""


def write_together(
    vault: Vault, files: Sequence[OutputFile], record: Callable[[Connection], int]
) -> int:
    """Write ``files`` and call ``record`` in one vault transaction; return its result."""
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    kept: dict[Path, Path] = {}
    try:
        for file in files:
            staged.append((_stage(file), file.path))
        with vault.transaction() as conn:
            log_id = record(conn)
            for temporary, target in staged:
                _keep_old(target, kept)
                temporary.replace(target)
                placed.append(target)
        for directory in {target.parent for _temporary, target in staged}:
            fsync_dir(directory)
    except BaseException as error:
        _remove([temporary for temporary, _target in staged] + placed)
        _restore(kept)
        if isinstance(error, OSError):
            raise _not_written(error, files) from None
        raise
    _remove(list(kept.values()))
    return log_id


def _keep_old(target: Path, kept: dict[Path, Path]) -> None:
    """A hard link to the file ``target`` replaces, to put back if the export fails."""
    if not target.is_file() or target.is_symlink():
        return
    link = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
    with contextlib.suppress(OSError):  # no hard links here: the documented limit
        os.link(target, link)
        kept[target] = link


def _restore(kept: dict[Path, Path]) -> None:
    for target, link in kept.items():
        with contextlib.suppress(OSError):
            link.replace(target)  # does nothing when ``target`` was never replaced
        _remove([link])


def _stage(file: OutputFile) -> Path:
    """``file``'s bytes written and fsynced to a hidden temporary file beside its target."""
    temporary = file.path.with_name(f".{file.path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(file.data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove([temporary])
        raise
    os.close(fd)
    return temporary


def _remove(paths: Sequence[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _not_written(error: OSError, files: Sequence[OutputFile]) -> ExportNotWritten:
    reason = _REASONS.get(error.errno or 0) or (error.strerror or "the system refused it").lower()
    folder = files[0].path.parent if files else Path()
    return ExportNotWritten(
        f"the export could not be written to '{folder}': {reason}",
        "Nothing was written and nothing was logged. Free some space or choose "
        "another folder (--out), then export again.",
    )
