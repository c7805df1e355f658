"""Near-misses of registered sensitive terms: the check's own table, not the engine's.

Expected answers are written by hand. The terms are invented places."""

from __future__ import annotations

import pytest

from intake.check import NEAR_TERM, Check
from intake.check.near_terms import NearTerms, telling

TERMS = ["Ташлык", "Верхние Кутаны", "школа-интернат Солнышко", "Гунибкент"]
CHECK = Check(["Коля Выдумкин"], terms=TERMS)


def asked(text: str) -> list[str]:
    return [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_TERM]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Мы жили в Ташлыке до войны.", "Ташлыке"),  # a case ending
        ("Все ташлыкские ребята ушли.", "ташлыкские"),  # an adjective, lower case
        ("Из ташлыкского отдела звонили.", "ташлыкского"),
        ("В справке записали «Ташлик».", "Ташлик"),  # a misspelling
        ("Ташлыком занялись потом.", "Ташлыком"),  # opening a sentence
        ("He grew up in Tashlyk, near the river.", "Tashlyk"),  # a Latin spelling
        ("Гунибкентские родственники молчат.", "Гунибкентские"),
        ("переписка: ташлык опять без света", "ташлык"),  # a chat in lower case
    ],
)
def test_a_form_of_a_terms_telling_word_is_asked_about(text: str, form: str) -> None:
    assert asked(text) == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Мы пошли в школу, и выглянуло солнышко.",  # the term's ordinary words alone
        "Верхние этажи закрыли, интернат переехал.",
        "Ташкент далеко, Ташла тоже.",  # other places that start alike
        "Таблица лежала на столе.",
    ],
)
def test_ordinary_words_of_a_term_and_other_words_are_not_asked_about(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Ташлык", True), ("Гунибкент", True), ("Tashlyk", True), ("школа", False),
     ("Верхние", False), ("Солнышко", False), ("№5", False), ("Юг", False)],
)  # fmt: skip
def test_a_telling_word_is_one_that_alone_names_the_place(word: str, expected: bool) -> None:
    assert telling(word) is expected


def test_no_terms_no_questions() -> None:
    assert not NearTerms.of([])
    without_terms = Check(["Коля Выдумкин"])
    assert [h for h in without_terms.run("Мы жили в Ташлыке.") if h.kind == NEAR_TERM] == []


def test_a_kept_decision_explains_the_word_itself() -> None:
    text = "Мы жили в Ташлыке до войны."
    assert [h.kind for h in CHECK.with_kept(["Ташлыке"]).run(text)] == []


def test_a_refusals_context_masks_every_other_hit_in_lower_case_too() -> None:
    from intake.check import masked_context

    text = "Все ташлыкские ребята ушли, из гунибкентского отдела не звонили."
    hits = [(h.start, h.end) for h in CHECK.run(text)]
    assert len(hits) == 2
    for start, end in hits:
        context = masked_context(text, start, end, hidden=hits)
        assert "ташлыкские" not in context and "гунибкентского" not in context
