"""The interface's hold on the vault: open, locked, and one job at a time.

What it protects: the open :class:`~intake.store.vault.Vault` (its data key and
its lock) lives here and nowhere else in the interface. Locking closes it, which
zeroes the data key and releases the directory lock; screens then hold no handle
that could reach the database. Every job that touches the vault runs under one
thread lock, so a worker and a lock request never use the connection at once,
and a lock waits for a write in progress to commit instead of cutting it.

Limits: passphrases typed into the interface pass through Python strings inside
Textual's input widget, which cannot be wiped; they are converted to bytearrays
and zeroed as soon as they are handed over, and the widget is cleared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from intake import memory
from intake.errors import IntakeError
from intake.store.shred import shred

if TYPE_CHECKING:
    from intake.store.vault import Vault

T = TypeVar("T")


class VaultLocked(IntakeError):
    """A job asked for the vault after it was locked; its result is dropped quietly."""

    def __init__(self) -> None:
        super().__init__("the vault is locked", "Unlock it with the passphrase.")


class Session:
    """The vault path, the open vault (or None when locked) and the lock around its use."""

    def __init__(
        self, path: Path, vault: Vault | None = None, *, unlock_note: str | None = None
    ) -> None:
        self.path = path
        self._vault = vault
        self.unlock_note = unlock_note  # shown on the unlock screen (the demo's passphrase)
        self._guard = threading.RLock()

    @property
    def unlocked(self) -> bool:
        return self._vault is not None

    def exists(self) -> bool:
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.store.vault import HEADER_FILE

        return (self.path / HEADER_FILE).is_file()

    def open(self, passphrase: bytearray) -> None:
        """Derive the key and open the vault (slow: run it in a worker); zeroes the passphrase."""
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.store.vault import Vault

        try:
            vault = Vault.open(self.path, passphrase)
        finally:
            passphrase[:] = bytes(len(passphrase))
        with self._guard:
            self._adopt(vault)

    def create(self, passphrase: bytearray) -> str:
        """Create the vault, keep it open, return the recovery key text to show once."""
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.keys import profile_from_env
        from intake.store.vault import Vault

        try:
            vault, recovery = Vault.create(self.path, passphrase, kdf=profile_from_env())
        finally:
            passphrase[:] = bytes(len(passphrase))
        with self._guard:
            self._adopt(vault)
        return recovery

    def _adopt(self, vault: Vault) -> None:
        if self._vault is not None:
            vault.close()
            return
        self._vault = vault

    def call(self, job: Callable[[Vault], T]) -> T:
        """Run ``job`` with the open vault, one job at a time; VaultLocked when locked."""
        with self._guard:
            if self._vault is None:
                raise VaultLocked()
            return job(self._vault)

    def check_passphrase(self, passphrase: bytearray) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens the vault's passphrase slot."""
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.store import slots
        from intake.store.vault import read_header

        try:
            data_key = slots.open_passphrase(read_header(self.path), passphrase)
        finally:
            passphrase[:] = bytes(len(passphrase))
        data_key[:] = bytes(len(data_key))

    def panic_key_enabled(self) -> bool:
        """Whether the panic wipe key is turned on (off by default; False when locked)."""
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.store import settings

        with self._guard:
            if self._vault is None:
                return False
            return settings.flag(self._vault.connection, settings.PANIC_WIPE_KEY)

    def set_panic_key(self, on: bool) -> None:
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.store import settings

        def save(vault: Vault) -> None:
            with vault.transaction() as conn:
                settings.set_flag(conn, settings.PANIC_WIPE_KEY, on)

        self.call(save)

    def wipe(self) -> int:
        """Close the vault (zeroing its key) and destroy it: see :mod:`intake.store.shred`."""

        with self._guard:
            self.lock()
            return shred(self.path)

    def lock(self) -> None:
        """Close the vault: the data key is zeroed, the directory lock released, and the
        engine's caches of names and words dropped (:mod:`intake.memory`)."""
        with self._guard:
            vault, self._vault = self._vault, None
            if vault is not None:
                vault.close()
            memory.forget()
