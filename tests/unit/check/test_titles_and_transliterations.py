"""English titles, regions, Russian words and firms in Latin letters, foreign towns.

English reports on Russia write institutions and laws in title case ("the Western Military
District"), regions in lists ("the Rostov and Sverdlovsk regions") and Russian names of
channels and movements in Latin letters ("Voenny Osvedomitel"); Russian news names firms in
Latin letters ("компании Vestas") and foreign towns in Cyrillic ("в Тусоне"). The check
reads them as ordinary words; in each such place a person's name is still asked about, and
a form of a registered name always. Every name here is invented.
"""

from __future__ import annotations

import pytest

from intake.check import CAPITALISED, NEAR_NAME, Check

CHECK = Check([])


def asked(text: str, check: Check = CHECK) -> list[tuple[str, str]]:
    return [(h.kind, text[h.start : h.end]) for h in check.run(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A complaint to the Military Prosecutor of the Western Military District followed.",
        "See Article 10 of the Law on Military Duty and Military Service.",
        "He wrote to the Council of Europe twice.",
        "Chapter 3.2 Case Study: A Mobilised Soldier from Ufa",  # a section number opens it
        "Relatives from the Rostov and Sverdlovsk regions wrote.",  # a list before "regions"
        "Relatives from the Kursk, Bryansk and Belgorod regions wrote.",
        "He served in Nizhny Novgorod region.",
        "He was operated on in Rostov-on-Don.",  # a town on a river
        'The video from the "Voenny Osvedomitel" channel shows prisoners.',  # Russian words
        "The Grazhdanskoe Sodeystvie group helped, and so did Idite Lesom.",
        "He wrote to the UN Special Rapporteur.",  # a word of reports newer than the dictionary
    ],
)
def test_titles_regions_and_russian_words_in_latin_are_not_asked_about(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Then Colonel Law said no.", ["Law"]),  # no "the" opens a title
        ("Families Say Baker Beat Them", ["Baker"]),  # a headline's verb before the name
        ("Then the Baker said so.", ["Baker"]),  # no capitalised word after it
        ("She met the Sergeant Baker Team.", ["Baker"]),  # a title of address before it
        ("We read about the Roman Empire.", ["Roman"]),  # a Russian first name
        ("We read the Savin Case notes.", ["Savin", "Case"]),  # a surname's ending
        ("He told Petrov Kursk region was quiet.", ["Petrov"]),  # a surname before a region
        ("Then Serezha came.", ["Serezha"]),  # a Russian short name, not a word
        ('His call sign "Grom" was known.', ["Grom"]),  # alone in quotes: a call sign?
        ("Then Vitya came.", ["Vitya"]),  # a Russian short name, not a word
        ("Then Kravtsov came.", ["Kravtsov"]),  # a surname's ending
    ],
)
def test_a_name_in_the_place_of_a_title_word_or_a_russian_word_is_still_asked_about(
    text: str, words: list[str]
) -> None:
    assert asked(text) == [(CAPITALISED, w) for w in words]


@pytest.mark.parametrize(
    ("registered", "text", "word"),
    [
        ("Anna Law", "See the Law on Military Duty and Military Service.", "Law"),
        ("John Western", "He wrote to the Western Military District.", "Western"),
        ("Mary Council", "He wrote to the Council of Europe.", "Council"),
        ("Иван Ростов", "Relatives from the Rostov and Sverdlovsk regions wrote.", "Rostov"),
        ("Иван Ростов", "He was operated on in Rostov-on-Don.", "Rostov-on-Don"),
        ("Пётр Сорока", "Then Soroki came.", "Soroki"),  # a Russian word, inflected
        ("Пётр Военный", 'The "Voenny Osvedomitel" channel.', "Voenny"),
    ],
)
def test_a_registered_name_in_such_a_place_is_a_near_miss(
    registered: str, text: str, word: str
) -> None:
    assert (NEAR_NAME, word) in asked(text, Check([registered]))


@pytest.mark.parametrize(
    "text",
    [
        "Его судили в Тусоне, потом в городе Маунтин-Вью.",  # foreign towns, in any case
        "Нефть идёт в город Дацин, а она уехала в Тбилиси.",
        "She met him in Tbilisi.",
        "I took a bus to Samara, then flew to Tbilisi and later to Yerevan.",  # a journey
        "He came back from Rostov yesterday.",
    ],
)
def test_a_foreign_town_after_a_preposition_or_a_noun_of_place_is_not_asked_about(
    text: str,
) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Потом Тусон сказал.", "Тусон"),  # no preposition: a person?
        ("Мы говорили с Тусоном.", "Тусоном"),  # "с": with a person as often
        ("A letter from Tbilisi came.", "Tbilisi"),  # "from": a letter from a person?
        ("Then Tbilisi called.", "Tbilisi"),
        ("She wrote to Samara twice.", "Samara"),  # "to" with no word of travel: a person?
        ("He went and spoke to Samara.", "Samara"),  # the word of travel too far before
        ("I flew to Anna.", "Anna"),  # a listed town, but a Russian first name
        ("Он жил в Джексоне.", "Джексоне"),  # a town, but a census surname: not listed
    ],
)
def test_a_town_of_the_world_list_in_a_persons_place_is_still_asked_about(
    text: str, word: str
) -> None:
    assert asked(text) == [(CAPITALISED, word)]


@pytest.mark.parametrize(
    ("registered", "text", "word"),
    [
        ("Аяс Тусон", "Его судили в Тусоне.", "Тусоне"),
        ("Tbilisi Kravets", "She met him in Tbilisi.", "Tbilisi"),
        ("Tom Samara", "I took a bus to Samara.", "Samara"),
    ],
)
def test_a_registered_name_that_is_a_foreign_town_is_a_near_miss(
    registered: str, text: str, word: str
) -> None:
    assert asked(text, Check([registered])) == [(NEAR_NAME, word)]


@pytest.mark.parametrize(
    "text",
    [
        "Компания Vestas закрыла завод, рабочие Vestas бастуют.",  # named once, then alone
        "Он написал в газету Fatto Quotidiano, как цитирует ИА Regnum.",
        "Лайнер компании Piedmont Airlines сел, а агентство Kollektiv молчит.",
        "The figures come from the Idel.Realii tally, as «Gzt.Ru» wrote.",  # a site, an outlet
    ],
)
def test_a_latin_name_after_the_word_for_a_firm_is_not_asked_about(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Директор компании Goldberg уехал.", "Goldberg"),  # a firm named after a person?
        ("Директор компании Christie’s уехал.", "Christie’s"),
        ("Директор компании Kravets уехал.", "Kravets"),  # a surname's ending
        ("Представитель компании Anna сказал.", "Anna"),  # a Russian first name
        ("Потом Vestas позвонил.", "Vestas"),  # no firm named so in this text
        ("Его сайт Hollingsworth.com закрыт.", "Hollingsworth"),  # a site named after a person
        ("Его сайт Kravets.ru закрыт.", "Kravets"),
    ],
)
def test_a_persons_name_after_the_word_for_a_firm_is_still_asked_about(
    text: str, word: str
) -> None:
    assert asked(text) == [(CAPITALISED, word)]


def test_a_registered_name_written_as_a_firm_or_a_site_is_a_near_miss() -> None:
    text = "Компания Vestas закрыла завод, рабочие Vestas бастуют."
    assert asked(text, Check(["Tom Vestas"])) == [(NEAR_NAME, "Vestas"), (NEAR_NAME, "Vestas")]
    site = "The figures come from the Idel.Realii tally."
    assert asked(site, Check(["Tom Idel"])) == [(NEAR_NAME, "Idel")]
