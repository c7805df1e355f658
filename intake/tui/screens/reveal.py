"""A screen whose list is hidden until the passphrase is given again (real names, terms).

The list shows for :data:`REVEAL_SECONDS` after the passphrase, then hides itself;
``h`` hides it at once. A screen built on :class:`RevealingScreen` (a heading, the
list, the footer) names its prompt, loads its rows in ``reload`` and redraws the list
in ``_fill``, reading ``revealed``.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Static

from intake.tui.bindings import app_keys
from intake.tui.screens.confirm import PassphraseModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter

REVEAL_SECONDS = 60.0


class RevealingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys([])  # each screen names its own
    reveal_prompt: ClassVar[str]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.revealed = False
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="heading", markup=False)
        yield DataTable(id="list", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def _fill(self) -> None:
        raise NotImplementedError

    def action_reveal(self) -> None:
        def given(checked: bool | None) -> None:
            if checked:
                self.revealed = True
                self._fill()
                self._timer = self.set_timer(REVEAL_SECONDS, self.action_hide)

        self.app.push_screen(PassphraseModal(self.reveal_prompt, self.session), given)

    def action_hide(self) -> None:
        self.revealed = False
        if self._timer is not None:
            self._timer.stop()
        self._fill()
