"""A name nobody registered, found once, is found wherever else the text writes it: in the
other script, opening a sentence, in another case (a chat of two languages names one person
both ways). And a Latin first name takes the unknown surname after it. The sentences are
written by hand; every name is invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Redactor, Registry
from intake.redact.names import find_latin_names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Мы говорили с Гогитой Квирикашвили. Gogita called later.", ["Gogita"]),
        ("Мы говорили с Гогитой Квирикашвили. Гогиту отпустили.", ["Гогиту"]),
        ("Вчера звонил Натан Гурфинкель. Gurfinkel's son wrote.", ["Gurfinkel"]),
        ("Then Natan Gurfinkel wrote.\nГурфинкель ответил.", ["Гурфинкель"]),
    ],
)
def test_a_name_found_once_is_found_again_in_either_script(
    redactor: Redactor, text: str, words: list[str]
) -> None:
    out = redactor.redact(text).text
    for word in words:
        assert word in text  # the premise
        assert word not in out, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Его на работе зовут Гоша. Гошин телефон отобрали.", "Гошин"),
        ("Соседку звали Люба, а Любиной дочке восемь.", "Любиной"),
    ],
)
def test_a_possessive_of_a_first_name_found_once_is_that_person(
    redactor: Redactor, text: str, word: str
) -> None:
    out = redactor.redact(text).text
    assert word in text  # the premise
    assert word not in out, out


def test_a_possessive_that_is_a_common_word_is_kept(redactor: Redactor) -> None:
    text = "Соседку звали Маша. Машин гараж стоит пустой."
    assert "Машин гараж" in redactor.redact(text).text


def test_a_word_that_only_starts_like_the_name_is_kept(redactor: Redactor) -> None:
    text = "Вчера звонил Натан Гурфинкель. Natanson wrote nothing. Натура у него такая."
    out = redactor.redact(text).text
    assert "Natanson" in out and "Натура" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("19:05:10 From Natan Gurfinkel to Everyone: hi.", "Natan Gurfinkel"),
        ("Then Gogita Kvirikashvili wrote.", "Gogita Kvirikashvili"),
        ("Then Natan Gurfinkel's lawyer wrote.", "Natan Gurfinkel"),
    ],
)
def test_a_latin_name_takes_the_unknown_word_beside_it(text: str, name: str) -> None:
    assert name in [text[s:e] for _k, s, e, _ in find_latin_names(text)]


@pytest.mark.parametrize(
    "text", ["Then Natan Monday came.", "Natan Street is long.", "They met Natan There."]
)
def test_an_english_word_beside_a_first_name_stays_out_of_it(text: str) -> None:
    assert [text[s:e] for _k, s, e, _ in find_latin_names(text)] == ["Natan"]
