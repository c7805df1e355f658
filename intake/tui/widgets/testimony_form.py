"""The testimony editor's form: transcript, summary, details, consent and people, in tabs.

:meth:`TestimonyForm.fields` reads every field into the values the core's
``testimonies.edit`` takes; :meth:`TestimonyForm.fill` writes a testimony into
the widgets. People are offered by pseudonym only, never by real name.
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import (
    Checkbox,
    Input,
    Label,
    Select,
    SelectionList,
    TabbedContent,
    TabPane,
    TextArea,
)

from intake.models import Consent, Interview, Mode, Person, Relation, Testimony

TABS = (
    ("transcript", "Transcript"),
    ("summary", "Summary"),
    ("details", "Details"),
    ("consent", "Consent"),
    ("people", "People"),
)
FIRST_FIELD = {
    "transcript": "#transcript-text",
    "summary": "#summary-text",
    "details": "#title",
    "consent": "#publish-summary",
    "people": "#source",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _choice(select: Select[Any]) -> Any:
    return None if select.value is Select.NULL else select.value


class TestimonyForm(Vertical):
    def __init__(self) -> None:
        super().__init__(id="form")
        self._focus_in: str | None = None  # the pane whose first field takes the cursor

    @property
    def active(self) -> str:
        """The pane shown (its id)."""
        return self.query_one(TabbedContent).active

    def show(self, pane: str) -> None:
        """Show ``pane`` and put the cursor in its first field (typing never goes astray).

        The focus moves once the tab is active (TabActivated), so that the tab switch,
        however late it is handled, cannot take the cursor back."""
        tabs = self.query_one(TabbedContent)
        if tabs.active == pane:
            self.query_one(FIRST_FIELD[pane]).focus()
            return
        self._focus_in = pane
        self.screen.set_focus(None)  # a focused field the switch hides would hand the
        tabs.active = pane  # cursor to the tab bar, after ours

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane, self._focus_in = self._focus_in, None
        if pane is not None and event.pane.id == pane:
            self.call_after_refresh(self.query_one(FIRST_FIELD[pane]).focus)

    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs"):
            with TabPane("Transcript", id="transcript"):
                yield TextArea(id="transcript-text", soft_wrap=True)
            with TabPane("Summary", id="summary"):
                yield TextArea(id="summary-text", soft_wrap=True)
            with TabPane("Details", id="details"), VerticalScroll(can_focus=False):
                yield from _labelled("Title", _field("title"))
                yield from _labelled(
                    "Language",
                    Select(
                        [("Russian", "ru"), ("English", "en")],
                        id="language",
                        allow_blank=False,
                        compact=True,
                    ),
                )
                yield from _labelled("Interview date (YYYY, YYYY-MM or YYYY-MM-DD)", _field("date"))
                yield from _labelled("Place (a region, never an address)", _field("place"))
                yield from _labelled(
                    "Mode",
                    Select(
                        [(m.value.replace("_", " "), m.value) for m in Mode],
                        id="mode",
                        compact=True,
                    ),
                )
                yield from _labelled("Interviewer (a handle)", _field("interviewer"))
            with TabPane("Consent", id="consent"), VerticalScroll(can_focus=False):
                yield Checkbox("May publish a summary", id="publish-summary", compact=True)
                yield Checkbox("May publish quotes", id="publish-quotes", compact=True)
                yield Checkbox("May use the real name", id="real-name", compact=True)
                yield from _labelled("Anonymity wishes", _field("wishes"))
                yield from _labelled(
                    "Consent withdrawn on (date; empty if not)", _field("withdrawn")
                )
            with TabPane("People", id="people"), VerticalScroll(can_focus=False):
                yield from _labelled("Source (by pseudonym)", Select([], id="source", compact=True))
                yield from _labelled(
                    "Relation of the source",
                    Select([(r.value, r.value) for r in Relation], id="relation", compact=True),
                )
                yield Label("People the testimony is about (space to mark)")
                yield SelectionList[str](id="subjects")

    def offer_people(self, people: list[Person], chosen: tuple[str, ...]) -> None:
        def label(p: Person) -> Text:
            return Text(f"{p.pseudonym} ({p.role})" if p.role else p.pseudonym)

        self.query_one("#source", Select).set_options([(label(p), p.id) for p in people])
        subjects = self.query_one("#subjects", SelectionList)
        subjects.clear_options()
        subjects.add_options([(label(p), p.id, p.id in chosen) for p in people])
        if people:  # space marks at once, without an arrow key first
            subjects.highlighted = 0

    def fill(self, t: Testimony) -> None:
        self.query_one("#transcript-text", TextArea).load_text(t.transcript)
        self.query_one("#summary-text", TextArea).load_text(t.summary)
        values = {
            "title": t.title,
            "date": t.interview.date or "",
            "place": t.interview.place,
            "interviewer": t.interview.interviewer,
            "wishes": t.consent.anonymity_wishes,
            "withdrawn": t.consent.withdrawn_on or "",
        }
        for key, value in values.items():
            self.query_one(f"#{key}", Input).value = value
        self.query_one("#language", Select).value = t.interview.language
        self._select("mode", t.interview.mode.value if t.interview.mode else None)
        self._select("relation", t.relation.value if t.relation else None)
        self._select("source", t.source)
        for key, ticked in (
            ("publish-summary", t.consent.publish_summary),
            ("publish-quotes", t.consent.publish_quotes),
            ("real-name", t.consent.use_real_name),
        ):
            self.query_one(f"#{key}", Checkbox).value = ticked

    def _select(self, key: str, value: str | None) -> None:
        select = self.query_one(f"#{key}", Select)
        select.value = Select.NULL if value is None else value

    def fields(self) -> dict[str, object]:
        """The form as testimony fields (raises ValueError with a sentence if a date is bad)."""
        text = {
            key: self.query_one(f"#{key}", Input).value.strip()
            for key in ("title", "date", "place", "interviewer", "wishes", "withdrawn")
        }
        for key in ("date", "withdrawn"):
            if text[key] and not DATE.match(text[key]):
                raise ValueError("Dates are written YYYY, YYYY-MM or YYYY-MM-DD.")
        mode, relation = (
            _choice(self.query_one("#mode", Select)),
            _choice(self.query_one("#relation", Select)),
        )
        return {
            "title": text["title"],
            "transcript": self.query_one("#transcript-text", TextArea).text,
            "summary": self.query_one("#summary-text", TextArea).text,
            "interview": Interview(
                language=str(self.query_one("#language", Select).value),
                date=text["date"] or None,
                place=text["place"],
                mode=Mode(mode) if mode else None,
                interviewer=text["interviewer"],
            ),
            "consent": Consent(
                self._ticked("publish-summary"),
                self._ticked("publish-quotes"),
                self._ticked("real-name"),
                text["wishes"],
                text["withdrawn"] or None,
            ),
            "source": _choice(self.query_one("#source", Select)),
            "relation": Relation(relation) if relation else None,
            "subjects": tuple(self.query_one("#subjects", SelectionList).selected),
        }

    def _ticked(self, key: str) -> bool:
        return self.query_one(f"#{key}", Checkbox).value


PLACEHOLDER_TITLE = "Untitled"  # only when locking a new testimony that has no title yet


def where(missing: str | None) -> str:
    """The key that opens the tab of a missing field."""
    tab = {"a title": "Details", "a transcript": "Transcript"}.get(missing or "")
    return f"the {tab} tab: ctrl+pagedown" if tab else ""


def state_line(pending: bool, need: str | None) -> str:
    """The editor heading's word on saving."""
    if not pending:
        return "All changes saved"
    return f"Not saved: it needs {need} ({where(need)})" if need else "Unsaved changes…"


def rescue_note(need: str, new: bool) -> str:
    """What locking did with a form it could not save as it was."""
    if new:
        return f"Saved the new testimony as “{PLACEHOLDER_TITLE}”: it had no title yet."
    return f"Saved, but with the last saved {need.removeprefix('a ')}: it cannot be empty."


def missing(fields: dict[str, object]) -> str | None:
    """What the core needs before it can save the fields, in words; None if nothing."""
    if not str(fields.get("title", "")).strip():
        return "a title"
    if not str(fields.get("transcript", "")).strip():
        return "a transcript"
    return None


def rescued(
    latest: dict[str, object], written: dict[str, object] | None
) -> dict[str, object] | None:
    """The fields with an empty title or transcript taken from the last save (locking)."""
    fields = dict(latest)
    for key in ("title", "transcript"):
        if not str(fields[key]).strip():
            fields[key] = (written or {}).get(key) or (PLACEHOLDER_TITLE if key == "title" else "")
    return None if missing(fields) else fields


def _field(id: str) -> Input:
    """A text field that keeps its text on focus: a key typed after a tab switch or Tab adds to the
    title instead of replacing it (Textual selects everything on focus by default)."""
    return Input(id=id, compact=True, select_on_focus=False)


def _labelled(text: str, widget: Any) -> ComposeResult:
    yield Label(text)
    yield widget
