"""Sensitive terms: places and words that identify a source without being a name.

A home village, a school or a workplace, registered here, is redacted in every
testimony and refused by the leak gate (``intake term add/list/remove`` on the
command line). Like real names, the terms themselves are hidden until the
passphrase is given again; their labels ("village") are always shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Static

from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import Changed, Location
from intake.tui.safety import one_line, plain
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.reveal import RevealingScreen
from intake.tui.screens.term_form import TermModal
from intake.tui.session import Session

HIDDEN = "••••••"


@dataclass
class TermsLoaded(Message):
    terms: list[tuple[str, str | None]]


def _terms(vault: Any) -> list[tuple[str, str | None]]:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import terms

    return terms.list_terms(vault)


class TermsScreen(RevealingScreen):
    reveal_prompt = "Passphrase again, to show the terms"
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("a", "add", "Add", tooltip="register a place or word to redact everywhere"),
            Binding("d", "remove", "Remove", tooltip="remove the highlighted term (asks first)"),
            Binding(
                "v", "reveal", "Reveal", tooltip="show the terms for a minute (passphrase again)"
            ),
            Binding("h", "hide", "Hide", tooltip="hide the terms"),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._terms: list[tuple[str, str | None]] = []

    @property
    def location(self) -> Location:
        return Location("terms")

    def reload(self) -> None:
        run_job(self, self.session, _terms, TermsLoaded, exclusive=True, group="terms")

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        self._terms = message.terms
        self._fill()

    def on_resize(self) -> None:
        if self._terms:
            self._fill()

    def on_changed(self, message: Changed) -> None:
        self.notify(message.note, markup=False)
        self.reload()

    def _fill(self) -> None:
        table = self.query_one("#list", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        text = max((self.size.width - 2 - 2 * 3 - 4) * 2 // 3, 20)
        table.add_column("#", width=4)
        table.add_column("Term", width=text)
        table.add_column("Label", width=max(self.size.width - 2 - 2 * 3 - 4 - text, 10))
        for number, (term, label) in enumerate(self._terms, start=1):
            shown = one_line(term, text) if self.revealed else HIDDEN
            table.add_row(str(number), plain(shown), plain(label or ""))
        table.move_cursor(row=min(row, max(len(self._terms) - 1, 0)))
        state = "TERMS SHOWN (h hides)" if self.revealed else "terms hidden (v)"
        empty = "" if self._terms else "    None yet: a adds one."
        self.query_one("#heading", Static).update(
            f"Sensitive terms: {len(self._terms)}    {state}{empty}"
        )

    def action_add(self) -> None:
        def added(text: str | None) -> None:
            if text:
                self.post_message(Changed("Registered the term: it is redacted everywhere."))

        self.app.push_screen(TermModal(self.session), added)

    def action_remove(self) -> None:
        table = self.query_one("#list", DataTable)
        if not self._terms:
            return
        number = table.cursor_row + 1
        label = self._terms[number - 1][1]
        what = f"term {number}" + (f" ({label})" if label else "")

        def confirmed(yes: bool | None) -> None:
            if yes:
                run_job(
                    self,
                    self.session,
                    lambda vault: _remove(vault, str(number)),
                    lambda _term: Changed("Removed the term: new exports no longer redact it."),
                )

        self.app.push_screen(
            ConfirmModal(
                f"Remove {what}?",
                "It is then no longer redacted in new exports; testimonies keep their text.",
            ),
            confirmed,
        )

    def action_back(self) -> None:
        self.dismiss()


def _remove(vault: Any, which: str) -> Any:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import terms

    return terms.remove(vault, which)
