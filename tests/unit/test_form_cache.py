"""The vault's cache of expanded forms: the engine gets the table a fresh expansion builds,
only new or changed people are expanded again, and forms of a name no longer registered
are deleted."""

from __future__ import annotations

from typing import Any

import pytest

from intake import form_cache, people, review
from intake.models import Gender
from intake.redact import Redactor
from intake.redact.expand import expand
from intake.store import form_cache as store

# Fictional people, with an alias, both genders, a shared first name and a public person.
PEOPLE = [
    ("Евгений Выдумкин", ("Женя",), Gender.MALE, False),
    ("Марина Выдумкина", (), Gender.FEMALE, False),
    ("Евгений Небывалов", (), Gender.MALE, False),
    ("Dmitry Madeupov", (), Gender.MALE, False),
    ("Ольга Придуманная", (), Gender.FEMALE, True),
]
TEXT = "Женя Выдумкин звонил Марине Выдумкиной; Dmitry Madeupov и Евгения Небывалова не видели."


@pytest.fixture
def registered(vault: Any) -> Any:
    for name, aliases, gender, public in PEOPLE:
        people.register(vault, name, aliases=aliases, gender=gender, public=public)
    return vault


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    expanded: list[str] = []
    real = form_cache.person_forms

    def person_forms(entry: form_cache.Entry) -> bytes:
        expanded.append(entry[0])
        return real(entry)

    monkeypatch.setattr(form_cache, "person_forms", person_forms)
    return expanded


def test_the_cached_table_is_the_table_a_fresh_expansion_builds(registered: Any) -> None:
    entries = tuple((n, a, g.value, p) for n, a, g, p in PEOPLE)
    terms = ("Нижние Выдумки",)
    cached = form_cache.expander(registered)
    assert cached(entries, terms) == expand(entries, terms)  # filled
    assert cached(entries, terms) == expand(entries, terms)  # read back


def test_an_engine_from_the_cache_redacts_as_one_built_from_scratch(registered: Any) -> None:
    from_scratch = Redactor(review.registry_of(registered.connection))
    first, again = review.redactor_for(registered), review.redactor_for(registered)
    expected = from_scratch.analyze(TEXT)
    assert first.analyze(TEXT) == expected and again.analyze(TEXT) == expected
    assert "Выдумкин" not in again.redact(TEXT).text


def test_only_new_or_changed_people_are_expanded_again(
    registered: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    review.redactor_for(registered)
    expanded = counting(monkeypatch)
    review.redactor_for(registered)
    assert expanded == []
    people.register(registered, "Анна Сочинённая", gender=Gender.FEMALE)
    marina = people.resolve(registered.connection, "Марина Выдумкина")
    people.edit(registered, marina.id, {"aliases": ("Марина Ивановна",)})
    review.redactor_for(registered)
    assert sorted(expanded) == ["Анна Сочинённая", "Марина Выдумкина"]


def test_forms_of_a_name_no_longer_registered_are_deleted(registered: Any) -> None:
    review.redactor_for(registered)
    before = set(store.load(registered.connection))
    olga = people.resolve(registered.connection, "Ольга Придуманная")
    people.edit(registered, olga.id, {"name": "Ольга Вымышленная"})
    review.redactor_for(registered)
    after = store.load(registered.connection)
    assert len(after) == len(before)
    assert len(set(after) - before) == 1
    assert not any("придуманн" in data.decode() for data in after.values())


def test_a_damaged_cache_entry_is_expanded_again(registered: Any) -> None:
    review.redactor_for(registered)
    with registered.transaction() as conn:
        conn.execute("UPDATE form_cache SET forms = x'00ff00ff'")
    assert store.load(registered.connection) == {}
    engine = review.redactor_for(registered)
    assert "Выдумкин" not in engine.redact(TEXT).text


def test_a_stored_engine_finds_what_a_fresh_one_finds_and_its_gate_refuses_the_same(
    registered: Any,
) -> None:
    from_scratch = Redactor(review.registry_of(registered.connection))
    review.redactor_for(registered)  # built and stored
    stored = review.redactor_for(registered)  # read back
    assert stored.analyze(TEXT) == from_scratch.analyze(TEXT)
    leaks = "Женя Выдумкин и Марина Выдумкина"
    assert stored.scan_for_leaks(leaks) == from_scratch.scan_for_leaks(leaks)
    assert len(stored.scan_for_leaks(leaks)) >= 2


class Planted:
    """Stands for code a crafted artefact would run on loading."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (print, ("planted code ran",))


def test_an_artefact_holding_anything_but_a_matcher_is_refused_and_built_again(
    registered: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import pickle
    import zlib

    from intake import compiled_cache

    review.redactor_for(registered)
    planted = zlib.compress(pickle.dumps(Planted()))
    from intake.redact.matcher import Matcher

    assert compiled_cache.loads(planted, Matcher) is None
    assert compiled_cache.loads(b"not zlib at all", Matcher) is None
    with registered.transaction() as conn:
        conn.execute("UPDATE compiled_forms SET data = ?", (planted,))
    engine = review.redactor_for(registered)
    assert "planted code ran" not in capsys.readouterr().out
    assert "Выдумкин" not in engine.redact(TEXT).text
    assert "Выдумкин" not in engine.apply(TEXT, engine.decide(engine.analyze(TEXT)))
