"""Short forms of registered English first names. Every person here is invented.

Expected forms come from the hand-written rows below, never from the engine's table.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry
from intake.redact.diminutives_en import short_forms
from intake.redact.guards import CAPITAL, NOT_INITIAL
from intake.redact.operators import cyrillic_of
from intake.redact.polish_ru import polish_cyrillic

REDACTOR = Redactor(
    Registry(
        people=[
            Person("William Carter", gender="m", pseudonym="John"),
            Person("Elizabeth Moore", gender="f", pseudonym="Anna"),
            Person("Katherine Price", gender="f", pseudonym="Mary"),
        ]
    )
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Later Billy told us he was leaving.", "Billy"),
        ("It was quiet. Billy said he was leaving.", "Billy"),  # opening a sentence
        ("We saw Bill's car outside.", "Bill"),  # a possessive
        ("Then Will called again.", "Will"),  # also a word, but capitalised mid-sentence
        ("Lizzie and Beth were there.", "Lizzie"),
        ("Everyone knew Kathy.", "Kathy"),
    ],
)
def test_a_short_form_of_a_registered_english_name_is_redacted(text: str, form: str) -> None:
    assert form not in REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Will you come with us?",  # "Will" opening a question is the verb
        "He paid the bill and left.",  # a word in lower case
    ],
)
def test_a_short_form_that_is_also_a_word_stays_where_it_is_one(text: str) -> None:
    """The engine leaves it; the publication check asks about "Will" opening a sentence."""
    assert REDACTOR.redact(text).text == text


def test_forms_that_are_also_words_count_only_mid_sentence_with_a_capital() -> None:
    forms = dict(short_forms("William", "m"))
    assert forms["will"] == CAPITAL | NOT_INITIAL
    assert forms["billy"] == CAPITAL
    assert short_forms("William", "f") == ()  # the table's gender must match
    assert short_forms("Wilberforce", None) == ()


EUROPEAN = Redactor(
    Registry(
        people=[
            Person("Małgorzata Bogdan", gender="f", pseudonym="Anna"),  # reads surname first
            Person("Honorata Novotná", gender="f", pseudonym="Eva"),
            Person("Jan Vymyšlený", gender="m", pseudonym="Petr"),
            Person("Zsófia Kitaláltné", gender="f", pseudonym="Mari"),
        ]
    )
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Gosia here - HR asked us to stop writing.", "Gosia"),  # Polish, opening a line
        ("We met Małgosia at the station.", "Małgosia"),
        ("Then Gośka and Goska wrote.", "Goska"),  # with its marks dropped too
        ("Honza said he was leaving.", "Honza"),  # Czech, for Jan
        ("Later Zsófi and Zsofi called.", "Zsofi"),  # Hungarian, marks dropped
    ],
)
def test_a_short_form_of_another_european_first_name_is_redacted(text: str, form: str) -> None:
    assert form not in EUROPEAN.redact(text).text


def test_the_table_is_read_with_a_names_marks_dropped() -> None:
    assert dict(short_forms("Malgorzata", "f")) == dict(short_forms("Małgorzata", "f"))
    assert "gosia" in dict(short_forms("Malgorzata", "f"))


POLISH = Redactor(Registry(people=[Person("Jakub Wymyślony", gender="m", pseudonym="Piotr")]))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Спасибо, Куба. Да, я с ним живу.", "Куба"),  # "Kuba" as Russian writes it
        ("Серафимке и Кубе — спасибо!", "Кубе"),  # declined
        ("Кубусь пришёл, Кубусю сказали.", "Кубусю"),
    ],
)
def test_a_polish_short_form_written_in_cyrillic_is_redacted(text: str, form: str) -> None:
    assert form not in POLISH.redact(text).text


def test_the_island_stays_where_a_preposition_makes_it_a_place() -> None:
    assert "На Кубе жарко" in POLISH.redact("На Кубе жарко, Куба сказал.").text


@pytest.mark.parametrize(
    ("written", "russian"),
    [
        ("Kasia", "кася"),
        ("Wojtek", "войтек"),
        ("Małgosia", "малгося"),
        ("Ola", "оля"),
        ("Józek", "юзек"),
        ("Łukasz", "лукаш"),
        ("Joasia", "йоася"),
        ("Ewa", "эва"),
        ("Staszek", "сташек"),
    ],
)
def test_a_polish_name_is_written_in_cyrillic_by_its_sound(written: str, russian: str) -> None:
    assert polish_cyrillic(written) == russian


def test_a_latin_pseudonym_with_polish_letters_is_written_in_cyrillic_letters() -> None:
    assert cyrillic_of("Michał") == "Михал"
    assert cyrillic_of("Tomáš") == "Томас"  # marks dropped where no rule reads them


def test_a_latin_name_in_ea_is_written_with_ya_in_cyrillic_and_declined() -> None:
    """Lea is "Лея" in Russian, declined as Катя is ("Леи", "Лее"), not "Ли" as English
    rules would write it."""
    redactor = Redactor(Registry(people=[Person("Lea Vymyslova", gender="f", pseudonym="Eva")]))
    text = "Книгу брали для Леи. Лея спрашивает про папу. Передайте Лее привет."
    out = redactor.redact(text).text
    assert all(form not in out for form in ("Леи", "Лея", "Лее")), out
