"""The form to register or edit a person: real name, aliases, gender, role, public, pseudonym.

The form saves through the core itself and stays open until the save has
worked: when the core refuses (no gender can be told from the name, a pseudonym
already taken...), its reason is shown above the fields and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from intake.models import Gender, Person
from intake.tui import data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import PersonSaved, WorkFailed
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter

DRAW_NEW = "Draw a new pseudonym at random"


class PersonModal(ModalScreen[Person | None]):
    """Returns the person as saved, or None when cancelled."""

    AUTO_FOCUS = "#name"
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("ctrl+s", "done", "Save"),
            Binding("escape", "cancel", "Cancel"),
        ]
    )

    def __init__(self, session: Session, person: Person | None = None) -> None:
        super().__init__()
        self.session = session
        self._person = person
        self._saving = False

    def compose(self) -> ComposeResult:
        p = self._person
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Static("Edit person" if p else "Register a person", classes="title")
            yield Static("", id="problem", classes="error", markup=False)
            yield Label("Real name (stays in the vault; never published unless public)")
            yield Input(p.name if p else "", id="name", compact=True, select_on_focus=False)
            yield Label("Aliases and diminutives, separated by commas")
            yield Input(
                ", ".join(p.aliases) if p else "", id="aliases", compact=True, select_on_focus=False
            )
            yield Label("Gender (for pseudonyms and inflection)")
            yield Select(
                [("male", "m"), ("female", "f")],
                id="gender",
                compact=True,
                value=p.gender.value if p and p.gender else Select.NULL,
                prompt="guess from the name",
            )
            yield Label("Role (mother, soldier, lawyer…)")
            yield Input(p.role if p else "", id="role", compact=True, select_on_focus=False)
            yield Checkbox(
                "Public person: the real name is kept in publications",
                p.public if p else False,
                id="public",
                compact=True,
            )
            yield Label("Pseudonym (empty: drawn at random)" if not p else "Pseudonym")
            yield Input(
                p.pseudonym if p else "", id="pseudonym", compact=True, select_on_focus=False
            )
            if p:  # as 'intake person edit --new-pseudonym'
                yield Checkbox(DRAW_NEW, False, id="new-pseudonym", compact=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#problem").display = False

    def on_input_submitted(self) -> None:
        self.action_done()

    def answers(self) -> dict[str, Any]:
        """The fields as the core's register/edit take them."""

        def text(key: str) -> str:
            return self.query_one(f"#{key}", Input).value.strip()

        gender = self.query_one("#gender", Select).value
        return {
            "name": text("name"),
            "aliases": tuple(a.strip() for a in text("aliases").split(",") if a.strip()),
            "gender": None if gender is Select.NULL else Gender(str(gender)),
            "role": text("role"),
            "public": self.query_one("#public", Checkbox).value,
            "pseudonym": text("pseudonym"),
            "new_pseudonym": any(
                box.value for box in self.query("#new-pseudonym").results(Checkbox)
            ),
        }

    def action_done(self) -> None:
        if self._saving:
            return
        self._saving = True
        answers, person = self.answers(), self._person
        if person is None:
            run_job(
                self,
                self.session,
                lambda vault: data.add_person(vault, answers),
                PersonSaved,
                errors_to=self,
            )
        else:
            run_job(
                self,
                self.session,
                lambda vault: data.edit_person(vault, person.id, answers),
                PersonSaved,
                errors_to=self,
            )

    def on_person_saved(self, message: PersonSaved) -> None:
        self.dismiss(message.person)

    def on_work_failed(self, message: WorkFailed) -> None:
        """The core refused: say why beside the fields, which keep what was typed."""
        message.stop()
        self._saving = False
        problem = self.query_one("#problem", Static)
        problem.update(f"Not saved: {message.message}\n{message.hint}")
        problem.display = True
        problem.scroll_visible()

    def action_cancel(self) -> None:
        self.dismiss(None)
