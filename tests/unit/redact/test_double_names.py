"""Each half of a registered double name or surname, said alone, is the person too
("Водкина" of "Петрова-Водкина", "Мурат" of "Хаджи-Мурат"), in every case, and the
pseudonym takes the case the context asks for. Expected sentences are written by hand;
names are invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    [
        Person("Анна Петрова-Водкина", gender="f", pseudonym="Мария Котова"),
        Person("Хаджи-Мурат Выдумкин", gender="m", pseudonym="Иван Смирнов"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Водкина пришла утром.", "Мария Котова пришла утром."),
        ("С Водкиной говорили.", "С Марией Котовой говорили."),
        ("У Водкиной нет денег.", "У Марии Котовой нет денег."),
        ("О Водкиной писали.", "О Марии Котовой писали."),
        ("С Петровой-Водкиной говорили.", "С Марией Котовой говорили."),
        ("Мурату звонили ночью.", "Ивану Смирнову звонили ночью."),
        ("С Муратом говорили.", "С Иваном Смирновым говорили."),
        ("Хаджи-Мурата забрали.", "Ивана Смирнова забрали."),
    ],
)
def test_a_half_of_a_double_name_alone_is_the_person(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected


def test_a_word_that_is_a_half_stays_where_it_names_nothing() -> None:
    text = "Он совершил хадж и стал хаджи."
    assert Redactor(REGISTRY).redact(text).text == text


def test_the_family_of_either_half_of_a_double_surname_is_redacted() -> None:
    double = Redactor(Registry([Person("Залина Толгурова-Мокаева", gender="f", pseudonym="Лаура")]))
    text = "The Мокаевы do not know; у Мокаевых тихо, Толгуровы тоже молчат."
    assert double.redact(text).text == (
        "The [фамилия] do not know; у [фамилия] тихо, [фамилия] тоже молчат."
    )
