"""Names of craft in quotes and places on a route, and the names that still stand there.

A quoted word the dictionary does not hold is asked about (a call sign?) unless the text
names it as a craft (шаттл «Дискавери»); a place that is also a surname is asked about
without a preposition unless a route names it (Москва — Ростов). Every name is invented.
"""

from __future__ import annotations

import pytest

from intake.check import CAPITALISED, NEAR_NAME, Check

CHECK = Check([])


def asked(text: str, check: Check = CHECK) -> list[tuple[str, str]]:
    return [(h.kind, text[h.start : h.end]) for h in check.run(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Шаттл «Дискавери» сел. Следующим после «Дискавери» полетит шаттл «Атлантис».",
        "Шаттл «Атлантис» сел. Старта «Атлантиса» ждали в мае.",  # named once, then in a case
        "На шаттле «Индевор» летят четверо.",
        "Расходы: дорога Москва — Ростов и обратно.",  # a route in the nominative
        "Рейс Ростов – Донецк отменили.",
    ],
)
def test_a_named_craft_and_a_route_are_not_asked_about(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Командир корабля «Хертек» кричал.", "Хертек"),  # the ship, or its commander's?
        ("Шаттл «Дискавери» улетел. Потом «Хертек» вышел на связь.", "Хертек"),  # not named
        ("Его позывной «Дискавери», шаттл «Дискавери» тут ни при чём.", "Дискавери"),
        ("Лучшая в Москве — Иванова, потом все.", "Иванова"),  # Иваново only in the genitive
        ("Потом Москва — Иванова и всё.", "Иванова"),
        ("Потом Пушкин сказал.", "Пушкин"),  # a town and a surname, on no route
    ],
)
def test_a_name_in_the_place_of_a_craft_or_a_route_is_still_asked_about(
    text: str, word: str
) -> None:
    assert asked(text)[:1] == [(CAPITALISED, word)]


@pytest.mark.parametrize(
    ("registered", "text", "word"),
    [
        ("Аяс Хертек", "Шаттл «Хертек» улетел.", "Хертек"),
        ("Иван Ростов", "Расходы: дорога Москва — Ростов и обратно.", "Ростов"),
    ],
)
def test_a_registered_name_as_a_craft_or_on_a_route_is_a_near_miss(
    registered: str, text: str, word: str
) -> None:
    assert asked(text, Check([registered])) == [(NEAR_NAME, word)]
