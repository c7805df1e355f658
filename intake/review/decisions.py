"""What a review's decisions do: the engine's decision for each item, and the fields with
every decision applied (what export publishes).

A finding whose foreseen companions (:mod:`intake.review.foresee`) are not all kept
becomes a category tag; the companions themselves are never applied: they decide their
finding. Everything decided "redact" is also given to the leak gate as a string that
must not appear anywhere in the export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from intake import quasi
from intake.check import KINDS as CHECK_KINDS
from intake.redact import Decision, Redactor
from intake.redact.findings import PERSON
from intake.review.foresee import RECOGNIZER as FORESEEN
from intake.review.foresee import overridden
from intake.review.model import Choice, Item, Review


def default_choice(redactor: Redactor, kind: str) -> Choice:
    """The policy's decision; a publication check hit is always redacted by default (a
    policy file cannot make an unexplained word "keep": a leak is never the default)."""
    if kind in CHECK_KINDS:
        return Choice("redact")
    if quasi.is_quasi(kind):
        return Choice("keep")  # the reviewer chooses a generalisation
    return Choice("redact" if redactor.policy.redacts(kind) else "keep")


def candidates(redactor: Redactor, item: Item) -> list[tuple[str, str]]:
    """(id, name) of the registered people an "ambiguous" finding may name (else [])."""
    if item.finding.kind != "ambiguous":
        return []
    people = redactor.registry.people
    return [(people[o].id or str(o), people[o].name) for o in item.finding.owners]


def engine_decision(redactor: Redactor, item: Item) -> Decision:
    """The engine's decision for a decided item."""
    choice = item.choice or item.default
    if choice.action == "keep":
        return Decision(item.finding, "keep")
    if choice.action == "person":
        picked = [o for o in item.finding.owners if _id(redactor, o) == choice.replacement]
        if picked:  # the person picked in review: a registered mention of them
            one = (picked[0],)
            finding = replace(item.finding, kind=PERSON, owner=one[0], owners=one, candidates=())
            return Decision(finding, "pseudonym")
        return Decision(item.finding, "tag")  # no longer a candidate: a tag, never a guess
    if choice.action == "replace":
        return Decision(item.finding, "tag", replacement=choice.replacement or "")
    if quasi.is_quasi(item.finding.kind):
        return Decision(item.finding, "tag", replacement=(item.options or ("[…]",))[0])
    action = redactor.policy.action(item.finding.kind)
    return Decision(item.finding, action if action != "keep" else "tag")


def _id(redactor: Redactor, owner: int) -> str:
    return redactor.registry.people[owner].id or str(owner)


@dataclass(frozen=True)
class Redacted:
    fields: Mapping[str, str]  # field -> redacted text
    originals: tuple[tuple[str, str], ...]  # (kind, original) of everything not kept


def companions(review: Review) -> dict[int, list[Item]]:
    """Item number -> the foreseen findings inside that item's span (its companions,
    :mod:`intake.review.foresee`)."""
    out: dict[int, list[Item]] = {}
    for item in review.items:
        if item.finding.recognizer != FORESEEN:
            continue
        parent = next((p for p in review.items if _holds(p, item)), None)
        if parent is not None:
            out.setdefault(parent.number, []).append(item)
    return out


def _holds(parent: Item, item: Item) -> bool:
    inner, outer = item.finding, parent.finding
    return (
        parent.field == item.field
        and outer.recognizer != FORESEEN
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def decisions_of(review: Review, redactor: Redactor) -> dict[int, Decision]:
    """Item number -> the engine's decision that is applied: a finding's own, a category tag
    where a companion is not kept; none for the companions themselves."""
    inside = companions(review)
    skipped = {c.number for found in inside.values() for c in found}
    out: dict[int, Decision] = {}
    for item in review.items:
        if item.number in skipped:
            continue
        decision = engine_decision(redactor, item)
        actions = [(c.choice or c.default).action for c in inside.get(item.number, ())]
        out[item.number] = overridden(decision, actions)
    return out


def disjoint(decisions: list[Decision]) -> list[Decision]:
    """The decisions with none over another's span: where a finding and a publication
    check's question about the same words were both stored (one review read with the
    NER model, one without), the one that redacts more wins, so two decisions never
    stop an export with an internal error and nothing is kept that one of them redacts."""
    out: list[Decision] = []
    for decision in sorted(decisions, key=lambda d: (d.finding.start, -d.finding.end)):
        last = out[-1] if out else None
        if last is None or last.finding.end <= decision.finding.start:
            out.append(decision)
        elif last.action == "keep" and decision.action != "keep":
            out[-1] = decision  # fail closed: the one that redacts
    return out


def redacted(review: Review, redactor: Redactor) -> Redacted:
    """Each field with its decisions applied (undecided items take the default)."""
    decided = decisions_of(review, redactor)
    out: dict[str, str] = {}
    for field, text in review.texts.items():
        decisions = [
            decided[i.number] for i in review.items if i.field == field and i.number in decided
        ]
        out[field] = redactor.apply(text, disjoint(decisions), review.testimony.language)
    originals = tuple(
        (i.finding.kind, review.original(i))
        for i in review.items
        if i.number in decided
        and decided[i.number].action != "keep"
        and not quasi.is_quasi(i.finding.kind)
    )
    return Redacted(out, originals)


def kept_strings(review: Review, redactor: Redactor) -> tuple[str, ...]:
    """The original text of every item decided (or defaulting to) "keep": published as
    written, so the publication check takes it as explained (but a finding that a
    companion turned into a tag)."""
    decided = decisions_of(review, redactor)
    return tuple(
        review.original(i)
        for i in review.items
        if (i.choice or i.default).action == "keep"
        and (i.number not in decided or decided[i.number].action == "keep")
    )


def becomes(review: Review, redactor: Redactor, item: Item) -> str:
    """What the item's text turns into under its decision (or the default), for display; a
    companion shows what its finding becomes."""
    inside = companions(review)
    if item.finding.recognizer == FORESEEN:
        item = next((p for p in review.items if _holds(p, item)), item)
    actions = [(c.choice or c.default).action for c in inside.get(item.number, ())]
    decision = overridden(engine_decision(redactor, item), actions)
    text = review.texts[item.field]
    out = redactor.apply(text, [decision], review.testimony.language)
    return out[item.finding.start : len(out) - (len(text) - item.finding.end)]
