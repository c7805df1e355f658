"""First run: no vault at the path yet. Choose a passphrase, then keep the recovery key.

The passphrase is typed twice with a live strength hint and must have at least
twelve characters. Creating the vault (key derivation calibrated to this
machine) runs in a worker. The recovery key is shown exactly once; the person
confirms they wrote it down by typing its last group back.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, LoadingIndicator, Static

from intake.errors import IntakeError
from intake.tui.bindings import after_typing, app_keys
from intake.tui.jobs import run_plain
from intake.tui.messages import Unlocked, UnlockFailed, VaultCreated
from intake.tui.safety import plain
from intake.tui.screens.unlock import shown_path
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.tui.widgets.passphrase import PassphraseInput
from intake.tui.widgets.strength import MIN_CHARS, strength_hint


class FirstRunScreen(Screen[None]):
    HELP_TITLE = "create a vault"
    BINDINGS: ClassVar[list[BindingType]] = app_keys([Binding("ctrl+s", "create", "Create vault")])

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(id="gate", classes="dialog"):
            yield Static("Create a vault", classes="title")
            yield Static(
                plain(
                    f"No vault yet at {shown_path(self.session)}. Choose a "
                    f"passphrase of at least {MIN_CHARS} characters: several "
                    "unrelated words work best."
                ),
                classes="muted",
            )
            yield PassphraseInput("new passphrase", id="first")
            yield Static("", id="strength", markup=False)
            yield PassphraseInput("the same passphrase again", id="second")
            yield LoadingIndicator(id="busy")
            yield Static("", id="status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#busy").display = False
        self.query_one("#first").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "first":
            level, sentence = strength_hint(event.value)
            hint = self.query_one("#strength", Static)
            hint.update(sentence if event.value else "")
            hint.set_classes(level)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "first":
            self.query_one("#second").focus()
        else:
            self.action_create()

    def action_create(self) -> None:
        first, second = (
            self.query_one("#first", PassphraseInput),
            self.query_one("#second", PassphraseInput),
        )
        problem = _problem(first.value, second.value)
        if problem:
            self._say(problem, "error")
            return
        second.clear()
        self._create(first.take())

    def _create(self, secret: bytearray) -> None:
        for field in self.query(PassphraseInput):
            field.disabled = True
        self.query_one("#busy").display = True
        self._say("Creating the vault: calibrating the key derivation to this machine…", "")
        session = self.session

        def create() -> VaultCreated | UnlockFailed:
            try:
                return VaultCreated(session.create(secret))
            except IntakeError as error:
                return UnlockFailed(error.message, error.hint)

        run_plain(self, create, lambda outcome: outcome, group="unlock")

    def on_unlock_failed(self, message: UnlockFailed) -> None:
        message.stop()
        for field in self.query(PassphraseInput):
            field.disabled = False
        self.query_one("#busy").display = False
        self._say(f"{message.message}\n{message.hint}", "error")

    def on_vault_created(self, message: VaultCreated) -> None:
        message.stop()
        self.app.push_screen(RecoveryKeyScreen(message.recovery))

    def _say(self, text: str, css_class: str) -> None:
        status = self.query_one("#status", Static)
        status.update(plain(text))
        status.set_classes(css_class)


def _problem(first: str, second: str) -> str | None:
    if len(first) < MIN_CHARS:
        return f"The passphrase needs at least {MIN_CHARS} characters."
    if first != second:
        return "The two passphrases differ. Type the same one twice."
    return None


class RecoveryKeyScreen(Screen[None]):
    """Shows the recovery key once; continues when its last group is typed back."""

    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [Binding("enter", "confirm", "I wrote it down", priority=True)]
    )  # before the field's

    def __init__(self, recovery: str) -> None:
        super().__init__()
        self._recovery = recovery

    def compose(self) -> ComposeResult:
        with Vertical(id="gate", classes="dialog"):
            yield Static("Your recovery key", classes="title")
            yield Static(
                "Write it on paper now and keep it apart from this laptop. Anyone "
                "with it can open the vault; without it or the passphrase, nobody "
                "can. It is shown only this once.",
                classes="muted",
                markup=False,
            )
            yield Static(plain(self._recovery), id="recovery")
            yield Static("Type its last group of four characters to confirm:", markup=False)
            yield Input(placeholder="last group", id="last-group", max_length=4)
            yield Static("", id="status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#last-group").focus()

    def action_confirm(self) -> None:
        after_typing(self, self._confirm)

    def _confirm(self) -> None:
        typed = self.query_one("#last-group", Input).value.strip().upper()
        if typed != self._recovery.rsplit("-", 1)[-1]:
            status = self.query_one("#status", Static)
            status.update("That is not the last group. Check what you wrote down.")
            status.set_classes("error")
            return
        self._recovery = ""
        self.post_message(Unlocked())
