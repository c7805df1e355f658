"""The testimony list: status, language, dates; filter by status, sort, full-text search.

The list shows titles and metadata only. A search runs inside the encrypted
database in a worker; the snippet of the highlighted hit is shown below. A large
vault is shown a page at a time: the table holds the first :data:`PAGE` rows in the
chosen order, and the next page is added when the cursor reaches the last row
(Down, PageDown or Ctrl+End).
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from intake.tui import data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import Changed, Location, Navigate, SearchDone, TestimoniesLoaded
from intake.tui.safety import one_line, plain
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.import_dialog import ImportModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.tui.widgets.testimony_table import SORTS, STATUSES, TestimonyTable, ordered

PAGE = 200  # rows added to the table at a time


class TestimoniesScreen(Screen[None]):
    __test__ = False  # not a pytest test class, despite its name
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("n", "new", "New", tooltip="write a new testimony"),
            Binding("o", "open", "Open", tooltip="open the highlighted one in the editor"),
            Binding("r", "review", "Review", tooltip="decide the findings of the highlighted one"),
            Binding("slash", "search", "Search", tooltip="search the text of every testimony"),
            Binding("s", "sort", "Sort", tooltip="change the order"),
            Binding("f", "filter", "Filter", tooltip="show one status only"),
            Binding("i", "import", "Import", tooltip="import a .txt, .md, .docx or .json file"),
            Binding("d", "delete", "Delete", tooltip="delete the highlighted one (asks first)"),
            Binding(
                "p", "people", "People", tooltip="people, their pseudonyms, and sensitive terms"
            ),
            Binding("x", "export", "Export", tooltip="export approved testimonies"),
            Binding("a", "audit", "Audit", tooltip="how this vault is protected"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.sort = "updated"
        self.status: str | None = None
        self._rows: list[Any] = []
        self._hits: dict[str, Any] | None = None
        self._shown = PAGE  # rows of the current order in the table

    def compose(self) -> ComposeResult:
        yield Static("", id="heading", markup=False)
        yield Input(
            placeholder="/ search the vault, Enter to run, Escape to clear",
            id="search",
            compact=True,
        )
        yield TestimonyTable(id="list")
        yield Static("", id="snippet", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#list", DataTable).focus()
        self.reload()

    @property
    def location(self) -> Location:
        return Location("testimonies")

    def reload(self) -> None:
        run_job(
            self, self.session, data.testimony_rows, TestimoniesLoaded, exclusive=True, group="list"
        )

    def on_testimonies_loaded(self, message: TestimoniesLoaded) -> None:
        self._rows = message.rows
        self._fill()

    def on_changed(self, message: Changed) -> None:
        self.notify(message.note, markup=False)
        self.reload()

    def on_resize(self) -> None:
        if self._rows:  # the title column takes the new width
            self._fill()

    def on_screen_resume(self) -> None:
        if self._rows:
            self.reload()

    def _fill(self, *, first_page: bool = False) -> None:
        if first_page:
            self._shown = PAGE
        rows = self._visible()
        self.query_one(TestimonyTable).fill(rows[: self._shown], self.size.width)
        self._heading(len(rows))
        self._show_snippet()

    def _more_at_the_end(self) -> None:
        """The next page, once the cursor stands on the last row shown."""
        table = self.query_one(TestimonyTable)
        at_end = table.row_count and table.cursor_row >= table.row_count - 1
        if at_end and len(self._visible()) > table.row_count:
            self._shown = table.row_count + PAGE
            self._fill()

    def _visible(self) -> list[Any]:
        if self._hits is None:
            return ordered(self._rows, self.sort, self.status)
        by_id = {row.id: row for row in self._rows}
        return [by_id[hit] for hit in self._hits if hit in by_id]

    def _heading(self, shown: int) -> None:
        if self._hits is not None:
            text = f"Search results: {shown}    Escape clears"
        else:
            text = (
                f"Testimonies: {shown} of {len(self._rows)}    sort: {self.sort}"
                f"    status: {self.status or 'all'}"
            )
        if shown > self._shown:
            text += f"    first {self._shown} listed: the end of the list adds more"
        self.query_one("#heading", Static).update(text)

    def _current(self) -> str | None:
        return self.query_one(TestimonyTable).current()

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._more_at_the_end()
        self._show_snippet()

    def _show_snippet(self) -> None:
        hit = (self._hits or {}).get(self._current() or "")
        snippet = self.query_one("#snippet", Static)
        snippet.update(plain(one_line(hit.snippet, 400)) if hit else self._empty_note())

    def _empty_note(self) -> str:
        """What to do when the list shows nothing (and why it is empty)."""
        if self._current() is not None:
            return ""
        if self._hits is not None:
            return "Nothing found: Escape clears the search; / searches again."
        if self._rows:
            return f"No {self.status} testimony: f changes the status shown."
        return "No testimonies yet: press n to write one or i to import a file."

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        if (current := self._current()) is not None:
            self.post_message(Navigate(Location("editor", current)))

    def action_new(self) -> None:
        self.post_message(Navigate(Location("editor")))

    def action_review(self) -> None:
        if (current := self._current()) is not None:
            self.post_message(Navigate(Location("review", current)))

    def action_people(self) -> None:
        self.post_message(Navigate(Location("people")))

    def action_export(self) -> None:
        self.post_message(Navigate(Location("export")))

    def action_audit(self) -> None:
        self.post_message(Navigate(Location("audit")))

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill(first_page=True)

    def action_filter(self) -> None:
        self.status = STATUSES[(STATUSES.index(self.status) + 1) % len(STATUSES)]
        self._fill(first_page=True)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Submitted, "#search")
    def _run_search(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        if not query:
            self._clear_search()
            return
        run_job(
            self,
            self.session,
            lambda vault: data.search(vault, query),
            lambda hits: SearchDone(query, hits),
            exclusive=True,
            group="search",
        )

    def on_search_done(self, message: SearchDone) -> None:
        self._hits = {hit.id: hit for hit in message.hits}
        self._fill(first_page=True)
        self.query_one("#list", DataTable).focus()

    def key_escape(self) -> None:
        self._clear_search()

    def _clear_search(self) -> None:
        self.query_one("#search", Input).clear()
        self._hits = None
        self._fill(first_page=True)
        self.query_one("#list", DataTable).focus()

    def action_import(self) -> None:

        def chosen(note: str | None) -> None:
            if note is not None:
                self.post_message(Changed(note))

        self.app.push_screen(ImportModal(self.session), chosen)

    def action_delete(self) -> None:
        current = self._current()
        if current is None:
            return
        title = next((r.title for r in self._rows if r.id == current), "")

        def confirmed(yes: bool | None) -> None:
            if yes:
                run_job(
                    self,
                    self.session,
                    lambda vault: data.delete(vault, current),
                    lambda _none: Changed("Testimony deleted."),
                )

        self.app.push_screen(
            ConfirmModal(
                f"Delete “{one_line(title, 50)}”?",
                "Its text is erased from the vault. This cannot be undone.",
            ),
            confirmed,
        )
