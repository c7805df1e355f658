"""The unlock screen, also shown after an idle lock or the panic key.

Key derivation (Argon2id, about a second by design) runs in a worker while the
screen says so; a wrong passphrase gives a clear message and an empty field.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from intake.errors import IntakeError
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_plain
from intake.tui.messages import Unlocked, UnlockFailed
from intake.tui.safety import plain
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.tui.widgets.passphrase import PassphraseInput

DERIVING = "Deriving the key (Argon2id)… this takes a moment by design."


def shown_path(session: Session) -> str:
    """The vault's path with the home directory written as ~."""

    try:
        return "~/" + str(session.path.relative_to(Path.home()))
    except ValueError:
        return str(session.path)


class UnlockScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys([Binding("escape", "clear", "Clear")])

    def __init__(
        self, session: Session, *, locked: bool = False, secret: bytearray | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.locked = locked
        self._secret = secret

    def compose(self) -> ComposeResult:
        heading = "Locked. The vault is closed." if self.locked else "Unlock the vault"
        with Vertical(id="gate", classes="dialog"):
            yield Static(heading, classes="title", markup=False)
            yield Static(plain(f"Vault: {shown_path(self.session)}"), classes="muted")
            if self.session.unlock_note:
                yield Static(self.session.unlock_note, id="note", markup=False)
            yield PassphraseInput(id="passphrase")
            yield LoadingIndicator(id="busy")
            yield Static("", id="status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#busy").display = False
        if self._secret is not None:
            secret, self._secret = self._secret, None
            self._start(secret)

    def on_input_submitted(self) -> None:
        self.action_unlock()

    def action_clear(self) -> None:
        self.query_one(PassphraseInput).clear()

    def action_unlock(self) -> None:
        field = self.query_one(PassphraseInput)
        if field.disabled or not field.value:
            return
        self._start(field.take())

    def _start(self, secret: bytearray) -> None:
        self._busy(True)
        self._say(DERIVING, "")
        session = self.session

        def attempt() -> UnlockFailed | Unlocked:
            try:
                session.open(secret)
            except IntakeError as error:
                return UnlockFailed(_sentence(error.message), error.hint)
            return Unlocked()

        run_plain(self, attempt, _same, group="unlock")

    def on_unlock_failed(self, message: UnlockFailed) -> None:
        message.stop()
        self._busy(False)
        self._say(f"{message.message}\n{message.hint}", "error")

    def _busy(self, busy: bool) -> None:
        field = self.query_one(PassphraseInput)
        field.disabled = busy
        self.query_one("#busy").display = busy
        if not busy:
            field.focus()

    def _say(self, text: str, css_class: str) -> None:
        status = self.query_one("#status", Static)
        status.update(plain(text))
        status.set_classes(css_class)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same(message: UnlockFailed | Unlocked) -> UnlockFailed | Unlocked:
    return message
