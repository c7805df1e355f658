"""Forms found by the words of a text: a text offers its words and each two in a row, and
the pseudonyms in use, matched text by text, are found exactly as a matcher over every
pseudonym's forms finds them (owners in the order the engine lists them)."""

from __future__ import annotations

from typing import Any

import pytest

from intake.redact.by_words import PseudonymMatcher, heads, text_heads
from intake.redact.expand import pseudonym_table
from intake.redact.matcher import Matcher
from intake.redact.normalize import Normalized


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("иван", {(), ("иван",)}),
        ("иван, выдумков", {(), ("иван",), ("выдумков",), ("иван", "выдумков")}),
        ("анна-мария", {(), ("анна",), ("мария",), ("анна", "мария")}),
        ("—", {()}),
    ],
)
def test_a_text_offers_its_words_and_each_two_in_a_row(text: str, expected: set[Any]) -> None:
    assert text_heads(text) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [("ивана", ("ивана",)), ("анна-мария петровна", ("анна", "мария")), ("'", ())],
)
def test_a_form_is_found_by_its_first_word_or_two(key: str, expected: tuple[str, ...]) -> None:
    assert heads(key) == expected


# Fictional pseudonyms: repeated first names, both genders, owners not in order (a pseudonym
# drawn during a session is added last).
PSEUDONYMS: dict[int, tuple[str, str | None]] = {
    0: ("Инна Б.", "f"),
    1: ("Марк П.", "m"),
    4: ("Инна Т.", "f"),
    2: ("Марк Ж.", "m"),
    7: ("Глеб", "m"),
    3: ("Инна Б.", "f"),
    9: ("Sasha K.", "m"),
}
TEXTS = [
    "Инна сказала, что Марка и Глеба не видели; Инне и Марку звонили.",
    "Inna и Glebu; Sasha пришёл с Инной Б.",
    "Никого из них тут нет.",
    "И н н а пришла.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_pseudonyms_matched_text_by_text_are_found_as_over_all_of_them(text: str) -> None:
    norm = Normalized.of(text)
    everything = Matcher(pseudonym_table(PSEUDONYMS), recognizer="pseudonym", spelled_out=False)
    assert PseudonymMatcher(PSEUDONYMS).find(norm) == everything.find(norm)


def test_a_pseudonym_s_owners_come_in_the_order_the_engine_lists_them() -> None:
    table = PseudonymMatcher(PSEUDONYMS).table("инна")
    assert [i.owner for i in table["инна"]] == [0, 4, 3]
