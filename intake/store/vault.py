"""The vault: a directory holding ``header.json`` (key slots) and ``vault.db`` (SQLCipher).

What it protects: every testimony, person and decision, encrypted at rest with a
random 256-bit data key that only the passphrase or the recovery key unwraps.
Opening takes an exclusive lock on the directory (a second process gets "vault
in use"). Changing the passphrase rewrites only the header, atomically: at every
instant the old or the new passphrase opens the vault.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from intake import keys, textsearch
from intake.errors import VaultCorrupt, VaultError, VaultNotFound
from intake.fsutil import FILE_MODE, atomic_write, make_private_dir, remove_stale_temps
from intake.store import counter, migrations, rekey, slots
from intake.store.backup import write_backup
from intake.store.db import Connection, connect, integrity_problems, translate_errors
from intake.store.header import DATABASE, Header
from intake.store.lock import VaultLock

HEADER_FILE = "header.json"
DB_FILE = "vault.db"


class Vault:
    """An open, unlocked vault. Close it (or use ``with``) to drop the key and the lock."""

    def __init__(
        self, path: Path, header: Header, conn: Connection, lock: VaultLock, data_key: bytearray
    ) -> None:
        self.path = path
        self.header = header
        self.connection = conn
        self._lock = lock
        self._data_key = data_key
        self.counter_state = counter.CounterState(0, "started")
        self._record_behind = False

    # -- creating and opening -------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: bytearray,
        *,
        kdf: keys.KdfParams | None = None,
        unlock_seconds: float = 1.0,
    ) -> tuple[Vault, str]:
        """Create a vault; return it open, with the recovery key text to show once."""
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultError(
                f"'{path}' already exists and is not an empty directory",
                "Choose another --vault path; intake never overwrites a vault.",
            )
        make_private_dir(path)
        lock = VaultLock(path)
        try:
            return cls._initialise(path, lock, passphrase, kdf, unlock_seconds)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _initialise(
        cls,
        path: Path,
        lock: VaultLock,
        passphrase: bytearray,
        kdf: keys.KdfParams | None,
        unlock_seconds: float,
    ) -> tuple[Vault, str]:
        started = time.perf_counter()
        params = kdf or keys.calibrate(unlock_seconds)
        data_key = keys.new_data_key()
        recovery_key, recovery_text = keys.new_recovery_key()
        header = Header(vault_id=secrets.token_hex(16), slots=())
        seconds = None if kdf else time.perf_counter() - started
        header = Header(
            header.vault_id,
            (
                slots.passphrase_slot(header, data_key, passphrase, params, seconds),
                slots.recovery_slot(header, data_key, recovery_key),
            ),
        )
        keys.zero(recovery_key)
        (path / DB_FILE).touch(mode=FILE_MODE, exist_ok=False)
        conn = connect(path / DB_FILE, data_key, int(DATABASE["page_size"]))
        migrations.migrate(conn)
        with translate_errors():
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (header.vault_id,)
            )
        counter.start(conn)
        counter.write_record(path, header.vault_id, 0, data_key)
        atomic_write(path / HEADER_FILE, header.to_bytes())
        return cls(path, header, conn, lock, data_key), recovery_text

    @classmethod
    def open(cls, path: Path, passphrase: bytearray, *, accept_rollback: bool = False) -> Vault:
        """Open with the passphrase. ``accept_rollback`` takes an older database as it is
        (after a restore the user intended) instead of refusing it."""
        return cls._open(
            path, lambda header: slots.open_passphrase(header, passphrase), accept_rollback
        )

    @classmethod
    def open_with_recovery(cls, path: Path, recovery_key: bytearray) -> Vault:
        return cls._open(path, lambda header: slots.open_recovery(header, recovery_key))

    @classmethod
    def _open(cls, path: Path, unlock: object, accept_rollback: bool = False) -> Vault:
        if not (path / HEADER_FILE).is_file():
            raise VaultNotFound(f"no intake vault at '{path}'")
        lock = VaultLock(path)
        try:
            header = read_header(path)
            data_key = unlock(header)  # type: ignore[operator]
            try:
                conn, state = _connect_checked(path, header, data_key, accept_rollback)
            except BaseException:
                keys.zero(data_key)
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(path, header, conn, lock, data_key)
        vault.counter_state = state
        return vault

    # -- using ----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. Each commit advances the
        change counter, in the database and then in its record (rollback detection)."""
        if self._record_behind:
            self._write_record()  # a record left behind by a failed write is caught up first
        with translate_errors():
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
                value = counter.bump(self.connection)
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
        self.counter_state = counter.CounterState(value, "in step")
        self._record_behind = True
        self._write_record()

    def _write_record(self) -> None:
        counter.write_record(
            self.path, self.header.vault_id, self.counter_state.counter, self._data_key
        )
        self._record_behind = False

    def backup(self, out: Path) -> None:
        """Write a verified, self-contained encrypted copy to the new directory ``out``."""

        write_backup(
            self.path,
            out,
            self._data_key,
            self.header.database["page_size"],
            (HEADER_FILE, DB_FILE, counter.RECORD_FILE),
        )

    def verify(self) -> list[str]:
        """Check every page's HMAC and the database structure; return problems (empty = ok)."""
        return integrity_problems(self.connection)

    def close(self) -> None:
        """Close the database, zero the data key, drop cached testimony words, unlock."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        keys.zero(self._data_key)

        textsearch.forget()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- key slots --------------------------------------------------------------
    def change_passphrase(self, new_passphrase: bytearray) -> None:
        """Rewrap the data key under a new passphrase; only the header is rewritten."""
        old = self.header.slot("passphrase")
        params = slots.kdf_params(old.kdf)
        new_slot = slots.passphrase_slot(
            self.header, self._data_key, new_passphrase, params, old.kdf.get("calibrated_seconds")
        )
        header = self.header.with_slot(new_slot)
        remove_stale_temps(self.path, HEADER_FILE)
        atomic_write(self.path / HEADER_FILE, header.to_bytes())
        self.header = header

    def rekey(self, new_passphrase: bytearray, recovery_key: bytearray) -> None:
        """Rotate the data key: re-encrypt the database under a fresh random key and rewrap
        both slots (under ``new_passphrase`` and ``recovery_key``, which may be new)."""
        new_key = keys.new_data_key()
        page_size = int(self.header.database["page_size"])
        try:
            value = rekey.export(self.connection, self.path, new_key, page_size)
            header = slots.rewrapped(self.header, new_key, new_passphrase, recovery_key)
            rekey.write_pending_record(self.path, self.header.vault_id, value, new_key)
            remove_stale_temps(self.path, HEADER_FILE)
            atomic_write(self.path / HEADER_FILE, header.to_bytes())  # the commit point
        except BaseException:
            keys.zero(new_key)  # pending files are dropped (or finished) at the next open
            raise
        self.connection.close()
        rekey.finish(self.path, new_key, header.vault_id, page_size)
        self.connection = connect(self.path / DB_FILE, new_key, page_size)
        keys.zero(self._data_key)
        self._data_key, self.header = new_key, header
        self.counter_state = counter.CounterState(value, "in step")


def read_header(path: Path) -> Header:
    try:
        with (path / HEADER_FILE).open("rb") as handle:
            data = handle.read(64 * 1024 + 1)
    except OSError as error:
        raise VaultCorrupt(f"cannot read the vault header: {error.strerror}") from None
    return Header.from_bytes(data)


def _connect_checked(
    path: Path, header: Header, data_key: bytearray, accept_rollback: bool
) -> tuple[Connection, counter.CounterState]:
    """Finish or drop an interrupted key rotation, open the database, check that it belongs
    to the header and is not an earlier copy, then apply pending migrations."""
    page_size = int(header.database["page_size"])
    rekey.finish(path, data_key, header.vault_id, page_size)
    conn = connect(path / DB_FILE, data_key, page_size)
    try:
        _check_belongs(conn, header)
        state = counter.reconcile(path, conn, header.vault_id, data_key, accept=accept_rollback)
        migrations.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn, state


def _check_belongs(conn: Connection, header: Header) -> None:
    migrations.check_not_newer(conn)
    if migrations.current_version(conn) == 0:
        raise VaultCorrupt("the vault's database is empty: it was never initialised")
    with translate_errors():
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != header.vault_id:
        raise VaultCorrupt("the vault's database does not belong to its header")
