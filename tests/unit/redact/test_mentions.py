"""One mention of one person becomes one pseudonym, in the right case and script.

A mention is any run of a person's first name, patronymic (registered or not) and
surname, in any order and case, with or without initials. All people are fictional.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    people=[
        Person("Галина Петровна Мухина", aliases=("Галя",), gender="f", pseudonym="Лариса"),
        Person("Евгений Мухин", aliases=("Женя",), gender="m", pseudonym="Олег"),
        Person("Сергей Небывалов", gender="m", pseudonym="Матвей"),
        Person("Артём Соколов", aliases=("Artyom Sokolov",), gender="m", pseudonym="Иван"),
        Person("Darya Sokolova", aliases=("Dasha",), gender="f", pseudonym="Anna"),
        Person("Станислав Зорин", gender="m", pseudonym="Пётр"),
        Person("Виктор Ласточкин", gender="m", pseudonym="Степан"),
        Person("Ольга Примерова", gender="f", public=True),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY, public_figures=False)


MENTIONS = [
    ("Меня зовут Галина Петровна.", "Меня зовут Лариса."),
    ("Я говорил с Галиной Петровной Мухиной.", "Я говорил с Ларисой."),
    ("Мухина Галина Петровна подала жалобу.", "Лариса подала жалобу."),
    ("У Галины Петровны нет денег.", "У Ларисы нет денег."),
    ("Письмо Галине Петровне Мухиной пришло.", "Письмо Ларисе пришло."),
    ("Галина Мухина пришла.", "Лариса пришла."),
    ("Мой сын Евгений Мухин служил.", "Мой сын Олег служил."),
    ("Отпустите Евгения Мухина.", "Отпустите Олега."),
    ("Вместе с Евгением Мухиным.", "Вместе с Олегом."),
    ("Мы говорили о Евгении Мухине.", "Мы говорили об Олеге."),
    ("Мухину Евгению Викторовичу передали.", "Олегу передали."),
    ("Евгений Викторович сказал.", "Олег сказал."),
    ("Е. Мухин пропал.", "Олег пропал."),
    ("Мухин Е. В. пропал.", "Олег пропал."),
    ("ЕВГЕНИЙ МУХИН ПРОПАЛ.", "ОЛЕГ ПРОПАЛ."),
    ("Его заперли с Сергеем Небываловым.", "Его заперли с Матвеем."),
    ("Сергея Небывалова задержали.", "Матвея задержали."),
    ("Артём Соколов сказал.", "Иван сказал."),
    ("Я был с Артёмом Соколовым.", "Я был с Иваном."),
    ("Artyom Sokolov's wife called.", "Ivan's wife called."),
    ("My husband Artyom Sokolov served.", "My husband Ivan served."),
    ("Sokolov Artyom was held.", "Ivan was held."),
    ("A. Sokolov was held.", "Ivan was held."),
    ("Evgeny Mukhin called.", "Oleg called."),
    ("Mukhin Ye. V. called.", "Oleg called."),  # a Russian letter's Latin digraph as initial
    ("Zh. Mukhin called.", "Oleg called."),
    ("Galina Mukhina's son called.", "Larisa's son called."),
    ("I am Darya Sokolova.", "I am Anna."),
    ("Мне звонила Дарья Соколова.", "Мне звонила Анна."),
    # a line break after initials ends a line of a list: the next line's name is its own
    ("Подпись: Мухина Г. П.\nГалина П. пояснила.", "Подпись: Лариса\nЛариса пояснила."),
    ("Мухин Е. В.\nЕвгений сказал.", "Олег\nОлег сказал."),
    # the same name at a line's end and opening the next line: two mentions, the line kept
    ("Спроси Женю\nЖеня: спросил.", "Спроси Олега\nОлег: спросил."),
    ("i will ask Dasha\nDasha: i asked.", "i will ask Anna\nAnna: i asked."),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_one_mention_becomes_one_pseudonym(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Расскажите о Евгении.", "Расскажите об Олеге."),
        ("Говорили об Артёме.", "Говорили об Иване."),
        ("Ушёл со Станиславом.", "Ушёл с Петром."),
        ("Ушёл с Виктором.", "Ушёл со Степаном."),
        ("О Евгении ничего не слышно.", "Об Олеге ничего не слышно."),
        # a line in capitals keeps its capitals: no "Со" before a name in capitals
        (
            "19:30 ВИДЕОСВЯЗЬ С ВИКТОРОМ. Ноут на пульт",
            "19:30 ВИДЕОСВЯЗЬ СО СТЕПАНОМ. Ноут на пульт",
        ),
        ("ПИСЬМО О ЕВГЕНИИ", "ПИСЬМО ОБ ОЛЕГЕ"),
    ],
)
def test_prepositions_agree_with_the_pseudonym(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


LATIN_REGISTERED = Registry(
    people=[
        Person("Natalya Ivanova", gender="f", pseudonym="Anna"),
        Person("Olga Smirnova", gender="f", pseudonym="Vera"),
        Person("Igor Zaitsev", gender="m", pseudonym="Oleg"),
        Person("Nikolay Orlov", gender="m", pseudonym="Ivan"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наталья Иванова пришла.", "Анна пришла."),
        ("Natalya Ivanova came.", "Anna came."),
        ("С Ольгой Смирновой.", "С Верой."),
        ("Игоря Зайцева нет.", "Олега нет."),
        ("Igor Zaitsev left.", "Oleg left."),
        ("Николаю Орлову передали.", "Ивану передали."),
    ],
)
def test_latin_registered_names_are_found_in_cyrillic(text: str, expected: str) -> None:
    assert Redactor(LATIN_REGISTERED, public_figures=False).redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Расскажите о Жене.", "Расскажите об Олеге."),  # "Женя" is of either gender
        ("Жену Евгения вызвали.", "Жену Олега вызвали."),  # an inflected cue word is no name
        ("У сестры Евгения Мухина.", "У сестры Олега."),
        ("Его мать Валентина Сергеевна плакала.", "Его мать [имя] плакала."),  # patronymic too
        ("У Жени отобрали паспорт 45 06 123456.", "У Олега отобрали паспорт [номер документа]."),
        ("Позвонили Мухиной вчера.", "Позвонили Ларисе вчера."),  # after a verb: to whom
        ("Мухиной сорок лет.", "Ларисе сорок лет."),
        ("Мать Мухиной плакала.", "Мать Ларисы плакала."),  # after a noun: whose
    ],
)
def test_editorial_cases_read_right(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname-first order of lists
        ("Sokolov, Artyom, born 1999.", "Ivan, born [date of birth]."),
        ("Мухин, Евгений, 1999 г.р.", "Олег, [дата рождения] г.р."),
        ("Darya Sokolova, Sokolov's wife.", "Anna, Ivan's wife."),  # her husband, not her again
        # the same name said twice is two mentions, each keeps its case and its words
        ("Мы говорили о Зорине, Зорину передали.", "Мы говорили о Петре, Петру передали."),
        ("Зорин Станислав, Зорина забрали.", "Пётр, Петра забрали."),
    ],
)
def test_a_comma_joins_only_one_persons_names(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мухины уехали.", "[фамилия] уехали."),  # a family: one first name cannot stand for it
        ("У Мухиных отобрали дом.", "У [фамилия] отобрали дом."),
        ("The Sokolovs left.", "The [family name] left."),
        ("Ms Zorina, his mother, called.", "Ms [family name], his mother, called."),  # his family
        ("Соколовым он писал.", "Иваном он писал."),  # singular too: the person's reading wins
    ],
)
def test_a_family_name_in_the_plural_becomes_a_tag(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected
    assert redactor.scan_for_leaks(expected) == []


def test_the_possessive_of_a_first_name_is_a_mention_of_its_owner(redactor: Redactor) -> None:
    assert redactor.redact("Женин телефон не отвечает.").text == "Телефон Олега не отвечает."
    assert redactor.redact("Жениной маме звонили.").text == "Маме Олега звонили."
    assert redactor.scan_for_leaks("Про Женину службу.") != []


def test_a_possessive_that_is_first_of_all_another_word_stays() -> None:
    masha = Redactor(
        Registry(people=[Person("Маша Выдумкина", gender="f", pseudonym="Анна")]),
        public_figures=False,
    )
    assert masha.redact("У дома стоит машина сына. Машино платье.").text == (
        "У дома стоит машина сына. Платье Анны."
    )


RELATIVES = Registry(
    people=[
        Person("Евгений Мухин", gender="m", pseudonym="Олег"),
        Person("Андрей Мухин", gender="m", pseudonym="Пётр"),
        Person("Галина Мухина", gender="f", pseudonym="Лариса"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("А. Мухин пришёл.", "Пётр пришёл."),
        ("Е. Мухин ушёл.", "Олег ушёл."),
        ("Мухин А. В. и Мухин Е.", "Пётр и Олег"),
        ("Мухина Г. звонила.", "Лариса звонила."),  # not the men's genitive
        ("Мухин Е. Андрей Мухин.", "Олег Пётр."),  # an initial is no bridge to another person
        ("A. Mukhin came.", "Pyotr came."),
    ],
)
def test_an_initial_tells_relatives_with_one_surname_apart(text: str, expected: str) -> None:
    assert Redactor(RELATIVES, public_figures=False).redact(text).text == expected


def test_a_joined_mention_takes_the_case_its_inflected_part_shows() -> None:
    redactor = Redactor(
        Registry(people=[Person("Магомед-Али Выдумбеков", gender="m", pseudonym="Егор")]),
        public_figures=False,
    )
    assert redactor.redact("Магомед-Али Выдумбекова забрали.").text == "Егора забрали."
    assert redactor.redact("Магомед-Али Выдумбеков пришёл.").text == "Егор пришёл."


def test_a_latin_surname_with_no_russian_spelling_is_caught_in_the_plural_too() -> None:
    redactor = Redactor(
        Registry(people=[Person("Thomas Madeupfield", gender="m", pseudonym="Oleg")]),
        public_figures=False,
    )
    assert redactor.redact("The Madeupfields left. T. Madeupfield stayed.").text == (
        "The [family name] left. Oleg stayed."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уитфилда задержали.", "Олега задержали."),  # "Thomas Whitfeld": practical transcription
        ("С Уитфилдом говорили.", "С Олегом говорили."),
        ("Томас Уитфилд приехал.", "Олег приехал."),
    ],
)
def test_an_english_name_is_caught_in_its_russian_spelling_and_cases(
    text: str, expected: str
) -> None:
    redactor = Redactor(
        Registry(people=[Person("Thomas Whitfield", gender="m", pseudonym="Oleg")]),
        public_figures=False,
    )
    assert redactor.redact(text).text == expected
    assert redactor.scan_for_leaks(text) != []


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("Whitfield", "уитфилд"),
        ("Johnson", "джонсон"),
        ("Wright", "райт"),
        ("Taylor", "тейлор"),
        ("Smith", "смит"),
        ("Yates", "йейтс"),
        ("Brown", "браун"),
        ("Stone", "стоун"),
    ],
)
def test_english_names_get_the_usual_russian_spelling(english: str, russian: str) -> None:
    from intake.redact.english_ru import english_cyrillic

    assert english_cyrillic(english)[0] == russian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Sokolov was taken.",
            "Ivan was taken.",
        ),  # not "Mr Ivan": the pseudonym is a first name
        ("Mrs. Sokolova called.", "Anna called."),
        ("Ms Zorina, his mother, called.", "Ms [family name], his mother, called."),
    ],
)
def test_an_english_title_goes_with_the_mention_it_precedes(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спросила про Небывалова С. Дежурный молчал.", "Спросила про Матвея. Дежурный молчал."),
        ("Пришёл Зорин С.А. Потом ушёл.", "Пришёл Пётр. Потом ушёл."),
        ("Подпись: Зорин С. А.\nДата: 12.03.2024", "Подпись: Пётр\nДата: 12.03.2024"),
        ("Зорин С. А. сказал так.", "Пётр сказал так."),  # mid-sentence: no dot to keep
    ],
)
def test_the_dot_of_a_last_initial_that_ends_the_sentence_stays(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_a_public_figures_surname_with_initials_that_fit_is_kept_whole() -> None:
    """A public examiner signs "Небывалов В. И." and is cited "В. И. Небывалов": the whole
    is his and kept, everywhere alike (a name detector's span over it was redacted in one
    place and kept in another, and the gate refused the export); initials that do not
    fit him are someone else's name."""
    registry = Registry(
        [
            Person("Виктор Иванович Небывалов", public=True),
            Person("Анна Выдумкина", gender="f", pseudonym="Ольга"),
        ]
    )
    redactor = Redactor(registry)
    text = "Член комиссии: Небывалов В. И.\nВ. И. Небывалов отметил. Подпись ____ В. И. Небывалов"
    assert redactor.redact(text).text == text
    assert "Небывалов" not in redactor.redact("Небывалов А. Б. пришёл.").text
