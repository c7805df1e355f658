"""A replacement is true to the text: places, common words, ambiguity, grammar, boundaries.

A pseudonym goes only where the word names that person; everything else keeps its
text or becomes a tag and a review question. All people are fictional; the places
are real towns and countries (public facts, not identifiers).
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    people=[
        Person("Сергей Кравченко", gender="m", pseudonym="Олег"),
        Person("Сергей Зуев", gender="m", pseudonym="Павел"),
        Person("Дмитрий Жуковский", gender="m", pseudonym="Георгий"),
        Person("Тарас Шевченко", gender="m", pseudonym="Игорь"),
        Person("Артём Синицын", gender="m", pseudonym="Степан"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.fixture(scope="module")
def empty() -> Redactor:
    return Redactor(Registry())


BOUNDARIES = [
    ("Дмитрий\n\nЖуковский пришёл.", "Георгий\n\nГеоргий пришёл."),  # two paragraphs, two
    ("Мы стояли у КПП. Артём Синицын подошёл.", "Мы стояли у КПП. Степан подошёл."),
    ("Мы стояли у КПП. Синицын подошёл.", "Мы стояли у КПП. Степан подошёл."),
    ("Пришёл  А. Синицын  и ушёл.", "Пришёл  Степан  и ушёл."),
    ("Синицын\tпришёл.", "Степан\tпришёл."),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_no_mention_spans_a_paragraph_break_or_takes_an_initial_across_a_sentence_end(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_no_finding_of_the_name_detector_spans_a_blank_line(empty: Redactor) -> None:
    text = "Свидетель Пахомов\n\nЦырендоржиев рассказал."
    spans = [(f.start, f.end) for f in empty.analyze(text) if f.kind == "name"]
    assert spans and all("\n\n" not in text[s:e] for s, e in spans)


KEPT = [
    ("Мы живём в Жуковском.", "Мы живём в Жуковском."),
    ("В Пушкине было тихо.", "В Пушкине было тихо."),
    ("Его увезли из Пушкина под Жуковский.", "Его увезли из Пушкина под Жуковский."),
    ("Он жил в городе Жуковский.", "Он жил в городе Жуковский."),
    ("Делегация Швеции приехала.", "Делегация Швеции приехала."),
    ("Его родители из Курской области.", "Его родители из Курской области."),
    ("У нас есть надежда и вера, а любовь и слава прошли.", None),
    ("Любовь и слава прошли.", None),
    ("Роза цвела в саду.", None),
    ("«Мам, ответь», — написал он.", None),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_places_and_common_words_keep_their_text(
    redactor: Redactor, empty: Redactor, text: str, expected: str | None
) -> None:
    assert redactor.redact(text).text == (expected or text)
    assert empty.redact(text).text == (expected or text)


NAMED = [
    ("Жуковский сказал правду.", "Георгий сказал правду."),
    ("Письмо от Жуковского.", "Письмо от Георгия."),
    ("Мы говорили о Жуковском.", "Мы говорили о Георгии."),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_surname_that_is_also_a_town_is_the_person_outside_a_place_context(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_a_town_kept_in_the_text_is_no_leak_for_the_sweep_or_the_gate(
    redactor: Redactor,
) -> None:
    assert redactor.scan_for_leaks("Мы живём в Жуковском.") == []
    assert [f.kind for f in redactor.scan_for_leaks("Мы видели Жуковского.")] == ["person"]


def test_a_registered_name_word_in_lower_case_is_a_common_word() -> None:
    registry = Registry([Person("Вера Выдумкина", gender="f", pseudonym="Анна")])
    vera = Redactor(registry, public_figures=False)
    assert vera.redact("Вера пришла, и вера в победу не ушла.").text == (
        "Анна пришла, и вера в победу не ушла."
    )


@pytest.mark.parametrize(
    ("text", "expected", "leaks"),
    [
        ("она пишет: евгений мороз задержан", "она пишет: Павел Сидоров задержан", 2),
        ("мы искали евгения мороза везде", "мы искали Павла Сидорова везде", 2),
        ("Ударил мороз, и Евгений уехал.", "Ударил мороз, и Павел Сидоров уехал.", 1),
        ("Евгений, мороз крепчал.", "Павел Сидоров, мороз крепчал.", 1),  # a comma: two words
    ],
)
def test_a_surname_that_is_a_common_word_next_to_the_first_name_is_the_name_in_lower_case(
    text: str, expected: str, leaks: int
) -> None:
    registry = Registry([Person("Евгений Мороз", gender="m", pseudonym="Павел Сидоров")])
    moroz = Redactor(registry, public_figures=False)
    assert moroz.redact(text).text == expected
    assert len(moroz.scan_for_leaks(text)) == leaks  # the sweep and the gate read it alike


def test_the_gazetteer_is_derived_from_geonames_and_holds_towns_of_three_countries() -> None:
    from intake.redact.places import gazetteer

    towns = gazetteer()
    assert {"жуковский", "пушкин", "харьков", "гомель", "улан-удэ"} <= towns
    assert len(towns) > 2000


AMBIGUOUS = [
    ("Сергей звонил вчера.", "[имя] звонил вчера."),
    ("Сергей Кравченко пришёл, потом Сергей ушёл.", "Олег пришёл, потом [имя] ушёл."),
    ("Сергея Зуева увезли.", "Павла увезли."),
    ("Кравченко С. и Зуев С. молчали.", "Олег и Павел молчали."),
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS)
def test_a_name_that_fits_two_registered_people_becomes_a_tag_never_a_pseudonym(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_an_ambiguous_finding_names_its_candidates() -> None:
    registry = Registry(
        [
            Person("Елена Кравченко", gender="f", pseudonym="Анна"),
            Person("Сергей Кравченко", gender="m", pseudonym="Олег"),
            Person("Сергей Зуев", gender="m", pseudonym="Павел"),
        ]
    )
    redactor = Redactor(registry, public_figures=False)
    [sergey] = redactor.analyze("Сергей звонил.")
    assert (sergey.kind, set(sergey.owners)) == ("ambiguous", {1, 2})
    [surname] = redactor.analyze("Кравченко звонил.")
    assert (surname.kind, set(surname.owners)) == ("ambiguous", {0, 1})
    assert redactor.redact("Е. Кравченко звонила.").text == "Анна звонила."
    assert redactor.redact("Sergei called.").text == "[name] called."


PUBLIC = [
    ("Министр Сергей Лавров приехал.", "Министр Сергей Лавров приехал."),
    ("Сергея Лаврова видели, а Сергея Кравченко нет.", "Сергея Лаврова видели, а Олега нет."),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC)
def test_a_public_figure_keeps_a_first_name_a_registered_person_shares(
    text: str, expected: str
) -> None:
    registry = Registry([Person("Сергей Кравченко", gender="m", pseudonym="Олег")])
    redactor = Redactor(registry)
    assert redactor.redact(text).text == expected
    assert redactor.scan_for_leaks(expected) == []


GOVERNED = [
    ("По словам Шевченко, всё было тихо.", "По словам Игоря, всё было тихо."),
    ("Письмо от Шевченко.", "Письмо от Игоря."),
    ("Мы звонили Шевченко.", "Мы звонили Игорю."),
    ("Мы искали Шевченко.", "Мы искали Игоря."),
    ("Я видел Шевченко.", "Я видел Игоря."),
    ("Вместе с Шевченко.", "Вместе с Игорем."),
    ("Мы говорили о Шевченко.", "Мы говорили об Игоре."),
    ("Благодаря Шевченко всё вышло.", "Благодаря Игорю всё вышло."),
    ("Шевченко пришёл.", "Игорь пришёл."),
    ("Потом пришёл Шевченко.", "Потом пришёл Игорь."),  # the subject stays nominative
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_a_pseudonym_takes_the_case_the_context_governs_when_the_name_does_not_decline(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_a_womans_surname_in_a_consonant_does_not_decline_but_her_pseudonym_does() -> None:
    registry = Registry([Person("Аяна Хертек", gender="f", pseudonym="Анна")])
    redactor = Redactor(registry, public_figures=False)
    assert redactor.redact("Письмо от Хертек. С Хертек мы говорили.").text == (
        "Письмо от Анны. С Анной мы говорили."
    )


def test_a_latin_town_after_in_or_near_is_a_place_and_the_same_word_elsewhere_the_person() -> None:
    registry = Registry([Person("Dmitry Zhukovsky", gender="m", pseudonym="Ivan")])
    redactor = Redactor(registry, public_figures=False)
    assert redactor.redact("We live in Zhukovsky. Zhukovsky called.").text == (
        "We live in Zhukovsky. Ivan called."
    )
    assert redactor.redact("A letter from Zhukovsky.").text == "A letter from Ivan."


def test_an_english_name_word_in_lower_case_is_a_common_word() -> None:
    registry = Registry([Person("Hope Madeup", gender="f", pseudonym="Anna")])
    redactor = Redactor(registry, public_figures=False)
    assert redactor.redact("We lost hope in May. Hope Madeup called.").text == (
        "We lost hope in May. Anna called."
    )


def test_a_formations_quoted_name_keeps_its_text_even_when_a_person_shares_it() -> None:
    registry = Registry([Person("Ахмат Выдумбеков", gender="m", pseudonym="Олег")])
    redactor = Redactor(registry, public_figures=False)
    text = "Он служил в батальоне «Ахмат», а Ахмат Выдумбеков был командиром."
    assert redactor.redact(text).text == "Он служил в батальоне «Ахмат», а Олег был командиром."
    assert redactor.scan_for_leaks("Он служил в батальоне «Ахмат».") == []
