"""A possessive adjective of a registered name becomes the noun and the pseudonym in the
genitive ("Серёжкин рюкзак" -> "рюкзак Ивана"), never a bare nominative or a bare tag.

Expected outputs are written by hand; names are invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    [
        Person("Сергей Выдумкин", gender="m", pseudonym="Иван"),
        Person("Елена Придумова", gender="f", pseudonym="Мария"),
        Person("Дмитрий Небывалов", gender="m", pseudonym="Олег"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Серёжкин рюкзак нашли у реки.", "Рюкзак Ивана нашли у реки."),
        ("Нашли Серёжкин рюкзак.", "Нашли рюкзак Ивана."),
        ("Димин телефон молчит.", "Телефон Олега молчит."),
        ("Дмитриев рюкзак тоже нашли.", "Рюкзак Олега тоже нашли."),
        ("Ленкин брат уехал.", "Брат Марии уехал."),
        ("Диминой жене не сказали.", "Жене Олега не сказали."),
        ("Видел Димкину машину.", "Видел машину Олега."),
        ("Про Диминого брата.", "Про брата Олега."),
        ("Серёжкин старый рюкзак.", "Старый рюкзак Ивана."),
        ("Говорили о Серёжкином отце.", "Говорили об отце Ивана."),
        ("С Диминым отцом.", "С отцом Олега."),
        ("Серёжкины вещи пропали.", "Вещи Ивана пропали."),
        ("Ленусина подруга пришла.", "Подруга Марии пришла."),
        ("Рюкзак был Димин.", "Рюкзак был Олега."),  # no noun: the genitive alone
        ("«Митины письма», — сказала она.", "«Письма Олега», — сказала она."),
        ("Серёгин брат молчал.", "Брат Ивана молчал."),
        ("Там были Ленка, Ленкин брат, Леночка.", "Там были Мария, брат Марии, Мария."),
        ("Димонов телефон молчит.", "Телефон Олега молчит."),  # -ов of a short form
        # also a public figure's form, but none of his nominative: Лена's before a noun
        ("Лениной маме позвонили.", "Маме Марии позвонили."),
        ("Ленину сестру забрали.", "Сестру Марии забрали."),
        ("Ленины вещи отдали.", "Вещи Марии отдали."),
    ],
)
def test_a_possessive_becomes_the_noun_and_the_genitive_pseudonym(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected
    assert redactor.scan_for_leaks(expected) == []
    assert redactor.redact(expected).text == expected  # redacting twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "Дмитриев сказал, что уедет.",  # a surname, not Дмитрий's: no noun agrees
        "Ленин мавзолей закрыт.",  # the public figure's, not Лена's
        "Дом стоит на улице Ленина.",
        "Памятник Ленину стоит.",  # no noun agrees: the public figure's dative
        "Митин пришёл.",
        "Димонов сказал, что уедет.",  # a surname's shape: only before its noun
    ],
)
def test_a_possessive_that_is_also_a_surname_needs_its_noun(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert not {"Ивана", "Марии", "Олега", "Олег", "Мария", "Иван"} & set(out.split())


@pytest.mark.parametrize(
    ("text", "unregistered"),
    [
        ("Димина Роза пришла.", "Роза"),  # names that are also nouns
        ("Серёжкин Лев пришёл.", "Лев"),
    ],
)
def test_a_capitalised_name_after_a_possessive_is_no_noun_to_rebuild(
    redactor: Redactor, text: str, unregistered: str
) -> None:
    """Moved in front of the pseudonym, an unregistered person's name would open the
    sentence, where nothing marks it as a name any more ("Роза Олега пришла")."""
    assert unregistered not in redactor.redact(text).text
