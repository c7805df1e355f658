"""A publication check finding is redacted by default, whatever a policy says."""

from __future__ import annotations

import pytest

from intake.check import KINDS
from intake.redact import DEFAULT_ACTIONS, Finding, Policy, Redactor, Registry
from intake.review.items import Choice, Item, default_choice, engine_decision
from intake.store.reviews import DecisionKey

TEXT = "Потом Тувинцевым занялся суд."
START = TEXT.index("Тувинцевым")


def _keeping(kind: str) -> Redactor:
    """An engine whose policy says "keep" for ``kind``."""
    return Redactor(Registry([]), Policy({**DEFAULT_ACTIONS, kind: "keep"}))


@pytest.mark.parametrize("kind", KINDS)
def test_a_check_finding_defaults_to_redact_even_if_a_policy_keeps_its_kind(kind: str) -> None:
    assert default_choice(_keeping(kind), kind) == Choice("redact")


@pytest.mark.parametrize("kind", KINDS)
def test_a_check_finding_left_to_its_default_becomes_a_tag_never_the_text(kind: str) -> None:
    redactor = _keeping(kind)
    finding = Finding(kind, START, START + len("Тувинцевым"), 1.0, "check")
    key = DecisionKey("summary", finding.start, finding.end, kind, "digest")
    item = Item(1, "summary", finding, key, default_choice(redactor, kind), None)
    out = redactor.apply(TEXT, [engine_decision(redactor, item)])
    assert out == "Потом [скрыто] занялся суд."
