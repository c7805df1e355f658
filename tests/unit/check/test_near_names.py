"""Near-misses of registered names, by the check's own rules. Every person is fictional.

Expected hits come from the hand-written tables below, never from the redaction
engine: each row is a form of a registered name that no registry lists.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.check import NEAR_NAME, Check
from intake.check.near_names import distance

REGISTERED = [
    "Сергей Кравченко",
    "Елена Кравченко",
    "Сергей Зуев",
    "Дмитрий Жуковский",
    "Аяс Хертек",
    "Доржу Монгуш",
]
CHECK = Check(REGISTERED)


def near_names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Потом Серёжкин рюкзак нашли.", "Серёжкин"),  # possessive of a diminutive
        ("Потом Димин телефон пропал.", "Димин"),  # possessive
        ("Димин телефон молчал.", "Димин"),  # a possessive opening a sentence
        ("Ночью Ленуська плакала.", "Ленуська"),  # hypocoristic
        ("Я сказала: Серёж, ответь.", "Серёж"),  # vocative
        ("Мама звала его Серёженькой.", "Серёженькой"),
        ("Потом пришёл Димон.", "Димон"),
        ("Звонила Леночка.", "Леночка"),
        ("В протоколе записали как «Кравчинко» в графе.", "Кравчинко"),  # misspelling
        ("Там был и Кравчинком тоже.", "Кравчинком"),  # misspelt and inflected
        ("Мы сидели с Хертеком.", "Хертеком"),  # surname stem + ending
        ("Говорили о Хертеке.", "Говорили о Хертеке."[11:18]),
        ("Он отдал Хертеку.", "Хертеку"),
        ("Мы жили рядом с Монгушом.", "Монгушом"),
        ("Писали про Жуковского.", "Жуковского"),
        ("Ещё была Зуевым подписана.", "Зуевым"),
        ("Нашли кравчинко в списке.", "кравчинко"),  # lower case, unknown to the dictionary
        ("Потом Cepёжкин написал.", "Cepёжкин"),  # Latin look-alike letters, folded
        ("Потом Серё\u200bжкин написал.", "Серё\u200bжкин"),  # an invisible character
    ],
)
def test_an_unregistered_form_of_a_registered_name_is_a_near_miss(text: str, form: str) -> None:
    assert near_names(text) == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Сердце болело, лента порвалась.",  # dictionary words in lower case
        "Лента новостей молчала.",  # a dictionary word opening a sentence
        "Мы пили чай на кухне.",
        "Серый дом стоял у дороги.",
        "Он служил в части, потом вернулся домой.",
    ],
)
def test_ordinary_words_that_start_like_a_name_are_not_near_misses(text: str) -> None:
    assert near_names(text) == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Then Seryozha called her.", "Seryozha"),
        ("Then Serezhin bag was found.", "Serezhin"),
        ("His wife Lenochka said so.", "Lenochka"),
        ("The file says Kravchinko.", "Kravchinko"),
        ("We met Zhukovsky's brother.", "Zhukovsky's"),
        ("They took Dima's phone.", "Dima's"),
        ("I saw Khertek there.", "Khertek"),
    ],
)
def test_a_latin_spelling_of_a_cyrillic_name_is_compared_too(text: str, form: str) -> None:
    assert near_names(text) == [form]


def test_lower_case_latin_words_that_start_like_a_name_are_not_near_misses() -> None:
    assert near_names("Her lens broke and the dimmer failed at length.") == []


def test_without_registered_people_there_are_no_near_misses() -> None:
    assert [h for h in Check([]).run("Серёжкин рюкзак, Кравчинко.") if h.kind == NEAR_NAME] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("кравченко", "кравчинко", 1), ("хертек", "хертек", 0), ("зуев", "зуева", 1)],
)
def test_edit_distance_counts_single_letter_changes(a: str, b: str, expected: int) -> None:
    assert distance(a, b, 3) == expected


def test_edit_distance_stops_past_its_limit() -> None:
    assert distance("кравченко", "жуковский", 2) == 3


def full_levenshtein(a: str, b: str) -> int:
    """Every cell of the table: the plain definition the banded one must agree with."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@settings(max_examples=400, deadline=None)
@given(
    a=st.text(alphabet="абвгд", max_size=10),
    b=st.text(alphabet="абвгд", max_size=10),
    limit=st.integers(min_value=0, max_value=3),
)
def test_edit_distance_is_exact_within_its_limit_and_one_past_it_beyond(
    a: str, b: str, limit: int
) -> None:
    exact = full_levenshtein(a, b)
    assert distance(a, b, limit) == (exact if exact <= limit else limit + 1)
