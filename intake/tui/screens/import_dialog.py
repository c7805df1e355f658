"""The import dialog: a path, imported in a worker; on an error it stays open, path kept.

A typo in a path is fixed where it was typed: the message and hint appear under
the field, and the dialog closes only once the testimony is in the vault. A
transcript already in the vault is asked about first, as ``intake add`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from intake.tui.importing import ImportOutcome, import_file, outcome_note
from intake.tui.jobs import run_job
from intake.tui.messages import WorkFailed
from intake.tui.screens.confirm import ConfirmModal, LineModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter

QUESTION = "Import a testimony (.txt, .md, .docx, .json)"


@dataclass
class Imported(Message):
    outcome: ImportOutcome


class ImportModal(LineModal):
    """Dismissed with what to tell the person once imported, or None when cancelled."""

    def __init__(self, session: Session) -> None:
        super().__init__(QUESTION, "path of the file")
        self.session = session
        self._busy = False  # an Enter pressed again while importing imports nothing twice

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(QUESTION, classes="title", markup=False)
            yield Input(placeholder="path of the file", id="line", select_on_focus=False)
            yield Static("", id="status", markup=False)
        yield KeyFooter()

    def submit(self) -> None:
        path = self.query_one(Input).value.strip()
        if self._busy:
            return
        if not path:
            self._say("Type the path of a file, or press Escape to cancel.")
            return
        self._import(path, allow_duplicate=False)

    def _import(self, path: str, *, allow_duplicate: bool) -> None:
        self._say("Importing…")
        self._busy = True
        run_job(
            self,
            self.session,
            lambda vault: import_file(vault, path, allow_duplicate=allow_duplicate),
            Imported,
            errors_to=self,
        )

    def on_imported(self, message: Imported) -> None:
        message.stop()
        outcome = message.outcome
        if outcome.title is not None:
            self.dismiss(outcome_note(outcome))
            return
        where = ", ".join(outcome.same)
        path = self.query_one(Input).value.strip()

        def answered(again: bool | None) -> None:
            if again:
                self._import(path, allow_duplicate=True)
                return
            self._busy = False
            self._say(f"Not imported: this transcript is already in the vault ({where}).")
            self.query_one(Input).focus()

        self.app.push_screen(
            ConfirmModal(
                f"This transcript is already in the vault ({where}). Import it again?",
                "A second copy is a separate testimony, reviewed and exported on its own.",
            ),
            answered,
        )

    def on_work_failed(self, message: WorkFailed) -> None:
        message.stop()
        self._busy = False
        self._say(f"{message.message}\n{message.hint}")
        self.query_one(Input).focus()

    def _say(self, text: str) -> None:
        self.query_one("#status", Static).update(text)
