"""The disclosure score of a testimony and its explanation in plain words.

The rules are data (``intake/data/quasi_rules.json``, checked against
``schemas/quasi-rules.schema.json``): each kind of detail has a weight, or a
weight per class (a small settlement weighs more than a city). A kind counts
once, at its heaviest mention (``repeat_weight`` adds for each further
mention); when ``combination.min_kinds`` distinct kinds or more remain, the
combination bonus is added, because it is the combination that narrows the
pool to one person. The level is ``high`` from ``levels.high`` points,
``medium`` from ``levels.medium``, else ``low``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from intake.quasi.detect import Detail
from intake.schemas_util import validate

LEVELS = ("low", "medium", "high")


@cache
def rules() -> Mapping[str, Any]:
    """The shipped scoring rules, validated once."""
    text = files("intake").joinpath("data/quasi_rules.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    validate(doc, "quasi-rules")
    return doc


@dataclass(frozen=True)
class Assessment:
    score: int
    level: str  # "low", "medium" or "high"
    reasons: tuple[tuple[str, int], ...]  # (kind, points) per kind, heaviest first
    combined: bool  # the combination bonus applies

    def explain(self, lang: str = "en", doc: Mapping[str, Any] | None = None) -> str:
        """Which details combine and why they narrow the pool, without the details."""
        doc = doc or rules()
        lang = lang if lang in ("en", "ru") else "en"
        if not self.reasons:
            return "уровень low: нет деталей, сужающих круг" if lang == "ru" else "level low: none"
        parts = [
            f"{kind.split(':')[1]} (+{points}): {doc['kinds'][kind]['why'][lang]}"
            for kind, points in self.reasons
        ]
        if self.combined:
            parts.append(doc["combination"]["why"][lang])
        head = "уровень" if lang == "ru" else "level"
        return f"{head} {self.level} ({self.score}): " + "; ".join(parts)


def weight(detail: Detail, doc: Mapping[str, Any] | None = None) -> int:
    rule = (doc or rules())["kinds"].get(detail.kind)
    if rule is None:
        return 0
    return int(rule.get("classes", {}).get(detail.cls or "", rule["weight"]))


def level_of(score: int, doc: Mapping[str, Any] | None = None) -> str:
    levels = (doc or rules())["levels"]
    return "high" if score >= levels["high"] else "medium" if score >= levels["medium"] else "low"


def assess(details: Iterable[Detail], doc: Mapping[str, Any] | None = None) -> Assessment:
    """Score ``details`` (the ones still in the text) with the rules ``doc``."""
    doc = doc or rules()
    best: dict[str, int] = {}
    mentions: dict[str, int] = {}
    for detail in details:
        best[detail.kind] = max(best.get(detail.kind, 0), weight(detail, doc))
        mentions[detail.kind] = mentions.get(detail.kind, 0) + 1
    points = {k: w + doc.get("repeat_weight", 0) * (mentions[k] - 1) for k, w in best.items()}
    points = {k: p for k, p in points.items() if p > 0}
    combined = len(points) >= doc["combination"]["min_kinds"]
    score = sum(points.values()) + (doc["combination"]["bonus"] if combined else 0)
    reasons = tuple(sorted(points.items(), key=lambda kv: (-kv[1], kv[0])))
    return Assessment(score, level_of(score, doc), reasons, combined)


def at_least(level: str, threshold: str) -> bool:
    """True when ``level`` reaches ``threshold`` ("off" never blocks)."""
    return threshold in LEVELS and LEVELS.index(level) >= LEVELS.index(threshold)
