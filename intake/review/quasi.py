"""Details that still point to one person, inside a review and an export.

Review items of kind ``quasi:*`` come from :mod:`intake.quasi`: they default to
keep; "redact" applies the first generalisation, "replace" the reviewer's own
wording (or another generalisation). What is still kept is scored; a level at
or above the policy's ``disclosure_block`` refuses export until the reviewer
generalises or acknowledges the risk (:func:`accept_risk`). The acknowledgement
is a dated row among the review decisions, keyed by a digest of exactly the
details kept when it was given: keeping another detail, or editing the text,
makes it stale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from intake import quasi
from intake.errors import LeakRefused, UsageError
from intake.redact import Finding
from intake.store import reviews as store
from intake.store.reviews import DecisionKey, StoredDecision
from intake.wording import counted

if TYPE_CHECKING:
    from intake.review.model import DigestFn, Item, Review
    from intake.store.vault import Vault

RISK_FIELD = "risk"
RISK_KIND = "quasi:risk"
_RECOGNIZER = "quasi"


def findings_of(text: str, taken: Sequence[Finding]) -> list[tuple[Finding, tuple[str, ...]]]:
    """The details of ``text`` that no other finding covers, with their generalisations."""
    out: list[tuple[Finding, tuple[str, ...]]] = []
    for detail in quasi.find_details(text):
        finding = Finding(
            detail.kind,
            detail.start,
            detail.end,
            1.0,
            f"{_RECOGNIZER}/{detail.lang}/{detail.cls or ''}",
            script="cyr" if detail.lang == "ru" else "lat",
        )
        if not any(finding.overlaps(f) for f in taken):
            out.append((finding, tuple(quasi.options(detail, text))))
    return out


def beside(
    text: str, findings: list[Finding], staying: list[Finding]
) -> tuple[list[Finding], list[tuple[Finding, tuple[str, ...]]]]:
    """The quasi-identifiers of ``text`` and the findings left beside them: a detail takes
    over the findings it overlaps ("19 июля" found as a date) except those ``staying``
    (redacted by the policy, or already decided), which hide the detail instead."""
    found = findings_of(text, staying)
    left = [f for f in findings if f in staying or not any(f.overlaps(q) for q, _ in found)]
    return left, found


def detail_of(finding: Finding) -> quasi.Detail:
    parts = finding.recognizer.split("/")
    lang = parts[1] if len(parts) > 1 else "ru"
    cls = parts[2] if len(parts) > 2 and parts[2] else None
    return quasi.Detail(finding.kind, finding.start, finding.end, cls, lang)


def kept(items: Iterable[Item]) -> list[Item]:
    """The quasi items whose decision (or default) keeps the detail in the text."""
    return [
        i
        for i in items
        if quasi.is_quasi(i.finding.kind) and (i.choice or i.default).action == "keep"
    ]


def risk_key(items: Iterable[Item], digest: DigestFn) -> DecisionKey:
    """The key an acknowledgement of exactly these kept details is stored under."""
    parts = sorted(
        f"{i.key.field}:{i.key.start}:{i.key.end}:{i.key.kind}:{i.key.digest}" for i in kept(items)
    )
    return DecisionKey(RISK_FIELD, 0, 0, RISK_KIND, digest("\n".join(parts)))


def assessment(review: Review) -> quasi.Assessment:
    return quasi.assess(detail_of(i.finding) for i in kept(review.items))


def to_json(review: Review) -> dict[str, object]:
    """The level, score, plain-words explanation and acknowledgement date: no detail text."""
    found = assessment(review)
    return {
        "level": found.level,
        "score": found.score,
        "explanation": found.explain("en"),
        "acknowledged": review.risk_acknowledged,
    }


def accept_risk(vault: Vault, review: Review) -> str:
    """Record that the reviewer accepts the risk of the details kept now; returns the date."""

    if review.risk_key is None:  # a review not built by review_items.build
        raise UsageError("this review cannot record an acknowledgement", "Load it again.")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with vault.transaction() as conn:
        store.save(
            conn, review.testimony.id, [StoredDecision(review.risk_key, "keep", None, stamp)]
        )
    return stamp[:10]


def blocked(reviews: Iterable[Review], threshold: str) -> list[tuple[Review, quasi.Assessment]]:
    """The reviews whose level reaches ``threshold`` and whose risk nobody acknowledged."""
    out = []
    for review in reviews:
        found = assessment(review)
        if quasi.at_least(found.level, threshold) and review.risk_acknowledged is None:
            out.append((review, found))
    return out


def masked(review: Review, item: Item, width: int = 12) -> str:
    """The words around a detail, the detail itself masked and any capitalised word or
    number in the context hidden too: "…родом из [place] в *…"."""
    text = review.texts[item.field]
    start, end = item.finding.start, item.finding.end
    before = _hide(text[max(0, start - width) : start].split("\n")[-1])
    after = _hide(text[end : end + width].split("\n")[0])
    return f"…{before}[{item.finding.kind.split(':')[1]}]{after}…"


def _hide(context: str) -> str:
    """Context words with any capital letter or digit (a name, a number) become "*"."""
    return re.sub(r"\w*(?:[^\W\d_a-zа-яё]|\d)\w*", "*", context)


def refuse_if_blocked(reviews: Iterable[Review], threshold: str) -> None:
    """Raise :class:`LeakRefused` naming the kept details (masked) of the first blocked one."""
    found = blocked(reviews, threshold)
    if not found:
        return
    review, level = found[0]
    t = review.testimony.id
    shown = "; ".join(f"{i.field}: {masked(review, i)}" for i in kept(review.items)[:6])
    more = (
        f" (and {counted(len(found) - 1, 'more testimony', 'more testimonies')})"
        if len(found) > 1
        else ""
    )
    raise LeakRefused(
        f"export refused: testimony {t} has a {level.level} disclosure level ({level.score}): "
        f"{shown}{more}",
        f"Nothing was written. Generalise details ('intake review {t}', --redact N takes the "
        f"first generalisation) or acknowledge the risk ('intake review {t} --accept-risk').",
    )
