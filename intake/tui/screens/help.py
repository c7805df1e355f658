"""The help screen: every key of the screen below it, and the keys that work everywhere."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from intake.tui.safety import plain
from intake.tui.widgets.footer import KeyFooter

GLOBAL_KEYS = (
    ("f1", "this help"),
    ("ctrl+l or f12", "panic lock: close the vault at once, remove every screen"),
    ("ctrl+q", "quit (the vault is closed)"),
    ("tab / shift+tab", "move between fields"),
    ("escape", "back, cancel or clear"),
)
IDLE_NOTE = ("The vault also locks itself after {minutes} of no key press "
             "(INTAKE_IDLE_LOCK_SECONDS). Unlocking returns you where you were. "
             "Nothing is ever copied to the clipboard except redacted text you copy "
             "on purpose from the export preview.")


def _minutes(seconds: float) -> str:
    if seconds % 60 == 0:
        count = int(seconds // 60)
        return f"{count} minute" + ("" if count == 1 else "s")
    return f"{seconds:g} seconds"


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close help")]

    def __init__(self, title: str, keys: list[tuple[str, str]], idle_seconds: float) -> None:
        super().__init__()
        self._title = title
        self._keys = keys
        self._idle = idle_seconds

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide"):
            yield Static(f"Keys: {self._title}", classes="title", markup=False)
            table: DataTable[Text] = DataTable(cursor_type="none", show_cursor=False)
            table.add_columns("key", "what it does")
            for key, description in [*self._keys, *GLOBAL_KEYS]:
                table.add_row(plain(key), plain(description))
            yield table
            yield Static(IDLE_NOTE.format(minutes=_minutes(self._idle)), classes="muted",
                         markup=False)
        yield KeyFooter()
