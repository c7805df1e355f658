"""The form that registers a sensitive term: its text and a label ("village").

It saves through the core and stays open, text kept, when the vault refuses
(an empty term, one already registered), saying why under the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import WorkFailed
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter


@dataclass
class TermAdded(Message):
    text: str


class TermModal(ModalScreen[str | None]):
    """Register a term: its text and a label. Stays open, text kept, if the vault refuses."""

    AUTO_FOCUS = "#term"
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("ctrl+s", "done", "Save"),
            Binding("escape", "cancel", "Cancel"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Register a sensitive term", classes="title", markup=False)
            yield Label("Word or words to redact: a home village, a school…")
            yield Input(id="term", compact=True, select_on_focus=False)
            yield Label("What it is, shown in its place: village (may stay empty)")
            yield Input(id="label", compact=True, select_on_focus=False)
            yield Static("", id="status", classes="error", markup=False)
        yield KeyFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "term":
            self.query_one("#label").focus()
        else:
            self.action_done()

    def action_done(self) -> None:
        if self._saving:
            return
        self._saving = True
        text = self.query_one("#term", Input).value
        label = self.query_one("#label", Input).value

        def add(vault: Any) -> str:
            # late: the store (sqlcipher3) loads at unlock, not at start-up
            from intake import terms

            return terms.add(vault, text, label)[0]

        run_job(self, self.session, add, TermAdded, errors_to=self)

    def on_term_added(self, message: TermAdded) -> None:
        message.stop()
        self.dismiss(message.text)

    def on_work_failed(self, message: WorkFailed) -> None:
        message.stop()
        self._saving = False
        self.query_one("#status", Static).update(f"Not saved: {message.message}\n{message.hint}")
        self.query_one("#term").focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
