"""The check reads a Latin word spelt the way another country writes Russian names in the
English convention before it compares it, so a registered name in Polish, Czech, Baltic,
Estonian, Hungarian or Dutch spelling is asked about even where it opens a sentence. The
spellings are written by hand from each language's rules; every person is fictional.
"""

from __future__ import annotations

import pytest

from intake.check import NEAR_NAME, Check
from intake.check.latin import abroad

CHECK = Check(
    ["Сергей Кравченко", "Елена Кравченко", "Юрий Жуковский", "Фёдор Щукин", "Гюльсум Челикова"]
)


@pytest.mark.parametrize(
    ("spelt", "english"),
    [
        ("Siergiej", "sergey"),  # Polish
        ("Krawczenko", "kravchenko"),
        ("Szczukin", "shchukin"),
        ("Kravčenko", "kravchenko"),  # Czech, Slovak, Baltic
        ("Sergejus", "sergey"),  # Lithuanian
        ("Sergejs", "sergey"),  # Latvian
        ("Kravtšenko", "kravchenko"),  # Estonian, Finnish
        ("Szergej", "sergey"),  # Hungarian
        ("Szura", "shura"),  # Polish
        ("Kravcsenko", "kravchenko"),
        ("Joeri", "yuri"),  # Dutch
        ("Jelena", "yelena"),
    ],
)
def test_a_spelling_abroad_reads_in_the_english_convention(spelt: str, english: str) -> None:
    assert english in abroad(spelt)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Siergiej napisał list.", "Siergiej"),
        ("Sergejus rašė.", "Sergejus"),
        ("Szergej írt.", "Szergej"),
        ("Wtedy Krawczenko zadzwonił.", "Krawczenko"),
        ("Jelena kirjutas.", "Jelena"),
        ("Joerij schreef.", "Joerij"),
        ("Dün Gülsüm yazdı.", "Gülsüm"),  # Turkic Latin: ю after a consonant is "ü"
        ("hi it's gulsum again", "gulsum"),
    ],
)
def test_a_registered_name_spelt_abroad_is_asked_about(text: str, word: str) -> None:
    hits = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert word in hits


@pytest.mark.parametrize("text", ["Szeged is far.", "The Joes came.", "Jelly is sweet."])
def test_other_words_spelt_alike_are_not_near_names(text: str) -> None:
    assert [h for h in CHECK.run(text) if h.kind == NEAR_NAME] == []


def test_an_english_sound_spelling_is_read_too() -> None:
    """A speech recogniser writes Сима as "Seema" (and Юра as "Yoora")."""
    check = Check(["Сима Выдумкина", "Юрий Небывалов"])
    for text, word in (("Seema, I am sorry.", "Seema"), ("Then Yoora called.", "Yoora")):
        assert word in [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("spelt", "english"),
    [
        ("Hadji", "gadzhi"),  # "h" for г and "dj" for дж, as Caucasian names are written
        ("Hasan", "gasan"),
        ("Halyna", "galyna"),  # Ukrainian
        ("Djamal", "dzhamal"),  # French
        ("Jenia", "zhenia"),
        ("Chamil", "shamil"),
        ("Youri", "yuri"),
        ("Tchaikovsky", "chaikovsky"),
    ],
)
def test_letters_of_other_conventions_are_read_both_ways(spelt: str, english: str) -> None:
    assert english in abroad(spelt)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He said: Gadzhi... Hadji Murad, like in the story.", "Hadji"),  # an English word
        ("Then Hadji called from the station.", "Hadji"),
        ("We met Hasan at the border.", "Hasan"),
        ("Halyna cried when she read it.", "Halyna"),
        ("Then Jenia wrote to me.", "Jenia"),
        ("Chamil est parti hier.", "Chamil"),
    ],
)
def test_a_registered_name_in_another_convention_is_asked_about(text: str, word: str) -> None:
    names = ["Гаджимурад Выдумов", "Гасан Небылицын", "Галина Придумкина", "Евгения Сказкина"]
    check = Check([*names, "Шамиль Вымыслов"])
    assert word in [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    "text", ["Hamburg is far.", "They sang in the Church choir.", "Then Hannah came.", "Chad left."]
)
def test_words_with_those_letters_are_no_near_names(text: str) -> None:
    check = Check(["Гаджимурад Выдумов", "Галина Придумкина", "Шамиль Вымыслов"])
    assert [h for h in check.run(text) if h.kind == NEAR_NAME] == []


@pytest.mark.parametrize(("text", "word"), [("Серёже сказать.", "Серёже"), ("Коля знает.", "Коля")])
def test_a_name_registered_in_romanian_spelling_is_read_back_into_cyrillic(
    text: str, word: str
) -> None:
    check = Check(["Serghei Vydumov", "Nicolae Nebylitsyn"])
    assert word in [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
