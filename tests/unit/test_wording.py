"""Counts and articles in messages: "1 testimony", "4 testimonies", "an e-mail", never
"finding(s)" or "a e-mail"."""

from __future__ import annotations

import pytest

from intake.wording import article, counted, verb


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (1, "testimony", "1 testimony"),
        (4, "testimony", "4 testimonies"),
        (0, "finding", "0 findings"),
        (1, "undecided finding", "1 undecided finding"),
        (2, "copy", "2 copies"),
        (1, "person", "1 person"),
        (3, "person", "3 people"),
        (2, "file", "2 files"),
        (1, "hit", "1 hit"),
        (60, "minute", "60 minutes"),
    ],
)
def test_a_count_is_followed_by_the_noun_in_the_right_number(
    count: int, noun: str, expected: str
) -> None:
    assert counted(count, noun) == expected


def test_an_irregular_plural_can_be_given() -> None:
    assert counted(5, "radius", "radii") == "5 radii"


@pytest.mark.parametrize(("count", "expected"), [(0, "have"), (1, "has"), (2, "have")])
def test_the_verb_agrees_with_the_count(count: int, expected: str) -> None:
    assert verb(count, "has", "have") == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("e-mail", "an e-mail"),
        ("email", "an email"),
        ("address", "an address"),
        ("organisation", "an organisation"),
        ("IMEI", "an IMEI"),
        ("ID number", "an ID number"),
        ("SNILS", "an SNILS"),
        ("unit", "a unit"),
        ("user", "a user"),
        ("umbrella", "an umbrella"),
        ("hour", "an hour"),
        ("phone", "a phone"),
        ("plate", "a plate"),
        ("check:near-name", "a check:near-name"),
        ("quasi:age", "a quasi:age"),
        ("high disclosure level", "a high disclosure level"),
        ("PIN", "a PIN"),
    ],
)
def test_a_noun_takes_the_article_it_sounds_like(noun: str, expected: str) -> None:
    assert article(noun) == expected
