"""Registered sensitive terms in every form they take: multi-word names declined word by
word, names in quotes after a generic word, adjectives and residents made from them.
Every place, café and unit here is invented; the expected survivors are hand-written."""

from __future__ import annotations

import pytest

from intake.redact import Redactor, Registry, Term
from intake.redact.normalize import skeleton

TERMS = (
    "Верхние Кутаны",  # plural; "Кутаны" is no noun to the dictionary
    "Нижний Бургалык",  # a masculine noun the dictionary does not know
    "Старая Мезгижа",  # a feminine one
    "Кривое Дубнищево",  # a neuter one
    "кафе «Солнышко»",  # a generic word and a name that is also a common word
    "ЧВК Гроза",
    'отряд "Беркут"',
    "Заречное",  # an adjective made a place name
    "школа №3",  # a name of no letters
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry(terms=[Term(t, label="место") for t in TERMS]))


def survivors(redactor: Redactor, text: str, stems: tuple[str, ...]) -> list[str]:
    folded = skeleton(redactor.redact(text).text)
    return [stem for stem in stems if stem in folded]


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Верхние Кутаны стоят у реки.", "кутан"),
        ("Его увезли из Верхних Кутан ночью.", "кутан"),
        ("Мы ездили к Верхним Кутанам.", "кутан"),
        ("Он вернулся в Верхние Кутаны.", "кутан"),
        ("Бои шли под Верхними Кутанами.", "кутан"),
        ("Мы жили в Верхних Кутанах.", "кутан"),
        ("Нижний Бургалык опустел.", "бургалык"),
        ("Его забрали из Нижнего Бургалыка.", "бургалык"),
        ("Письмо пришло к Нижнему Бургалыку.", "бургалык"),
        ("Он уехал в Нижний Бургалык.", "бургалык"),
        ("Колонна стояла под Нижним Бургалыком.", "бургалык"),
        ("Мы жили в Нижнем Бургалыке.", "бургалык"),
        ("Старая Мезгижа стоит на горе.", "мезгиж"),
        ("Он родом из Старой Мезгижи.", "мезгиж"),
        ("Дорога к Старой Мезгиже размыта.", "мезгиж"),
        ("Его отвезли в Старую Мезгижу.", "мезгиж"),
        ("Блокпост стоял под Старой Мезгижей.", "мезгиж"),
        ("В Старой Мезгиже нет связи.", "мезгиж"),
        ("Кривое Дубнищево маленькое.", "дубнищ"),
        ("Он учился в школе №3.", "№3"),
        ("Он из Кривого Дубнищева.", "дубнищ"),
        ("Он жил в Кривом Дубнищеве.", "дубнищ"),
    ],
)
def test_a_multi_word_term_is_redacted_in_every_case_word_by_word(
    redactor: Redactor, text: str, stem: str
) -> None:
    assert survivors(redactor, text, (stem,)) == []


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Кутаны сожгли.", "кутан"),  # the telling word alone
        ("Его видели в Кутанах.", "кутан"),
        ("Бургалыка больше нет.", "бургалык"),
        ("Верхнекутанские ребята помогли.", "кутан"),  # adjectives made from the term
        ("Там учились верхнекутанская молодёжь и кутанцы.", "кутан"),
        ("Бургалыкский фельдшер приехал.", "бургалык"),
        ("Нижнебургалыкская школа закрыта.", "бургалык"),
        ("Мезгижинские родственники молчат.", "мезгиж"),
        ("Бургалыцкий фельдшер уехал.", "бургал"),  # к before -ский becomes ц
        ("Верхнекутанцы молчали.", "кутан"),
        ("Заречные ребята пришли.", "заречн"),  # dictionary words, in lower case too
        ("Его видели заречные соседи.", "заречн"),
        ("Пришёл заречненский школьник.", "заречн"),
        ("Заречненская ферма сгорела.", "заречн"),
    ],
)
def test_the_words_and_adjectives_made_from_a_term_are_redacted(
    redactor: Redactor, text: str, stem: str
) -> None:
    assert survivors(redactor, text, (stem,)) == []


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Мы сидели в кафе «Солнышко».", "солнышк"),
        ('Мы сидели в кафе "Солнышко".', "солнышк"),
        ("Мы сидели в кафе „Солнышко“.", "солнышк"),
        ("Мы сидели в кафе Солнышко.", "солнышк"),
        ("Хозяйка «Солнышка» всё видела.", "солнышк"),
        ("Он служил в ЧВК «Гроза».", "гроз"),
        ('Он служил в ЧВК "Гроза".', "гроз"),
        ("Бойцы «Грозы» пришли ночью.", "гроз"),
        ("Он воевал за Грозу.", "гроз"),  # capitalised in mid-sentence: the name
        ("Его взяли в отряд «Беркут».", "беркут"),
        ("Он служил в отряде «Беркут».", "беркут"),
        ('Про "Беркут" писали.', "беркут"),
    ],
)
def test_a_term_in_quotes_after_a_generic_word_is_redacted_in_any_quotes(
    redactor: Redactor, text: str, stem: str
) -> None:
    assert survivors(redactor, text, (stem,)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ночью началась гроза.",
        "Гроза началась ночью.",  # a common word opening a sentence
        "Выглянуло солнышко.",
        "Над полем парил беркут.",
        "Мы зашли в другое кафе.",
        "Приказ №3 подписан.",  # a number names nothing without its head
    ],
)
def test_the_common_words_of_a_headed_term_stay_where_they_are_common_words(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text
