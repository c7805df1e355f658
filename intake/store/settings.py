"""Interface settings kept inside the vault (encrypted, like everything else in it).

A setting stored here reveals nothing to someone holding the powered-off laptop:
for example whether the panic wipe key is turned on.
"""

from __future__ import annotations

from intake.store.db import Connection, translate_errors

PANIC_WIPE_KEY = "setting.panic_wipe_key"


def flag(conn: Connection, key: str) -> bool:
    """A yes/no setting; off unless it was turned on."""
    with translate_errors():
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return row is not None and row[0] == "1"


def set_flag(conn: Connection, key: str, on: bool) -> None:
    """Inside the caller's transaction."""
    with translate_errors():
        conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (key, "1" if on else "0"),
        )
