"""Matching through the vault's word index finds exactly what a matcher over the whole
registry finds: for a random registry drawn from hand-written name tables and a text made
of those names (in several cases, in Latin letters, spelled out letter by letter, beside
ordinary words), the engine's matcher and the leak gate's give the same findings both ways,
and the index gives back the whole table, composed person by person."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.form_cache import indexed_forms
from intake.redact.compiled import leak_matcher
from intake.redact.expand import add_term, expand, settle
from intake.redact.matcher import Matcher
from intake.redact.normalize import Normalized
from intake.word_index import IndexedMatcher

# Fictional names only: (name, gender). Shared first names, a shared surname, a Latin entry.
NAMES = [
    ("Иван Выдумков", "m"),
    ("Иван Небывалов", "m"),
    ("Мария Выдумкова", "f"),
    ("Евгений Придумкин", "m"),
    ("Ольга Сочинённая", "f"),
    ("Сергей Вымыслов", "m"),
    ("Сергей Лавров", "m"),
    ("Анна-Мария Небылицына", "f"),
    ("Dmitry Madeupov", "m"),
    ("Лена Кравченко", "f"),
]
ALIASES = ["Женя", "дядя Ваня", "Серый", ""]
TERMS = ["Нижние Выдумки", "Завод Небылица", "Сочинка"]
# What the text is made of: forms of the names, and words that are nobody's.
PIECES = [
    "Иван",
    "Ивана",
    "Ивану",
    "Ваня",
    "Ванечка",
    "Выдумков",
    "Выдумкова",
    "Выдумковым",
    "Небывалову",
    "Марии",
    "Машенька",
    "Евгения",
    "Жени",
    "Придумкину",
    "Ольге",
    "Сочинённой",
    "Сергея",
    "Серёжа",
    "Лавров",
    "Сергей Лавров",
    "Вымыслову",
    "Анна-Мария",
    "Небылицыной",
    "Dmitry",
    "Madeupova",
    "Dmitriya",
    "Лене",
    "Кравченко",
    "Ivan Vydumkov",
    "Serezha",
    "В ы д у м к о в",
    "И.В.А.Н.О.В",
    "дядя Ваня",
    "Нижних Выдумках",
    "Сочинки",
    "мама",
    "сказала",
    "что",
    "в",
    "марте",
    "его",
    "забрали",
    ",",
    ".",
    "—",
]
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

people = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(ALIASES), st.booleans()),
    min_size=1,
    max_size=8,
)
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)


def reference(entries: tuple[Any, ...], terms: tuple[str, ...]) -> dict[str, list[Any]]:
    """The whole registry's table as the vault has always composed it: each person expanded
    alone (a public person's guarded forms already gone), owners in registry order, terms
    after people, guarded forms yielding to a public figure's, a public figure's full name
    every word of which is a private person's left to that person; no form without a reading."""
    table: dict[str, list[Any]] = {}
    for owner, entry in enumerate(entries):
        for key, infos in expand((entry,), ()).items():
            table.setdefault(key, []).extend(replace(i, owner=owner) for i in infos)
    for owner, text in enumerate(terms):
        add_term(table, text, owner)
    settle(table)
    return {key: infos for key, infos in table.items() if infos}


def entries_of(drawn: list[tuple[tuple[str, str], str, bool]]) -> tuple[Any, ...]:
    return tuple(
        (name, (alias,) if alias else (), gender, public) for (name, gender), alias, public in drawn
    )


@SETTINGS
@given(drawn=people, terms=st.lists(st.sampled_from(TERMS), max_size=2), text=texts)
def test_the_indexed_matchers_find_what_the_full_ones_find(
    vault: Any, drawn: list[Any], terms: list[str], text: str
) -> None:
    entries, term_texts = entries_of(drawn), tuple(terms)
    table = reference(entries, term_texts)
    forms = indexed_forms(vault, entries, term_texts)
    norm = Normalized.of(text)
    assert IndexedMatcher(forms, "registry").find(norm) == Matcher(table).find(norm)
    leak = IndexedMatcher(forms, "leak-gate", private_only=True)
    assert leak.find(norm) == leak_matcher(table).find(norm)


@pytest.mark.slow
@SETTINGS
@given(drawn=people, terms=st.lists(st.sampled_from(TERMS), max_size=2))
def test_the_index_gives_back_the_whole_table_composed_person_by_person(
    vault: Any, drawn: list[Any], terms: list[str]
) -> None:
    entries, term_texts = entries_of(drawn), tuple(terms)
    assert indexed_forms(vault, entries, term_texts).full() == reference(entries, term_texts)
