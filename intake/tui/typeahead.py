"""Keys typed ahead never act on a dialog or screen the person has not seen yet.

A path typed quickly into the import dialog, Enter, and the rest of the typing
went to the testimony list, where "d" opened the Delete dialog; a word typed
on the list in the belief that the search field had the cursor ("duty") can
open Delete with its "d" and answer yes with its "y". A person typing ahead
cannot see a dialog open or close: for a short settle after either, keys that
type a character or Enter are dropped unless a text field has the cursor.
Command keys (ctrl+..., alt+..., F-keys, Escape) are always deliberate and
pass. The clock is injectable so tests can move time without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import events
from textual.widget import Widget
from textual.widgets import Input, TextArea

SETTLE_SECONDS = 0.4
"""Longer than a keystroke of someone typing ahead, shorter than reading a screen."""


def types_or_enters(event: events.Key) -> bool:
    """A key that would type a character, or Enter: what a one-letter shortcut listens to."""
    return event.key == "enter" or (event.is_printable and "+" not in event.key)


class TypeAheadGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._closed_at: float | None = None

    def dialog_changed(self) -> None:
        """A dialog (a modal screen) opened or closed: what is under the keys changed."""
        self._closed_at = self.clock()

    def drops(self, event: events.Key, focused: Widget | None) -> bool:
        """Whether ``event`` was typed before a dialog opened or closed a moment ago."""
        if self._closed_at is None or not types_or_enters(event):
            return False
        if isinstance(focused, Input | TextArea):
            return False  # the character shows where it went; nothing is triggered
        return self.clock() < self._closed_at + SETTLE_SECONDS
