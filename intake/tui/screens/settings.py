"""Settings: the panic wipe key (off by default). Turning it on is confirmed.

The setting is stored inside the vault, so a powered-off laptop does not show
whether it is on.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, Switch

from intake.tui.bindings import app_keys
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter

PANIC_DETAIL = (
    "F9 will then destroy this vault after two confirmations: its key slots are "
    "overwritten and its files removed, so neither the passphrase nor the recovery key "
    "opens it again. Backups and earlier copies are not touched."
)


class SettingsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys([Binding("escape", "close", "Close")])

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Settings", classes="title", markup=False)
            with Horizontal(classes="setting"):
                yield Switch(self.session.panic_key_enabled(), id="panic-key")
                yield Static("Panic wipe key (F9)", markup=False)
            yield Static(PANIC_DETAIL, classes="muted", markup=False)
        yield KeyFooter()

    def on_switch_changed(self, event: Switch.Changed) -> None:
        event.stop()
        if not event.value:
            self.session.set_panic_key(False)
            return
        if self.session.panic_key_enabled():
            return
        question = "Turn on the panic wipe key?"
        self.app.push_screen(ConfirmModal(question, PANIC_DETAIL), self._confirmed)

    def _confirmed(self, yes: bool | None) -> None:
        if yes:
            self.session.set_panic_key(True)
        else:
            self.query_one(Switch).value = False

    def action_close(self) -> None:
        self.dismiss(None)
