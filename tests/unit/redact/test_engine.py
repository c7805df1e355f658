"""The engine end to end: registered names in every script and spelling, unknown names,
what stays, the leak gate and explicit decisions. All people are fictional."""

from __future__ import annotations

import pytest

from intake.redact import Decision, Person, Redactor, Registry, Term
from intake.redact.normalize import skeleton

REGISTRY = Registry(
    people=[
        Person("Евгений Горшенин", aliases=("Женя",), pseudonym="Иван"),
        Person("Dmitry Sokolov", pseudonym="Иван Б."),
        Person("Артём Ковальчук", gender="m"),
        Person("Ирина Журавлёва", gender="f", public=True, role="journalist"),
    ],
    terms=[Term("Кривошеино", label="село")],
)


# Hand-written (not the engine's form table): a stem of every registered non-public name
# and term, in each script; no form of them may survive, however it is inflected.
FORBIDDEN_STEMS = (
    "горшенин",
    "gorshenin",
    "евген",
    "evgen",
    "yevgen",
    "жен",
    "ковальчук",
    "kovalchuk",
    "артем",
    "artyom",
    "artiom",
    "artem",
    "дмитри",
    "dmitr",
    "соколов",
    "sokolov",
    "кривошеин",
)


def surviving_stems(text: str, stems: tuple[str, ...] = FORBIDDEN_STEMS) -> list[str]:
    """The stems found in ``text``, both folded as text is folded for matching."""
    folded = skeleton(text)
    return [stem for stem in stems if skeleton(stem) in folded]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "mention",
    [
        "Евгений",
        "Горшенин",
        "Горшенина",
        "Горшениным",
        "Евгения Горшенина",
        "Gorshenin",
        "Yevgeny Gorshenin",
        "Evgenii",
        "Evgeniy",
        "GORSHENIN",
        "Гоpшенин",
        "Горш\u200bенин",
        "Горшeнин",
        "Женя",
        "Жене",
        "Е. Горшенин",
        "Горшенин Е.",
        "Горшенин Е. В.",
        "Artyom",
        "Artiom",
        "Artem",
        "Артем",
        "Kovalchuk",
        "Ковальчука",
        "Dmitry",
        "Dmitriy",
        "Gorshenina",
        "Gorsheninu",
        "Evgeniyu",
        "Kovalchuka",
        "Gorsheninа",  # inflected, Latin
        "Дмитрия",
        "Sokolov",
        "Соколова",
        "Кривошеино",
        "Кривошеина",
    ],
)
def test_a_registered_name_goes_in_any_form_and_spelling(redactor: Redactor, mention: str) -> None:
    text = f"Вчера сказали, что {mention} был здесь."
    out = redactor.redact(text).text
    assert mention not in out
    assert surviving_stems(out) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dmitry's wife called.", "Ivan B.'s wife called."),
        ("Yevgeny's brother came.", "Ivan's brother came."),
        ("Жена Евгения сказала.", "Жена Ивана сказала."),
    ],
)
def test_pseudonyms_keep_grammar_and_possessives(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ирина Журавлёва, journalist, wrote about it.",
        "Путин и Шойгу ничего не сказали.",
        "Из 234 военнослужащих 1 793 остались; 1,793 in total, in 2023, aged 45.",
        "Он жил в Чите, потом в Улан-Удэ.",
        "General Valery Gerasimov and Sergey Lavrov declined to comment.",  # every spelling
    ],
)
def test_public_people_places_and_ordinary_numbers_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("My brother Oleg Vasnetsov was detained.", "Vasnetsov"),
        ("Later Alexei Petrov came home.", "Petrov"),
        ("Mrs Kuznetsova refused to talk.", "Kuznetsova"),
        ("Сосед Пахомов всё видел.", "Пахомов"),
        ("Его мать Валентина Сергеевна плакала.", "Валентина"),
    ],
)
def test_unregistered_names_are_found_without_ner(redactor: Redactor, text: str, gone: str) -> None:
    assert gone not in redactor.redact(text).text


def test_tags_are_in_the_language_of_the_text(redactor: Redactor) -> None:
    assert redactor.redact("звоните 8 (900) 000-00-01", lang="ru").text == "звоните [телефон]"
    assert redactor.redact("call 8 (900) 000-00-01", lang="en").text == "call [phone]"


def test_findings_point_into_the_original_and_carry_no_original_text(redactor: Redactor) -> None:
    text = "Горш\u200bенин звонил +7 900 000-00-00."
    result = redactor.redact(text)
    assert [text[f.start : f.end] for f in result.findings] == [
        "Горш\u200bенин",
        "+7 900 000-00-00",
    ]
    assert "Горш" not in str(result.to_json()["findings"])


def test_explicit_decisions_keep_or_replace(redactor: Redactor) -> None:
    text = "Горшенин звонил +7 900 000-00-00."
    person, phone = redactor.analyze(text, "ru")
    decisions = [Decision(person, "keep"), Decision(phone, "tag", replacement="[номер]")]
    assert redactor.apply(text, decisions, "ru") == "Горшенин звонил [номер]."


def test_the_leak_gate_sees_extra_strings_normalised(redactor: Redactor) -> None:
    hits = redactor.scan_for_leaks("he said ТАЙНА-42 again", extra_strings=["тайна-42"])
    assert len(hits) == 1


@pytest.mark.parametrize(
    ("text", "decided", "found"),
    [
        # a capitalised function word: looked for with its capital
        ("Sir — My neighbour. I came with my daughters.", "My", ["My"]),
        ("По делу: по дороге, ПО", "По", ["По", "ПО"]),
        ("Мой брат, мой дом.", "Мой", ["Мой"]),
        # a name, though an ordinary word (a nickname: "пельмень" opening a message typed
        # in lower case is the person), or a word decided in lower case: wherever it stands
        (
            "Ксюх, а Пельмень будет?\nКсюша: пельмень не ответил",
            "Пельмень",
            ["Пельмень", "пельмень"],
        ),
        ("Jennifer Lamb wrote; the lamb ate.", "Lamb", ["Lamb", "lamb"]),
        ("Harrowgate, harrowgate", "Harrowgate", ["Harrowgate", "harrowgate"]),
        ("по дороге По", "по", ["по", "По"]),
        # a decided number, not inside a longer one (a room's "202" in a date, "4180")
        ("Сгенерировано 2026-12-05; комната 202, 4180 руб., 202.", "202", ["202", "202"]),
        # a code of letters and digits, in any case and spacing: a radio's ID read out in
        # pairs, hyphened in a log; not a part of it, nor the same letters in a longer code
        (
            'ID DF4A17; в журнале "df4a17", "DF-4A-17", «df 4a 17»; DF4A, DF4A170',
            "DF4A17",
            ["DF4A17", "df4a17", "DF-4A-17", "df 4a 17"],
        ),
        # dictated, a digit read out as its word
        (
            'share code W4K 0D7 R2X; she read out "W4K zero D7 R2X"',
            "W4K 0D7 R2X",
            ["W4K 0D7 R2X", "W4K zero D7 R2X"],
        ),
    ],
)
def test_where_a_decided_string_is_looked_for_again(
    redactor: Redactor, text: str, decided: str, found: list[str]
) -> None:
    hits = redactor.scan_for_leaks(text, extra_strings=[decided])
    assert [text[h.start : h.end] for h in hits] == found


@pytest.mark.parametrize(("operator", "leaks"), [("Галина", []), ("Гром", ["Гром"])])
def test_a_pseudonym_in_a_column_of_call_signs_is_no_leak(operator: str, leaks: list[str]) -> None:
    """A table's column whose header the engine replaced with its call sign tag reads as
    call signs to the gate; a pseudonym there is the engine's own word, a call sign is not."""
    redactor = Redactor(Registry([Person("Нина Выдумкина", gender="f", pseudonym="Галина")]))
    redactor.redact("Нина Выдумкина пришла.")
    text = (
        "Порядок: сначала приоритетный трафик, затем мобильные станции, затем все остальные. "
        "Позывной называть полностью, по фонетике.\n\n"
        "UTC   | Позывной  | [позывной]        | QTH        | RST | Примечание\n"
        "18:31 | [позывной]    | [позывной]   | Сарапул    | 59  | есть трафик\n"
        "18:33 | [позывной]     | [позывной]  | Майкоп     | 55  | QSB, слышно через раз\n"
        f"18:34 | [позывной]    | {operator}    | Йошкар-Ола | 58  | трафика нет"
    )
    hits = [text[f.start : f.end] for f in redactor.scan_for_leaks(text) if f.kind == "call_sign"]
    assert hits == leaks


def test_pseudonyms_are_assigned_by_gender_and_never_a_real_name() -> None:
    registry = Registry([Person("Мария Петрова"), Person("Олег Сидоров")])
    redactor = Redactor(registry)
    out = redactor.redact("Мария и Олег пришли.").text
    assert "Мария" not in out and "Олег" not in out
    assert len(set(redactor.pseudonyms.values())) == 2


def test_common_term_labels_are_translated_to_the_language_of_the_text() -> None:
    redactor = Redactor(Registry(terms=[Term("Кривошеино", label="village")]))
    assert redactor.redact("Он из Кривошеино.", lang="ru").text == "Он из [населённый пункт]."
    assert redactor.redact("He is from Krivosheino.", lang="en").text == "He is from [village]."
    unusual = Redactor(Registry(terms=[Term("Кривошеино", label="farm")]))
    assert unusual.redact("Он из Кривошеино.", lang="ru").text == "Он из [farm]."


def test_a_decided_initial_alone_is_no_string_to_look_for_in_the_output() -> None:
    """A reviewer's "redact" on an initial ("И.") made the gate look for "и" and find the
    conjunction everywhere, the export's own note too; a name decided is still looked for."""
    redactor = Redactor(Registry([]))
    text = "Имена и подробности изменены. Вадик звонил, И. В. не пришёл."
    hits = [text[f.start : f.end] for f in redactor.scan_for_leaks(text, ["И.", "Вадик"])]
    assert hits == ["Вадик"]


def test_a_pseudonym_after_a_booking_cue_is_no_leak() -> None:
    """ "typed ANDRIS LIGA" after "booking" reads as a booking reference to the gate; a
    pseudonym there is the engine's own word, a code is not."""
    redactor = Redactor(Registry([Person("Ivan Vydumov", gender="m", pseudonym="Andris")]))
    redactor.redact("Ivan Vydumov flew.")
    for name, leaks in (("ANDRIS", []), ("KX7QZB", ["KX7QZB"])):
        text = f"The name on the booking was typed {name} at the desk at 10:40."
        hits = [text[f.start : f.end] for f in redactor.scan_for_leaks(text)]
        assert hits == leaks


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("аккаунты vydu_olya и vydumkin_j закрыли.", "аккаунты [аккаунт] и [аккаунт] закрыли."),
        ("Пишите olga.vydumkina.kr или vydumkin.j", "Пишите [аккаунт] или [аккаунт]"),
        ("Файл Выдумкин_паспорт.pdf у меня.", "Файл [аккаунт] у меня."),
    ],
)
def test_a_handle_with_no_cue_made_of_a_registered_form_is_redacted_whole(
    text: str, written: str
) -> None:
    """A registered form glued into a user name or a file name by "_" (or "." in Latin)
    takes the whole of it: the name replaced alone ("[имя]_j") still reads as the handle,
    and the gate refuses it. A sentence's end glued to the next word is no handle."""
    redactor = Redactor(
        Registry([Person("Ольга Выдумкина", gender="f"), Person("Юрий Выдумкин", gender="m")])
    )
    assert redactor.redact(text, lang="ru").text == written
    assert "." in redactor.redact("Пришёл Выдумкин.Потом ушёл").text
    # made of registered forms alone: rewritten of the pseudonyms' words, still a sender
    sender = redactor.redact("yuri_vydumkin: привет", lang="ru").text
    assert "vydumkin" not in sender.lower() and "[" not in sender, sender


def test_a_handle_the_engine_rewrote_of_pseudonyms_is_no_leak() -> None:
    """A user name of a registered person's names ("oleg_vymyslov" after "telegram") is
    rewritten of the pseudonym's words; the gate reads those words joined as a handle,
    which is the engine's own writing, while another user name still leaks."""
    redactor = Redactor(Registry([Person("Oleg Vymyslov", gender="m", pseudonym="Georgy")]))
    out = redactor.redact("Пишите в телеграм oleg_vymyslov, Oleg Vymyslov ответит.").text
    assert "oleg" not in out.lower() and "vymyslov" not in out.lower(), out
    for handle, leaks in (("Georgy_Georgy", []), ("nemo_outis", ["nemo_outis"])):
        text = f"Пишите в телеграм {handle}, он ответит."
        hits = [text[f.start : f.end] for f in redactor.scan_for_leaks(text)]
        assert hits == leaks


def test_a_public_persons_alias_whose_short_forms_are_all_guarded_builds_a_redactor() -> None:
    """A public Jelena registered with the alias "Елена": "Лена" and its cases are guarded
    readings of the figure's alone; the table kept them empty and building a redactor
    failed (`intake redact` exited with an internal error)."""
    registry = Registry.from_json(
        {
            "people": [
                {"name": "Jelena Testović", "aliases": ["Елена"], "public": True},
                {"name": "Эльвира Выдумова", "aliases": ["Эля"], "pseudonym": "Ксения"},
            ]
        }
    )
    out = Redactor(registry).redact("Лена сказала, что Jelena Testović придёт; Эля тоже.").text
    assert out == "Лена сказала, что Jelena Testović придёт; Ксения тоже."


def test_an_alias_written_in_capitals_counts_only_in_capitals() -> None:
    """A registry's alias "AN" (a man's initials) is no English article: "An hour later" and
    "an officer" stay, "AN said" is him, and an export's byline "An anonymous source"
    raises no leak."""
    registry = Registry(
        [Person("Aidar Vydumov", gender="m", aliases=("AN",), pseudonym="Oliver Stone")]
    )
    redactor = Redactor(registry, ner=False)
    text = "We waited. An hour later, AN said it. Then an officer came."
    assert redactor.redact(text).text == (
        "We waited. An hour later, OLIVER STONE said it. Then an officer came."
    )
    assert redactor.scan_for_leaks("*An anonymous source*") == []
    assert [f.start for f in redactor.scan_for_leaks("He is an AN fan")] == [9]


def test_a_capitals_aliass_declined_forms_count_only_in_capitals_too() -> None:
    """A mark "ШАЙ" put on a man's pots is declined as a noun ("ШАЮ"); "шаю" in lower case
    is no mark of his."""
    registry = Registry([Person("Айдемир Выдумов", gender="m", aliases=("ШАЙ",))])
    redactor = Redactor(registry, ner=False)
    assert redactor.scan_for_leaks("метка ШАЮ") != []
    assert redactor.scan_for_leaks("метка шаю") == []


def test_initials_joined_without_a_space_are_no_part_of_a_registered_name() -> None:
    """ "Л.Я. Аронсон" registered as a public figure: "Л.Я." is two initials, as "Л. Я." is,
    so "Аронсон" alone is the figure's surname, in capitals too."""
    redactor = Redactor(Registry([Person("Л.Я. Аронсон", public=True)]), ner=False)
    for text in ("Аронсон сказал", "АРОНСОН Л.Я. Я руковожу"):
        kinds = [(f.kind, text[f.start : f.end]) for f in redactor.analyze(text, "ru")]
        assert any(k == "public_person" and w.startswith(text.split()[0]) for k, w in kinds), kinds


def test_initials_alone_registered_as_an_alias_are_what_the_text_writes() -> None:
    """An alias "K.A." (a source's initials) is all the text writes of her: it is redacted,
    while initials beside a surname are dropped from the name's words."""
    registry = Registry([Person("Kateryna Vydumova", gender="f", aliases=("K.A.",))])
    out = Redactor(registry, ner=False).redact("Then K.A. wrote to us.").text
    assert "K.A." not in out


def test_a_registered_word_with_initials_is_a_surname_whatever_the_dictionary_guesses() -> None:
    """ "Небылоева Ф.А." registered as a public figure: the dictionary guesses "Небылоева"
    a first name, but beside initials the one word is the surname, and the text's
    "Небылоева Ф.А." is the figure, not a name nobody registered."""
    redactor = Redactor(Registry([Person("Небылоева Ф.А.", public=True)]), ner=False)
    text = "Подписи: Небылоева Ф.А., врач"
    kinds = [(f.kind, text[f.start : f.end]) for f in redactor.analyze(text, "ru")]
    assert kinds == [("public_person", "Небылоева Ф.А.")]


def test_a_priests_title_before_a_registered_first_name_is_no_initial() -> None:
    """ "о. Игорь" (father Igor) registered as a public figure: the lower-case "о." is a
    title, so "Игорь" stays a first name and "для о. Игоря" is the figure's."""
    redactor = Redactor(Registry([Person("о. Игорь", public=True)]), ner=False)
    text = "Переписала для о. Игоря, чтобы читать."
    assert redactor.redact(text).text == text
