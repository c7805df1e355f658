"""Pseudonym pools, gender guessing and assignment."""

from __future__ import annotations

import pytest

from intake.pseudonyms import assign_pseudonym, guess_gender, pool


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
