"""An alias that is the registered name in another script or spelling: its surname alone
is the person's too, in each case. All people are fictional; the strings that must go
or stay are written out here, not taken from the engine's tables."""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

LITHUANIAN = Person(
    "Eimantas Žukauskas",
    aliases=("Eimantas Zhukauskas", "Эймантас Жукаускас"),
    gender="m",
    pseudonym="Oscar",
)
ANOTHER_NAME = Person("Жанна Бейкер", aliases=("Zhanna Baker",), gender="f", pseudonym="Ольга")


def _redacted(person: Person, text: str) -> str:
    return Redactor(Registry(people=[person]), ner=False).redact(text, lang="auto").text


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ('the department\'s letter has him as "Zhukauskas", so', "Zhukauskas"),
        ("Эймис, если меня примут — удаляй. Жукаускас, слышишь?", "Жукаускас"),
        ("поговори с Жукаускасом завтра", "Жукаускасом"),
    ],
)
def test_the_surname_of_an_alias_in_another_spelling_is_redacted_alone(
    text: str, surname: str
) -> None:
    assert surname not in _redacted(LITHUANIAN, text)


def test_an_alias_that_is_another_name_stays_whole() -> None:
    # "Baker" is no spelling of Бейкер one letter apart: the alias is matched whole only
    text = "Zhanna Baker called; the baker's van was late."
    out = _redacted(ANOTHER_NAME, text)
    assert "Zhanna Baker" not in out
    assert "the baker's van" in out


def test_an_alias_with_a_word_the_dictionary_reads_as_no_name_stays_whole() -> None:
    # "Сунь" of Сунь Хуа is the verb "сунь": alone it is the word, not the person
    person = Person("Sun Hua", aliases=("Сунь Хуа",), gender="f", pseudonym="Алёна")
    text = "Гюнай сказала сунь паспорт в файлик. Сунь Хуа пришла."
    out = _redacted(person, text)
    assert "сунь паспорт в файлик" in out
    assert "Сунь Хуа" not in out
