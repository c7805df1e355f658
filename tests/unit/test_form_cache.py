"""The vault's word index of expanded forms: the engine gets the table a fresh expansion
builds, only new or changed people are expanded again, forms of a name no longer
registered are deleted, and the caches of earlier versions are dropped."""

from __future__ import annotations

from typing import Any

import pytest

from intake import form_cache, people, review
from intake.models import Gender
from intake.redact import Redactor
from intake.redact.expand import expand
from intake.store import word_index as store

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


def rows(vault: Any) -> dict[bytes, str]:
    """person -> every form and reading filed for them, as one string."""
    found: dict[bytes, str] = {}
    for person, digest in vault.connection.execute(
        "SELECT person, chunk FROM form_postings ORDER BY person, prefix"
    ):
        chunk = store.chunks(vault.connection, [bytes(digest)])[bytes(digest)].decode()
        found[bytes(person)] = found.get(bytes(person), "") + chunk
    return found


def test_forms_of_a_name_no_longer_registered_are_deleted(registered: Any) -> None:
    review.redactor_for(registered)
    before = set(rows(registered))
    olga = people.resolve(registered.connection, "Ольга Придуманная")
    people.edit(registered, olga.id, {"name": "Ольга Вымышленная"})
    review.redactor_for(registered)
    after = rows(registered)
    assert len(after) == len(before) and set(store.people(registered.connection)) == set(after)
    assert len(set(after) - before) == 1
    assert not any("придуманн" in data for data in after.values())
    every = [bytes(d) for (d,) in registered.connection.execute("SELECT chunk FROM form_chunks")]
    assert not any(
        "придум".encode() in c for c in store.chunks(registered.connection, every).values()
    )


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


def test_the_caches_of_earlier_versions_are_dropped(registered: Any) -> None:
    with registered.transaction() as conn:
        conn.execute("CREATE TABLE form_cache (digest TEXT PRIMARY KEY, forms BLOB NOT NULL)")
        conn.execute("CREATE TABLE compiled_forms (name TEXT, digest TEXT, data BLOB)")
        conn.execute("INSERT INTO compiled_forms VALUES ('matcher', 'x', x'00')")
    engine = review.redactor_for(registered)
    tables = {n for (n,) in registered.connection.execute("SELECT name FROM sqlite_master")}
    assert not tables & {"form_cache", "compiled_forms"}
    assert "Выдумкин" not in engine.redact(TEXT).text


@pytest.mark.parametrize(
    "source",
    [
        "redact/expand.py",
        "data/diminutives_ru.txt",
        "word_index.py",
        "store/word_index.py",
        "pymorphy3",
        "pymorphy3_dicts_ru",
        "iuliia/wikipedia.json",
    ],
)
def test_every_source_that_shapes_the_forms_is_in_the_fingerprint(source: str) -> None:
    assert source in {name for name, _ in form_cache.sources()}


def test_a_changed_source_of_the_forms_expands_everyone_again(
    registered: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    review.redactor_for(registered)
    expanded = counting(monkeypatch)
    real = form_cache.sources

    def upgraded() -> Any:  # as if the dictionaries had a new version
        for name, data in real():
            yield name, (b"9.9.9" if name == "pymorphy3_dicts_ru" else data)

    monkeypatch.setattr(form_cache, "sources", upgraded)
    form_cache.fingerprint.cache_clear()
    try:
        engine = review.redactor_for(registered)
    finally:
        form_cache.fingerprint.cache_clear()
    assert {name for name, *_ in PEOPLE} <= set(expanded)  # and every public figure
    assert len(expanded) == len(store.people(registered.connection))  # the old rows are gone
    assert "Выдумкин" not in engine.redact(TEXT).text


def test_a_damaged_entry_of_the_index_is_refused_never_read_as_no_forms(registered: Any) -> None:
    from intake.errors import VaultCorrupt

    review.redactor_for(registered)
    with registered.transaction() as conn:
        conn.execute("UPDATE form_chunks SET forms = x'00ff00ff'")
    with pytest.raises(VaultCorrupt, match="index of registered names is damaged"):
        review.redactor_for(registered).analyze(TEXT)


def test_a_failed_read_of_the_index_leaves_nothing_half_known(
    registered: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.errors import VaultError

    engine = review.redactor_for(registered)
    real = store.chunks

    def failing(conn: Any, digests: Any) -> Any:
        raise VaultError("the vault could not be read", "Try again.")

    monkeypatch.setattr(store, "chunks", failing)  # the module word_index reads through
    with pytest.raises(VaultError):
        engine.analyze(TEXT)
    monkeypatch.setattr(store, "chunks", real)
    assert engine.analyze(TEXT) == Redactor(review.registry_of(registered.connection)).analyze(TEXT)


def test_an_engine_made_before_a_person_was_edited_still_reads_the_old_name(
    registered: Any,
) -> None:
    older = review.redactor_for(registered)  # made before the edit, still in use
    person = people.resolve(registered.connection, "Евгений Небывалов")
    people.edit(registered, person.id, {"name": "Евгений Несбыточный"})
    review.redactor_for(registered)  # the newer engine deletes the old name's forms
    assert not any("небывалов" in data for data in rows(registered).values())
    text = "Небывалову и Евгению Небывалову звонили; Небывалова не видели."
    old_registry = Redactor(older.registry, public_figures=False)
    assert older.analyze(text) == old_registry.analyze(text)
    assert "Небывалов" not in older.redact(text).text
