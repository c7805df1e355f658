"""Review items: the findings of a testimony, their decisions, and the redacted fields.

Pure functions over a testimony, the engine and stored decisions; the vault-facing
operations (load, decide, approve) are in :mod:`intake.review`.

Findings are computed per field (title, summary, transcript, and each approved
quote as its own field) by the redaction engine with the vault's registry, and
around them by the publication check (:mod:`intake.check`), whose hits (kinds
``check:near-name``, ``check:capitalised``, ``check:number``) default to redact.
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
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from intake import quasi
from intake.check import KINDS as CHECK_KINDS
from intake.check.setup import check_for
from intake.models import Testimony
from intake.redact import Decision, Finding, Redactor
from intake.redact.findings import PERSON, PSEUDONYM, TAG
from intake.store.reviews import DecisionKey, StoredDecision

ChoiceAction = Literal["redact", "keep", "replace", "person"]
NOT_REVIEWED = frozenset({PSEUDONYM, TAG})  # already redacted text: nothing to decide


@dataclass(frozen=True)
class Choice:
    action: ChoiceAction
    replacement: str | None = None  # "replace": the text; "person": the person's id


@dataclass(frozen=True)
class Item:
    """One finding to decide. ``number`` is how a person refers to it (1, 2, ...)."""

    number: int
    field: str
    finding: Finding
    key: DecisionKey
    default: Choice
    decision: StoredDecision | None
    options: tuple[str, ...] = ()  # generalisations of a quasi-identifier, first is "redact"

    @property
    def choice(self) -> Choice | None:
        if self.decision is None:
            return None
        return stored_choice(self.decision.action, self.decision.replacement)


# A "person" choice is stored as a redaction that carries the person's id (the store knows
# three actions): ("redact", "person:p-1a2b").
_PERSON_PREFIX = "person:"


def stored_choice(action: str, replacement: str | None) -> Choice:
    """The choice a stored (action, replacement) pair records."""
    if action == "redact" and replacement and replacement.startswith(_PERSON_PREFIX):
        return Choice("person", replacement.removeprefix(_PERSON_PREFIX))
    return Choice(action, replacement)  # type: ignore[arg-type]


def to_store(choice: Choice) -> tuple[str, str | None]:
    """(action, replacement) as the store keeps ``choice``."""
    if choice.action == "person":
        return "redact", _PERSON_PREFIX + (choice.replacement or "")
    return choice.action, choice.replacement


@dataclass(frozen=True)
class Review:
    testimony: Testimony
    items: tuple[Item, ...]
    texts: Mapping[str, str]  # field -> original text (in memory only, never stored)
    risk_key: DecisionKey | None = None  # where an acknowledged disclosure risk is stored
    risk_acknowledged: str | None = None  # when the kept quasi-identifiers were acknowledged

    @property
    def undecided(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.decision is None)

    @property
    def complete(self) -> bool:
        return not self.undecided

    def counts(self) -> dict[str, int]:
        kinds = (i.finding.kind for i in self.items if not quasi.is_quasi(i.finding.kind))
        return dict(sorted(Counter(kinds).items()))

    def original(self, item: Item) -> str:
        return self.texts[item.field][item.finding.start : item.finding.end]


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
    (each becomes a finding of kind ``check:...`` to decide, recognizer "check")."""
    spans = [(f.start, f.end) for f in findings]
    return [
        Finding(hit.kind, hit.start, hit.end, 1.0, "check")
        for hit in check_for(redactor).run(text, spans)
    ]


def build(
    t: Testimony, redactor: Redactor, stored: Mapping[DecisionKey, StoredDecision], digest: DigestFn
) -> Review:
    """The review of ``t``: the engine's findings, what the publication check cannot explain
    around them, plus stored decisions still valid for findings neither reports now (for
    example ones found with NER), then the details that still point to one person
    (``quasi:*``), numbered after the others."""
    from intake import review_quasi

    texts = field_texts(t)
    items: list[Item] = []
    later: list[tuple[str, Finding, tuple[str, ...]]] = []
    for field, text in texts.items():
        analysed = redactor.analyze(text, t.language)
        findings = [f for f in analysed if f.kind not in NOT_REVIEWED]
        findings += checked(redactor, text, analysed)
        findings += _still_valid(field, text, findings, stored, digest)
        keys = _Keys(field, text, digest)
        staying = [
            f
            for f in findings
            if redactor.policy.redacts(f.kind) or f.kind in CHECK_KINDS or keys(f) in stored
        ]
        findings, quasi_found = review_quasi.beside(text, findings, staying)
        later += [(field, f, o) for f, o in quasi_found]
        for finding in sorted(findings, key=lambda f: f.start):
            item = _item(len(items) + 1, field, text, finding, redactor, stored, digest)
            items.append(item)
    for field, finding, options in later:
        item = _item(len(items) + 1, field, texts[field], finding, redactor, stored, digest)
        items.append(dataclasses.replace(item, options=options))
    risk = review_quasi.risk_key(items, digest)
    acknowledged = stored[risk].decided_at[:10] if risk in stored else None
    return Review(t, tuple(items), texts, risk, acknowledged)


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


class DigestFn:
    """Keyed digests of finding texts (the vault's review key), memoised per review."""

    def __init__(self, key: bytes) -> None:
        from intake.store.reviews import digest

        self._key, self._digest, self._memo = key, digest, dict[str, str]()

    def __call__(self, text: str) -> str:
        if text not in self._memo:
            self._memo[text] = self._digest(self._key, text)
        return self._memo[text]


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
