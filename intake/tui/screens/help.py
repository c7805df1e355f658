"""The help screen: every key of the screen below it, and the keys that work everywhere."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from intake.tui.bindings import app_keys, f_key
from intake.tui.safety import plain
from intake.tui.widgets.footer import KeyFooter
from intake.wording import counted

GLOBAL_KEYS = (
    ("f1 or ?", "this help"),
    ("ctrl+l or f12", "panic lock: close the vault at once, remove every screen"),
    ("ctrl+q or f10", "quit (the vault is closed)"),
    ("f2", "settings (the panic wipe key)"),
    ("ctrl+b", "contacts and sealed bundles"),
    ("ctrl+p", "every command of the screen, by name"),
    ("tab / shift+tab", "move between fields"),
    ("escape", "back, cancel or clear"),
)
FLOW = "\n".join(
    (
        "How the work goes, from the testimony list:",
        "1. p People: register everyone a testimony names (each gets a pseudonym at once); "
        "t there lists the places and words that identify a source.",
        "2. n writes a testimony, i imports a file (.txt, .md, .docx, .json).",
        "3. r Review: decide every finding (a accept the redaction, k keep, c change), "
        "then p approves.",
        "4. x Export: ctrl+r previews, ctrl+w writes; nothing is written while a name "
        "or an identifier survives.",
    )
)
IDLE_NOTE = (
    "The vault also locks itself after {minutes} of no key press "
    "(INTAKE_IDLE_LOCK_SECONDS). Unlocking returns you where you were. "
    "Nothing is ever copied to the clipboard except redacted text you copy "
    "on purpose from the export preview."
)


def help_title(screen: object) -> str:
    """HELP_TITLE, else the class name in words (RecoveryKeyScreen: 'recovery key')."""
    name = type(screen).__name__.removesuffix("Screen").removesuffix("Modal")
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
    return str(getattr(screen, "HELP_TITLE", "") or words or "this screen")


def _minutes(seconds: float) -> str:
    if seconds % 60 == 0:
        count = int(seconds // 60)
        return counted(count, "minute")
    return f"{seconds:g} seconds"


def key_table(keys: list[tuple[str, str]]) -> Table:
    """Keys and what they do; long descriptions wrap instead of being cut at 80 columns."""
    table = Table(box=None, show_edge=False, pad_edge=False, expand=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("what it does", ratio=1)
    for key, description in keys:
        table.add_row(plain(key), plain(description))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("escape,q,question_mark", "dismiss", "Close help"),
            f_key("f1", show=False),  # F1 means help everywhere: here it closes it again
        ]
    )

    def __init__(self, title: str, keys: list[tuple[str, str]], idle_seconds: float) -> None:
        super().__init__()
        self._title = title
        self._keys = keys
        self._idle = idle_seconds

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide"):
            yield Static(f"Keys: {self._title}", classes="title", markup=False)
            yield Static(FLOW, id="flow", classes="muted", markup=False)  # first: seen at 80x24
            yield Static(key_table([*self._keys, *GLOBAL_KEYS]), id="keys")
            yield Static(
                IDLE_NOTE.format(minutes=_minutes(self._idle)), classes="muted", markup=False
            )
        yield KeyFooter()

    def action_help(self) -> None:
        self.dismiss()
