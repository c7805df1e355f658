"""Initials alone are asked about: two or three always, one if a registered name's.

Every name here is invented. The registry: Николай Кравченко (with a patronymic),
Sergey Zuev written in Latin letters, and Юлия Ясная.
"""

from __future__ import annotations

import pytest

from intake.check import NEAR_NAME, Check

CHECK = Check(["Кравченко Николай Петрович", "Sergey Zuev", "Юлия Ясная"])

# (text, the initials asked about)
ASKED = [
    ("Вчера К. Н. сказала, что сына увезли.", "К. Н."),
    ("Свидетель Н. К. показал, что", "Н. К."),  # a capitalised word opening the sentence
    ("Об этом писал Н. П. К. в письме.", "Н. П. К."),  # three words, three letters
    ("Об этом писал Н.П. в письме.", "Н.П."),  # no space between
    ("К. Н. Потом она ушла.", "К. Н."),  # the next sentence opens with an ordinary word
    ("Signed: cousin N.", "N."),  # a Cyrillic name's initial in Latin letters
    ("I told Mr K. about it.", "K."),  # a title is no surname
    ("Told Mrs Reader and Mr K. KM", "K."),  # a log's sign-off after it: no surname
    ("Ask the clerk, not Herr Z. at the desk.", "Z."),  # in German too
    ("Then S. Z. said nothing.", "S. Z."),
    ("Затем С. З. ушёл.", "С. З."),  # a Latin name's initials in Cyrillic letters
    ("The letter was signed by Y. in March.", "Y."),  # Юлия in Latin letters: Y
    ("Вчера К. Б. сказала, что", "К. Б."),  # two initials name someone, registered or not
    ("Р. М. были там.", "Р. М."),
    ("The strap was engraved Yu. Ya. and nothing else.", "Yu. Ya."),  # Latin digraphs
    ('His ball (engraved "S.Z. 1989") went to his sister.', "S.Z."),  # two, and a year
    ("На кольце гравировка Н.К. 2001, больше ничего.", "Н.К."),
    # a registered person's initials without dots, alone: a team's shorthand
    ("- Thank SZ for running the egg hunt.", "SZ"),
    ("Отчёт вёл НК, подписал его тоже он.", "НК"),  # the registry writes the surname first
    ("ZS's notes were lost.", "ZS"),
    ("Done. Трек назвал «Для Я.». Всё", "Я."),  # a preposition before it is no name
    ("Письмо от К. пришло вчера.", "К."),
    # where they stand as a name does, an acronym's letters or a line in capitals
    ("Line 1:   SZ ALTERATIONS LTD", "SZ"),  # a firm named by its owner's initials
    ("Письмо не отправлять, адрес на бланке. — ПК", "ПК"),  # a note signed after a dash
    ("Флаг снят. — ПК, 23.02", "ПК"),
]

# Initials that are not a registered person's alone
NOT_ASKED = [
    "А. С. Пушкин писал об этом.",  # a surname after the initials
    "Показал Иванов К. Н. в суде.",  # a surname before them
    "См. т. 2, с. 5.",  # a number after one letter
    "Ст. 5 и Ч. 2 закона.",
    "Из С.-Петербурга приехали.",  # a hyphen after the dot
    "Это корпус Б. Туда нельзя.",  # Б is no one's initial here
    "The U.S. and the U.K. agreed.",  # abbreviations
    "Это корпус Б.",  # one letter, no registered name's initial
    "Купил новый ПК, ответ из СК.",  # acronyms, though ПК spells Петрович Кравченко
    "ST SWITHUN'S C OF E SCHOOL, NK WING",  # a line in capitals
    "Отдел ВД и отдел ЖЗ",  # letters of no registered person's name
    "Купил ПК — ПК стоит в офисе.",  # after a dash, but a sentence goes on
    "ST SWITHUN'S C OF E SCHOOL, NK WING, ACME SUPPLIES LTD",  # a firm, named otherwise
]


@pytest.mark.parametrize(("text", "initials"), ASKED, ids=[a for _t, a in ASKED])
def test_initials_of_a_registered_person_alone_are_asked_about(text: str, initials: str) -> None:
    hits = [h for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert [text[h.start : h.end] for h in hits] == [initials]


@pytest.mark.parametrize("text", NOT_ASKED)
def test_initials_with_a_surname_or_of_nobody_registered_are_not(text: str) -> None:
    assert [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME] == []


def test_an_abbreviations_letters_are_asked_about_when_they_are_a_registered_persons() -> None:
    """ "L. A." signs a translator's notes for Leyla Aliyeva; for nobody registered so it is
    Los Angeles."""
    text = "Translator's notes end here.\n\nL. A., 02.09.2025"
    check = Check(["Leyla Vymyslova-Aliyeva", "Sergey Zuev"])
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["L. A."]
    assert [h for h in CHECK.run(text) if h.kind == NEAR_NAME] == []


def test_initials_decided_keep_are_explained() -> None:
    text = "Вчера К. Н. сказала."
    assert CHECK.with_kept(["К. Н."]).run(text) == []


def test_initials_the_engine_wrote_are_explained() -> None:
    text = "Вчера К. Н. сказала."
    assert CHECK.run(text, explained=[(6, 11)]) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Source key: NK-1 = a dispatcher, met in March.", "NK-1"),
        ("Источник КН 2 подтвердил.", "КН 2"),  # in the registry's own script
        ("Met SZ_3 near the border.", "SZ_3"),  # Sergey Zuev, Latin letters
        ('a laptop labelled "SZ-ThinkPad", the charger too', "SZ-ThinkPad"),  # a device
        ("Запись ЗС3: разговор с отцом.", "ЗС3"),  # a Latin name's initials in Cyrillic
        ("Bring the form (scan: consent_SZ_signed.pdf).", "SZ_signed"),  # inside a file name
        ("Скан лежит в SZ.pdf, его не пересылать.", "SZ.pdf"),
        ("синастрия: sinastria-SZ-KYa.pdf", "SZ-KYa"),  # after a word and a hyphen
    ],
)
def test_a_code_made_of_a_registered_persons_initials_and_a_number_is_asked_about(
    text: str, code: str
) -> None:
    """A journalist's code for a source, built from the initials: it names the source to
    whoever holds the key, or guesses it."""
    assert [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Танк Т-72 и автомат АК-47.",
        "Saved as report_TV_final.pdf and PDF.pdf.",  # capitals of no registered person
        "Flight SU 123 to Riga.",
        "Room AB-12 is free.",
        "an EU-funded, UK-based group",  # initials of nobody registered before a word
        "an anti-SZ campaign",  # after a word and a hyphen, but no file or code
    ],
)
def test_a_code_whose_letters_are_no_registered_persons_initials_is_not_asked(text: str) -> None:
    assert [h for h in CHECK.run(text) if h.kind == NEAR_NAME] == []


def test_initials_the_text_defines_for_a_registered_person_are_asked_about_wherever_used() -> None:
    """ "Sergey Zuev (SZ)" defines an abbreviation; "SZ said", "SZ's mother" and a folder
    "SZ_2025-12" then name him to any reader."""
    text = 'Sergey Zuev (SZ), a driver. SZ said no. SZ\'s mother wrote. Folder "SZ_2025-12".'
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert found.count("SZ") == 3 and "SZ_2025-12" in found


def test_initials_defined_before_the_name_in_brackets_are_asked_about_wherever_used() -> None:
    """ "SZ (Sergey Zuev)": the initials first, the name in brackets after them."""
    text = "Present: me, SZ (Sergey Zuev). SZ's English ok. File: 250311_SZ_int.m4a."
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert found.count("SZ") + found.count("SZ_int") == 3  # in a file's name, with its part


def test_initials_in_brackets_after_no_registered_person_are_not_asked() -> None:
    text = "Reporters Without Borders (RW) said RW would write."
    assert [h for h in CHECK.run(text) if text[h.start : h.end] == "RW"] == []


def test_a_registered_persons_initials_alone_in_brackets_are_asked_about() -> None:
    """A note's author or a subject's code: "(СЗ)", '"СЗ"' for Sergey Zuev; an acronym in
    brackets or quotes is not."""
    text = "Note to file (СЗ): he called. Sent to the FSB (ФСБ) and the UN [ООН]."
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert found == ["СЗ"]
    text = 'CASE NOTES, subject "СЗ" (working file). «ФСБ» said «ООН».'
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert found == ["СЗ"]


def test_a_registered_persons_initials_opening_a_quoted_label_are_asked_about() -> None:
    """Boxes labelled "SZ archive 2019–2022" for Sergey Zuev; "BBC News" quoted is not."""
    text = 'Two boxes labelled "SZ archive 2019–2022". The "BBC News" and «ФСБ сообщила».'
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert found == ["SZ"]


def test_a_registered_persons_initials_alone_in_a_tables_cell_are_asked_about() -> None:
    """A column of signatures: "| СЗ |" for Sergey Zuev; acronyms in cells are not."""
    text = "| 2 | Zuev Sergey | 19-000883 | СЗ |\n| 3 | — | ФСБ | РФ |"
    found = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert "СЗ" in found and "ФСБ" not in found and "РФ" not in found


def test_initials_with_a_latin_letter_pair_alone_in_a_cell_are_asked_about() -> None:
    """ "ZhD" for Zhanna Dzhappueva in a log's column: "Zh" is one initial; "Ok" is none."""
    check = Check(["Zhanna Vydumova"])
    text = "| 15 Jan | fight in corridor | ZhV |\n| 22 Jan | phone | Ok |"
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert "ZhV" in found and "Ok" not in found


def test_a_couples_initials_joined_by_a_plus_are_asked_about() -> None:
    """Two registered people's first initials engraved together: "Н+Ю 2017" for Николай
    and Юлия; letters no registered first name opens are an engraving like any other."""
    text = "кольцо с гравировкой «Н+Ю 2017», а на дереве вырезано «Л & М»"
    hits = [(h.kind, text[h.start : h.end]) for h in CHECK.run(text)]
    assert (NEAR_NAME, "Н+Ю") in hits
    assert not [h for h in hits if "Л" in h[1]]


def test_a_code_of_a_registered_surname_cut_to_its_consonants_is_asked_about() -> None:
    """An observer's or a beekeeper's code is often the surname cut to its first letter and
    some consonants: "КРВ-001" for Кравченко. An acronym with vowels ("ГАИ-5") or of no
    registered name ("ФСБ-12") is not."""
    text = "Рамки пасеки: КРВ-001…КРВ-025. Справка ГАИ-5, ФСБ-12 и ЖКВ-3."
    asked = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert "КРВ-001" in asked and "КРВ-025" in asked
    assert not {"ГАИ-5", "ФСБ-12"} & set(asked)


def test_a_registered_persons_initials_without_dots_after_a_title_are_asked_about() -> None:
    """ "Mrs N-K" for a registered Николай Кравченко's wife's double name, "Mr S" for Sergey
    Zuev: a title says a person stands there; "Mr Q" fits nobody registered."""
    text = "On 16 Feb Mrs N-K paid by transfer. Mr S came later, and Mr Q did not."
    asked = [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]
    assert "N-K" in asked and "S" in asked and "Q" not in asked


def test_a_mark_made_of_the_beginnings_of_a_registered_persons_name_words_is_asked_about() -> None:
    """A mark put "to avoid his name" is often made of the name's first letters: "ШАЙ" for
    Шихалиев Айдемир (Ш and АЙ), in a sentence or a table's last cell. Capitals of the
    beginnings of no registered person's words ("ШАБ"), acronyms ("МВД") and one letter of
    each word out of the name's order ("НПК", which :func:`_in_name_order` leaves) are not."""
    check = Check(["Шихалиев Айдемир", "Кравченко Николай Петрович"])
    text = (
        "Метку ему поставим ШАЙ, без имени.\n| 4 | 03.11 | наличные | ШАЙ\n"
        "А вот ШАБ, НПК и МВД тут ни при чём, это другое."
    )
    asked = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert asked == ["ШАЙ", "ШАЙ"]


def test_two_registered_peoples_initials_alone_in_quotes_are_asked_about() -> None:
    """A couple's monogram pressed in sealing wax: «ТГ» for Тигран and Гаяне; letters no
    registered name opens («ВД») and an acronym in quotes («ТВ») are not."""
    check = Check(["Тигран Арутюнян", "Гаяне Вымышленная"])
    text = "На сургуче — «ТГ», на коробке «ВД», в эфире «ТВ»."
    asked = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert asked == ["ТГ"]
