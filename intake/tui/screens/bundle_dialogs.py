"""The send and receive dialogs: typed modals that return what the person chose.

Send: testimonies and contacts picked from lists (unverified contacts marked),
the file to write, and whether to delete the testimonies here afterwards.
Receive: the file, whether to accept a sender who is not a contact (after
comparing the fingerprint the refusal shows), and whether people named like
people here are the same people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, SelectionList, Static

from intake.tui.bindings import after_typing, app_keys
from intake.tui.safety import one_line, plain
from intake.tui.widgets.footer import KeyFooter


@dataclass(frozen=True)
class Sending:
    ids: list[str]
    to: list[str]
    out: str
    then_delete: bool


@dataclass(frozen=True)
class Receiving:
    path: str
    from_unknown: bool
    merge_same_name: bool


class SendModal(ModalScreen[Sending | None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("ctrl+s", "submit", "Seal", priority=True),
            Binding("escape", "cancel", "Cancel"),
        ]
    )

    def __init__(self, contacts: list[Any], testimonies: list[Any]) -> None:
        super().__init__()
        self._contacts = contacts
        self._testimonies = testimonies

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Seal testimonies for contacts", classes="title", markup=False)
            yield Label("Testimonies (space marks)")
            yield SelectionList[str](
                *((plain(f"{t.id}  {one_line(t.title, 50)}"), t.id) for t in self._testimonies),
                id="testimonies",
                compact=True,
            )
            yield Label("For the contacts (space marks)")
            yield SelectionList[str](
                *(
                    (plain(c.name + ("" if c.verified else "  (NOT verified)")), c.name)
                    for c in self._contacts
                ),
                id="contacts",
                compact=True,
            )
            yield Label("The file to write")
            yield Input(placeholder="e.g. /media/usb/bundle.age", id="out", compact=True)
            yield Checkbox("Then delete them from this vault", id="delete", compact=True)
            yield Static("", id="status", classes="error", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        for listing in self.query(SelectionList):
            if listing.option_count:  # space marks at once, without an arrow key first
                listing.highlighted = 0

    def action_submit(self) -> None:
        after_typing(self, self._submit)

    def _submit(self) -> None:
        ids = list(self.query_one("#testimonies", SelectionList).selected)
        to = list(self.query_one("#contacts", SelectionList).selected)
        out = self.query_one("#out", Input).value.strip()
        if not ids or not to or not out:
            self.query_one("#status", Static).update(
                "Choose at least one testimony, one contact, and a file to write."
            )
            return
        self.dismiss(Sending(ids, to, out, self.query_one("#delete", Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReceiveModal(ModalScreen[Receiving | None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("ctrl+s", "submit", "Receive", priority=True),
            Binding("escape", "cancel", "Cancel"),
        ]
    )

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Receive a bundle", classes="title", markup=False)
            yield Label("The bundle file")
            yield Input(placeholder="e.g. /media/usb/bundle.age", id="path", compact=True)
            yield Checkbox(
                "Accept a sender who is not a contact (fingerprint compared)",
                id="unknown",
                compact=True,
            )
            yield Checkbox(
                "People named like people here are the same people", id="same", compact=True
            )
            yield Static("", id="status", classes="error", markup=False)
        yield KeyFooter()

    def action_submit(self) -> None:
        after_typing(self, self._submit)

    def _submit(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self.query_one("#status", Static).update("Give the path of the bundle file.")
            return
        self.dismiss(
            Receiving(
                path,
                self.query_one("#unknown", Checkbox).value,
                self.query_one("#same", Checkbox).value,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
