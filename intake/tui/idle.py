"""The idle lock's clock: when did the person last press a key or move the mouse?

The app pokes the watch from ``App.on_event`` for every input event, before any
widget sees it, so no widget can swallow the activity that keeps the vault open.
The clock is injectable so tests can move time without sleeping.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

DEFAULT_IDLE_SECONDS = 300.0
IDLE_ENV = "INTAKE_IDLE_LOCK_SECONDS"


def idle_seconds_from_env() -> float:
    """$INTAKE_IDLE_LOCK_SECONDS if it is a positive number, else five minutes."""
    raw = os.environ.get(IDLE_ENV, "")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_IDLE_SECONDS
    return value if value > 0 else DEFAULT_IDLE_SECONDS


class IdleWatch:
    def __init__(self, limit: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._last = clock()

    def poke(self) -> None:
        self._last = self.clock()

    def expired(self) -> bool:
        return self.clock() - self._last >= self.limit
