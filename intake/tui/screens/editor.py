"""The testimony editor. Every change is saved into the vault a moment after typing stops.

There is no draft file: the form's state lives in widgets and goes straight into
the encrypted database. Saves run in a worker and always write the latest state
of the form (read when the save runs), so two saves in flight cannot put an
older state over a newer one. Leaving the screen or locking saves at once.

A testimony needs a title and a transcript: until it has both, the heading and
Ctrl+S say what is missing, and leaving asks before dropping anything. Locking
cannot ask: it keeps the last saved title (a new one gets a placeholder).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Select, SelectionList, Static, TextArea

from intake.tui import data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import EditorLoaded, Location, Navigate, Saved
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.session import VaultLocked
from intake.tui.widgets import testimony_form as form_rules
from intake.tui.widgets.footer import KeyFooter
from intake.tui.widgets.testimony_form import TABS, TestimonyForm

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.timer import Timer

    from intake.models import Testimony
    from intake.store.vault import Vault
    from intake.tui.session import Session

SAVE_DELAY = 0.8


class EditorScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("escape", "back", "Back"),
            Binding(
                "ctrl+s",
                "save",
                "Save now",
                tooltip="save now (changes are also saved a moment after typing)",
            ),
            Binding("ctrl+r", "review", "Review", tooltip="decide the findings of this testimony"),
            Binding(
                "ctrl+pagedown",
                "next_tab(1)",
                "Next tab",
                priority=True,
                tooltip="the next tab, the cursor in its first field",
            ),
            Binding(
                "ctrl+pageup",
                "next_tab(-1)",
                "Previous tab",
                priority=True,
                tooltip="the previous tab",
            ),
        ]
    )

    def __init__(self, session: Session, testimony_id: str | None) -> None:
        super().__init__()
        self.session = session
        self.testimony_id = testimony_id
        self._latest: dict[str, object] | None = None
        self._written: dict[str, object] | None = None
        self._timer: Timer | None = None
        self._status = "draft"
        self._discard = False  # the user chose to leave without saving

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="heading", markup=False)
        yield TestimonyForm()
        yield KeyFooter()

    @property
    def location(self) -> Location:
        return Location("editor", self.testimony_id)

    def on_mount(self) -> None:
        self._load()

    def on_screen_resume(self) -> None:
        """Back from review: show what review and approval changed (status, transcript)."""
        if self._written is None or self.testimony_id is None or self._pending():
            return
        self._written = None  # loading: the refill is not an edit to save
        self._load()

    def _load(self) -> None:
        tid = self.testimony_id
        run_job(
            self,
            self.session,
            lambda vault: data.editor_data(vault, tid),
            lambda loaded: EditorLoaded(*loaded),
        )

    def on_editor_loaded(self, message: EditorLoaded) -> None:
        form = self.query_one(TestimonyForm)
        chosen = message.testimony.subjects if message.testimony else ()
        form.offer_people(message.people, chosen)
        if message.testimony is not None:
            form.fill(message.testimony)
            self._status = message.testimony.status.value
        self.call_after_refresh(self._ready)

    def _ready(self) -> None:
        self._written = self._read()
        self._latest = self._written
        self._heading(
            "All changes saved"
            if self.testimony_id
            else "New testimony: saved once it has a title and a transcript"
        )
        self.query_one("#transcript-text").focus()

    def _read(self) -> dict[str, object] | None:
        try:
            return self.query_one(TestimonyForm).fields()
        except ValueError as problem:
            self._heading(str(problem))
            return None

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        if self._written is None and self.testimony_id is not None:
            return  # still loading
        fields = self._read()
        if fields is None or fields == self._latest:
            return
        self._latest = fields
        self._heading(self._state())
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self._autosave)

    def _pending(self) -> bool:
        return self._latest is not None and self._latest != self._written

    def _state(self) -> str:
        return form_rules.state_line(self._pending(), self._need())

    def _save(self, vault: Vault, *, rescue: bool = False) -> Testimony | None:
        """Runs under the session lock (worker or lock): writes the latest form state
        (``rescue``, when locking: with an empty title or transcript filled in)."""
        latest = self._latest
        if latest is None or latest == self._written:
            return None
        fields = form_rules.rescued(latest, self._written) if rescue else latest
        if fields is None or form_rules.missing(fields):
            return None
        saved = data.save_testimony(vault, self.testimony_id, fields)
        self.testimony_id, self._written = saved.id, latest
        return saved

    def _autosave(self) -> None:
        run_job(self, self.session, self._save, Saved)

    def action_save(self) -> None:
        """Ctrl+S: save now, or say what the testimony still needs."""
        if not self._needs_more():
            self._autosave()

    def _need(self) -> str | None:
        """What unsaved changes lack before they can be saved ("a title"), or None."""
        return form_rules.missing(self._latest or {}) if self._pending() else None

    def _needs_more(self) -> bool:
        """If the form cannot be saved as it is, say why (and keep every character)."""
        need = self._need()
        if need is None:
            return False
        self._heading(self._state())
        self.notify(
            f"Not saved yet: a testimony needs {need}. Your text is kept here.",
            severity="warning",
            markup=False,
        )
        return True

    def on_saved(self, message: Saved) -> None:
        if message.testimony is not None:
            self._status = message.testimony.status.value
        self._heading(self._state())

    def flush(self) -> None:
        """Save now, in this thread (before the screen goes away or the vault locks)."""
        if self._discard or not self._pending():
            return
        need, new = self._need(), self.testimony_id is None
        if self.session.call(lambda vault: self._save(vault, rescue=True)) and need:
            self.app.notify(form_rules.rescue_note(need, new), markup=False, timeout=10)

    def on_unmount(self) -> None:
        with contextlib.suppress(VaultLocked):  # locked: already saved, nothing more to write
            self.flush()

    def _heading(self, state: str) -> None:
        ident = self.testimony_id or "new"
        self.query_one("#heading", Static).update(f"{ident}  {self._status}    {state}")

    def action_next_tab(self, step: int) -> None:
        """The next (or previous) tab, round, with the cursor in its first field."""
        form = self.query_one(TestimonyForm)
        panes = [pane for pane, _title in TABS]
        form.show(panes[(panes.index(form.active) + step) % len(panes)])

    def action_back(self) -> None:
        need = self._need()
        if need is None:
            self.flush()
            self.dismiss()
            return
        self._heading(self._state())

        def answered(leave: bool | None) -> None:
            if leave:
                self._discard = True
                self.dismiss()

        self.app.push_screen(
            ConfirmModal(
                "Leave without saving?",
                f"It cannot be saved without {need}: "
                f"give it one ({form_rules.where(need)}). n stays here with your changes.",
            ),
            answered,
        )

    def action_review(self) -> None:
        if self._needs_more():
            return
        self.flush()
        if self.testimony_id:
            self.post_message(Navigate(Location("review", self.testimony_id)))
