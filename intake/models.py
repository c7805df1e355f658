"""The testimony and people model: frozen dataclasses, no I/O.

A testimony follows the HURIDOCS Events Standard Formats for what happened
(events with a place, a date and its precision, and the people it happened to)
and the Murad Code for consent (what may be published, whether the real name
may be used, anonymity wishes, withdrawal). Every change makes a new object;
the store keeps them. The change history records when and which field, never
the old text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

LANGUAGES = ("ru", "en")
CONTENT_FIELDS = frozenset({"title", "transcript", "summary", "quotes"})


class Status(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    PUBLISHED = "published"


class Mode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    MESSENGER = "messenger"


class Relation(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    WIFE = "wife"
    HUSBAND = "husband"
    SIBLING = "sibling"
    SELF = "self"
    COMRADE = "comrade"
    LAWYER = "lawyer"
    OTHER = "other"


class Precision(StrEnum):
    EXACT = "exact"
    MONTH = "month"
    APPROXIMATE = "approximate"


class Gender(StrEnum):
    MALE = "m"
    FEMALE = "f"


def now() -> str:
    """The current time in UTC, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Interview:
    """How the testimony was taken. ``place`` is generalised (a region, not an address)."""

    language: str = "ru"
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    place: str = ""
    mode: Mode | None = None
    interviewer: str = ""  # a handle, not a full name


@dataclass(frozen=True)
class Consent:
    """What the source agreed to (Murad Code). Nothing is publishable by default."""

    publish_summary: bool = False
    publish_quotes: bool = False
    use_real_name: bool = False
    anonymity_wishes: str = ""
    withdrawn_on: str | None = None  # the date consent was withdrawn

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None

    @property
    def allows_export(self) -> bool:
        """True only when something may be published and consent was not withdrawn."""
        return not self.withdrawn and (self.publish_summary or self.publish_quotes)


@dataclass(frozen=True)
class Event:
    """What happened, where, when (with a precision) and to whom (person ids)."""

    description: str
    place: str = ""
    date: str | None = None
    precision: Precision = Precision.EXACT
    victims: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A span ``[start, end)`` of the transcript."""

    start: int
    end: int

    def text_in(self, transcript: str) -> str:
        return transcript[self.start : self.end]


@dataclass(frozen=True)
class ChangeEntry:
    """When and which field changed. ``note`` is a fixed phrase from the code, never content."""

    at: str
    field: str
    note: str = ""


@dataclass(frozen=True)
class Person:
    """Someone a testimony mentions. ``public`` people keep their real name in publications."""

    id: str
    name: str
    pseudonym: str
    gender: Gender | None = None
    aliases: tuple[str, ...] = ()
    role: str = ""
    public: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """Every real form the person is registered under."""
        return (self.name, *self.aliases)

    @property
    def display(self) -> str:
        """What a screen shows without --reveal: the pseudonym."""
        return self.pseudonym


@dataclass(frozen=True)
class Testimony:
    id: str
    title: str
    transcript: str
    interview: Interview = field(default_factory=Interview)
    consent: Consent = field(default_factory=Consent)
    source: str | None = None  # a person id
    relation: Relation | None = None  # of the source to the subjects
    subjects: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    summary: str = ""
    quotes: tuple[Quote, ...] = ()
    tags: tuple[str, ...] = ()
    status: Status = Status.DRAFT
    created_at: str = ""
    updated_at: str = ""
    history: tuple[ChangeEntry, ...] = ()

    @property
    def language(self) -> str:
        return self.interview.language

    @property
    def exportable(self) -> bool:
        """May this testimony appear in an export? The export must ask this every time."""
        return self.export_blocker() is None

    def export_blocker(self) -> str | None:
        """Why the testimony must stay out of exports, or None when it may go out."""
        if self.consent.withdrawn:
            return "consent withdrawn"
        if not self.consent.allows_export:
            return "no consent to publish"
        if self.status not in (Status.APPROVED, Status.PUBLISHED):
            return f"not approved (status: {self.status.value})"
        return None

    def people(self) -> frozenset[str]:
        """Every person id the testimony refers to."""
        victims = (v for event in self.events for v in event.victims)
        return frozenset(p for p in (self.source, *self.subjects, *victims) if p)

    def changed(self, fields: dict[str, object], at: str | None = None) -> Testimony:
        """A copy with ``fields`` changed, history recorded, and back to draft on content edits."""
        changes = {k: v for k, v in fields.items() if getattr(self, k) != v}
        notes: dict[str, str] = {}
        if "transcript" in changes and "quotes" not in changes:
            quotes = relocate_quotes(self.quotes, self.transcript, str(changes["transcript"]))
            if quotes != self.quotes:
                changes["quotes"] = quotes
                notes["quotes"] = "quotes moved with the transcript"
        if CONTENT_FIELDS & changes.keys() and self.status != Status.DRAFT:
            # Reviewed material that changes must be reviewed again, whatever was asked.
            changes["status"] = Status.DRAFT
            notes["status"] = "returned to draft after a content edit"
        elif CONTENT_FIELDS & changes.keys():
            changes.pop("status", None)
        if not changes:
            return self
        stamp = at or now()
        entries = (ChangeEntry(stamp, name, notes.get(name, "")) for name in sorted(changes))
        # ``changes`` holds a value of each named field's own type.
        return replace(
            self,
            **changes,  # type: ignore[arg-type]
            updated_at=stamp,
            history=(*self.history, *entries),
        )

    def with_person_replaced(self, old: str, new: str) -> Testimony:
        """A copy where person ``old`` is referred to as ``new`` (after a merge)."""

        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(new if i == old else i for i in ids))

        events = tuple(replace(e, victims=swap(e.victims)) for e in self.events)
        return replace(
            self,
            source=new if self.source == old else self.source,
            subjects=swap(self.subjects),
            events=events,
        )


def relocate_quotes(quotes: tuple[Quote, ...], old: str, new: str) -> tuple[Quote, ...]:
    """Find each quote's text again in an edited transcript; quotes that vanished are dropped."""
    kept: list[Quote] = []
    for quote in quotes:
        text = quote.text_in(old)
        start = new.find(text) if text else -1
        if start >= 0:
            kept.append(Quote(start, start + len(text)))
    return tuple(kept)
