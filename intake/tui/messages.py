"""Messages that workers post to screens and screens post to the app.

Workers never touch widgets: they call the core, then post one of these. Each
carries plain data; none is ever logged (their text may be testimony content).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class WorkFailed(Message):
    """A job raised: ``message`` and ``hint`` are safe to show (never a traceback)."""

    message: str
    hint: str


@dataclass
class Unlocked(Message):
    """The vault is open (after unlock or first run); the app shows the content screens."""


@dataclass
class UnlockFailed(Message):
    message: str
    hint: str


@dataclass
class VaultCreated(Message):
    """A new vault exists and is open; ``recovery`` must be shown once, then forgotten."""

    recovery: str


@dataclass(frozen=True)
class Location:
    """Where the user is: a screen kind and what it shows. Survives a lock; holds no text."""

    kind: str  # testimonies, editor, review, people, terms, export, audit, contacts
    testimony_id: str | None = None
    ids: tuple[str, ...] = ()  # testimonies chosen (export)
    fmt: str = ""  # the chosen format (export); empty: nothing chosen yet
    flags: tuple[str, ...] = ()  # switches that were on: "transcript" (export), "ner" (review)


@dataclass
class Navigate(Message):
    """Open the screen for ``location`` on top of the current one."""

    location: Location


@dataclass
class CopyRedacted(Message):
    """The one way text reaches the clipboard: redacted output the user chose to copy."""

    text: str


@dataclass
class TestimoniesLoaded(Message):
    rows: list[Any]  # intake.store.testimonies.Listing


@dataclass
class SearchDone(Message):
    query: str
    hits: list[Any]  # intake.store.search.Hit


@dataclass
class Changed(Message):
    """Something in the vault changed; ``note`` is a fixed phrase safe to show."""

    note: str


@dataclass
class EditorLoaded(Message):
    testimony: Any  # intake.models.Testimony, or None for a new one
    people: list[Any]  # intake.models.Person


@dataclass
class Saved(Message):
    testimony: Any  # intake.models.Testimony, or None when nothing needed saving


@dataclass
class PeopleLoaded(Message):
    people: list[Any]  # intake.models.Person


@dataclass
class Revealed(Message):
    """The passphrase was given again: real names may be shown for a while."""


@dataclass
class AuditReady(Message):
    report: Any  # intake.audit.AuditReport


@dataclass
class ReviewLoaded(Message):
    state: Any  # intake.tui.review_data.ReviewState
    note: str = ""  # a fixed phrase to confirm what was done, or nothing


@dataclass
class FindingsReady(Message):
    """Findings of the transcript as it was at ``version`` (stale ones are ignored)."""

    version: int
    text: str
    findings: list[Any]


@dataclass
class PreviewReady(Message):
    preview: Any  # intake.tui.data.ExportPreview


@dataclass
class PersonSaved(Message):
    person: Any  # intake.models.Person, as registered or edited
