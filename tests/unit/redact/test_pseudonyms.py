"""Pseudonym pools, gender guessing and assignment."""

from __future__ import annotations

import pytest

from intake.redact.pseudonyms import assign_pseudonym, guess_gender, pool


@pytest.mark.parametrize(("lang", "gender"), [("ru", "m"), ("ru", "f"), ("en", "m"), ("en", "f")])
def test_each_pool_has_at_least_sixty_distinct_names(lang: str, gender: str) -> None:
    names = pool(lang, gender)
    assert len(names) >= 60 and len(set(names)) == len(names)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Любовь Зайцева", "f"),
        ("Горшенина", "f"),
        ("Зайцев", "m"),
        ("Евгения", "f"),
        ("Евгений", "m"),
        ("Dmitry Ivanov", "m"),
        ("Mary Smith", "f"),
        ("Аюна Дашиева", "f"),
        ("Бато Цырендоржиев", "m"),
        ("Петровна", "f"),
    ],
)
def test_gender_is_guessed_from_the_name(name: str, gender: str) -> None:
    assert guess_gender(name) == gender


def test_a_pseudonym_is_never_a_registered_name_in_any_script() -> None:
    for _ in range(200):
        chosen = assign_pseudonym("m", "ru", taken=[], forbidden=["Ivan Petrov", "Пётр Сидоров"])
        assert chosen not in ("Иван", "Пётр")


def test_pseudonyms_are_never_shared_and_the_pool_can_run_out() -> None:
    taken: list[str] = []
    for _ in range(200):
        taken.append(assign_pseudonym("f", "en", taken=taken, forbidden=[]))
    assert len(set(taken)) == 200


def test_every_russian_pool_name_declines_like_a_name_of_its_gender() -> None:
    """A pseudonym the dictionary declines as another word ("Доминика" as the genitive of
    "Доминик") would stand in the wrong case in an export."""
    from intake.redact import forms_ru
    from intake.redact.pseudonyms import pool

    for gender in ("m", "f"):
        for name in pool("ru", gender):
            low = name.lower()
            genitive = forms_ru.inflect(name, "gent", gender).lower()
            accusative = forms_ru.inflect(name, "accs", gender).lower()
            if low[-1] in "ая":
                assert genitive[-1] in "ыи" and accusative[-1] in "уюя", name
            elif low[-1] not in "оиеу":
                assert genitive != low, name


def test_drawing_never_gives_a_case_form_of_a_registered_name() -> None:
    from intake.models import Gender, Person
    from intake.people.clashes import Clashes, form_keys
    from intake.redact.pseudonyms import assign_pseudonym

    evgeny = Person(id="p-1", name="Евгений Выдумкин", pseudonym="Иван", gender=Gender.MALE)
    check = Clashes(form_keys([evgeny]))
    forms_of_evgeny = {"Евгения", "Евгению", "Евгении", "Евгением", "Евгений"}  # by hand
    drawn = {assign_pseudonym("f", "ru", (), (), clashes=check) for _ in range(400)}
    assert len(drawn) > 20 and not drawn & forms_of_evgeny
