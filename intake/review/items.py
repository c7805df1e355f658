"""Review items: the findings of a testimony, their decisions, and the redacted fields.

Pure functions over a testimony, the engine and stored decisions; the vault-facing
operations (load, decide, approve) are in :mod:`intake.review`.

Findings are computed per field (title, summary, transcript, and each approved
quote as its own field) by the redaction engine with the vault's registry, and
around them by the publication check (:mod:`intake.check`), whose hits (kinds
``check:near-name``, ``check:near-term``, ``check:capitalised``, ``check:number``)
default to redact.
Each finding gets a decision: ``redact`` (the policy's replacement: a
pseudonym in the right case, a tag, a generalisation), ``keep``, ``replace``
with the reviewer's own wording, or, for an "ambiguous" name that fits several
registered people, ``person`` with the id of the one it names (then it takes
that person's pseudonym). A decision is stored against the
field, the span, the kind and a keyed digest of the text it covered (see
:mod:`intake.store.reviews`), never the text itself; an edit that moves or
changes the text leaves the old decision stale and the finding undecided.

A testimony can be approved only when every finding is decided. What export
uses is :func:`redacted`: each field with its decisions applied, plus the
original strings of everything decided "redact", for the leak gate.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace

from intake import quasi
from intake.check import KINDS as CHECK_KINDS
from intake.check.setup import check_for, doubtful
from intake.models import Testimony
from intake.redact import Decision, Finding, Redactor
from intake.redact.findings import PERSON
from intake.review import quasi as review_quasi
from intake.review.model import (
    NOT_REVIEWED,
    Choice,
    ChoiceAction,
    DigestFn,
    Item,
    Review,
    stored_choice,
    to_store,
)
from intake.store.reviews import DecisionKey, StoredDecision

__all__ = [  # the records (from .model) and the functions over them
    "NOT_REVIEWED",
    "Choice",
    "ChoiceAction",
    "DigestFn",
    "Item",
    "Redacted",
    "Review",
    "becomes",
    "build",
    "candidates",
    "checked",
    "default_choice",
    "engine_decision",
    "field_texts",
    "kept_strings",
    "redacted",
    "stored_choice",
    "to_store",
]


def field_texts(t: Testimony) -> dict[str, str]:
    """Every reviewed field of ``t`` and its text; quotes are fields "quote:1", "quote:2"..."""
    texts = {"title": t.title, "summary": t.summary, "transcript": t.transcript}
    texts.update({f"quote:{n}": q.text_in(t.transcript) for n, q in enumerate(t.quotes, 1)})
    return {name: text for name, text in texts.items() if text.strip()}


def default_choice(redactor: Redactor, kind: str) -> Choice:
    """The policy's decision; a publication check hit is always redacted by default (a
    policy file cannot make an unexplained word "keep": a leak is never the default)."""
    if kind in CHECK_KINDS:
        return Choice("redact")
    if quasi.is_quasi(kind):
        return Choice("keep")  # the reviewer chooses a generalisation
    return Choice("redact" if redactor.policy.redacts(kind) else "keep")


def checked(redactor: Redactor, text: str, findings: list[Finding]) -> list[Finding]:
    """What the publication check cannot explain in ``text`` outside the engine's findings
    (each becomes a finding of kind ``check:...`` to decide, recognizer "check"); a doubtful
    place (:func:`intake.check.setup.doubtful`) explains nothing."""
    spans = [(f.start, f.end) for f in findings if not doubtful(redactor, text, f)]
    return [
        Finding(hit.kind, hit.start, hit.end, 1.0, "check")
        for hit in check_for(redactor).run(text, spans)
    ]


def _asked(finding: Finding, hits: list[Finding]) -> bool:
    """True if the check asks about (part of) ``finding``: a doubtful place is its question."""
    return any(h.start < finding.end and finding.start < h.end for h in hits)


NUMBERED_LAST = frozenset({"natasha", "review"})
"""Findings only the NER model makes (a span no rule finds), and stored decisions for them
when it is off: numbered after every rule finding, so a number means the same finding with
and without --ner."""


def build(
    t: Testimony, redactor: Redactor, stored: Mapping[DecisionKey, StoredDecision], digest: DigestFn
) -> Review:
    """The review of ``t``: the engine's findings, what the publication check cannot explain
    around them, plus stored decisions still valid for findings neither reports now (for
    example ones found with NER), then the details that still point to one person
    (``quasi:*``). Rule findings are numbered first, then NER ones, then ``quasi:*``."""
    texts = field_texts(t)
    items: list[Item] = []
    after_rules: list[tuple[str, Finding]] = []
    later: list[tuple[str, Finding, tuple[str, ...]]] = []
    for field, text in texts.items():
        analysed = redactor.analyze(text, t.language)
        hits = checked(redactor, text, analysed)
        findings = [f for f in analysed if f.kind not in NOT_REVIEWED and not _asked(f, hits)]
        findings += hits
        findings += _still_valid(field, text, findings, stored, digest)
        keys = _Keys(field, text, digest)
        staying = [
            f
            for f in findings
            if redactor.policy.redacts(f.kind) or f.kind in CHECK_KINDS or keys(f) in stored
        ]
        findings, quasi_found = review_quasi.beside(text, findings, staying)
        later += [(field, f, o) for f, o in quasi_found]
        by_rules = _rule_spans(redactor, text, t.language, analysed)
        for finding in sorted(findings, key=lambda f: f.start):
            if finding.recognizer in NUMBERED_LAST and (finding.start, finding.end) not in by_rules:
                after_rules.append((field, finding))
                continue
            item = _item(len(items) + 1, field, text, finding, redactor, stored, digest)
            items.append(item)
    for field, finding in after_rules:  # the same numbers with and without --ner
        items.append(_item(len(items) + 1, field, texts[field], finding, redactor, stored, digest))
    for field, finding, options in later:
        item = _item(len(items) + 1, field, texts[field], finding, redactor, stored, digest)
        items.append(dataclasses.replace(item, options=options))
    risk = review_quasi.risk_key(items, digest)
    acknowledged = stored[risk].decided_at[:10] if risk in stored else None
    return Review(t, tuple(items), texts, risk, acknowledged)


def _rule_spans(
    redactor: Redactor, text: str, lang: str, analysed: list[Finding]
) -> set[tuple[int, int]]:
    """The spans the rules find without the NER model (which may take one over)."""
    found = redactor.analyze(text, lang, ner=False) if redactor.ner else analysed
    return {(f.start, f.end) for f in found}


class _Keys:
    """The decision key of a finding in one field."""

    def __init__(self, field: str, text: str, digest: DigestFn) -> None:
        self.field, self.text, self.digest = field, text, digest

    def __call__(self, f: Finding) -> DecisionKey:
        return DecisionKey(
            self.field, f.start, f.end, f.kind, self.digest(self.text[f.start : f.end])
        )


def _item(  # noqa: PLR0917 (two call sites, both positional)
    number: int,
    field: str,
    text: str,
    finding: Finding,
    redactor: Redactor,
    stored: Mapping[DecisionKey, StoredDecision],
    digest: DigestFn,
) -> Item:
    key = DecisionKey(
        field, finding.start, finding.end, finding.kind, digest(text[finding.start : finding.end])
    )
    return Item(
        number, field, finding, key, default_choice(redactor, finding.kind), stored.get(key)
    )


def _still_valid(
    field: str,
    text: str,
    findings: list[Finding],
    stored: Mapping[DecisionKey, StoredDecision],
    digest: DigestFn,
) -> list[Finding]:
    taken = list(findings)
    extra: list[Finding] = []
    known = {(f.start, f.end, f.kind) for f in findings}
    for key in sorted(stored, key=lambda k: (k.start, k.end)):
        if key.field != field or (key.start, key.end, key.kind) in known:
            continue
        if not 0 <= key.start < key.end <= len(text) or key.kind in NOT_REVIEWED:
            continue
        if quasi.is_quasi(key.kind):  # found again by intake.quasi, or gone
            continue
        candidate = Finding(key.kind, key.start, key.end, 1.0, "review")
        if digest(text[key.start : key.end]) == key.digest and not any(
            candidate.overlaps(f) for f in taken
        ):
            taken.append(candidate)
            extra.append(candidate)
    return extra


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


def redacted(review: Review, redactor: Redactor) -> Redacted:
    """Each field with its decisions applied (undecided items take the default)."""
    out: dict[str, str] = {}
    for field, text in review.texts.items():
        decisions = [engine_decision(redactor, i) for i in review.items if i.field == field]
        out[field] = redactor.apply(text, decisions, review.testimony.language)
    originals = tuple(
        (i.finding.kind, review.original(i))
        for i in review.items
        if (i.choice or i.default).action != "keep" and not quasi.is_quasi(i.finding.kind)
    )
    return Redacted(out, originals)


def kept_strings(review: Review) -> tuple[str, ...]:
    """The original text of every item decided (or defaulting to) "keep": published as
    written, so the publication check takes it as explained."""
    return tuple(
        review.original(i) for i in review.items if (i.choice or i.default).action == "keep"
    )


def becomes(review: Review, redactor: Redactor, item: Item) -> str:
    """What the item's text turns into under its decision (or the default), for display."""
    text = review.texts[item.field]
    out = redactor.apply(text, [engine_decision(redactor, item)], review.testimony.language)
    return out[item.finding.start : len(out) - (len(text) - item.finding.end)]
