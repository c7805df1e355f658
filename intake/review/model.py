"""The records of a review: a choice, an item to decide, the review of one testimony, and
the keyed digest that names a finding's text in the store (a leaf: no engine, no store
query)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from intake import quasi
from intake.models import Testimony
from intake.redact import Finding
from intake.redact.findings import PSEUDONYM, TAG
from intake.store.reviews import DecisionKey, StoredDecision, digest

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


class DigestFn:
    """Keyed digests of finding texts (the vault's review key), memoised per review."""

    def __init__(self, key: bytes) -> None:

        self._key, self._digest, self._memo = key, digest, dict[str, str]()

    def __call__(self, text: str) -> str:
        if text not in self._memo:
            self._memo[text] = self._digest(self._key, text)
        return self._memo[text]
