"""Testimonies and people as JSON documents (``schemas/testimony.schema.json``) and back.

The same document is what ``intake show --json`` prints, what ``intake add
FILE.json`` imports, and how the store keeps the structured parts of a
testimony. No I/O here.
"""

from __future__ import annotations

from typing import Any

from intake.models import (
    ChangeEntry,
    Consent,
    Event,
    Gender,
    Interview,
    Mode,
    Person,
    Precision,
    Quote,
    Relation,
    Status,
    Testimony,
)


def testimony_to_document(testimony: Testimony) -> dict[str, Any]:
    t = testimony
    return {
        "id": t.id,
        "title": t.title,
        "interview": interview_to_document(t.interview),
        "consent": consent_to_document(t.consent),
        "source": {"person": t.source, "relation": t.relation.value if t.relation else None},
        "subjects": list(t.subjects),
        "events": [event_to_document(e) for e in t.events],
        "transcript": t.transcript,
        "summary": t.summary,
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text_in(t.transcript)} for q in t.quotes
        ],
        "tags": list(t.tags),
        "status": t.status.value,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
        "history": [{"at": h.at, "field": h.field, "note": h.note} for h in t.history],
    }


def interview_to_document(interview: Interview) -> dict[str, Any]:
    return {
        "language": interview.language,
        "date": interview.date,
        "place": interview.place,
        "mode": interview.mode.value if interview.mode else None,
        "interviewer": interview.interviewer,
    }


def consent_to_document(consent: Consent) -> dict[str, Any]:
    return {
        "publish_summary": consent.publish_summary,
        "publish_quotes": consent.publish_quotes,
        "use_real_name": consent.use_real_name,
        "anonymity_wishes": consent.anonymity_wishes,
        "withdrawn_on": consent.withdrawn_on,
    }


def event_to_document(event: Event) -> dict[str, Any]:
    return {
        "description": event.description,
        "place": event.place,
        "date": event.date,
        "precision": event.precision.value,
        "victims": list(event.victims),
    }


def testimony_from_document(doc: dict[str, Any]) -> Testimony:
    """Build a testimony from a document already valid against the schema."""
    source = doc.get("source") or {}
    relation = source.get("relation")
    return Testimony(
        id=doc.get("id", ""),
        title=doc["title"],
        transcript=doc["transcript"],
        interview=interview_from_document(doc["interview"]),
        consent=consent_from_document(doc.get("consent") or {}),
        source=source.get("person"),
        relation=Relation(relation) if relation else None,
        subjects=tuple(doc.get("subjects", ())),
        events=tuple(event_from_document(e) for e in doc.get("events", ())),
        summary=doc.get("summary", ""),
        quotes=tuple(Quote(q["start"], q["end"]) for q in doc.get("quotes", ())),
        tags=tuple(doc.get("tags", ())),
        status=Status(doc.get("status", "draft")),
        created_at=doc.get("created_at", ""),
        updated_at=doc.get("updated_at", ""),
        history=tuple(
            ChangeEntry(h["at"], h["field"], h.get("note", "")) for h in doc.get("history", ())
        ),
    )


def interview_from_document(doc: dict[str, Any]) -> Interview:
    mode = doc.get("mode")
    return Interview(
        language=doc["language"],
        date=doc.get("date"),
        place=doc.get("place", ""),
        mode=Mode(mode) if mode else None,
        interviewer=doc.get("interviewer", ""),
    )


def consent_from_document(doc: dict[str, Any]) -> Consent:
    return Consent(
        publish_summary=doc.get("publish_summary", False),
        publish_quotes=doc.get("publish_quotes", False),
        use_real_name=doc.get("use_real_name", False),
        anonymity_wishes=doc.get("anonymity_wishes", ""),
        withdrawn_on=doc.get("withdrawn_on"),
    )


def event_from_document(doc: dict[str, Any]) -> Event:
    return Event(
        description=doc["description"],
        place=doc.get("place", ""),
        date=doc.get("date"),
        precision=Precision(doc.get("precision", "exact")),
        victims=tuple(doc.get("victims", ())),
    )


def person_to_document(person: Person, *, reveal: bool) -> dict[str, Any]:
    """A person for display: the real name and aliases only when ``reveal``."""
    doc: dict[str, Any] = {
        "id": person.id,
        "pseudonym": person.pseudonym,
        "gender": person.gender.value if person.gender else None,
        "role": person.role,
        "public": person.public,
    }
    if reveal:
        doc["name"] = person.name
        doc["aliases"] = list(person.aliases)
    return doc


def gender_or_none(value: str | None) -> Gender | None:
    return Gender(value) if value else None
