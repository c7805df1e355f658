"""A replacement is true to the text: places, common words, ambiguity, grammar, boundaries.

A pseudonym goes only where the word names that person; everything else keeps its
text or becomes a tag and a review question. All people are fictional; the places
are real towns and countries (public facts, not identifiers).
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    people=[
        Person("Сергей Кравченко", gender="m", pseudonym="Олег"),
        Person("Сергей Зуев", gender="m", pseudonym="Павел"),
        Person("Дмитрий Жуковский", gender="m", pseudonym="Георгий"),
        Person("Тарас Шевченко", gender="m", pseudonym="Игорь"),
        Person("Артём Синицын", gender="m", pseudonym="Степан"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.fixture(scope="module")
def empty() -> Redactor:
    return Redactor(Registry())


BOUNDARIES = [
    ("Дмитрий\n\nЖуковский пришёл.", "Георгий\n\nГеоргий пришёл."),  # two paragraphs, two
    ("Мы стояли у КПП. Артём Синицын подошёл.", "Мы стояли у КПП. Степан подошёл."),
    ("Мы стояли у КПП. Синицын подошёл.", "Мы стояли у КПП. Степан подошёл."),
    ("Пришёл  А. Синицын  и ушёл.", "Пришёл  Степан  и ушёл."),
    ("Синицын\tпришёл.", "Степан\tпришёл."),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_no_mention_spans_a_paragraph_break_or_takes_an_initial_across_a_sentence_end(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_no_finding_of_the_name_detector_spans_a_blank_line(empty: Redactor) -> None:
    text = "Свидетель Пахомов\n\nЦырендоржиев рассказал."
    spans = [(f.start, f.end) for f in empty.analyze(text) if f.kind == "name"]
    assert spans and all("\n\n" not in text[s:e] for s, e in spans)
