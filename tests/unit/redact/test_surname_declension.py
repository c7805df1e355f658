"""Surnames and first names the dictionary does not analyse are declined by their ending.

Turkic, Mongolic (Tuvan, Buryat), Caucasian, Central Asian and Ukrainian surnames,
invented but realistic-looking. Columns: nominative, gender, then genitive, dative,
accusative, instrumental, prepositional ("-" for a form that does not change;
"a/b" where both endings are written).
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry
from intake.redact.declension_ru import decline

SURNAMES = """
Хертек m Хертека Хертеку Хертека Хертеком Хертеке
Хертек f - - - - -
Монгуш m Монгуша Монгушу Монгуша Монгушом/Монгушем Монгуше
Монгуш f - - - - -
Куулар m Куулара Куулару Куулара Кууларом Кууларе
Донгакпан m Донгакпана Донгакпану Донгакпана Донгакпаном Донгакпане
Балданжап m Балданжапа Балданжапу Балданжапа Балданжапом Балданжапе
Балданжап f - - - - -
Цыбикжап m Цыбикжапа Цыбикжапу Цыбикжапа Цыбикжапом Цыбикжапе
Ардзинба m Ардзинбы Ардзинбе Ардзинбу Ардзинбой Ардзинбе
Ардзинба f Ардзинбы Ардзинбе Ардзинбу Ардзинбой Ардзинбе
Гулая m Гулаи Гулае Гулаю Гулаей Гулае
Гудавадзе m - - - - -
Гугунави f - - - - -
Арзуманян m Арзуманяна Арзуманяну Арзуманяна Арзуманяном Арзуманяне
Арзуманян f - - - - -
Рахмонзода m Рахмонзоды Рахмонзоде Рахмонзоду Рахмонзодой Рахмонзоде
Рахмонзода f Рахмонзоды Рахмонзоде Рахмонзоду Рахмонзодой Рахмонзоде
Джумабек m Джумабека Джумабеку Джумабека Джумабеком Джумабеке
Турсункул m Турсункула Турсункулу Турсункула Турсункулом Турсункуле
Цой m Цоя Цою Цоя Цоем Цое
Цой f - - - - -
Семенчук m Семенчука Семенчуку Семенчука Семенчуком Семенчуке
Семенчук f - - - - -
Зозуля f Зозули Зозуле Зозулю Зозулей Зозуле
Зозуля m Зозули Зозуле Зозулю Зозулей Зозуле
Дмитренко m - - - - -
Рудько f - - - - -
Долгих m - - - - -
"""
FIRST_NAMES = """
Аяс m Аяса Аясу Аяса Аясом Аясе
Айгуль f Айгули Айгули Айгуль Айгулью Айгули
Чечек f Чечек Чечек Чечек Чечек Чечек
"""
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _rows(table: str) -> list[tuple[str, str, list[list[str]]]]:
    rows = []
    for line in table.strip().splitlines():
        nominative, gender, *cells = line.split()
        forms = [[nominative] if cell == "-" else cell.split("/") for cell in cells]
        rows.append((nominative, gender, [[nominative], *forms]))
    return rows


ROWS = _rows(SURNAMES) + _rows(FIRST_NAMES)
IDS = [f"{n}-{g}" for n, g, _ in ROWS]


def test_the_table_covers_both_genders_and_every_origin() -> None:
    assert len(ROWS) >= 25
    assert {g for _, g, _ in ROWS} == {"m", "f"}


@pytest.mark.parametrize(("nominative", "gender", "forms"), ROWS, ids=IDS)
def test_a_name_is_declined_by_its_ending_and_gender(
    nominative: str, gender: str, forms: list[list[str]]
) -> None:
    declined = decline(nominative, gender)
    for case, expected in zip(CASES, forms, strict=True):
        got = {form for form, c in declined if c == case} or {nominative.lower()}
        assert got == {f.lower() for f in expected}, (case, got)


PSEUDONYM = {"m": ("Борис", "Бориса", "Борису", "Бориса", "Борисом", "Борисе")}
PSEUDONYM["f"] = ("Нина", "Нины", "Нине", "Нину", "Ниной", "Нине")
# A context that asks for each case (a preposition governs it), and what it becomes with
# the pseudonym ("об Аясе" -> "о Борисе").
CONTEXTS = (
    ("{} пришёл.", "{} пришёл."),
    ("Письмо у {}.", "Письмо у {}."),
    ("Пошли к {}.", "Пошли к {}."),
    ("Рассказали про {}.", "Рассказали про {}."),
    ("Говорили с {}.", "Говорили с {}."),
    ("Думали о{} {}.", "Думали о {}."),
)


def _sentence(context: str, form: str) -> str:
    if context.count("{}") == 2:
        return context.format("б" if form[0].lower() in "аиоуэ" else "", form)
    return context.format(form)


@pytest.mark.parametrize(("nominative", "gender", "forms"), ROWS, ids=IDS)
def test_each_case_form_becomes_the_pseudonym_in_that_case(
    nominative: str, gender: str, forms: list[list[str]]
) -> None:
    first = "Аяс" if nominative not in ("Аяс", "Айгуль", "Чечек") else "Выдумкин"
    redactor = Redactor(
        Registry([Person(f"{first} {nominative}", gender=gender, pseudonym=PSEUDONYM[gender][0])]),
        public_figures=False,
    )
    for (context, expected), variants, pseudonym in zip(
        CONTEXTS, forms, PSEUDONYM[gender], strict=True
    ):
        for form in variants:
            sentence = _sentence(context, form)
            assert redactor.redact(sentence, lang="ru").text == expected.format(pseudonym), form
            assert redactor.scan_for_leaks(sentence) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы встретились у Хертеков.", "Мы встретились у [фамилия]."),
        ("Монгуши уехали в мае.", "[фамилия] уехали в мае."),
        ("Письмо Семенчукам не дошло.", "Письмо [фамилия] не дошло."),
        ("Бекмурзаевы уехали в мае.", "[фамилия] уехали в мае."),  # -ев/-ов by rule
        ("У Цыбиковых тихо.", "У [фамилия] тихо."),
        ("С Бекмурзаевыми говорили.", "С [фамилия] говорили."),
    ],
)
def test_a_declined_surname_in_the_plural_is_a_family_not_one_person(
    text: str, expected: str
) -> None:
    redactor = Redactor(
        Registry(
            [
                Person("Аяс Хертек", gender="m", pseudonym="Борис"),
                Person("Айдын Монгуш", gender="m", pseudonym="Глеб"),
                Person("Остап Семенчук", gender="m", pseudonym="Олег"),
                Person("Тимур Бекмурзаев", gender="m", pseudonym="Пётр"),
                Person("Баир Цыбиков", gender="m", pseudonym="Семён"),
            ]
        ),
        public_figures=False,
    )
    assert redactor.redact(text, lang="ru").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Позвонили Ардзинбе.", "Позвонили Борису."),  # dative: no preposition
        ("Женился на Ардзинбе.", "Женился на Борисе."),
        ("Думали об Ардзинбе.", "Думали о Борисе."),
        ("Пошли к Ардзинбе.", "Пошли к Борису."),
    ],
)
def test_a_form_both_dative_and_prepositional_takes_the_case_its_context_asks(
    text: str, expected: str
) -> None:
    redactor = Redactor(
        Registry([Person("Аслан Ардзинба", gender="m", pseudonym="Борис")]), public_figures=False
    )
    assert redactor.redact(text, lang="ru").text == expected
