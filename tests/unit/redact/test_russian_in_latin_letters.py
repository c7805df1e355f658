"""Russian typed in Latin letters (a chat from a phone without Cyrillic): the short forms
of a registered first name and the cases of a surname the dictionary does not know are
found in any case of letters; English words that a spelling of a form happens to make
("time" of Тима, "sure" of Шура, "line" of Лина) are not.

Forms and sentences are written by hand; names are invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

REGISTRY = Registry(
    [
        Person("Сергей Выдумкин", gender="m", pseudonym="Иван Петров"),
        Person("Дмитрий Небывалов", gender="m", pseudonym="Олег Смирнов"),
        Person("Тимофей Придумов", gender="m", pseudonym="Павел Лыков"),
        Person("Александра Небылицына", gender="f", pseudonym="Ольга Котова"),
        Person("Аяс Хертек", gender="m", pseudonym="Тимур Алиев"),
        Person("Магомед Выдумов", gender="m", pseudonym="Руслан Орлов"),
    ]
)

# (sentence, the form that must go), in Latin letters as people type them
FORMS = [
    ("ya govorila s Seregoi vchera", "Seregoi"),
    ("ya govorila s seregoi vchera", "seregoi"),
    ("seryozhe ne dali pozvonit", "seryozhe"),
    ("u Seryozhi net deneg", "Seryozhi"),
    ("serega skazal chto ego perevodyat", "serega"),
    ("s Dimoi nikto ne govoril", "Dimoi"),
    ("dimke peredali veshchi", "dimke"),
    ("dimon molchit", "dimon"),
    ("Timu zabrali noch'yu", "Timu"),
    ("Sashke ne otvechayut", "Sashke"),
    ("sashu perevezli", "sashu"),
    ("govorili s Khertekom", "Khertekom"),
    ("o kherteke nichego ne slyshno", "kherteke"),
    # an English possessive whose apostrophe a chat dropped
    ("check if seryozhas phone is still on", "seryozhas"),
    ("then dimas lawyer called", "dimas"),
    # a short form whose Cyrillic is a rare indeclinable word ("маго", a macaque)
    ("respect to mago and the guys", "mago"),
    # the vocative, said to someone ("Серёж, ты где")
    ("seryozh, ty gde?", "seryozh"),
    ("Vika: seryozh, call me back", "seryozh"),
    ("nu chto, seryog?", "seryog"),
]

# English and Russian-in-Latin words that spellings of the forms above make
KEPT = [
    "The lights were dim, so we left.",  # the vocative's letters, said to no one
    "Only time will tell, I am sure of it.",
    "He stood in line to save the file.",
    "slava bogu, vse doma.",
    "We will see you in time.",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(("text", "form"), FORMS, ids=[f for _, f in FORMS])
def test_a_form_typed_in_latin_letters_is_redacted(
    redactor: Redactor, text: str, form: str
) -> None:
    assert form in text  # the premise
    out = redactor.redact(text).text
    assert form.lower() not in out.lower(), out


@pytest.mark.parametrize("text", KEPT)
def test_an_english_word_a_spelling_makes_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# German and French spellings relatives abroad write, by hand
ABROAD = [
    ("Mein Neffe Sergej ist seit März in Haft.", "Sergej"),
    ("Wir nennen ihn Serjoscha.", "Serjoscha"),
    ("Herr Schukowski war sein Kommandeur.", "Schukowski"),
    ("Dmitri Schukowski hat angerufen.", "Schukowski"),
    ("Mon neveu Sergueï a été arrêté.", "Sergueï"),
    ("Le commandant Joukovski a signé.", "Joukovski"),
    ("Mon neveu Serge est en prison.", "Serge"),
    ("Dimitri Joukovski a appelé.", "Dimitri"),
]
ABROAD_REGISTRY = Registry(
    [
        Person("Сергей Выдумкин", gender="m", pseudonym="Иван Петров"),
        Person("Дмитрий Жуковский", gender="m", pseudonym="Олег Смирнов"),
    ]
)


@pytest.mark.parametrize(("text", "form"), ABROAD, ids=[f for _, f in ABROAD])
def test_a_german_or_french_spelling_is_redacted(text: str, form: str) -> None:
    assert form in text  # the premise
    assert form not in Redactor(ABROAD_REGISTRY).redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Then Bērziņš called.",  # the Latvian spelling of Берзиньш
        "Then Berzins called.",  # the same, its marks dropped
        "Later Ilʹin wrote.",  # the scholarly spelling of Ильин, the soft sign's prime kept
        "Later Žukovskij wrote.",
    ],
)
def test_a_spelling_with_marks_for_the_soft_sign_and_the_hushing_letters_is_redacted(
    text: str,
) -> None:
    marked = Registry(
        [
            Person("Янис Берзиньш", gender="m", pseudonym="Пётр"),
            Person("Олег Ильин", gender="m", pseudonym="Иван"),
            Person("Дмитрий Жуковский", gender="m", pseudonym="Борис"),
        ]
    )
    word = text.split()[1]
    assert word not in Redactor(marked).redact(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Client: Tatyana Schreiber, mother of a conscript.", "Schreiber"),
        ("Her friend Daria Weinstein wrote.", "Weinstein"),
        ("Then Mr Neumann called.", "Neumann"),
    ],
)
def test_a_german_surname_in_its_original_spelling_is_redacted(text: str, word: str) -> None:
    german = Registry(
        [
            Person("Татьяна Шрайбер", gender="f", pseudonym="Ирина"),
            Person("Дарья Вайнштейн", gender="f", pseudonym="Ксения"),
            Person("Пётр Нойман", gender="m", pseudonym="Олег"),
        ]
    )
    assert word not in Redactor(german).redact(text).text


def test_a_first_name_with_an_english_s_and_no_apostrophe_is_the_person() -> None:
    yerlan = Redactor(
        Registry(
            [
                Person("Ерлан Выдумов", gender="m", pseudonym="Арман"),
                Person("Марк Придумов", gender="m", pseudonym="Олег"),
            ]
        )
    )
    text = "Yerlans I have known were kind. Then Yerlans phone rang. The marks were high."
    expected = "Arman I have known were kind. Then Arman phone rang. The marks were high."
    assert yerlan.redact(text).text == expected


def test_a_korean_surname_in_its_korean_romanisation_is_the_person() -> None:
    korean = Redactor(
        Registry(
            [
                Person("Валентин Цой", gender="m", pseudonym="Олег"),
                Person("Анна Сон", gender="f", pseudonym="Вера"),
                Person("Денис Пак", gender="m", pseudonym="Глеб"),
            ]
        )
    )
    text = "Choi said he was fine. The song was sad; Ms Song wrote. We met Park in the park."
    expected = "Oleg said he was fine. The song was sad; Vera wrote. We met Gleb in the park."
    assert korean.redact(text).text == expected


# English spellings that drop the "y" of "lyu" and "lyo", by hand
SPELLED_SHORT = Registry(
    [
        Person("Людмила Выдумкина", gender="f", pseudonym="Анна Петрова"),
        Person("Любовь Придумова", gender="f", pseudonym="Мария Котова"),
        Person("Алёна Небылицына", gender="f", pseudonym="Ольга Зорина"),
    ]
)


@pytest.mark.parametrize("form", ["Ludmila", "Lubov", "Luba", "Alona"])
def test_an_english_spelling_without_the_y_is_redacted(form: str) -> None:
    text = f"Yesterday {form} called the lawyer."
    assert form not in Redactor(SPELLED_SHORT).redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyova said so.", "Pyotr said so."),  # "лева" is also a word, "лёва" only a name
        ("Alyonka wrote to his mum.", "Vera wrote to his mum."),
        ("Lyovas phone rang.", "Pyotr phone rang."),
    ],
)
def test_a_latin_spelling_that_writes_the_yo_opens_a_sentence_as_a_name(
    text: str, expected: str
) -> None:
    yo = Redactor(
        Registry(
            [
                Person("Лев Сочинов", gender="m", pseudonym="Пётр"),
                Person("Алёна Выдумкина", gender="f", pseudonym="Вера"),
            ]
        ),
        ner=False,
    )
    assert yo.redact(text).text == expected


def test_a_latin_vocative_counts_only_in_latin_letters() -> None:
    """Паха's vocative typed in Latin letters, "pah", folds like the Cyrillic capitals of
    "РАН": the acronym is kept, the vocative said to him is not."""
    redactor = Redactor(Registry([Person("Павел Выдумкин", gender="m", pseudonym="Олег")]))
    kept = "Институт этнологии и антропологии РАН, директор института."
    assert redactor.redact(kept).text == kept
    # "pah" is an English word: its vocative counts with a capital
    assert "Pah" not in redactor.redact("Vika: Pah, call me back.").text


def test_a_latin_vocative_is_no_part_of_an_address() -> None:
    """ "kir" of ", kir.vydumkin@example.ru" has a comma before it, as Кир said to Кирилл
    has: inside an address it is no vocative, and the name before it keeps its own
    replacement."""
    redactor = Redactor(Registry([Person("Кирилл Выдумкин", gender="m", pseudonym="Олег Котов")]))
    out = redactor.redact("Капитан: Кирилл Выдумкин, kir.vydumkin@example.ru\n").text
    assert out == "Капитан: Олег Котов, [почта]\n"


def test_a_latin_names_inflected_form_that_is_an_english_word_counts_only_as_a_name() -> None:
    """Anya's vocative typed in Latin letters is "An": opening a sentence it is the article
    (an export's byline, "An anonymous source", was refused for it), inside one it is her."""
    anya = Redactor(Registry([Person("Anya Vydumova", gender="f", pseudonym="Maria")]))
    assert anya.scan_for_leaks("An anonymous source") == []
    assert anya.redact("An apple fell. an apple.").text == "An apple fell. an apple."
    assert "An" not in anya.redact("Then An came with Ane.").text


def test_markdowns_marks_before_a_lines_first_word_leave_it_opening_the_sentence() -> None:
    """The export's byline is "*An anonymous source*" in Markdown: the asterisk does not
    make "An" stand inside a sentence."""
    anya = Redactor(Registry([Person("Anya Vydumova", gender="f", pseudonym="Maria")]))
    assert anya.scan_for_leaks("# Title\n\n*An anonymous source*\n\n> An apple") == []
