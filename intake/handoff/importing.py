"""Importing a verified bundle's testimonies and decisions, inside the receive transaction.

A testimony is added when new here. One already here is replaced only when the
same sender sent it before and the bundle's revision (last change time, then
number of changes) is newer; if the copy here had changes the bundle lacks, a
conflict is recorded. An older revision changes nothing; a different version
with the same revision, or a testimony made here or sent by another vault, is
kept as it is and becomes a conflict. Review decisions are keyed again with this
vault's review key over the text they cover and inserted in one statement.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from intake import documents
from intake.errors import BundleRefused
from intake.models import Testimony
from intake.review import items as review_items
from intake.store import merging, reviews
from intake.store import testimonies as testimony_store
from intake.store.db import Connection


def testimonies(
    conn: Connection, doc: dict[str, Any], ids: dict[str, str], at: str
) -> Counter[str]:
    counts: Counter[str] = Counter()
    decisions: dict[str, list[dict[str, Any]]] = {}
    for decision in doc["decisions"]:
        decisions.setdefault(decision["testimony"], []).append(decision)
    replaced = False
    pending: list[tuple[str, reviews.StoredDecision]] = []
    for item in doc["testimonies"]:
        incoming = _remapped(documents.testimony_from_document(item), ids)
        outcome = _one(conn, incoming, decisions.get(incoming.id, []), doc, at, pending=pending)
        counts[f"testimonies {outcome}"] += 1
        replaced |= outcome == "replaced"
    merging.add_decisions(conn, pending)
    if replaced:
        testimony_store.scrub_index(conn)
    return counts


def _one(
    conn: Connection,
    new: Testimony,
    decisions: list[dict[str, Any]],
    doc: dict[str, Any],
    at: str,
    *,
    pending: list[tuple[str, reviews.StoredDecision]],
) -> str:
    sender = doc["sender"]
    if not testimony_store.exists(conn, new.id):
        testimony_store.insert(conn, new)
        merging.set_origin(conn, new.id, sender)
        pending.extend(_rekeyed(conn, new, decisions, keep=set()))
        return "added"
    old = testimony_store.get(conn, new.id)
    if new == old:
        return "unchanged"
    if merging.origin(conn, new.id) != sender:
        _conflict(conn, doc, at, new.id, "not sent by this sender before; ours kept")
        return "from another origin, kept ours"
    if _revision(new) < _revision(old):
        return "older, kept ours"
    if _revision(new) == _revision(old):  # changed on both sides within the same second
        _conflict(conn, doc, at, new.id, "a different version with the same revision; ours kept")
        return "conflicting, kept ours"
    kept = reviews.load(conn, new.id)
    if new.history[: len(old.history)] != old.history:
        _conflict(conn, doc, at, new.id, "changes made here replaced by a newer revision")
    testimony_store.delete(conn, new.id)
    testimony_store.insert(conn, new)
    merging.set_origin(conn, new.id, sender)
    reviews.save(conn, new.id, kept.values())
    pending.extend(_rekeyed(conn, new, decisions, keep=set(kept)))
    return "replaced"


def _conflict(conn: Connection, doc: dict[str, Any], at: str, tid: str, note: str) -> None:
    merging.add_conflict(conn, at, doc["bundle_id"], kind="testimony", subject=tid, note=note)


def _revision(t: Testimony) -> tuple[str, int]:
    return t.updated_at, len(t.history)


def _remapped(t: Testimony, ids: dict[str, str]) -> Testimony:
    if any(p not in ids for p in t.people()):
        raise BundleRefused("a testimony in this bundle mentions a person the bundle lacks")
    for old, new in ids.items():
        if old != new and old in t.people():
            t = t.with_person_replaced(old, new)
    if not all(0 <= q.start < q.end <= len(t.transcript) for q in t.quotes):
        raise BundleRefused("a quote in this bundle lies outside its transcript")
    return t


def _rekeyed(
    conn: Connection, t: Testimony, decisions: list[dict[str, Any]], keep: set[reviews.DecisionKey]
) -> list[tuple[str, reviews.StoredDecision]]:
    """Each decision keyed again with this vault's review key, over the text it covers."""
    key, texts = reviews.review_key(conn), review_items.field_texts(t)
    out = []
    for d in decisions:
        text = texts.get(d["field"], "")
        if not 0 <= d["start"] < d["end"] <= len(text):
            continue
        span = text[d["start"] : d["end"]]
        k = reviews.DecisionKey(
            d["field"], d["start"], d["end"], d["kind"], reviews.digest(key, span)
        )
        if k not in keep:
            out.append(
                (t.id, reviews.StoredDecision(k, d["action"], d["replacement"], d["decided_at"]))
            )
    return out
