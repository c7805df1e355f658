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

Review also lists what the export would still refuse once the decisions are applied
(:mod:`intake.review.foresee`), so that taking the defaults never ends in a refusal
review did not show.

A testimony can be approved only when every finding is decided. What export
uses is :func:`redacted` (:mod:`intake.review.decisions`): each field with its
decisions applied, plus the original strings of everything decided "redact", for the
leak gate.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from intake import quasi
from intake.check import KINDS as CHECK_KINDS
from intake.check.setup import check_for, doubtful
from intake.models import Testimony
from intake.redact import Finding, Redactor
from intake.review import quasi as review_quasi
from intake.review.decisions import (
    Redacted,
    becomes,
    candidates,
    companions,
    decisions_of,
    default_choice,
    disjoint,
    engine_decision,
    kept_strings,
    redacted,
)
from intake.review.foresee import RECOGNIZER as FORESEEN
from intake.review.foresee import foresee
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
    "companions",
    "decisions_of",
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
    example ones found with NER), what the export would still refuse after the decisions
    (:mod:`intake.review.foresee`), then the details that still point to one person
    (``quasi:*``). Rule findings are numbered first, then NER ones, then ``quasi:*``, then
    the foreseen ones."""
    texts = field_texts(t)
    found = {
        field: _found(field, text, t, redactor, stored, digest) for field, text in texts.items()
    }
    _add_foreseen(found, texts, t.language, redactor, stored, digest)
    items: list[Item] = []
    after_rules: list[tuple[str, Finding]] = []
    later: list[tuple[str, Finding, tuple[str, ...]]] = []
    foreseen: list[tuple[str, Finding]] = []
    for field, text in texts.items():
        analysed, findings = found[field]
        keys = _Keys(field, text, digest)
        staying = [
            f
            for f in findings
            if redactor.policy.redacts(f.kind) or f.kind in CHECK_KINDS or keys(f) in stored
        ]
        findings, quasi_found = review_quasi.beside(text, findings, staying)
        later += [(field, f, o) for f, o in quasi_found]
        by_rules = _rule_spans(redactor, text, t.language, analysed)
        for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
            if finding.recognizer == FORESEEN:
                foreseen.append((field, finding))
                continue
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
    for field, finding in foreseen:  # last: deciding them never renumbers the others
        items.append(_item(len(items) + 1, field, texts[field], finding, redactor, stored, digest))
    risk = review_quasi.risk_key(items, digest)
    acknowledged = stored[risk].decided_at[:10] if risk in stored else None
    return Review(t, tuple(items), texts, risk, acknowledged)


def _found(  # noqa: PLR0917 (one call site)
    field: str,
    text: str,
    t: Testimony,
    redactor: Redactor,
    stored: Mapping[DecisionKey, StoredDecision],
    digest: DigestFn,
) -> tuple[list[Finding], list[Finding]]:
    """(the engine's findings, the findings to review) of one field, before foresight."""
    analysed = redactor.analyze(text, t.language)
    hits = checked(redactor, text, analysed)
    findings = [f for f in analysed if f.kind not in NOT_REVIEWED and not _asked(f, hits)]
    findings += hits
    findings += _still_valid(field, text, findings, stored, digest)
    return analysed, findings


def _add_foreseen(  # noqa: PLR0917 (one call site)
    found: dict[str, tuple[list[Finding], list[Finding]]],
    texts: Mapping[str, str],
    lang: str,
    redactor: Redactor,
    stored: Mapping[DecisionKey, StoredDecision],
    digest: DigestFn,
) -> None:
    """Add to each field's findings what the export would refuse after the decisions of
    the ordinary findings (stored, else the defaults), then, round by round, what the
    foreseen findings' own decisions make it refuse: elsewhere, as the strings they redact
    join the gate's originals, and beside them, as the next round applies them."""
    ordinary: dict[str, list[Item]] = {}
    for field, (_, findings) in found.items():
        own = [f for f in findings if not _foreseen_before(f) and not quasi.is_quasi(f.kind)]
        ordinary[field] = [_item(0, field, texts[field], f, redactor, stored, digest) for f in own]
    every = [i for items in ordinary.values() for i in items]
    kept = [_text(texts, i) for i in every if (i.choice or i.default).action == "keep"]
    originals = [_text(texts, i) for i in every if (i.choice or i.default).action != "keep"]
    foreseen: dict[str, list[Item]] = {field: [] for field in ordinary}  # earlier rounds'
    for _round in range(_ROUNDS):
        redacted: set[str] = set()  # what the foreseen findings' decisions redact in turn
        grew = False  # a finding no earlier round had, whose decision the next one applies
        for field, items in ordinary.items():
            # a later round applies the earlier rounds' decisions too: "Tbilisi" redacted
            # there leaves "from Helsinki" after it unexplained
            new = _foreseen(redactor, texts[field], lang, items + foreseen[field], kept, originals)
            earlier = {(i.finding.start, i.finding.end) for i in foreseen[field]}
            # a later round's finding over an earlier one's span: one decision each
            new = [
                f
                for f in new
                if (f.start, f.end) in earlier
                or not any(s < f.end and f.start < e for s, e in earlier)
            ]
            analysed, findings = found[field]
            spans = {(f.start, f.end, f.kind) for f in new}
            findings = [f for f in findings if not (_foreseen_before(f) and _key(f) in spans)]
            known = {_key(f) for f in findings}
            found[field] = (analysed, findings + [f for f in new if _key(f) not in known])
            applied = {_key(i.finding) for i in foreseen[field]}
            for f in new:
                item = _item(0, field, texts[field], f, redactor, stored, digest)
                if _key(f) not in applied:
                    foreseen[field].append(item)
                    grew = True
                if (item.choice or item.default).action != "keep":
                    redacted.add(texts[field][f.start : f.end])
        more = redacted - set(originals)
        if not more and not grew:
            return
        # "Jagiellonian" redacted makes "University" after it the rest of a name; once
        # "University" is redacted there, the gate refuses it wherever else it stands
        originals += sorted(more)


# foresight of foresight: each round adds what the last one's decisions redact, and the
# loop ends when a round adds nothing; the cap only bounds a text built to chain forever
# (a chain of towns, each redacted leaving the next unexplained, took four rounds)
_ROUNDS = 12


def _foreseen(  # noqa: PLR0917 (one call site)
    redactor: Redactor,
    text: str,
    lang: str,
    items: list[Item],
    kept: list[str],
    originals: list[str],
) -> list[Finding]:
    decisions = disjoint([engine_decision(redactor, i) for i in items])
    chosen = [  # kept against the default: the reviewer's own word on that text
        (i.finding.start, i.finding.end)
        for i in items
        if i.choice is not None and i.choice.action == "keep" and i.default.action != "keep"
    ]
    return foresee(redactor, text, lang, decisions, kept, originals, chosen)


def _foreseen_before(finding: Finding) -> bool:
    """A stored decision for a publication check finding nothing reports now: foresight
    may list it again, and never reads its decision."""
    return finding.recognizer == "review" and finding.kind in CHECK_KINDS


def _key(finding: Finding) -> tuple[int, int, str]:
    return finding.start, finding.end, finding.kind


def _text(texts: Mapping[str, str], item: Item) -> str:
    return texts[item.field][item.finding.start : item.finding.end]


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
