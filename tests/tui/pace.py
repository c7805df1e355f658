"""Pilot types faster than a person: after a dialog closes, a person reads the screen first.

Keys typed within the settle after a dialog closes are dropped on purpose (see
intake.tui.typeahead); a test that goes on working as a person would waits it out.
"""

from __future__ import annotations

from textual.pilot import Pilot

from intake.tui.typeahead import SETTLE_SECONDS


async def read_screen(pilot: Pilot[None]) -> None:
    """Wait as a person does between seeing a dialog close and typing the next key."""
    await pilot.pause(SETTLE_SECONDS)


class ReaderClock:
    """A clock for the type-ahead guard of a person who always reads the screen first:
    each reading is a settle later than the one before."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += SETTLE_SECONDS
        return self.now
