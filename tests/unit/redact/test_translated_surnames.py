"""A surname that is a Russian word, put into English: friends abroad call Константин Рыба
"Fish" and a Квадрат "Square" (the names are invented). Such a form is an English word, so
it counts as one: capitalised, inside a sentence, or opening one when spoken to."""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REDACTOR = Redactor(
    Registry(
        [
            Person("Константин Рыба", gender="m", pseudonym="Евгений Лебедев"),
            Person("Nodar Kvadrat", gender="m", pseudonym="Oleg Smirnov"),
            Person("Ivan Shchuka", gender="m", pseudonym="Pavel Orlov"),
        ]
    )
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("sure, and Fish will bring the contract tonight", "Fish"),
        ("Fish, can you bring the contract tonight?", "Fish"),  # spoken to
        ("We call him Square at work.", "Square"),  # a Latin registered surname
        ("Then Pike's brother phoned.", "Pike"),  # "Shchuka", read back, and a possessive
        ("Translated from Russian: Fish Konstantin, born in Omsk.", "Fish"),  # surname first
    ],
)
def test_a_surname_put_into_english_is_redacted(text: str, form: str) -> None:
    assert form not in REDACTOR.redact(text).text


def test_the_english_word_stays_as_a_word() -> None:
    text = "Fish is cheap here. We bought fish and a square table."
    assert REDACTOR.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        'She went to see "The Fish" at the theatre.',  # after an article: a title
        "Year 4 is doing Fish Lake this term.",  # before another capitalised word
        "| 2025-08-19 | Fish, pike | 3/5 |",  # opening a table's cell
        "see the word for pigeon/fish in the notes",  # a path, in lower case
    ],
)
def test_the_english_word_stays_where_it_cannot_stand_for_a_person(text: str) -> None:
    assert REDACTOR.redact(text).text == text
