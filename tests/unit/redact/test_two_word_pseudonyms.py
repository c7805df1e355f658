"""A pseudonym of a first name and a surname takes the case of the mention in both
words ("с Иваном Петровым", not "с Иваном Петров"); a surname that does not decline
stays as it is ("Ольге Сидоренко"). Expected sentences are written by hand; names are
invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    [
        Person("Сергей Выдумкин", gender="m", pseudonym="Иван Петров"),
        Person("Гиви Микеладзе", gender="m", pseudonym="Роман Котов"),
        Person("Магомед Гаджиев", gender="m", pseudonym="Игнат Берёзкин"),
        Person("Саглара Очирова", gender="f", pseudonym="Ольга Сидоренко"),
        Person("Елена Кравец", gender="f", pseudonym="Мария Зорина"),
        Person("Аяс Хертек", gender="m", pseudonym="Тимур Алиев"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Я говорила с Сергеем Выдумкиным.", "Я говорила с Иваном Петровым."),
        ("Выдумкина увезли ночью.", "Ивана Петрова увезли ночью."),
        ("Со слов Микеладзе, командир ушёл.", "Со слов Романа Котова, командир ушёл."),
        ("Я говорила с Гаджиевым Магомедом.", "Я говорила с Игнатом Берёзкиным."),
        ("Я звонила Очировой.", "Я звонила Ольге Сидоренко."),
        ("С Еленой Кравец говорили.", "С Марией Зориной говорили."),
        ("О Хертеке никто не пишет.", "О Тимуре Алиеве никто не пишет."),
        ("Серёжкин рюкзак нашли.", "Рюкзак Ивана Петрова нашли."),
    ],
)
def test_both_words_of_a_pseudonym_take_the_case_of_the_mention(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected
