"""The import dialog: a path, imported in a worker; on an error it stays open, path kept.

A typo in a path is fixed where it was typed: the message and hint appear under
the field, and the dialog closes only once the testimony is in the vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from intake.tui import data
from intake.tui.jobs import run_job
from intake.tui.messages import WorkFailed
from intake.tui.screens.confirm import LineModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter

QUESTION = "Import a testimony (.txt, .md, .docx, .json)"


@dataclass
class Imported(Message):
    title: str


class ImportModal(LineModal):
    """Dismissed with the new testimony's title, or None when cancelled."""

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

    def action_submit(self) -> None:
        path = self.query_one(Input).value.strip()
        if self._busy:
            return
        if not path:
            self._say("Type the path of a file, or press Escape to cancel.")
            return
        self._say("Importing…")
        self._busy = True
        run_job(
            self,
            self.session,
            lambda vault: data.import_file(vault, path),
            Imported,
            errors_to=self,
        )

    def on_imported(self, message: Imported) -> None:
        message.stop()
        self.dismiss(message.title)

    def on_work_failed(self, message: WorkFailed) -> None:
        message.stop()
        self._busy = False
        self._say(f"{message.message}\n{message.hint}")
        self.query_one(Input).focus()

    def _say(self, text: str) -> None:
        self.query_one("#status", Static).update(text)
