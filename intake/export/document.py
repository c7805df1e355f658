"""The export document: reviewed, redacted material as plain data.

Every format is rendered from this one document after it validates against
``schemas/export.schema.json``. It is built only from redacted strings (the
review's output) and from words of :mod:`intake.export.language`; consent
decides what of each testimony it carries (a summary, quotes, the transcript).
It carries no count of what review redacted: counts over the whole testimony
would tell something about text that is not published (a transcript left out).
The export's language is the one most of its testimonies are in.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intake.errors import IntakeError
from intake.export.byline import Inflect, attribution, byline
from intake.export.language import general_date, words
from intake.export.layout import Builder, Rendered, View, decode, without_keys, without_tool_values
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
    document = {
        "intake_export": 1,
        "generated_on": options.generated_on,
        "policy_version": options.policy_version,
        "language": main_language(testimonies),
        "with_transcript": options.with_transcript,
        "testimonies": testimonies,
    }
    validate_or_raise(document, SCHEMA, IntakeError, "the export document is malformed")
    return document


def main_language(testimonies: Sequence[Mapping[str, Any]]) -> str:
    """The language most testimonies are in (a tie: the one with more published text)."""
    count: Counter[str] = Counter(t["language"] for t in testimonies)
    size: Counter[str] = Counter()
    for t in testimonies:
        size[t["language"]] += sum(len(text) for _where, text in strings(t))
    if not count:
        return "en"
    return max(sorted(count), key=lambda language: (count[language], size[language]))


def total_counts(items: Iterable[RedactedTestimony]) -> dict[str, int]:
    """Findings per kind over the reviews of ``items`` (for the vault's own log only)."""
    total: Counter[str] = Counter()
    for item in items:
        total.update(item.counts)
    return dict(sorted(total.items()))


def _testimony(
    item: RedactedTestimony, people: Mapping[str, Person], options: Options, inflect: Inflect
) -> dict[str, Any]:
    t = item.testimony
    consent = t.consent
    source = people.get(t.source) if t.source else None
    subjects = [people[p] for p in t.subjects if p in people]
    who = (t.relation, source, subjects, t.language, inflect)
    return {
        "id": t.id,
        "language": t.language,
        "title": item.title,
        "byline": byline(*who),
        "attribution": attribution(*who),
        "interview_date": _date(t, options.date_precision),
        "summary": item.summary if consent.publish_summary and item.summary.strip() else None,
        "quotes": [q for q in item.quotes if q.strip()] if consent.publish_quotes else [],
        "transcript": (
            item.transcript if options.with_transcript and consent.publish_quotes else None
        ),
        "note": words(t.language).note,
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
    # the gate reads the values, not the keys nor the tool's own values
    view = View(without_keys(without_tool_values(text)), tuple(owners))
    return Rendered(text.encode("utf-8"), (view, decoded_strings(document)))


def decoded_strings(document: Mapping[str, Any]) -> View:
    """Every string of ``document`` decoded (see :func:`intake.export.layout.decode`),
    one per line, each testimony's under its id: what a reader of the JSON may see (the
    tool's own values, the date and the policy version, are not read)."""
    builder = Builder()
    for testimony in document["testimonies"]:
        for _where, text in strings(testimony):
            builder.add(decode(text) + "\n", testimony["id"])
    return dataclasses.replace(builder.view(), decoded=True)


def strings(node: Any) -> Iterator[tuple[str, str]]:
    """(path, string) for every string inside ``node``."""
    if isinstance(node, str):
        yield "", node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from ((f"{key}{path}", text) for path, text in strings(value))
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from ((f"[{index}]{path}", text) for path, text in strings(value))
