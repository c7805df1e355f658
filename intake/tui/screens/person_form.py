"""The form to register or edit a person: real name, aliases, gender, role, public, pseudonym."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from intake.models import Gender, Person
from intake.tui.widgets.footer import KeyFooter


class PersonModal(ModalScreen[dict[str, Any] | None]):
    """Returns the answers (name, aliases, gender, role, public, pseudonym) or None."""

    AUTO_FOCUS = "#name"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "done", "Save"), Binding("escape", "cancel", "Cancel")]

    def __init__(self, person: Person | None = None) -> None:
        super().__init__()
        self._person = person

    def compose(self) -> ComposeResult:
        p = self._person
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Static("Edit person" if p else "Register a person", classes="title")
            yield Label("Real name (stays in the vault; never published unless public)")
            yield Input(p.name if p else "", id="name", compact=True)
            yield Label("Aliases and diminutives, separated by commas")
            yield Input(", ".join(p.aliases) if p else "", id="aliases", compact=True)
            yield Label("Gender (for pseudonyms and inflection)")
            yield Select([("male", "m"), ("female", "f")], id="gender", compact=True,
                         value=p.gender.value if p and p.gender else Select.NULL,
                         prompt="guess from the name")
            yield Label("Role (mother, soldier, lawyer…)")
            yield Input(p.role if p else "", id="role", compact=True)
            yield Checkbox("Public person: the real name is kept in publications",
                           p.public if p else False, id="public", compact=True)
            yield Label("Pseudonym (empty: drawn at random)" if not p else "Pseudonym")
            yield Input(p.pseudonym if p else "", id="pseudonym", compact=True)
        yield KeyFooter()

    def on_input_submitted(self) -> None:
        self.action_done()

    def action_done(self) -> None:
        def text(key: str) -> str:
            return self.query_one(f"#{key}", Input).value.strip()

        gender = self.query_one("#gender", Select).value
        self.dismiss({
            "name": text("name"),
            "aliases": tuple(a.strip() for a in text("aliases").split(",") if a.strip()),
            "gender": None if gender is Select.NULL else Gender(str(gender)),
            "role": text("role"), "public": self.query_one("#public", Checkbox).value,
            "pseudonym": text("pseudonym"),
        })

    def action_cancel(self) -> None:
        self.dismiss(None)
