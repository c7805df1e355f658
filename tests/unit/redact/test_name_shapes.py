"""Names inside handles, e-mail addresses and links; surnames whose vowel drops; words
broken at a line end.

Every person, handle and address here is invented. Expected forms come from the
hand-written tables below, never from the engine's form table.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry
from intake.redact.declension_ru import fleeting_forms
from intake.redact.fold import fold
from intake.redact.guards import in_handle
from intake.redact.normalize import joined_broken_words

REDACTOR = Redactor(
    Registry(
        people=[
            Person("Сергей Кравченко", gender="m", pseudonym="Иван"),
            Person("Елена Кравченко", gender="f", pseudonym="Мария"),
            Person("Сергей Зуев", gender="m", pseudonym="Пётр"),
            Person("Игорь Орёл", gender="m", pseudonym="Олег"),
            Person("Николай Гребнев", gender="m", pseudonym="Антон"),
        ]
    )
)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("kravchenko84", ("kravchenko", "84")),  # a handle's number stays a number
        ("84kravchenko", ("84", "kravchenko")),
        ("Зуев1990", ("Зуев", "1990")),
        ("Kravchenk0", ("Kravchenko", "")),  # one digit for a letter at the end
        ("Orl0v", ("Orlov", "")),  # inside a word
        ("3уев", ("Зуев", "")),  # one digit for a letter at the start
    ],
)
def test_digits_inside_a_word_are_letters_and_a_handles_number_is_a_number(
    text: str, read_as: tuple[str, str]
) -> None:
    first, second = read_as
    assert fold(text) == fold(first) + fold(second)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("пиши s.kravchenko84", "kravchenko84", True),
        ("vk.com/lena.kravchenko", "lena", True),
        ("ник @seryozha в чате", "seryozha", True),
        ("ник zuev_s в чате", "zuev", True),
        ("Потом lena ушла.", "lena", False),
        ("Это была lena. Потом", "lena", False),  # a full stop before a space ends a sentence
    ],
)
def test_a_word_is_in_a_handle_when_glued_to_a_dot_an_underscore_a_number_or_an_at_sign(
    text: str, word: str, expected: bool
) -> None:
    start = text.index(word)
    assert in_handle(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Его ник s.kravchenko84 удалили.", ["kravchenko"]),
        ("Почта lena.kravchenko1984@mail.example закрыта.", ["lena", "kravchenko"]),
        ("Страница vk.com/lena.kravchenko удалена.", ["lena", "kravchenko"]),
        ("Ник коля_84 и serezha_zuev77 в чате.", ["коля", "serezha", "zuev"]),
        ("Писал с аккаунта Зуев1990 ночью.", ["Зуев"]),
    ],
)
def test_a_registered_name_inside_a_handle_or_address_is_redacted(
    text: str, gone: list[str]
) -> None:
    out = REDACTOR.redact(text).text
    assert [form for form in gone if form in out] == []


FLEETING = [
    # nominative, then the forms with the vowel dropped: genitive, dative, accusative,
    # instrumental, prepositional
    ("Орёл", "Орла Орлу Орла Орлом Орле"),
    ("Кравец", "Кравца Кравцу Кравца Кравцом/Кравцем Кравце"),
    ("Козёл", "Козла Козлу Козла Козлом Козле"),
    ("Корень", "Корня Корню Корня Корнем Корне"),  # as ремень, камень
]


@pytest.mark.parametrize(("name", "forms"), FLEETING, ids=[n for n, _ in FLEETING])
def test_a_surname_whose_vowel_drops_is_declined_both_ways(name: str, forms: str) -> None:
    expected = {f.lower() for group in forms.split() for f in group.split("/")}
    assert {form for form, _case in fleeting_forms(name, "m")} == expected
    assert fleeting_forms(name, "f") == ()  # a woman's surname in a consonant does not decline


def test_a_consonant_before_a_vowel_keeps_it() -> None:
    assert fleeting_forms("Зуев", "m") == ()  # "у" before "е": no vowel drops
    assert fleeting_forms("Хертек", "m") != ()  # a rule, not a dictionary: both are written


def test_each_dropped_vowel_form_of_a_registered_surname_becomes_the_pseudonym() -> None:
    text = "Игорь Орёл служил. Потом с Орлом никто не говорил, и Орлу не звонили."
    assert REDACTOR.redact(text).text == (
        "Олег служил. Потом с Олегом никто не говорил, и Олегу не звонили."
    )


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Мы ждали, пока Крав-\nченко вернётся.", "Крав-\nченко"),
        ("Потом Греб-\nнев позвонил.", "Греб-\nнев"),  # a registered Николай Гребнев
        ("Пришёл Крав\u00ad\nченко.", "Крав\u00ad\nченко"),  # a soft hyphen at the break
        ("Пришёл Кравченко-\nмладший.", "Кравченко"),  # a real hyphen: the surname alone
    ],
)
def test_a_registered_name_broken_at_a_line_end_is_redacted(text: str, gone: str) -> None:
    result = REDACTOR.redact(text)
    assert gone not in result.text
    assert REDACTOR.scan_for_leaks(text) != []  # the leak gate reads it joined too


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Кого видит на фото? «Ни-ко-лай», — повторил.", "Ни-ко-лай"),
        ("Назвал по слогам: Се-рёж-ка.", "Се-рёж-ка"),
        ("Мама? «Ле-на», говорит он.", "Ле-на"),
    ],
)
def test_a_registered_name_said_syllable_by_syllable_is_redacted(text: str, gone: str) -> None:
    result = REDACTOR.redact(text)
    assert gone not in result.text, result.text
    assert REDACTOR.scan_for_leaks(text) != []  # the leak gate reads it joined too


def test_hyphenated_words_of_no_syllables_join_nothing() -> None:
    text = "Из-за Зуева кое-что случилось, ха-ха. Ростов-на-Дону."
    assert REDACTOR.redact(text).text == "Из-за Петра кое-что случилось, ха-ха. Ростов-на-Дону."
    assert joined_broken_words(text) is None  # nothing read twice: no word is syllables


def test_a_line_break_between_two_words_joins_nothing() -> None:
    text = "Пришёл Зуев.\nПотом ушёл."
    assert REDACTOR.redact(text).text == "Пришёл Пётр.\nПотом ушёл."


DOUBLE = Redactor(
    Registry(
        people=[
            Person("Анна-Мария Петрова-Водкина", gender="f", pseudonym="Вера"),
            Person("Мухаммад-Али Гаджиев", gender="m", pseudonym="Олег"),
        ]
    )
)


@pytest.mark.parametrize(
    "form",
    [
        "Петровой-Водкиной",  # both halves decline, the second unknown to the dictionary
        "Петрову-Водкину",
        "Анне-Марии",
        "Анну-Марию",
        "Мухаммаду-Али",  # the half that does not decline stays
        "Мухаммадом-Али",
    ],
)
def test_a_double_name_is_declined_in_both_halves(form: str) -> None:
    out = DOUBLE.redact(f"Вчера мы видели {form} у дома.").text
    assert form not in out
    assert DOUBLE.scan_for_leaks(out) == []


CALLED = Redactor(Registry(people=[Person("Роман Белых", gender="m", pseudonym="Пётр")]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Позывной у него (Ромыч) был.", "Позывной у него ([позывной]) был."),
        ("Его позывной «Ромка», а брат Рома.", "Его позывной «[позывной]», а брат Пётр."),
        ("У Ромыча позывной «Гром».", "У Петра позывной «[позывной]»."),
    ],
)
def test_a_registered_name_where_a_call_sign_stands_becomes_the_call_signs_tag(
    text: str, expected: str
) -> None:
    """A pseudonym after "позывной" would read as a call sign (and the leak gate refuses
    one): there the name is the call sign, and takes its tag."""
    out = CALLED.redact(text).text
    assert out == expected
    assert CALLED.scan_for_leaks(out) == []
    assert CALLED.redact(out).text == out  # redacting twice changes nothing


def test_a_latin_surname_no_dictionary_reads_is_found_as_russian_writes_it_back() -> None:
    """A Tuvan surname registered from a passport ("Khertek") and a Ukrainian one in a
    Finnish spelling ("Pjatak") are declined in Russian text; the coin "пятак" in lower
    case stays."""
    registry = Registry(
        [
            Person("Ayas Khertek", gender="m", pseudonym="Тимур"),
            Person("Denis Pjatak", gender="m", pseudonym="Антон"),
        ]
    )
    text = "Вчера с Хертеком говорили. Пятаку передали посылку, а пятак остался на столе."
    out = Redactor(registry, ner=False).redact(text).text
    assert "Хертек" not in out and "Пятаку" not in out, out
    assert "пятак остался" in out, out


@pytest.mark.parametrize(
    "form",
    ["Бодя", "Bodya", "Богдану", "Богданчик", "Ольге", "Олечка", "Olya", "Гусейновой"],
)
def test_a_ukrainian_h_is_also_read_as_g(form: str) -> None:
    """A Ukrainian passport writes "г" as "h": "Bohdan" is Богдан, and his short forms are
    his; "Huseynova" is Хусейнова and Гусейнова both."""
    registry = Registry(
        [
            Person("Bohdan Kovalenko", gender="m", pseudonym="Pavel"),
            Person("Olha Huseynova", gender="f", pseudonym="Anna"),
        ]
    )
    redactor = Redactor(registry, ner=False)
    out = redactor.redact(f"Вчера {form} звонил; Хусейновой тоже.").text
    assert form not in out and "Хусейновой" not in out, out


@pytest.mark.parametrize(
    ("name", "gender", "forms"),
    [
        ("Dmitri Vydumkin", "m", ["Дмитрию", "Дмитрием", "Дима", "Димкин", "Диму"]),
        ("Yuri Vydumkin", "m", ["Юрием", "Юра", "Юрке", "Юрий"]),
        ("Gennadi Vydumkin", "m", ["Геннадию", "Гена"]),
        ("Tatyana Vydumkina", "f", ["Таня", "Танькой", "Татьяной"]),
        ("Natalya Vydumkina", "f", ["Наташа", "Натальей"]),
        ("Zhenia Vydumkina", "f", ["Женей", "Женькой"]),
    ],
)
def test_a_first_name_in_latin_letters_is_read_as_the_tables_spell_it(
    name: str, gender: str, forms: list[str]
) -> None:
    """The press writes "-ий" as a final "-i" ("Dmitri", "Yuri") and leaves out the soft
    sign ("Tatyana"): the name is read as the tables of short forms spell it, and its cases
    and short forms are his or hers: they take the pseudonym, not an unknown name's tag."""
    pseudonym = "Олег" if gender == "m" else "Анна"
    redactor = Redactor(Registry([Person(name, gender=gender, pseudonym=pseudonym)]), ner=False)
    for form in forms:
        out = redactor.redact(f"Вчера с ним говорили: {form} звонил.").text
        assert form not in out and pseudonym[:3] in out, (name, form, out)


def test_an_alias_that_is_the_name_in_full_is_taken_word_by_word() -> None:
    """A man registered in Latin letters with his Russian name in full as an alias is found
    by each word of it in its cases; an alias that is a phrase stays whole."""
    registry = Registry(
        [
            Person(
                "Dmitri Kowalczyk",
                gender="m",
                pseudonym="Мартин",
                aliases=("Ковальчик Дмитрий Тадеушевич",),
            ),
            Person("Vera Vydumkina", gender="f", pseudonym="Anna", aliases=("тётя Вера",)),
            Person("Zhanna Vydumova", gender="f", pseudonym="Olga", aliases=("Zhanna Baker",)),
        ]
    )
    redactor = Redactor(registry, ner=False)
    for form in ("Ковальчику", "Ковальчиком", "Тадеушевичу"):
        out = redactor.redact(f"Передайте {form} письмо.").text
        assert form not in out and "Мартин" in out, out
    out = redactor.redact("Моя тётя пришла.").text
    assert "тётя" in out, out
    out = redactor.redact("The baker next door saw it.").text  # no patronymic: whole only
    assert "baker" in out, out


def test_a_first_name_no_dictionary_reads_gets_its_diminutives() -> None:
    """ "Сайда" is no name to the dictionary, so the name's role is left unknown; its
    diminutives are found all the same, in Latin letters too."""
    registry = Registry([Person("Сайда Выдумова", gender="f", pseudonym="Эльмира")])
    out = Redactor(registry, ner=False).redact("Сайдочка, привет. Saidochka, pay the lawyer.").text
    assert "айдочк" not in out.lower() and "aidochk" not in out.lower(), out


def test_a_three_letter_surname_spelt_out_letter_by_letter_is_found() -> None:
    """A debt collector's note: the customer spells her surname "F-O-X"; "A. B. C." and
    "U.S.A." spell no one registered."""
    registry = Registry([Person("Daniel Fox", gender="m", pseudonym="Brian")])
    text = "Customer spells surname F-O-X, like the animal. A. B. C. and U.S.A. stay."
    out = Redactor(registry, ner=False).redact(text).text
    assert "F-O-X" not in out and "A. B. C. and U.S.A. stay." in out, out


def test_a_surname_declined_as_a_noun_in_a_has_its_possessive() -> None:
    """A warehouse's log: "передал Сковородиной сестре" is Сковорода's sister, "у Коляды"
    hers; "сковородина ручка" in lower case is a frying pan's handle."""
    registry = Registry(
        [
            Person("Лариса Сковорода", gender="f", pseudonym="Елена"),
            Person("Ярослава Сергеевна Коляда", gender="f", pseudonym="Марина"),
        ]
    )
    redactor = Redactor(registry, ner=False)
    out = redactor.redact("Пледы передал Сковородиной сестре, у Колядина брата нет.").text
    assert "Сковород" not in out and "Коляд" not in out, out
    out = redactor.redact("Взяли, сковородина ручка сломана.").text
    assert out == "Взяли, сковородина ручка сломана.", out
