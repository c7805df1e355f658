"""NER reads only sentences with a capitalised word nothing else has found, and its spans
come back in the input's offsets. All names are fictional."""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry
from intake.redact.ner import worth_reading
from intake.redact.resolve import union_spans


def _found(sentence: str, *words: str) -> list[tuple[int, int]]:
    return union_spans([(sentence.index(w), sentence.index(w) + len(w)) for w in words])


@pytest.mark.parametrize(
    ("sentence", "found", "worth"),
    [
        ("Жена Евгения плакала.", ("Евгения",), False),  # a common word opens it
        ("Мы звонили Евгению.", ("Евгению",), False),
        ("Из 234 человек Евгений отказался.", ("Евгений",), False),
        ("Баир пришёл домой.", (), True),  # a name opens it
        ("Его держали с Цыреном.", (), True),
        ("Его держали в Луганске.", (), True),  # places are NER's too
        ("Жена Евгения и Пахомов пришли.", ("Евгения",), True),
        ("«Жена» Евгения ушла.", ("Евгения",), False),
        ("His wife said Евгений was taken.", ("Евгений",), False),  # Latin words are the rules'
    ],
)
def test_a_sentence_is_read_when_something_is_left_to_find(
    sentence: str, found: tuple[str, ...], worth: bool
) -> None:
    assert worth_reading(sentence, 0, len(sentence), _found(sentence, *found)) is worth


def test_ner_spans_map_back_to_the_input() -> None:
    redactor = Redactor(Registry([Person("Евгений Мухин", pseudonym="Олег")]), ner=True)
    text = (
        "Жена Евгения плакала. Мы звонили Евгению.\nБаир Цыренов пришёл домой. "
        "Из 234 человек Евгений отказался. Сосед Пахомов всё видел."
    )
    out = redactor.redact(text).text
    assert out == (
        "Жена Олега плакала. Мы звонили Олегу.\n[имя] пришёл домой. "
        "Из 234 человек Олег отказался. Сосед [имя] всё видел."
    )


def test_a_role_opening_a_dialogues_line_is_no_name_to_the_model() -> None:
    """The model once read "Вопрос:" as a person; its redaction then asked about every
    other "Вопрос:" of the record. A name in a label is still one."""
    from intake.redact.ner import find_names_ner

    text = (
        "ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ\n"
        "Вопрос: Назовите ваши фамилию, имя, отчество.\n"
        "Ответ: Выдумкина Лейла Руслановна.\n"
        "Вопрос: Кем вам приходится Выдумкин Р. А.?\n"
    )
    found = {text[start:end] for _kind, start, end, _score in find_names_ner(text)}
    assert not found & {"Вопрос", "Ответ"}
    assert any("Выдумкин" in name for name in found)
