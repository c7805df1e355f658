"""Small modal questions: confirm a destructive action, ask for the passphrase, ask for a line.

Each is a typed ``ModalScreen[T]``: push it with a callback that receives the
answer (``None`` or ``False`` when the person cancels with Escape).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from intake.tui.bindings import after_typing, app_keys
from intake.tui.jobs import run_plain
from intake.tui.messages import Revealed, WorkFailed
from intake.tui.safety import plain
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.tui.widgets.passphrase import PassphraseInput


class ConfirmModal(ModalScreen[bool]):
    """Yes or no before anything destructive; No is the default."""

    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("y", "answer(True)", "Yes"),
            Binding("n,escape", "answer(False)", "No"),
        ]
    )

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self._question = question
        self._detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._question), classes="title")
            if self._detail:
                yield Static(plain(self._detail), classes="muted")
            yield Static("y  yes      n  no", classes="keys", markup=False)
        yield KeyFooter()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class PassphraseModal(ModalScreen[bool]):
    """Ask for the passphrase again (before revealing real names): True once it checks out.

    A wrong passphrase is said inside the dialog, which stays open for another
    try, so the message goes away with the dialog when the right one is given.
    """

    BINDINGS: ClassVar[list[BindingType]] = app_keys([Binding("escape", "cancel", "Cancel")])

    def __init__(self, reason: str, session: Session) -> None:
        super().__init__()
        self._reason = reason
        self._session = session

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._reason), classes="title")
            if self._session.unlock_note:  # the demo's passphrase, wherever it is asked
                yield Static(self._session.unlock_note, id="note", markup=False)
            yield PassphraseInput(id="passphrase")
            yield Static("", id="status", classes="error", markup=False)
        yield KeyFooter()

    def on_input_submitted(self) -> None:
        field = self.query_one(PassphraseInput)
        if field.disabled:
            return
        secret, session = field.take(), self._session
        field.disabled = True
        run_plain(
            self, lambda: session.check_passphrase(secret), lambda _none: Revealed(), errors_to=self
        )

    def on_revealed(self, message: Revealed) -> None:
        message.stop()
        self.dismiss(True)

    def on_work_failed(self, message: WorkFailed) -> None:
        message.stop()
        self.query_one("#status", Static).update(f"{message.message}\n{message.hint}")
        field = self.query_one(PassphraseInput)
        field.disabled = False
        field.focus()

    def action_cancel(self) -> None:
        self.query_one(PassphraseInput).clear()
        self.dismiss(False)


class LineModal(ModalScreen[str | None]):
    """Ask for one line of text (a file path, a name...)."""

    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("enter", "submit", "OK", priority=True),  # shown, unlike the field's own
            Binding("escape", "cancel", "Cancel"),
        ]
    )

    def __init__(self, question: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self._question = question
        self._placeholder = placeholder
        self._value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._question), classes="title")
            yield Input(
                self._value, placeholder=self._placeholder, id="line", select_on_focus=False
            )
        yield KeyFooter()

    def action_submit(self) -> None:
        after_typing(self, self.submit)

    def submit(self) -> None:
        """Enter, once the field holds everything typed before it."""
        self.dismiss(self.query_one(Input).value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
