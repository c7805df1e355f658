"""One process at a time per vault: an exclusive, non-blocking flock on the vault directory.

The lock is held for as long as a vault is open and released by the kernel if
the process dies, so a killed process never leaves the vault locked.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from intake.errors import VaultInUse


class VaultLock:
    def __init__(self, directory: Path) -> None:
        self._fd: int | None = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise VaultInUse() from None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
