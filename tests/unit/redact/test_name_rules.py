"""Unregistered names in Russian text by rules (no NER): what is a name and what is not.

Each row is a sentence and the words expected to be tagged as names (empty: none).
The people are fictional; places, countries and organisations are public facts.
"""

from __future__ import annotations

import pytest

from intake.redact import Redactor, Registry


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor(Registry(), ner=False)


NAMES = [
    ("Вчера заявил Матиас Йорш, докладчик комиссии.", ["Матиас Йорш"]),
    ("Слово взяла Нэнси Пелоси, глава палаты.", ["Нэнси Пелоси"]),
    ("Тренер Виктор Понедельник ответил.", ["Виктор Понедельник"]),
    ("Говорил Джон Бенер. Потом Бенера спросили снова.", ["Джон Бенер", "Бенера"]),
    ("Как сообщил А. Выдумкин, деньги есть.", ["А. Выдумкин"]),
    ("Мать Оюна Салчак ждёт.", ["Оюна Салчак"]),
    # a word the dictionary does not know, inside a sentence: a name unless NER says
    ("Мы говорили с Хертеком вчера.", ["Хертеком"]),
    ("По словам Выдумчека, их держали.", ["Выдумчека"]),
    # initials after a name join it; before a common word or a line break they end it
    ("Видели Выдумкина А. И. вчера.", ["Выдумкина А. И."]),
    ("Пришёл Выдумкин С. А. Потом ушёл.", ["Выдумкин С. А."]),
    ("Подпись: Выдумкин С. А.\nДата: 12.03.2024", ["Выдумкин С. А."]),
    # a name ends with its line: the next line's first word is another field
    ("Свидетель ______ Ринат\nСледователь ______ подпись", ["Ринат"]),
    ("Звонил Ринат\nКомандир сказал ждать.", ["Ринат"]),
]
NOT_NAMES = [
    "Власти Германии начали проверку.",
    "В 19 часов по Московскому времени открылся участок.",
    "Премьер-министр Израиля заявил, что не полетит.",
    "Он рассказал агентству Рейтер о забастовке.",
    "Новый корабль «Орион» полетит в 2014 году.",
    "НАСА готовит полёт на Марс.",
    "Делегация Швеции приехала в Курскую область.",
    "Верю, в Питере никогда не было чинопочитания.",
]


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[f.start : f.end] for f in redactor.analyze(text) if f.kind == "name"]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_nobody_registered_are_found_by_rules(
    rules: Redactor, text: str, expected: list[str]
) -> None:
    assert _names(rules, text) == expected


@pytest.mark.parametrize("text", NOT_NAMES)
def test_places_organisations_adjectives_and_things_are_not_names(
    rules: Redactor, text: str
) -> None:
    assert _names(rules, text) == []
