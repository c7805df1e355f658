"""The publication check's near-name table, worked out once per distinct name word and read
through its index of stems, asks about exactly what a table composed person by person and
scanned stem by stem asks about: for a random registry drawn from hand-written name tables
(shared first names, a Latin entry, a first name no table lists, a vowel that drops) and a
text made of those names' forms, short forms, misspellings and Latin spellings beside
ordinary words, both give the same table and the same findings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.check.core import Check
from intake.check.latin import short_forms, spellings
from intake.check.near_names import (
    MAX_ENDING,
    MAX_SUFFIX,
    NearNames,
    _close,
    _cyrillic_readings,
    _in_cyrillic,
    _latin_shorts,
    _prefixed,
    _within,
)
from intake.check.stems import (
    MIN_STEM,
    clipped,
    english_shorts,
    fleeting,
    inserted,
    latin_shorts_written,
    other_stems,
    short_stems,
    stem,
)
from intake.check.words import Text
from intake.redact.normalize import skeleton
from tests.unit.check.test_near_names import full_levenshtein

# Fictional people only. Shared first names and a shared surname; an English entry; a first
# name no table lists (Рустам); surnames whose last vowel drops (Кравец, Орёл); a hyphen.
NAMES = [
    "Иван Выдумков",
    "Иван Небывалов",
    "Иван Кравец",
    "Мария Выдумкова",
    "Сергей Придумкин",
    "Сергей Орёл",
    "Елена Сочинённая",
    "Рустам Небылицын",
    "Анна-Мария Вымыслова",
    "William Madeupson",
    "Dmitry Fictionov",
    "Ли",
]
ALIASES = ["Ваня", "Серый", "Рустик", "Рустам", ""]
PUBLIC = ["Павел Публичный", "Anna Openova"]
# What the text is made of: forms, short forms, misspellings and Latin spellings of those
# names, words that only look like them, and ordinary words, in both letter cases.
PIECES = [
    "Иван", "Ивану", "Ваня", "Ванечка", "Выдумков", "Выдумковым", "Вудумков", "Выдумкин",
    "Небывалову", "Нибывалов", "Быдумкову", "Рибывалов", "Кравца", "Кравцом", "Кравчинко",
    "Марии", "Машенька",
    "Сергея", "Серёжкин", "Серёга", "Придумкину", "Прeдумкин", "Орла", "Орлом", "Елене",
    "Ленуська", "Лента", "Сочинённой", "Рустику", "Рустама", "Небылицыну", "Анна-Мария",
    "Вымысловой", "Will", "Bill", "Billy's", "Madeupson", "Madupson", "Dmitry", "Dima",
    "Fictionova", "Vydumkov", "Seryozha", "tolik", "vanya", "Павел", "Публичный",
    "Anna", "Openova", "Сердце", "Люди", "Мишка", "Гуниб", "s.vydumkov84", "@vanya_k",
    "мама", "сказала", "что", "в", "марте", "его", "забрали", "и", "the", "Military",
    "Russia", "Roman", ",", ".", "\n", ":",
]  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None)

people = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(ALIASES)), max_size=10)
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)
_SPLIT = re.compile(r"[\s.,;()\"«»-]+")


def private_names(drawn: list[tuple[str, str]]) -> list[str]:
    return [n for name, alias in drawn for n in (name, alias) if n]


def person_by_person(names: list[str]) -> NearNames:
    """The table by the rules of the check's module docstring, every name word of every
    person worked out again, read by :class:`Scanned`."""
    stems: set[str] = set()
    shorts: set[str] = set()
    whole: set[str] = set()
    latin: set[str] = set()
    for name in names:
        words = [w for w in _SPLIT.split(name.lower()) if w]
        for index, word in enumerate(words):
            folded = skeleton(word)
            if len(folded) < MIN_STEM or any(c.isdigit() for c in folded):
                continue
            whole.update(english_shorts(folded))
            whole.update(s for w in spellings(word) for s in english_shorts(skeleton(w)))
            whole.update(skeleton(f) for s in latin_shorts_written(folded) for f in _in_cyrillic(s))
            stems.update(stem(skeleton(w)) for w in (word, *spellings(word)))
            stems.update(stem(skeleton(w)) for w in _cyrillic_readings(word))  # "lohi": "лохи"
            if (dropped := fleeting(folded)) is not None:
                stems.add(dropped)
            stems.update(inserted(folded))  # "лавка": "лавок"
            listed = short_stems(folded) or _latin_shorts(word)  # "kirill": "кир"
            if not listed and index == 0 and len(words) > 1:
                listed = clipped(word)
            readings = (folded, *(skeleton(r) for r in _cyrillic_readings(word)))
            others = {s for r in readings for s in other_stems(r)}  # "Olena": "елен"
            for short in (*listed, *others):  # other peoples' forms: added
                shorts.add(skeleton(short))  # a two-letter short stem too ("ир")
                shorts.update(skeleton(w) for w in spellings(short) if len(w) >= MIN_STEM)
                latin.update(skeleton(w) for w in short_forms(short))
    return Scanned(frozenset(stems), frozenset(shorts), frozenset(whole), frozenset(latin))


class Scanned(NearNames):
    """A near-name table that compares a word with every registered stem, no index."""

    def _matches(self, word: str, *, shorts: bool = True) -> bool:
        if word in self.whole or word.removesuffix("'s") in self.whole:
            return True
        if shorts and _prefixed(word, self.shorts, MAX_SUFFIX):
            return True
        if _prefixed(word, self.stems, MAX_ENDING):
            return True
        return any(_close(word, s) for s in self.stems)


def spelt(names: list[str]) -> frozenset[str]:
    words = {w.clean.lower() for name in names for w in Text.of(name).words}
    return frozenset(skeleton(s) for word in words for s in (word, *spellings(word)))


@SETTINGS
@given(drawn=people)
def test_the_table_worked_out_once_per_word_is_the_table_composed_person_by_person(
    drawn: list[tuple[str, str]],
) -> None:
    names = private_names(drawn)
    built, expected = NearNames.of(names), person_by_person(names)
    assert (built.stems, built.shorts, built.whole, built.latin) == (
        expected.stems,
        expected.shorts,
        expected.whole,
        expected.latin,
    )


@SETTINGS
@given(drawn=people, text=texts, kept=st.lists(st.sampled_from(PIECES), max_size=2))
def test_the_check_finds_what_a_check_scanning_every_stem_finds(
    drawn: list[tuple[str, str]], text: str, kept: list[str]
) -> None:
    names = private_names(drawn)
    check, full = Check(names, PUBLIC, kept), full_check(names, kept)
    assert check.run(text) == full.run(text)
    assert check.with_kept(kept).run(text) == full.with_kept(kept).run(text)


def full_check(names: list[str], kept: list[str]) -> Check:
    full = Check(names, PUBLIC, kept)
    full.names = person_by_person(names)
    full._spelt_words = spelt(names)  # worked out before any text is read
    return full


@given(text=texts)
@SETTINGS
def test_with_everyone_registered_the_check_finds_what_a_full_scan_finds(text: str) -> None:
    names = NAMES + [a for a in ALIASES if a]
    assert Check(names, PUBLIC).run(text) == full_check(names, []).run(text)


@pytest.mark.parametrize("piece", [p for p in PIECES if p.strip(",.:\n")])
def test_each_piece_is_asked_about_as_a_full_scan_asks(piece: str) -> None:
    names = NAMES + [a for a in ALIASES if a]
    check, full = Check(names, PUBLIC), full_check(names, [])
    for text in (piece, f"Мама сказала, что {piece} ушёл.", f"мама сказала\n{piece.lower()}"):
        assert check.run(text) == full.run(text)


@settings(max_examples=400, deadline=None)
@given(
    a=st.text(alphabet="абвгд", max_size=10),
    b=st.text(alphabet="абвгд", max_size=10),
    limit=st.integers(min_value=0, max_value=3),
)
def test_two_words_are_within_the_limit_exactly_when_their_full_distance_is(
    a: str, b: str, limit: int
) -> None:
    assert _within(a, b, limit) is (full_levenshtein(a, b) <= limit)
