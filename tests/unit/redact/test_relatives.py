"""A woman or a family named by a registered man's surname (or a man by a registered
woman's) is his relative, never him: the family tag, not his pseudonym. Expected
sentences are written by hand; names are invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    [
        Person("Алексей Выдумов", gender="m", pseudonym="Иван Петров"),
        Person("Дмитрий Небывальский", gender="m", pseudonym="Олег Смирнов"),
        Person("Ольга Придумцева", gender="f", pseudonym="Мария Котова"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выдумова сказала, что сын в плену.", "[фамилия] сказала, что сын в плену."),
        ("Потом Выдумова позвонила.", "Потом [фамилия] позвонила."),
        ("Небывальская пришла одна.", "[фамилия] пришла одна."),
        ("Придумцев сказал правду.", "[фамилия] сказал правду."),
        ("Выдумовы уехали.", "[фамилия] уехали."),
        # the man himself, in the genitive
        ("Мать Выдумова плакала.", "Мать Ивана Петрова плакала."),
        ("Я видела Выдумова вчера.", "Я видела Ивана Петрова вчера."),
        ("Небывальского увезли.", "Олега Смирнова увезли."),
        ("Придумцевой звонили.", "Марии Котовой звонили."),
    ],
)
def test_a_relative_named_by_the_surname_gets_the_family_tag(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected
