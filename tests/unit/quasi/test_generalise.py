"""Generalisations keep the sentence grammatical, in Russian and English.

Each row: a fictional sentence, the detail's text, and the sentence as it reads
with each offered generalisation, written by hand.
"""

from __future__ import annotations

import pytest

from intake.quasi import find_details, options

CASES = [
    # age -> range
    ("Ему было 24 года.", "24 года", ["Ему было около 25 лет.", "Ему было двадцать с лишним лет."]),
    ("24-летнего контрактника увезли.", "24-летнего", ["Молодого контрактника увезли."]),
    ("A 24-year-old conscript refused.", "24-year-old", ["A twenty-something conscript refused."]),
    ("He said he was aged 24 then.", "aged 24", ["He said he was in his twenties then."]),
    # birth -> decade
    ("Он 1998 года рождения.", "1998 года рождения", ["Он 1990-х годов рождения."]),
    (
        "He was born in 1998.",
        "born in 1998",
        ["He was born in the late 1990s.", "He was born in the 1990s."],
    ),
    # date -> month, season, year
    (
        "Его задержали 19 июля 2023 года.",
        "19 июля 2023 года",
        [
            "Его задержали в июле 2023 года.",
            "Его задержали летом 2023 года.",
            "Его задержали в 2023 году.",
        ],
    ),
    ("Его держали до 5 августа.", "5 августа", ["Его держали до середины августа."]),
    (
        "He was detained on 19 July.",
        "on 19 July",
        ["He was detained in July.", "He was detained in the summer."],
    ),
    (
        "He was held until 19 July.",
        "19 July",
        ["He was held until mid-July.", "He was held until the summer."],
    ),
    (
        "On the 19th of July he was taken.",
        "On the 19th of July",
        ["In July he was taken.", "In the summer he was taken."],
    ),
    ("Его увезли в ночь на 19 июля.", "19 июля", ["Его увезли в ночь на середину июля."]),
    ("Девятнадцатилетнего парня забрали.", "Девятнадцатилетнего", ["Молодого парня забрали."]),
    ("Он из Кяхтинского района.", "Кяхтинского района", ["Он из района."]),
    ("He came from the Kyakhta district.", "the Kyakhta district", ["He came from a district."]),
    # village -> a village (in the region named in the text)
    (
        "Он родом из села Выдумкино в Бурятии.",
        "села Выдумкино",
        ["Он родом из небольшого села в Бурятии."],
    ),
    (
        "Он жил в селе Выдумкино. Это в Бурятии.",
        "селе Выдумкино",
        ["Он жил в небольшом селе. Это в Бурятии."],
    ),
    ("Семья родом из Кяхты.", "Кяхты", ["Семья родом из небольшого города."]),
    (
        "He grew up in the village of Madeupovka.",
        "the village of Madeupovka",
        ["He grew up in a village."],
    ),
    (
        "He came from the village of Madeupovka in Buryatia.",
        "the village of Madeupovka",
        ["He came from a village in Buryatia."],
    ),
    (
        "Он из села (около 3 тысяч жителей).",
        "около 3 тысяч жителей",
        ["Он из села (несколько тысяч жителей)."],
    ),
    ("It has 3,000 inhabitants.", "3,000 inhabitants", ["It has a few thousand inhabitants."]),
    # unit -> formation type
    ("Он служил в 3-й роте.", "3-й роте", ["Он служил в роте.", "Он служил в подразделении."]),
    (
        "He served in the 3rd company.",
        "the 3rd company",
        ["He served in a company.", "He served in a unit."],
    ),
    # exact count -> several
    (
        "Его увели вместе с двумя другими.",
        "вместе с двумя другими",
        ["Его увели вместе с несколькими другими."],
    ),
    ("Он был одним из трёх.", "одним из трёх", ["Он был одним из нескольких."]),
    ("Трое отказались.", "Трое", ["Несколько человек отказались."]),
    ("He was one of three who refused.", "one of three", ["He was one of several who refused."]),
    ("He was taken with two others.", "with two others", ["He was taken with several others."]),
    # rank, specialty -> serviceman
    ("Сержанта увели.", "Сержанта", ["Военнослужащего увели."]),
    ("Лейтенанта увели.", "Лейтенанта", ["Офицера увели."]),
    ("Он служил снайпером.", "снайпером", ["Он служил военнослужащим."]),
    ("A sergeant refused.", "sergeant", ["A serviceman refused."]),
    # a relative's work -> the verb alone
    (
        "Его мать работает учительницей в школе.",
        "работает учительницей в школе",
        ["Его мать работает."],
    ),
    ("Его муж — тракторист в колхозе.", "тракторист в колхозе", ["Его муж — [род занятий]."]),
    ("Мы забрали ещё четверых.", "четверых", ["Мы забрали ещё нескольких."]),
    (
        "His mother, a nurse at the district hospital, waits.",
        "a nurse at the district hospital",
        ["His mother, [occupation], waits."],
    ),
    (
        "Его мать, медсестра районной больницы, ждёт.",
        "медсестра районной больницы",
        ["Его мать, [род занятий], ждёт."],
    ),
    (
        "He was held with two fellow soldiers.",
        "with two fellow soldiers",
        ["He was held with several fellow soldiers."],
    ),
    ("His mother works at the local school.", "works at the local school", ["His mother works."]),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_each_generalisation_reads_as_a_whole_sentence(
    text: str, span: str, expected: list[str]
) -> None:
    detail = next(d for d in find_details(text) if text[d.start : d.end] == span)
    offered = options(detail, text)
    assert [text[: detail.start] + o + text[detail.end :] for o in offered] == expected


def test_a_physical_detail_is_offered_a_category_word() -> None:
    text = "У него шрам на левой щеке."
    detail = find_details(text)[0]
    assert options(detail, text) == ["[особая примета]"]
