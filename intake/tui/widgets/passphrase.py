"""A passphrase field that masks what is typed and never lets it reach the clipboard.

Textual's ``Input(password=True)`` only masks the display: a selection could
still be copied or cut to the terminal's clipboard (OSC 52). Here copy and cut
do nothing, and :meth:`take` hands the value over as a bytearray and clears
the field. Limit: the widget keeps the text in a Python string until cleared.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class PassphraseInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "submit", "Submit")]

    def __init__(self, placeholder: str = "passphrase", *, id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, password=True, id=id, select_on_focus=False)

    def action_copy(self) -> None:
        """Disabled: a passphrase never goes to the clipboard."""

    def action_cut(self) -> None:
        """Disabled: a passphrase never goes to the clipboard."""

    def take(self) -> bytearray:
        """The typed passphrase as UTF-8 bytes; the field is emptied."""
        secret = bytearray(self.value.encode("utf-8"))
        self.clear()
        return secret
