"""The people registry: pseudonyms by default; real names only after the passphrase again.

Revealing asks for the passphrase (checked against the vault's key slot in a
worker) and shows real names and aliases for a minute, or until the screen is
left or the vault locks. Editing a person shows their real name, so it needs a
reveal first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from intake.models import Person
from intake.tui import data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import Changed, Location, Navigate, PeopleLoaded
from intake.tui.safety import one_line, plain
from intake.tui.screens.person_form import PersonModal
from intake.tui.screens.reveal import RevealingScreen
from intake.tui.session import Session

HIDDEN = "••••••"
COLUMNS = ("Pseudonym", "Gender", "Role", "Public", "Real name", "Aliases")
WIDTHS = (12, 6, 14, 6, 18)  # the aliases take the rest of the width


def column_widths(width: int) -> tuple[int, ...]:
    """Fixed widths for a screen ``width`` wide; role and aliases share what is left."""
    rest = max(width - 2 - 2 * 6 - sum(WIDTHS), 10)
    role = WIDTHS[2] + max(rest - 10, 0) // 3
    return (*WIDTHS[:2], role, *WIDTHS[3:], rest - (role - WIDTHS[2]))


class PeopleScreen(RevealingScreen):
    reveal_prompt = "Passphrase again, to show real names"
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("a", "add", "Add", tooltip="register a person (a pseudonym is drawn)"),
            Binding("e", "edit", "Edit", tooltip="edit the highlighted person (after v)"),
            Binding(
                "v", "reveal", "Reveal", tooltip="show real names for a minute (passphrase again)"
            ),
            Binding("h", "hide", "Hide", tooltip="hide real names"),
            Binding("t", "terms", "Terms", tooltip="places and words that identify a source"),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._people: list[Any] = []

    @property
    def location(self) -> Location:
        return Location("people")

    def reload(self) -> None:
        run_job(self, self.session, data.people, PeopleLoaded, exclusive=True, group="people")

    def on_people_loaded(self, message: PeopleLoaded) -> None:
        self._people = message.people
        self._fill()

    def on_resize(self) -> None:
        if self._people:  # role and aliases take the new width
            self._fill()

    @on(Changed)
    def _changed(self, message: Changed) -> None:
        self.notify(message.note, markup=False)
        self.reload()

    def _fill(self) -> None:
        table = self.query_one("#list", DataTable)
        table.clear(columns=True)
        widths = column_widths(self.size.width)
        for label, size in zip(COLUMNS, widths, strict=True):
            table.add_column(label, width=size)  # fixed: see widgets.testimony_table
        rest, role = widths[-1], widths[2]
        for p in self._people:
            name, aliases = (p.name, ", ".join(p.aliases)) if self.revealed else (HIDDEN, "")
            table.add_row(
                plain(one_line(p.pseudonym, WIDTHS[0])),
                p.gender.value if p.gender else "",
                plain(one_line(p.role, role)),
                "yes" if p.public else "",
                plain(one_line(name, WIDTHS[4])),
                plain(one_line(aliases, rest)),
                key=p.id,
            )
        state = "REAL NAMES SHOWN (h hides)" if self.revealed else "real names hidden (v)"
        empty = "" if self._people else "    No one registered yet: press a to add a person."
        self.query_one("#heading", Static).update(f"People: {len(self._people)}    {state}{empty}")

    def _current(self) -> Any | None:
        table = self.query_one("#list", DataTable)
        if table.row_count == 0:
            return None
        return self._people[table.cursor_row]

    def action_add(self) -> None:
        self.app.push_screen(PersonModal(self.session), self._saved("Registered as"))

    def action_edit(self) -> None:
        person = self._current()
        if person is None:
            return
        if not self.revealed:
            self.notify("Reveal real names first (v): editing shows them.", markup=False)
            return
        self.app.push_screen(PersonModal(self.session, person), self._saved("Saved"))

    def _saved(self, done: str) -> Callable[[Person | None], None]:
        def saved(person: Person | None) -> None:
            if person is not None:
                self.post_message(Changed(f"{done} {person.pseudonym}"))

        return saved

    def action_terms(self) -> None:
        """The sensitive terms: places and words that identify a source."""
        self.post_message(Navigate(Location("terms")))

    def action_back(self) -> None:
        self.dismiss()
