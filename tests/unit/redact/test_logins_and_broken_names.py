"""A registered person's login typed as one word of their name's parts ("jfrey"), a long
name broken in two by a space ("tamer lan"), and a firm's name of a place and a word
saved beside a first name ("Оксана Днестр-Экспресс"). All people are fictional.

The strings that must go or stay are written out here by hand, not taken from the
engine's tables."""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry
from intake.redact.name_handles import Shapes
from intake.redact.name_handles import find as find_logins
from intake.redact.split_names import Words
from intake.redact.split_names import find as find_broken

PEOPLE = (
    Person("Jonas Frey", gender="m", pseudonym="Martin"),
    Person("Sam Baker", gender="m", pseudonym="Luke"),
    Person("Анна Сорокина", gender="f", pseudonym="Вера"),
    Person("Gintarė Žukauskienė", gender="f", pseudonym="Ingrid"),
    Person("Батраз Дзагоев", gender="m", pseudonym="Глеб"),
    Person("Tamerlan Vykhodtsev", gender="m", pseudonym="Peter"),
    Person("Кравченко Олег", gender="m", pseudonym="Пётр"),
    Person("Ли Вэй", gender="m", pseudonym="Ван"),
    Person("Nora Publicova", gender="f", public=True),
)


def _redacted(text: str) -> str:
    return Redactor(Registry(people=list(PEOPLE)), ner=False).redact(text, lang="auto").text


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("a41c0d2  jfrey  2024-03-02  Credits: add translators", "jfrey"),  # initial, surname
        ("pushed by freyj yesterday", "freyj"),  # surname, initial
        ("the maintainer jonasfrey merged it", "jonasfrey"),  # the two words glued
        ("в чате был bdzagoev84, потом вышел", "bdzagoev84"),  # a Cyrillic entry, digits too
        ("аккаунт dzagoevb заблокирован", "dzagoevb"),
        ("user JFREY logged in", "JFREY"),  # in capitals
        ("the chat had liwei2 in it", "liwei2"),  # a name of short words, glued whole
        ('"gin.z"    — nickname: "Ingrid"', "gin.z"),  # a first name cut short, an initial
        ("sent by z_ginta at 10:02", "z_ginta"),
        ("его ник в игре — bat.d, потом сменил", "bat.d"),  # Батраз Дзагоев, in Latin
    ],
)
def test_a_login_of_a_registered_persons_name_parts_is_redacted(text: str, login: str) -> None:
    out = _redacted(text)
    assert login not in out
    assert login.lower() not in out.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Dzagoeva came later",  # written as a name: the name's finders read it, not as a login
        "a slater fixed the roof; the freya rose",  # English words, a login of no one here
        "npublicova posted the report",  # a public person's login is kept
        "mail jfrey@example.org",  # an e-mail's local part is the e-mail's
        "gin.k and gin.z2x; the file gin.txt",  # another initial, or no initial alone
        "you and your dad are the best bakers in Cork",  # an English plural ("baker" + "s")
    ],
)
def test_no_login_is_read_where_no_registered_name_glues(text: str) -> None:
    shapes = Shapes.of(PEOPLE)
    spans = [text[s:e] for s, e in find_logins(text, shapes)]
    assert spans == []


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("His younger brother tamer lan was mobilised in 2022.", "tamer lan"),
        ("Его брат Тамер лан служил под Курском.", "Тамер лан"),  # Cyrillic, for a Latin entry
        ("а фамилия у него Крав ченко, так записали", "Крав ченко"),
    ],
)
def test_a_registered_name_broken_in_two_is_redacted(text: str, broken: str) -> None:
    out = _redacted(text)
    assert broken not in out
    found = [text[s:e] for s, e in find_broken(text, Words.of(PEOPLE))]
    assert found == [broken]


@pytest.mark.parametrize(
    "text",
    [
        "Tamer Lan was the name of the café",  # two capitalised words are two names
        "на карте Крав и Ченко, два хутора",  # not neighbours on the line
        "the lan cable and the tamer of lions",
        # a noun and a preposition make no surname in -ина: "сороки на" is no Сорокина
        "«не плачь, сороки на проводах сидят, значит, к вестям»",
    ],
)
def test_two_words_that_make_no_registered_name_stay(text: str) -> None:
    assert list(find_broken(text, Words.of(PEOPLE))) == []


def test_a_firms_name_of_a_place_and_a_word_beside_a_first_name_is_no_surname() -> None:
    text = (
        "ДНЕСТР-ЭКСПРЕСС · пассажирские перевозки\n"
        "[13.11.24, 19:10] Оксана Днестр-Экспресс: Добрый вечер, к 16:30 на автостанцию.\n"
        "[13.11.24, 19:15] Оксана Днестр-Экспресс: записываем IDNP\n"
        "[14.11.24, 08:00] Оксана Волга-Транс: машина ушла\n"
    )
    people = [Person("Оксана Руснак", gender="f", pseudonym="Юлия")]
    out = Redactor(Registry(people=people), ner=False).redact(text, lang="ru").text
    assert "Оксана" not in out
    assert out.count("Днестр-Экспресс") == 2
    assert "Волга-Транс" in out
    assert "ДНЕСТР-ЭКСПРЕСС" in out


def test_a_double_surname_beside_a_first_name_is_still_a_surname() -> None:
    # a surname joined to a common word ("Новиков-Прибой"): no place in it, so a name
    text = "Рядом стоял Алексей Новиков-Прибой, он и подписал."
    out = Redactor(Registry(people=[]), ner=False).redact(text, lang="ru").text
    assert "Новиков-Прибой" not in out


def test_the_ner_reading_a_first_name_and_a_firm_as_one_name_keeps_the_firm() -> None:
    # the NER takes "Оксана Днестр-Экспресс" for one person's name: the firm's word is no
    # part of it, whoever registered Оксана
    text = (
        "[13.11.24, 19:10] Оксана Днестр-Экспресс: Добрый вечер. Можно к 16:30.\n"
        "[13.11.24, 19:15] Оксана Днестр-Экспресс: записываем номер паспорта\n"
    )
    out = Redactor(Registry(people=[]), ner=True).redact(text, lang="ru").text
    assert "Оксана" not in out
    assert out.count("Днестр-Экспресс") == 2
