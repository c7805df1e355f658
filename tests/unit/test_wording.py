"""Counts in messages take the number their noun needs: never "finding(s)"."""

from __future__ import annotations

import pytest

from intake.wording import counted


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (1, "testimony", "1 testimony"),
        (4, "testimony", "4 testimonies"),
        (0, "finding", "0 findings"),
        (1, "undecided finding", "1 undecided finding"),
        (2, "copy", "2 copies"),
        (3, "person", "3 persons"),
    ],
)
def test_a_count_is_followed_by_the_noun_in_the_right_number(
    count: int, noun: str, expected: str
) -> None:
    assert counted(count, noun) == expected


def test_an_irregular_plural_can_be_given() -> None:
    assert counted(5, "person", "people") == "5 people"
