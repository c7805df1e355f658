"""Quasi-identifiers inside a review: numbering, defaults, decisions and the level."""

from __future__ import annotations

from intake import models, review, testimonies
from intake.review import quasi as review_quasi
from intake.review.items import DigestFn
from intake.store import reviews as store
from intake.store.vault import Vault

TEXT = "Мой сын служил в в/ч 99999. Его задержали 19 июля в селе Выдумкино."


def make(vault: Vault) -> str:
    made = models.Testimony(
        id="", title="Fictional", transcript=TEXT, interview=models.Interview("ru")
    )
    return testimonies.create(vault, made).id


def test_quasi_items_come_after_the_others_and_default_to_keep(vault: Vault) -> None:
    loaded = review.load(vault, make(vault))
    kinds = [i.finding.kind for i in loaded.items]
    assert kinds == ["unit", "quasi:date", "quasi:place"]
    assert [i.default.action for i in loaded.items[1:]] == ["keep", "keep"]
    assert review_quasi.assessment(loaded).level == "high"


def test_redact_on_a_quasi_item_applies_its_first_generalisation(vault: Vault) -> None:
    tid = make(vault)
    loaded = review.decide(vault, tid, {2: review.Choice("redact"), 3: review.Choice("redact")})
    redactor = review.redactor_for(vault)
    text = review.redacted(loaded, redactor).fields["transcript"]
    assert text.endswith("Его задержали в июле в небольшом селе.")
    assert review_quasi.assessment(loaded).level == "low"
    assert all(kind != "quasi:date" for kind, _ in review.redacted(loaded, redactor).originals)


def test_a_date_decided_before_stays_a_date_and_hides_the_detail(vault: Vault) -> None:
    tid = make(vault)
    start = TEXT.index("19 июля")
    digest = DigestFn(store.review_key(vault.connection))
    key = store.DecisionKey("transcript", start, start + 7, "date", digest("19 июля"))
    with vault.transaction() as conn:
        store.save(conn, tid, [store.StoredDecision(key, "redact", None, "2026-01-01T00:00:00")])
    kinds = [i.finding.kind for i in review.load(vault, tid).items]
    assert "date" in kinds and "quasi:date" not in kinds
