"""The export document: reviewed, redacted material as plain data.

Every format is rendered from this one document after it validates against
``schemas/export.schema.json``. It is built only from redacted strings (the
review's output) and from words of :mod:`intake.export.language`; consent
decides what of each testimony it carries (a summary, quotes, the transcript).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intake.errors import IntakeError
from intake.export.byline import Inflect, byline
from intake.export.language import general_date, words
from intake.export.layout import Rendered, View
from intake.models import Person, Testimony
from intake.schemas_util import validate_or_raise

SCHEMA = "export.schema.json"


@dataclass(frozen=True)
class RedactedTestimony:
    """One approved testimony's fields after its review decisions were applied."""

    testimony: Testimony
    title: str
    summary: str
    quotes: tuple[str, ...]
    transcript: str
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    generated_on: str  # YYYY-MM-DD
    policy_version: str
    with_transcript: bool = False
    date_precision: str = "month"  # "month" or "year"


def build(
    items: Iterable[RedactedTestimony],
    people: Mapping[str, Person],
    options: Options,
    inflect: Inflect,
) -> dict[str, Any]:
    """The export document for ``items``, validated; raises if it breaks the schema."""
    testimonies = [_testimony(item, people, options, inflect) for item in items]
    languages = {t["language"] for t in testimonies}
    document = {
        "intake_export": 1,
        "generated_on": options.generated_on,
        "policy_version": options.policy_version,
        "language": languages.pop() if len(languages) == 1 else "en",
        "with_transcript": options.with_transcript,
        "testimonies": testimonies,
    }
    validate_or_raise(document, SCHEMA, IntakeError, "the export document is malformed")
    return document


def total_counts(document: Mapping[str, Any]) -> dict[str, int]:
    """Findings per kind over every testimony of the document."""
    total: Counter[str] = Counter()
    for testimony in document["testimonies"]:
        total.update(testimony["findings"])
    return dict(sorted(total.items()))


def _testimony(
    item: RedactedTestimony, people: Mapping[str, Person], options: Options, inflect: Inflect
) -> dict[str, Any]:
    t = item.testimony
    consent = t.consent
    source = people.get(t.source) if t.source else None
    subjects = [people[p] for p in t.subjects if p in people]
    return {
        "id": t.id,
        "language": t.language,
        "title": item.title,
        "byline": byline(t.relation, source, subjects, t.language, inflect),
        "interview_date": _date(t, options.date_precision),
        "summary": item.summary if consent.publish_summary and item.summary.strip() else None,
        "quotes": [q for q in item.quotes if q.strip()] if consent.publish_quotes else [],
        "transcript": (
            item.transcript if options.with_transcript and consent.publish_quotes else None
        ),
        "note": words(t.language).note,
        "findings": dict(sorted(item.counts.items())),
    }


def _date(t: Testimony, precision: str) -> dict[str, str] | None:
    value = t.interview.date
    text = general_date(value, precision, t.language)
    if value is None or text is None:
        return None
    shown = value[:4] if precision == "year" or len(value) < 7 else value[:7]
    return {"value": shown, "precision": "year" if len(shown) == 4 else "month", "text": text}


def render_json(document: Mapping[str, Any]) -> Rendered:
    """The document itself as UTF-8 JSON; each testimony's stretch starts at its id."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    owners: list[tuple[int, str | None]] = [(0, None)]
    for testimony in document["testimonies"]:
        at = text.find(f'"id": {json.dumps(testimony["id"])}', owners[-1][0])
        owners.append((max(at, owners[-1][0]), testimony["id"]))
    return Rendered(text.encode("utf-8"), (View(text, tuple(owners)),))
