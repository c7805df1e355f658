"""Review: findings per field, decisions tied to text, staleness, status, approval."""

from __future__ import annotations

import pytest

from intake import review, testimonies
from intake.errors import InputError, UsageError
from intake.models import Status
from intake.redact import Finding
from intake.review.items import DigestFn, becomes
from intake.store import reviews as store
from intake.store.vault import Vault
from tests.cli.export_world import World, fill


@pytest.fixture
def world(vault: Vault) -> World:
    return fill(vault)


def _numbers(result: review.Review, text: str) -> list[int]:
    return [i.number for i in result.items if result.original(i) == text]


def test_findings_are_computed_per_field_with_the_vaults_registry(
    vault: Vault, world: World
) -> None:
    result = review.load(vault, world.ru)
    by_field = {(i.field, result.original(i), i.finding.kind) for i in result.items}
    assert ("summary", "Евгения", "person") in by_field
    assert ("transcript", "+7 900 000-00-01", "phone") in by_field
    assert ("transcript", "Ольга Примерова", "public_person") in by_field
    assert [i.number for i in result.items] == list(range(1, len(result.items) + 1))


@pytest.mark.parametrize(
    ("kind", "default"),
    [("person", "redact"), ("phone", "redact"), ("unit", "redact"), ("public_person", "keep")],
)
def test_defaults_come_from_the_policy(vault: Vault, world: World, kind: str, default: str) -> None:
    result = review.load(vault, world.ru)
    assert {i.default.action for i in result.items if i.finding.kind == kind} == {default}


def test_decisions_store_a_keyed_digest_never_the_text(vault: Vault, world: World) -> None:
    review.accept_defaults(vault, world.ru)
    rows = vault.connection.execute("SELECT * FROM review_decisions").fetchall()
    assert rows
    stored = " ".join(str(cell) for row in rows for cell in row)
    for original in ("Евгени", "Выдумкин", "000-00-01", "99999", "Женя"):
        assert original not in stored
    plain = DigestFn(b"another vault's key")("Женя")
    assert plain not in stored  # the digest depends on this vault's secret key


def test_each_decision_changes_what_the_text_becomes(vault: Vault, world: World) -> None:
    result = review.load(vault, world.ru)
    [phone] = _numbers(result, "+7 900 000-00-01")
    [name] = _numbers(result, "Евгения")
    result = review.decide(
        vault, world.ru, {phone: review.Choice("replace", "[номер]"), name: review.Choice("keep")}
    )
    redactor = review.redactor_for(vault)
    items = {i.number: i for i in result.items}
    assert becomes(result, redactor, items[phone]) == "[номер]"
    assert becomes(result, redactor, items[name]) == "Евгения"
    fields = review.redacted(result, redactor).fields
    assert "[номер]" in fields["transcript"] and "Евгения" in fields["summary"]


def test_only_redacted_findings_are_handed_to_the_gate_as_originals(
    vault: Vault, world: World
) -> None:
    result, _ = review.accept_defaults(vault, world.ru)
    originals = review.redacted(result, review.redactor_for(vault)).originals
    assert ("phone", "+7 900 000-00-01") in originals
    assert all(text != "Ольга Примерова" for _, text in originals)


@pytest.mark.parametrize("choice", [review.Choice("replace", "  "), review.Choice("keep", "text")])
def test_malformed_choices_are_refused(vault: Vault, world: World, choice: review.Choice) -> None:
    with pytest.raises(InputError):
        review.decide(vault, world.ru, {1: choice})


def test_an_unknown_finding_number_is_refused(vault: Vault, world: World) -> None:
    with pytest.raises(UsageError, match="no finding number 999"):
        review.decide(vault, world.ru, {999: review.Choice("keep")})


def test_status_follows_the_decisions(vault: Vault, world: World) -> None:
    with pytest.raises(UsageError, match="undecided"):
        review.approve(vault, world.ru)
    result, count = review.accept_defaults(vault, world.ru)
    assert count == len(result.items) and result.testimony.status == Status.REVIEWED
    assert review.approve(vault, world.ru).status == Status.APPROVED
    changed = review.decide(vault, world.ru, {1: review.Choice("keep")})
    assert changed.testimony.status == Status.REVIEWED  # approval must be given again


def test_an_edit_sends_the_testimony_to_draft_and_its_decisions_go_stale(
    vault: Vault, world: World
) -> None:
    review.accept_defaults(vault, world.ru)
    review.approve(vault, world.ru)
    testimonies.edit(vault, world.ru, {"summary": "Его сына Евгения держали в подвале."})
    result = review.load(vault, world.ru)
    assert result.testimony.status == Status.DRAFT
    summary = [i for i in result.items if i.field == "summary"]
    assert summary and all(i.decision is None for i in summary)
    assert all(i.decision is not None for i in result.items if i.field == "transcript")


def test_same_length_replacement_text_also_makes_a_decision_stale(
    vault: Vault, world: World
) -> None:
    review.accept_defaults(vault, world.ru)
    old = testimonies.get(vault, world.ru).summary
    testimonies.edit(vault, world.ru, {"summary": old.replace("Евгения", "Сергея ")})
    result = review.load(vault, world.ru)
    assert [i.decision for i in result.items if i.field == "summary"] == [None]


def test_quotes_are_fields_of_their_own(vault: Vault, world: World) -> None:
    edited = review.add_quote(vault, world.ru, "Женя позвонил мне")
    assert edited.status == Status.DRAFT and len(edited.quotes) == 1
    result = review.load(vault, world.ru)
    assert [(i.field, result.original(i)) for i in result.items if i.field.startswith("quote")] == [
        ("quote:1", "Женя")
    ]
    with pytest.raises(InputError, match="already"):
        review.add_quote(vault, world.ru, "Женя позвонил мне")
    with pytest.raises(InputError, match="does not occur"):
        review.add_quote(vault, world.ru, "Женя не звонил")


def test_a_decided_finding_the_engine_no_longer_reports_still_applies(
    vault: Vault, world: World
) -> None:
    """Findings decided with NER on stay decided (and applied) when reviewed without it."""
    text = testimonies.get(vault, world.en).summary
    start = text.index("basement")
    key = store.DecisionKey(
        "summary",
        start,
        start + 8,
        "place",
        DigestFn(store.review_key(vault.connection))("basement"),
    )
    with vault.transaction() as conn:
        store.save(conn, world.en, [store.StoredDecision(key, "redact", None, "2026-05-10")])
    result = review.load(vault, world.en)
    [item] = [i for i in result.items if i.field == "summary" and i.finding.kind == "place"]
    assert item.finding == Finding("place", start, start + 8, 1.0, "review")
    assert "[place]" in review.redacted(result, review.redactor_for(vault)).fields["summary"]


def test_overlapping_decisions_become_disjoint_and_the_one_that_redacts_wins() -> None:
    """A finding and a publication check's question stored over the same words (one
    review read with the NER model, one without) must not stop the export with an
    internal error, nor keep what one of them redacts."""
    from intake.redact import Decision, Finding
    from intake.review.decisions import disjoint

    phone = Decision(Finding("phone", 10, 23, 1.0, "phone"), "tag")
    asked = Decision(Finding("check:near-term", 10, 23, 1.0, "review"), "tag")
    kept = Decision(Finding("date", 10, 20, 1.0, "date"), "keep")
    other = Decision(Finding("person", 30, 35, 1.0, "registry"), "pseudonym")
    assert disjoint([asked, phone, other]) in ([asked, other], [phone, other])
    assert disjoint([kept, phone, other]) == [phone, other]
    assert disjoint([phone, other]) == [phone, other]
