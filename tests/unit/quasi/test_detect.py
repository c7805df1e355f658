"""Finding the details that still point to one person, in Russian and English.

Expected spans and classes are written by hand; every sentence is fictional.
"""

from __future__ import annotations

import pytest

from intake.quasi import find_details

RU = [
    ("Ему было 24 года, когда его забрали.", "quasi:age", "24 года", None),
    ("24-летний контрактник отказался ехать.", "quasi:age", "24-летний", None),
    ("Он 1999 года рождения.", "quasi:birth", "1999 года рождения", None),
    ("Сын родился в 2001 году в деревне.", "quasi:birth", "родился в 2001 году", None),
    ("Он вырос в селе Выдумкино.", "quasi:place", "селе Выдумкино", "small"),
    ("Мы живём в посёлке Небывалый.", "quasi:place", "посёлке Небывалый", "small"),
    ("Семья родом из Кяхты.", "quasi:place", "Кяхты", "town"),
    ("Он служил в 3-й роте.", "quasi:unit", "3-й роте", None),
    ("Его перевели во второй батальон.", "quasi:unit", "во второй батальон", None),
    ("Он был в инженерной бригаде.", "quasi:unit", "инженерной бригаде", "brigade"),
    ("Младший сержант отказался.", "quasi:rank", "Младший сержант", None),
    ("Он служил снайпером.", "quasi:specialty", "снайпером", None),
    ("Его задержали 19 июля.", "quasi:date", "19 июля", "event"),
    ("Мы говорили 3 марта.", "quasi:date", "3 марта", None),
    (
        "Его мать работает учительницей в школе.",
        "quasi:occupation",
        "работает учительницей в школе",
        None,
    ),
    ("У него шрам на левой щеке.", "quasi:physical", "шрам на левой щеке", None),
    ("Ему исполнилось 24 в мае.", "quasi:age", "24", None),
    ("Моему сыну 23 года.", "quasi:age", "23 года", None),
    ("В селе около 800 жителей.", "quasi:place", "около 800 жителей", "small"),
    ("Отец — тракторист в колхозе.", "quasi:occupation", "тракторист в колхозе", None),
    (
        "Я работаю фельдшером в амбулатории.",
        "quasi:occupation",
        "работаю фельдшером в амбулатории",
        None,
    ),
    ("Его увели и ещё четверых.", "quasi:count", "четверых", None),
    ("Он был одним из трёх, кто отказался.", "quasi:count", "одним из трёх", None),
    ("Его увели вместе с двумя другими солдатами.", "quasi:count", "вместе с двумя другими", None),
]
EN = [
    ("A 24-year-old conscript refused.", "quasi:age", "24-year-old", None),
    ("She was aged 31 at the time.", "quasi:age", "aged 31", None),
    ("He was born in 1999 in the north.", "quasi:birth", "born in 1999", None),
    (
        "He grew up in the village of Madeupovka.",
        "quasi:place",
        "the village of Madeupovka",
        "small",
    ),
    (
        "They came from a village of 3,000 people.",
        "quasi:place",
        "a village of 3,000 people",
        "small",
    ),
    ("He served in the 3rd company.", "quasi:unit", "the 3rd company", None),
    ("He joined the engineering brigade.", "quasi:unit", "the engineering brigade", "brigade"),
    ("A sergeant refused as well.", "quasi:rank", "sergeant", None),
    ("He was trained as a sniper.", "quasi:specialty", "sniper", None),
    ("He was detained on 19 July.", "quasi:date", "on 19 July", "event"),
    (
        "His mother works at the local school.",
        "quasi:occupation",
        "works at the local school",
        None,
    ),
    ("He has a tattoo on his left arm.", "quasi:physical", "tattoo on his left arm", None),
    ("He was one of three who refused.", "quasi:count", "one of three", None),
    ("My son, then 23, refused.", "quasi:age", "23", None),
    ("He was from Lesnoye, a village near the border.", "quasi:place", "Lesnoye", "small"),
    (
        "I work as a paramedic at the clinic.",
        "quasi:occupation",
        "work as a paramedic at the clinic",
        None,
    ),
    (
        "Her husband, a teacher at the school, left.",
        "quasi:occupation",
        "a teacher at the school",
        None,
    ),
    ("He was taken with two others.", "quasi:count", "with two others", None),
]


@pytest.mark.parametrize(("text", "kind", "span", "cls"), RU + EN)
def test_each_kind_of_detail_is_found_with_its_span_and_class(
    text: str, kind: str, span: str, cls: str | None
) -> None:
    found = [(d.kind, text[d.start : d.end], d.cls) for d in find_details(text)]
    assert (kind, span, cls) in found


@pytest.mark.parametrize(
    "text",
    [
        "Прошло 2 года службы, и ничего не изменилось.",
        "Прошло 20 лет с тех пор.",
        "Его приговорили на 25 лет строгого режима.",
        "He waited 20 minutes.",
        "Он вернулся в Москву.",
        "В роте было холодно.",
        "It was a major problem for everyone.",
        "We met in March and talked for hours.",
        "The company paid nothing.",
    ],
)
def test_ordinary_sentences_hold_no_detail(text: str) -> None:
    assert find_details(text) == []


def test_overlapping_hits_keep_one_detail_for_the_longer_span() -> None:
    text = "Он 1999 года рождения."
    assert [(d.kind, d.start, d.end) for d in find_details(text)] == [("quasi:birth", 3, 21)]
