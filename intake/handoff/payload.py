"""The signed payload of a bundle (``schemas/bundle.schema.json``): testimonies with every
field, their review decisions, and the registry entries of the people they mention.

Review decisions are stored against a digest keyed by the sending vault's secret
review key, which the receiver does not have. The payload therefore carries each
decision that is still valid for the current text (its span, kind, action and
replacement; never the digest), and the receiver keys it again with its own
secret. Stale decisions (the text moved since) are left out, so they stay stale.
"""

from __future__ import annotations

import json
from typing import Any

from intake import documents
from intake.errors import BundleRefused
from intake.handoff.bundle import FORMAT_VERSION
from intake.handoff.mentions import mentioned
from intake.models import Person, Testimony
from intake.review import items as review_items
from intake.schemas_util import first_error
from intake.store import merging, reviews
from intake.store import people as people_store
from intake.store.db import Connection

FORMAT = "intake-bundle"


def build(
    conn: Connection,
    testimonies: list[Testimony],
    *,
    bundle_id: str,
    created_at: str,
    sender: str,
    recipients: list[str],
) -> dict[str, Any]:
    """The payload document for ``testimonies`` as this vault holds them."""
    published = merging.published_people(conn)

    everyone = people_store.all_people(conn)
    chosen = mentioned(everyone, testimonies)
    key = reviews.review_key(conn)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "bundle_id": bundle_id,
        "created_at": created_at,
        "sender": sender,
        "recipients": recipients,
        "testimonies": [documents.testimony_to_document(t) for t in testimonies],
        "people": [_person(p, p.id in published) for p in everyone if p.id in chosen],
        "decisions": [d for t in testimonies for d in _decisions(conn, t, key)],
    }


def encode(document: dict[str, Any]) -> bytes:
    """Canonical JSON: the exact bytes that are signed."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def decode(payload: bytes) -> dict[str, Any]:
    """The payload document, valid against the bundle schema and each testimony against
    the testimony schema; refused in words (never quoting content) otherwise."""
    try:
        document = json.loads(payload.decode("utf-8"))
    except ValueError:
        raise _invalid("it is not UTF-8 JSON") from None
    problem = first_error(document, "bundle")
    if problem is None and isinstance(document, dict):
        for index, testimony in enumerate(document["testimonies"]):
            found = first_error(testimony, "testimony")
            if found is not None:
                problem = f"testimony {index}: {found}"
                break
    if problem is not None:
        raise _invalid(problem)
    return dict(document)


def person_from(doc: dict[str, Any]) -> Person:
    return Person(
        id=doc["id"],
        name=doc["name"],
        pseudonym=doc["pseudonym"],
        gender=documents.gender_or_none(doc["gender"]),
        aliases=tuple(doc["aliases"]),
        role=doc["role"],
        public=doc["public"],
    )


def _person(person: Person, published: bool) -> dict[str, Any]:
    return {
        **documents.person_to_document(person, reveal=True),
        "published": published,
    }


def _decisions(conn: Connection, t: Testimony, key: bytes) -> list[dict[str, Any]]:
    texts = review_items.field_texts(t)
    out: list[dict[str, Any]] = []
    for stored in reviews.load(conn, t.id).values():
        k = stored.key
        text = texts.get(k.field, "")
        if not 0 <= k.start < k.end <= len(text):
            continue
        if reviews.digest(key, text[k.start : k.end]) != k.digest:
            continue  # stale: the text changed since the decision
        out.append(
            {
                "testimony": t.id,
                "field": k.field,
                "start": k.start,
                "end": k.end,
                "kind": k.kind,
                "action": stored.action,
                "replacement": stored.replacement,
                "decided_at": stored.decided_at,
            }
        )
    return sorted(out, key=lambda d: (d["field"], d["start"], d["end"], d["kind"]))


def _invalid(problem: str) -> BundleRefused:
    return BundleRefused(
        f"this bundle's content does not follow the bundle format ({problem})",
        "It was signed by its sender but not made by a compatible intake. Nothing was imported.",
    )
