"""The change counter: an older ``vault.db`` put back is refused, not silently opened.

What it protects: a testimony deleted (or a person removed, a decision changed)
cannot be brought back by restoring an earlier copy of the database alone. Every
committed transaction advances a counter inside the database
(``vault_meta.change_counter``); after the commit the same number is written to
``changes.json`` beside it, sealed with AES-256-GCM under a key derived from the
data key (so only a holder of the data key can write one that opens, and the file
does not show how many changes were made),
atomically (temp file, fsync, rename, fsync directory).

At open:
- database == record: in step;
- database == record + 1: a crash came between the two writes; the record is
  repaired (the database holds the newer, committed state);
- database < record: an older database was put back: refused, naming both;
- database > record + 1, or the record missing or not verifying: the record was
  replaced or removed: refused, naming both.

Limits: a copy of the whole folder (database, record and header together) put
back is a consistent older vault and cannot be told apart from the real one; only
something kept outside the folder could. ``--accept-rollback`` on ``intake
verify`` takes the database as it is after an intended restore.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag

from intake import keys
from intake.errors import VaultCorrupt
from intake.fsutil import atomic_write, remove_stale_temps
from intake.store.db import Connection, translate_errors
from intake.store.header import b64, canonical, unb64

RECORD_FILE = "changes.json"
FORMAT = "intake-change-record"
META_KEY = "change_counter"
MAX_RECORD_BYTES = 4096
HINT = (
    "Put back the vault.db that belongs with this folder (or restore the whole folder of a "
    "backup: header.json, vault.db and changes.json together). To keep this database "
    "anyway, run 'intake verify --accept-rollback'."
)


@dataclass(frozen=True)
class CounterState:
    """What the open found: the counter and whether the record had to be repaired."""

    counter: int
    note: str  # "in step", "repaired after an interrupted write", "started", "accepted"


def db_counter(conn: Connection) -> int | None:
    with translate_errors():
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (META_KEY,)).fetchone()
    return None if row is None else int(row[0])


def start(conn: Connection) -> None:
    """Give a database its counter (at zero) if it has none; its own committed statement."""
    with translate_errors():
        conn.execute("INSERT OR IGNORE INTO vault_meta (key, value) VALUES (?, '0')", (META_KEY,))


def bump(conn: Connection) -> int:
    """Advance the counter inside the caller's transaction; return the new value."""
    with translate_errors():
        conn.execute(
            "UPDATE vault_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ?", (META_KEY,)
        )
    value = db_counter(conn)
    if value is None:
        raise VaultCorrupt("the vault's database has lost its change counter")
    return value


def _associated(vault_id: str) -> bytes:
    return canonical({"format": FORMAT, "version": 1, "vault_id": vault_id})


def write_record(
    directory: Path, vault_id: str, counter: int, data_key: bytearray, name: str = RECORD_FILE
) -> None:
    nonce, sealed = keys.seal_counter(data_key, counter, _associated(vault_id))
    document = {"format": FORMAT, "version": 1, "nonce": b64(nonce), "sealed": b64(sealed)}
    body = json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"
    remove_stale_temps(directory, name)
    atomic_write(directory / name, body)


def read_record(
    directory: Path, vault_id: str, data_key: bytearray, name: str = RECORD_FILE
) -> int | None:
    """The recorded counter; None when there is no record; VaultCorrupt when it does not
    open under this vault's data key."""
    path = directory / name
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            document = json.loads(handle.read(MAX_RECORD_BYTES))
        nonce, sealed = unb64(document["nonce"]), unb64(document["sealed"])
        return keys.open_counter(data_key, nonce, sealed, _associated(vault_id))
    except (OSError, ValueError, KeyError, TypeError, VaultCorrupt, InvalidTag):
        raise VaultCorrupt(
            "the vault's change record (changes.json) does not verify: it was edited, "
            "damaged, or belongs to another key",
            HINT,
        ) from None


def reconcile(
    directory: Path, conn: Connection, vault_id: str, data_key: bytearray, *, accept: bool
) -> CounterState:
    """Compare the database's counter with the record at open; repair or refuse."""
    if db_counter(conn) is None and not (directory / RECORD_FILE).exists():
        start(conn)  # a vault from before the counter existed: it starts now
        write_record(directory, vault_id, 0, data_key)
        return CounterState(0, "started")
    database = db_counter(conn)
    if accept:
        start(conn)
        database = db_counter(conn) or 0
        write_record(directory, vault_id, database, data_key)
        return CounterState(database, "accepted as it is")
    record = read_record(directory, vault_id, data_key)
    return _compare(directory, vault_id, data_key, database, record)


def _compare(
    directory: Path, vault_id: str, data_key: bytearray, database: int | None, record: int | None
) -> CounterState:
    if database is not None and record == database:
        return CounterState(database, "in step")
    if database is not None and (record == database - 1 or (record is None and database == 0)):
        write_record(directory, vault_id, database, data_key)
        return CounterState(database, "repaired after an interrupted write")
    shown_db = "none" if database is None else str(database)
    shown_record = "missing" if record is None else str(record)
    if record is not None and (database is None or database < record):
        message = (
            f"the vault's database is older than its change record (database at change "
            f"{shown_db}, record at change {shown_record}): an earlier copy of vault.db was "
            "put back, which could bring back deleted testimonies"
        )
    else:
        message = (
            f"the vault's change record is missing or older than its database (database at "
            f"change {shown_db}, record at change {shown_record}): changes.json was removed "
            "or replaced"
        )
    raise VaultCorrupt(message, HINT)
