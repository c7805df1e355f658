"""Review: the transcript with findings highlighted by kind, and a decision for each.

With the list focused, one key decides the highlighted finding: accept the
redaction, keep the text, or change the replacement. The transcript can be
edited (Tab to reach it); the highlights follow each change (see
:class:`FindingsArea`) and it is saved a moment later, which sends the
testimony back to draft as any content edit does. Select words in the
transcript and press ctrl+t to mark them as an approved quote. n reads the
testimony again with the Russian NER model too (places, organisations and names
the rules miss), in a worker; decisions on what it finds hold later without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static, TextArea
from textual.widgets.text_area import Selection

from intake.review import quasi as review_quasi
from intake.tui import review_data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job, run_plain
from intake.tui.messages import Location, ReviewLoaded
from intake.tui.safety import one_line
from intake.tui.screens.confirm import ConfirmModal, LineModal
from intake.tui.widgets.findings_area import FindingsArea
from intake.tui.widgets.findings_table import FindingsTable
from intake.tui.widgets.footer import KeyFooter
from intake.wording import counted

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import ComposeResult
    from textual.timer import Timer

    from intake.store.vault import Vault
    from intake.tui.session import Session

SAVE_DELAY = 1.0


def _disclosure(review: Any) -> str:
    """The disclosure level of the details still kept (quasi:* findings), for the heading."""
    found = review_quasi.assessment(review)
    acknowledged = f", acknowledged {review.risk_acknowledged}" if review.risk_acknowledged else ""
    return f"disclosure {found.level} ({found.score}{acknowledged})"


class ReviewScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding(
                "a",
                "decide('redact')",
                "Accept",
                tooltip="redact the highlighted finding as proposed",
            ),
            Binding("k", "decide('keep')", "Keep", tooltip="keep its text as it is"),
            Binding(
                "c",
                "change",
                "Change",
                tooltip="replace it with your own words or a generalisation",
            ),
            Binding(
                "d",
                "defaults",
                "Defaults",
                tooltip="the policy's decision for every undecided finding",
            ),
            Binding(
                "p",
                "approve",
                "Approve",
                tooltip="approve for export once every finding is decided",
            ),
            Binding(
                "R",
                "accept_risk",
                "Accept risk",
                tooltip="acknowledge, dated, the disclosure risk of details kept",
            ),
            Binding(
                "n", "ner", "NER read", tooltip="read again with the Russian NER model too (slow)"
            ),
            Binding(
                "ctrl+t",
                "quote",
                "Quote sel.",
                tooltip="mark the selected transcript words as an approved quote",
            ),
            Binding("ctrl+s", "save", "Save", tooltip="save the edited transcript now"),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session, testimony_id: str, *, ner: bool = False) -> None:
        super().__init__()
        self.session = session
        self.testimony_id = testimony_id
        self.ner = ner  # asked for the NER model (kept across a lock)
        self.state: review_data.ReviewState | None = None
        self._timer: Timer | None = None
        self._saved_text: str | None = None

    @property
    def location(self) -> Location:
        return Location("review", self.testimony_id, flags=("ner",) if self.ner else ())

    def compose(self) -> ComposeResult:
        yield Static("Analysing…", id="heading", markup=False)
        yield FindingsArea(id="transcript")
        yield FindingsTable(id="items")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#items").focus()
        if self.ner:  # back from a lock with the NER reading asked for
            self._busy()
            self._run_ner()
            return
        tid = self.testimony_id
        self._run(lambda vault: review_data.review_state(vault, tid))

    def action_ner(self) -> None:
        """Read again with the NER model too: a new engine, loaded in a worker."""
        if self.ner:
            self.notify(
                "Already read with the NER model."
                if self.state and self.state.redactor.ner
                else "The NER model is loading…",
                markup=False,
            )
            return
        self.ner = True
        self._busy()
        self._run_ner("Read with the NER model: its places, organisations and names are listed.")

    def _run_ner(self, note: str = "") -> None:
        tid, session = self.testimony_id, self.session
        run_plain(
            self,
            lambda: review_data.read_with_ner(session, tid),
            lambda state: ReviewLoaded(state, note),
            group="review",
        )

    def _busy(self) -> None:
        self.query_one("#heading", Static).update(
            "Loading the NER model and reading the testimony…  (typing still works)"
        )

    def _run(self, job: Callable[[Vault], review_data.ReviewState], note: str = "") -> None:
        run_job(self, self.session, job, lambda state: ReviewLoaded(state, note), group="review")

    def on_review_loaded(self, message: ReviewLoaded) -> None:
        if message.note:
            self.notify(message.note, markup=False)
        state = message.state
        if (
            self.ner
            and self.state is not None
            and self.state.redactor.ner
            and not state.redactor.ner
        ):  # a save begun while the model loaded: read again
            tid, engine = self.testimony_id, self.state.redactor
            self._run(lambda vault: review_data.review_state(vault, tid, engine))
            return
        self.state = state
        transcript = state.review.texts.get("transcript", "")
        area = self.query_one(FindingsArea)
        if self._saved_text is None or area.text == self._saved_text:
            self._saved_text = transcript
            findings = [i.finding for i in state.review.items if i.field == "transcript"]
            area.review(transcript, findings, state.redactor, state.review.testimony.language)
        self._fill_items()

    def _fill_items(self) -> None:
        if (state := self.state) is None:
            return
        self.query_one(FindingsTable).fill(state, self.size.width)
        review = state.review
        undecided, quotes = len(review.undecided), len(review.testimony.quotes)
        self.query_one("#heading", Static).update(
            f"{review.testimony.id}  {review.testimony.status.value}    "
            f"{counted(len(review.items), 'finding')}, {undecided} undecided, "
            f"{counted(quotes, 'quote')}{'  +NER' if state.redactor.ner else ''}"
            f"    {_disclosure(review)}"
        )

    def on_resize(self) -> None:
        self._fill_items()  # Found and Becomes take the new width

    def _item(self) -> Any | None:
        return self.query_one(FindingsTable).item(self.state)

    @on(DataTable.RowHighlighted, "#items")
    def _point_at(self) -> None:
        item = self._item()
        area = self.query_one(FindingsArea)
        if item is None or item.field != "transcript" or area.text != self._saved_text:
            return
        area.selection = Selection(
            area.location_of(item.finding.start), area.location_of(item.finding.end)
        )
        area.scroll_cursor_visible(center=True)

    def action_decide(self, action: str, replacement: str | None = None) -> None:
        item, state = self._item(), self.state
        if item is None or state is None:
            return
        tid, number = self.testimony_id, item.number
        choice = (action, replacement)
        self._run(lambda vault: review_data.decide(vault, tid, number, choice, state.redactor))

    def action_change(self) -> None:
        item = self._item()
        if item is None:
            return

        def answered(text: str | None) -> None:
            if text:
                self.action_decide("replace", text)

        found = one_line(self.state.review.original(item), 40) if self.state else ""
        self.app.push_screen(
            LineModal(
                f"Replace “{found}” ({item.finding.kind}) with",
                " / ".join(item.options) if item.options else "e.g. [a relative]",
            ),
            answered,
        )

    def action_defaults(self) -> None:
        if (state := self.state) is not None:
            tid = self.testimony_id
            self._run(lambda vault: review_data.accept_defaults(vault, tid, state.redactor))

    def action_approve(self) -> None:
        state = self.state
        if state is None:
            return
        undecided = len(state.review.undecided)
        if undecided:
            self.notify(
                f"{counted(undecided, 'finding')} still undecided. In the list, a accepts "
                "the redaction, k keeps the text, c changes it; d takes the defaults for all.",
                title="Not approved yet",
                severity="warning",
                markup=False,
            )
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                tid = self.testimony_id
                self._run(lambda vault: review_data.approve(vault, tid, state.redactor))

        self.app.push_screen(
            ConfirmModal(
                "Approve this testimony for export?",
                "Its decisions are final until someone edits it.",
            ),
            confirmed,
        )

    def action_accept_risk(self) -> None:
        """Acknowledge, dated, the disclosure risk of the details kept now (R)."""
        if (state := self.state) is None:
            return
        tid, review = self.testimony_id, state.review

        def accept(vault: Vault) -> review_data.ReviewState:
            review_quasi.accept_risk(vault, review)
            return review_data.review_state(vault, tid, state.redactor)

        self._run(accept, "Disclosure risk acknowledged with today's date.")

    def action_quote(self) -> None:
        area, state = self.query_one(FindingsArea), self.state
        text = area.selected_text.strip()
        if not text or state is None:
            self.notify("Select words in the transcript first (shift+arrows).")
            return
        self.flush()
        tid = self.testimony_id
        self._run(
            lambda vault: review_data.add_quote(vault, tid, text, state.redactor),
            "Quote marked. Quotes are content: an approved testimony goes back to draft.",
        )

    @on(TextArea.Changed, "#transcript")
    def _edited(self) -> None:
        """Save a moment after typing stops (the area keeps its highlights live itself)."""
        if self.state is None or self.query_one(FindingsArea).text == self._saved_text:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self.action_save)

    def action_save(self) -> None:
        text, state = self.query_one(FindingsArea).text, self.state
        if state is None or text == self._saved_text:
            return
        tid, self._saved_text = self.testimony_id, text
        self._run(lambda vault: review_data.save_transcript(vault, tid, text, state.redactor))

    def flush(self) -> None:
        """Save an edited transcript now, in this thread (before leaving or locking)."""
        text, state = self.query_one(FindingsArea).text, self.state
        if state is not None and text != self._saved_text:
            self._saved_text = text
            tid = self.testimony_id
            self.session.call(
                lambda vault: review_data.save_transcript(vault, tid, text, state.redactor)
            )

    def action_back(self) -> None:
        self.flush()
        self.dismiss()
