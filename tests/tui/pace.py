"""Pilot types faster than a person: after a dialog closes, a person reads the screen first.

Keys typed within the settle after a dialog closes are dropped on purpose (see
intake.tui.typeahead); a test that goes on working as a person would reads the screen
first. The apps of the TUI tests keep the guard's time on a ReadingClock: real time, plus
a settle for each reading, so a reading costs no real wait while keys typed in a burst
meet the guard exactly as a person's would.
"""

from __future__ import annotations

import time

from textual.pilot import Pilot

from intake.tui.typeahead import SETTLE_SECONDS


class ReadingClock:
    """Real time, moved on by a settle each time the person reads the screen."""

    def __init__(self) -> None:
        self.read_for = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.read_for

    def read(self) -> None:
        self.read_for += SETTLE_SECONDS


async def read_screen(pilot: Pilot[None]) -> None:
    """Let a person read the screen between seeing a dialog close and typing the next key."""
    clock = getattr(getattr(pilot.app, "typeahead", None), "clock", None)
    if isinstance(clock, ReadingClock):
        clock.read()
        await pilot.pause()
    else:
        await pilot.pause(SETTLE_SECONDS)


class ReaderClock:
    """A clock for the type-ahead guard of a person who always reads the screen first:
    each reading is a settle later than the one before."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += SETTLE_SECONDS
        return self.now
