"""Near-misses of registered names, by the check's own rules. Every person is fictional.

Expected hits come from the hand-written tables below, never from the redaction
engine: each row is a form of a registered name that no registry lists.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.check import NEAR_NAME, Check
from intake.check.near_names import distance, slavic_counterparts

REGISTERED = [
    "Сергей Кравченко",
    "Елена Кравченко",
    "Сергей Зуев",
    "Дмитрий Жуковский",
    "Аяс Хертек",
    "Доржу Монгуш",
]
CHECK = Check(REGISTERED)


def near_names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Потом Серёжкин рюкзак нашли.", "Серёжкин"),  # possessive of a diminutive
        ("Потом Димин телефон пропал.", "Димин"),  # possessive
        ("Димин телефон молчал.", "Димин"),  # a possessive opening a sentence
        ("Ночью Ленуська плакала.", "Ленуська"),  # hypocoristic
        ("Я сказала: Серёж, ответь.", "Серёж"),  # vocative
        ("Мама звала его Серёженькой.", "Серёженькой"),
        ("Потом пришёл Димон.", "Димон"),
        ("Звонила Леночка.", "Леночка"),
        ("В протоколе записали как «Кравчинко» в графе.", "Кравчинко"),  # misspelling
        ("Там был и Кравчинком тоже.", "Кравчинком"),  # misspelt and inflected
        ("Мы сидели с Хертеком.", "Хертеком"),  # surname stem + ending
        ("Говорили о Хертеке.", "Говорили о Хертеке."[11:18]),
        ("Он отдал Хертеку.", "Хертеку"),
        ("Мы жили рядом с Монгушом.", "Монгушом"),
        ("Писали про Жуковского.", "Жуковского"),
        ("Ещё была Зуевым подписана.", "Зуевым"),
        ("Нашли кравчинко в списке.", "кравчинко"),  # lower case, unknown to the dictionary
        ("Потом Cepёжкин написал.", "Cepёжкин"),  # Latin look-alike letters, folded
        ("Потом Серё\u200bжкин написал.", "Серё\u200bжкин"),  # an invisible character
        # a name cut short with its dot, in a retyped grid: a dictionary word alone ("мал")
        ("| Ахмед | 8-16 | (Крав.?) | вых |", "Крав"),
        ("Смена: Серг. и Ахмед до 16:00", "Серг"),
    ],
)
def test_an_unregistered_form_of_a_registered_name_is_a_near_miss(text: str, form: str) -> None:
    assert near_names(text) == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Сердце болело, лента порвалась.",  # dictionary words in lower case
        "Лента новостей молчала.",  # a dictionary word opening a sentence
        "Мы пили чай на кухне.",
        "Серый дом стоял у дороги.",
        "Он служил в части, потом вернулся домой.",
        "Дм. Донской; Зуе. пришёл",  # cut to two letters, or with one left out
    ],
)
def test_ordinary_words_that_start_like_a_name_are_not_near_misses(text: str) -> None:
    assert near_names(text) == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Then Seryozha called her.", "Seryozha"),
        ("Then Serezhin bag was found.", "Serezhin"),
        ("His wife Lenochka said so.", "Lenochka"),
        ("The file says Kravchinko.", "Kravchinko"),
        ("We met Zhukovsky's brother.", "Zhukovsky's"),
        ("They took Dima's phone.", "Dima's"),
        ("I saw Khertek there.", "Khertek"),
    ],
)
def test_a_latin_spelling_of_a_cyrillic_name_is_compared_too(text: str, form: str) -> None:
    assert near_names(text) == [form]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("skravchenko opened this issue", "skravchenko"),  # an initial glued: a handle
        ("**dzhukovskiy** commented", "dzhukovskiy"),
        ("Пишите ему на @szhukovsky, он ответит.", "szhukovsky"),
        ("4. Team: Backend / skravchenko / Brno", "skravchenko"),  # in a line with capitals
    ],
)
def test_a_handle_of_an_initial_glued_to_a_surname_is_a_near_miss(text: str, form: str) -> None:
    assert near_names(text) == [form]


# A surname of four letters is too short for any initial glued to it to count ("bmonk" is
# no one's); the first letter of the person's other name word makes it theirs
SHORT_SURNAMES = Check(["Jonas Frey", "Аяс Бурк"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("a41c0d2  jfrey  2024-03-02  Credits: add translators", "jfrey"),
        ("merged by freyj, not by the bot", "freyj"),
        ("в чате aburk и больше никого", "aburk"),
    ],
)
def test_a_login_of_a_short_surname_and_the_persons_initial_is_a_near_miss(
    text: str, form: str
) -> None:
    assert [text[h.start : h.end] for h in SHORT_SURNAMES.run(text) if h.kind == NEAR_NAME] == [
        form
    ]


def test_a_short_surname_with_another_initial_is_no_near_miss() -> None:
    text = "merged by kfrey and by pfrey; в чате oburk"
    assert [h for h in SHORT_SURNAMES.run(text) if h.kind == NEAR_NAME] == []


def test_lower_case_latin_words_that_start_like_a_name_are_not_near_misses() -> None:
    assert near_names("Her lens broke and the dimmer failed at length.") == []


def test_without_registered_people_there_are_no_near_misses() -> None:
    assert [h for h in Check([]).run("Серёжкин рюкзак, Кравчинко.") if h.kind == NEAR_NAME] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("кравченко", "кравчинко", 1), ("хертек", "хертек", 0), ("зуев", "зуева", 1)],
)
def test_edit_distance_counts_single_letter_changes(a: str, b: str, expected: int) -> None:
    assert distance(a, b, 3) == expected


def test_edit_distance_stops_past_its_limit() -> None:
    assert distance("кравченко", "жуковский", 2) == 3


# A wider registry for the forms below: first names whose short forms are also words.
COLLOQUIAL = Check(
    [
        "Анатолий Лисицын",
        "Николай Гребнев",
        "Михаил Котов",
        "Сергей Кравченко",
        "Ростислав Пахомов",
        "Игорь Орёл",
        "Людмила Ветрова",
        "Елена Кравченко",
        "Ксения Пахомова",
        "Рустам Назаров",  # a first name the check's table does not list
    ]
)


def colloquial(text: str) -> list[str]:
    return [text[h.start : h.end] for h in COLLOQUIAL.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a short stem, a suffix and an ending: a name's form even where it is also a word
        ("Было тихо. Толику позвонили ночью.", "Толику"),  # "толика" is a word
        ("Было тихо.\nТолик ушёл первым.", "Толик"),  # after a line break
        ("Было тихо. Мишка сказал, что уезжает.", "Мишка"),  # "мишка": a teddy bear
        ("— Серёжка, иди сюда!", "Серёжка"),  # after a dash; "серёжка": an earring
        ("Было тихо. Коляном его звали все.", "Коляном"),
        ("Было тихо. Ростя сказал, что уезжает.", "Ростя"),  # a stem the table adds
        ("Было тихо. Серёнька молчал.", "Серёнька"),
        ("Было тихо. Рустик молчал.", "Рустик"),  # the first four letters of Рустам
        ("Потом Рустику позвонили.", "Рустику"),
        # a surname whose vowel drops when it declines
        ("Было тихо. Орла забрали ночью.", "Орла"),
        ("Никто не говорил с Орлом.", "Орлом"),
        # lower case: a form the dictionary reads first as a name or place
        ("я написала лене вчера. Она молчит.", "лене"),
        ("Спроси у коле, он знает.", "коле"),
        # a line written all in lower case (a retyped chat): a capital is no sign there
        ("было тихо\nмишка сказал что уезжает", "мишка"),
        ("толику позвонили ночью", "толику"),
        ("[04.02.2026 19:10] ринат: и я тебя ксю. всё будет хорошо", "ксю"),  # Ксения, bare
    ],
)
def test_a_colloquial_form_is_a_near_miss_wherever_it_stands(text: str, form: str) -> None:
    assert colloquial(text) == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Люди стояли у ворот.",  # a stem with a bare ending, read first as a word
        "Только потом мы узнали.",  # "тол" + "ько": no suffix of a name's form
        "Колесо спустило. Котлы не работали.",
        "Кости болели, мы молчали.",
        "Мы видели многих людей.",  # lower case, read first as an ordinary word
        "Был сильный ветер, и он сказал мишка [имя] тоже.",  # a tag: the line had a capital
    ],
)
def test_ordinary_words_that_open_a_sentence_or_are_in_lower_case_are_not_asked_about(
    text: str,
) -> None:
    assert colloquial(text) == []


def test_a_kept_name_of_a_shop_does_not_explain_the_persons_short_form_elsewhere() -> None:
    """Only a kept string that is the word itself explains a near-miss: keeping «Мишка и
    Ко» (an organisation, kept by policy) says nothing about "Мишка" opening a sentence."""
    text = "Магазин «Мишка и Ко» закрыт. Было тихо. Мишка сказал, что уезжает."
    shop = (text.index("Мишка"), text.index("Ко»") + 2)
    asked = COLLOQUIAL.with_kept(["Мишка и Ко"]).run(text, [shop])
    assert [(h.kind, text[h.start : h.end]) for h in asked] == [(NEAR_NAME, "Мишка")]
    assert COLLOQUIAL.with_kept(["Мишка"]).run(text, [shop]) == []  # decided: the word itself


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Мы ждали, пока Кравчин-\nко вернётся.", "Кравчин-\nко"),  # misspelt and broken
        ("Потом Хертек-\nом занялись.", "Хертек-\nом"),
        ("Мама звала его Серёжень-\nкой.", "Серёжень-\nкой"),
    ],
)
def test_a_near_miss_broken_at_a_line_end_is_read_joined(text: str, form: str) -> None:
    assert near_names(text) == [form]


def test_a_near_miss_said_syllable_by_syllable_is_read_joined() -> None:
    assert near_names("Он повторял: Се-рёж-ка.") == ["Се-рёж-ка"]


def test_a_word_of_no_name_broken_at_a_line_end_is_not_asked_about() -> None:
    assert near_names("Мы долго жда-\nли, потом всё кон-\nчилось.") == []


ENGLISH = Check(["William Carter", "Elizabeth Moore"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("It was quiet. Will said he was leaving.", "Will"),  # a word opening a sentence
        ("Bill's car was outside.", "Bill's"),
        ("i told bill and liz about it", "bill"),  # a line all in lower case
        ("write to bill.carter@mail.example", "bill"),  # an address
    ],
)
def test_a_short_form_of_an_english_first_name_is_a_near_miss(text: str, form: str) -> None:
    first = next(text[h.start : h.end] for h in ENGLISH.run(text) if h.kind == NEAR_NAME)
    assert first == form


def test_english_words_that_start_like_a_short_form_are_not_near_misses() -> None:
    text = "Helpers came. The bill was paid. Billions were lost, and Bethany left."
    assert [text[h.start : h.end] for h in ENGLISH.run(text) if h.kind == NEAR_NAME] == []


def test_a_latin_short_form_of_a_russian_name_is_asked_about_in_lower_case_too() -> None:
    text = "Then I told tolik and kolya's wife about it, and kolyas brother."
    assert [text[h.start : h.end] for h in COLLOQUIAL.run(text) if h.kind == NEAR_NAME] == [
        "tolik",
        "kolya's",
        "kolyas",
    ]


def test_wrapped_prose_is_not_read_as_a_chat_typed_in_lower_case() -> None:
    """A line without capitals that continues a sentence of the line before is prose, not
    a retyped chat: its words are read as usual ("мишка" here is a toy)."""
    prose = (
        "Когда мы вернулись домой после долгой дороги через поле, на столе\n"
        "лежал старый плюшевый мишка и тетрадь, которую никто не открывал."
    )
    assert colloquial(prose) == []
    chat = "Переписка:\nмишка сказал что уезжает\nя не поверила"
    assert colloquial(chat) == ["мишка"]


def test_a_line_too_long_for_wrapped_prose_without_a_capital_was_typed_in_lower_case() -> None:
    """A recogniser's transcript under a header with no full stop: one long line."""
    said = "ну вот " + "и мы долго ждали и никто не пришёл " * 6 + "а мишка сказал что уезжает"
    assert colloquial("Голосовое 2, расшифровка\n" + said) == ["мишка"]
    assert colloquial("Голосовое 2, расшифровка\nа мишка сказал что уезжает") == []


def test_each_half_of_a_hyphenated_word_is_compared() -> None:
    check = Check(["Анна-Мария Петрова-Водкина", "Сергей Кравченко"])
    text = "Было тихо. Петровой-Водкиной звонили. Кравчинко-младший пришёл. Нью-Йорк далеко."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [
        "Петровой-Водкиной",
        "Кравчинко-младший",
    ]


def full_levenshtein(a: str, b: str) -> int:
    """Every cell of the table: the plain definition the banded one must agree with."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@settings(max_examples=400, deadline=None)
@given(
    a=st.text(alphabet="абвгд", max_size=10),
    b=st.text(alphabet="абвгд", max_size=10),
    limit=st.integers(min_value=0, max_value=3),
)
def test_edit_distance_is_exact_within_its_limit_and_one_past_it_beyond(
    a: str, b: str, limit: int
) -> None:
    exact = full_levenshtein(a, b)
    assert distance(a, b, limit) == (exact if exact <= limit else limit + 1)


COMMON_WORD_SURNAMES = Check(["Пётр Волк", "Игорь Сова", "Олег Мороз", "Ахмед Хаджи"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Волк пришёл домой поздно.", "Волк"),  # the surname itself, opening a sentence
        ("Сова сказал, что придёт.", "Сова"),
        ("Мороз ответил не сразу.", "Мороз"),
        ("Хаджи сказал, что придёт.", "Хаджи"),
        ("Волку позвонили ночью.", "Волку"),  # in another case
    ],
)
def test_a_surname_that_is_a_common_word_is_asked_about_opening_a_sentence(
    text: str, form: str
) -> None:
    hits = COMMON_WORD_SURNAMES.run(text)
    assert [(h.kind, text[h.start : h.end]) for h in hits] == [(NEAR_NAME, form)]


def test_the_common_word_in_lower_case_is_not_asked_about() -> None:
    assert COMMON_WORD_SURNAMES.run("В лесу выл волк, и была сова.") == []


def test_a_writer_who_opens_sentences_in_lower_case_is_asked_about_the_word_too() -> None:
    """Notes dictated and wrapped at a width: no one line tells that the writer types in
    lower case, and the pseudonyms put in have capitals; the sentence opening in lower
    case does. The surname's word there may be the person, and review decides."""
    notes = (
        "14.03 13:05\nкороче посылку не взяли сказал отдам завтра это для\n"
        "Марии передать ей обязательно а не соседке волку Ольга говорит\n"
        "что она родственница но я не отдаю\n"
    )
    asked = COMMON_WORD_SURNAMES.run(notes)
    assert [notes[h.start : h.end] for h in asked if h.kind == NEAR_NAME] == ["волку"]
    capitalised = notes.replace("короче", "Короче")
    assert [h for h in COMMON_WORD_SURNAMES.run(capitalised) if h.kind == NEAR_NAME] == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Later we asked Wolf about the van.", "Wolf"),  # Волк, put into English
        ("Tell Frost's wife to call.", "Frost's"),  # Мороз, an English possessive
        ("Owl, can you bring the contract?", "Owl"),  # Сова, spoken to, opening a sentence
    ],
)
def test_a_surname_put_into_english_is_asked_about(text: str, form: str) -> None:
    hits = COMMON_WORD_SURNAMES.run(text)
    assert (NEAR_NAME, form) in [(h.kind, text[h.start : h.end]) for h in hits]


@pytest.mark.parametrize(
    ("registered", "text", "form"),
    [
        ("Nikos Kesidis", "Then Nick's student ID is needed.", "Nick's"),
        ("Николай Выдумов", "In London he goes by Nicky now.", "Nicky"),
    ],
)
def test_the_english_name_a_first_name_is_is_a_near_miss(
    registered: str, text: str, form: str
) -> None:
    hits = Check([registered]).run(text)
    assert (NEAR_NAME, form) in [(h.kind, text[h.start : h.end]) for h in hits]


def test_a_surnames_english_word_in_a_title_is_not_a_near_miss() -> None:
    text = "They staged The Owl at school, and Wolf Lake in spring."
    assert [h for h in COMMON_WORD_SURNAMES.run(text) if h.kind == NEAR_NAME] == []


def test_the_english_word_is_not_asked_about_without_the_surname() -> None:
    check = Check(["Пётр Выдумкин"])
    text = "Later we asked Wolf about the van. Owl, can you bring it?"
    assert [h for h in check.run(text) if h.kind == NEAR_NAME] == []


UNLISTED_FIRST_NAMES = Check(["Гульнара Выдумкина", "Сослан Выдумов", "Зарема Выдумова"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Потом Гуля сказала, что устала.", "Гуля"),  # Tatar: Гульнара
        ("Мы долго говорили с Гулей.", "Гулей"),
        ("Гульнарочка, ответь.", "Гульнарочка"),
        ("Сосик пришёл домой поздно.", "Сосик"),  # Ossetian: Сослан
        ("Вчера звонила Зара.", "Зара"),  # Chechen: Зарема
    ],
)
def test_a_short_form_of_a_first_name_no_table_lists_is_a_near_miss(text: str, form: str) -> None:
    hits = UNLISTED_FIRST_NAMES.run(text)
    assert [(h.kind, text[h.start : h.end]) for h in hits] == [(NEAR_NAME, form)]


def test_words_that_only_share_three_letters_with_such_a_name_are_not() -> None:
    assert UNLISTED_FIRST_NAMES.run("Мы гуляли долго. Гулко было, сосны шумели.") == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("[12.03.24, 14:05] Марат: мишка сказал что придёт", "мишка"),  # a chat export
        ("Марат: толику передай привет", "толику"),
        ("[14:05] Айгуль Выдумова: мишка звонил", "мишка"),
        ("[14:05] [имя]: мишка звонил", "мишка"),  # the sender's name already a tag
        # a phone's export stamp, and a flat's number after the sender's name
        ("18.10.2025, 08:05 - Айгуль кв 12: мишка не фоткай документы!!!", "мишка"),
        (  # a long message after a line that ends mid-sentence: a new message all the same
            "[04.02 19:10] мама: длинное сообщение про то как мы ехали и что говорили в Курске\n"
            "[05.02 02:17] Айгуль В.: тут не спали. мишка звонил ночью, говорил что всё хорошо",
            "мишка",
        ),
    ],
)
def test_a_chat_exports_sender_label_does_not_hide_a_lower_case_message(
    text: str, form: str
) -> None:
    assert colloquial(text) == [form]


UNLISTED = Check(
    ["Нуржан Выдумов", "Ерболат Сочинов", "Zarema Vydumova", "Вахтанг Сочинидзе", "Rizvan Vydumov"]
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Потом Нурик позвонил.", "Нурик"),  # the first syllable and -ик
        ("Ерик просит передать.", "Ерик"),  # opening a sentence: the dictionary's "ерик" too
        ("Zarochka mne zvonila.", "Zarochka"),  # -очка in Latin letters
        ("Мы ждали Зарочку.", "Зарочку"),  # a Latin registry entry, the form in Cyrillic
        ("Potom Nurika otpustili.", "Nurika"),  # a Cyrillic entry, the form in Latin letters
        ("Ещё Вахо сказал.", "Вахо"),  # a bare -о after the syllable
        ("Then Riza called.", "Riza"),  # a bare -а after it, for a man too
        ("and then nuriks wife called", "nuriks"),  # a possessive without its apostrophe
        ("Потом Нуреке сказал.", "Нуреке"),  # the Kazakh respectful -еке
    ],
)
def test_a_first_name_no_table_lists_clipped_to_its_first_syllable_is_a_near_miss(
    text: str, form: str
) -> None:
    assert [text[h.start : h.end] for h in UNLISTED.run(text) if h.kind == NEAR_NAME] == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Ерунда какая-то.",
        "Era of change.",
        "Заря встала. Зарплата пришла.",
        "Потом Нурсултан пришёл.",  # asked, but as an unknown capitalised word
        "Потом Ерема пришёл.",
    ],
)
def test_words_that_only_start_like_the_first_syllable_are_not_clipped_forms(text: str) -> None:
    assert [h for h in UNLISTED.run(text) if h.kind == NEAR_NAME] == []


OTHER_PEOPLES = Check(
    ["Гиорги Выдумелидзе", "Таймураз Сочиноев", "Ованес Придумян", "Исаак Выдумер"]
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Потом Гоги позвонил.", "Гоги"),  # Georgian: Гиорги
        ("Мы ждали Гогу до вечера.", "Гогу"),
        ("Потом Тамику передали.", "Тамику"),  # Ossetian: Таймураз
        ("Вчера Tamik called.", "Tamik"),  # in Latin letters
        ("Ещё Ваник сказал.", "Ваник"),  # Armenian: Ованес
        ("Потом Изя написал.", "Изя"),  # Исаак
        ("Вчера Таймуразик звонил.", "Таймуразик"),  # the name's own stem still counts
    ],
)
def test_a_short_form_of_another_peoples_name_that_starts_unlike_it_is_a_near_miss(
    text: str, form: str
) -> None:
    hits = OTHER_PEOPLES.run(text)
    assert [text[h.start : h.end] for h in hits if h.kind == NEAR_NAME] == [form]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("По-корейски у него ещё имя есть, [имя] Су, так бабушка звала.", "Су"),  # a word: "су"
        ("Then [name] Lee called again.", "Lee"),
        ("В списке был [фамилия] Ли.", "Ли"),
        ("Flat 3. Buzzer says [name]/NOVAK. 10ish?", "NOVAK"),  # another name beside it
    ],
)
def test_a_capitalised_word_right_after_a_names_tag_is_asked_about(text: str, word: str) -> None:
    """The rest of a name whose first part was tagged (a Korean given name of two syllables),
    whatever the dictionary says of it."""
    assert word in near_names(text)


@pytest.mark.parametrize(
    "text", ["Звонил [телефон] Москва, потом все.", "[имя]. Потом пришёл.", "[имя] сказал: Да."]
)
def test_a_word_after_another_tag_or_after_a_sentence_end_is_not_taken_for_a_name(
    text: str,
) -> None:
    assert near_names(text) == []


def test_a_latin_word_opening_like_a_first_name_no_table_lists_is_asked_about() -> None:
    """A short form in the name's own language ("Toikka" for the Finnish Toivo), even where
    it opens a sentence; an English word that opens alike is not."""
    check = Check(["Toivo Kettunen"])
    asked = [h for h in check.run("It was fine. Toikka is the guy.") if h.kind == NEAR_NAME]
    assert len(asked) == 1
    assert [h for h in check.run("Toilet paper is there.") if h.kind == NEAR_NAME] == []


def test_an_english_word_a_letter_away_from_a_registered_name_is_asked_about() -> None:
    """ "Sargo" (a fish in the dictionary) for Sargon, opening a sentence in quotes."""
    check = Check(["Sargon Vydumov"])
    text = '"Sargo always called on Sundays," she says.'
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Sargo"]


def test_a_title_after_a_names_tag_is_not_taken_for_the_rest_of_the_name() -> None:
    """ "[name] Military Court": the tag stood for a word a rule took for a name, and the
    capitalised words after it are an institution's title."""
    assert near_names("The case is at the Abakan [name] Military Court now.") == []


def test_a_name_a_recogniser_split_in_two_is_read_joined_in_a_lower_case_line() -> None:
    assert near_names("ну пусть напишет крав ченко или кто там") == ["крав ченко"]
    assert near_names("so call zhukov skiy again") == ["zhukov skiy"]


def test_a_chinese_name_in_palladius_letters_is_read_in_pinyin_too() -> None:
    """ "Чжан" is "Zhang" in pinyin, in capitals on a parcel's label too; "ФСБ" stays an
    acronym."""
    check = Check(["Алексей Чжан", "Мин Цзян"])
    text = "в накладной фамилию латиницей пишут ZHANG, почта не находит; Jiang тоже; ФСБ"
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["ZHANG", "Jiang"]


def test_english_words_a_recogniser_made_of_a_name_are_read_by_their_sound() -> None:
    """ "by bull art of" sounds as Baibulatov does; "by a lot of" does not, nor do the same
    words in a line that capitalises (typed, not recognised)."""
    check = Check(["Ильшат Байбулатов"])

    def near(text: str) -> list[str]:
        return [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]

    text = "Speaker 1  00:31\nthank you mister by bull art of can you confirm your name"
    assert near(text) == ["by bull art of"]
    assert near("we got there by a lot of work and luck, all of us together today") == []
    assert near("We got there by bull art of the kind Mr Smith likes.") == []


def test_a_transcripts_turn_after_its_speaker_and_time_is_a_line_of_its_own() -> None:
    """ "Speaker 2  09:02" heads the turn: the lower-case line under it is typed so, not
    wrapped prose going on from the heading."""
    text = "Speaker 2  09:02\nthe respondent notes the cousin mister krav chenko has not come"
    assert near_names(text) == ["krav chenko"]
    assert near_names("SPEAKER_01 [00:04:31]\nну пусть напишет крав ченко или кто там") == [
        "крав ченко"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("R. Good Friday, Marsh Lane", ["Good Friday"]),  # after an initial
        ("Mr Good-Friday writes to us weekly.", ["Good-Friday"]),  # after a title
        ("Mr Roger Good Friday writes.", ["Roger", "Good Friday"]),  # after the first name
        ("Good Friday falls on 3 April next year.", []),  # the feast, opening a sentence
        ("The service is on Good Friday at six.", []),  # after a small word
    ],
)
def test_a_compound_surname_written_apart_after_an_initial_or_a_name_is_asked(
    text: str, found: list[str]
) -> None:
    """ "Goodfriday" written as the feast's two words: after what stands before a name."""
    check = Check(["Roger Goodfriday"])
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == found


def test_two_ordinary_words_in_a_lower_case_line_are_not_read_joined() -> None:
    assert near_names("ну пусть напишет кто там в паспорте как было") == []


INNER = Check(["Евлампия Тестова"])  # a first name the short-form table does not list


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Вчера Лампа звонила тёте.", "Лампа"),
        ("Лампа звонила тёте.", "Лампа"),  # opening a sentence, though a dictionary word
        ("Then Lampa called.", "Lampa"),
        ("I told Lampis.", "Lampis"),  # a Greek ending
    ],
)
def test_a_short_form_clipped_from_inside_a_first_name_is_a_near_miss(text: str, form: str) -> None:
    """Евлампия -> "Лампа", the syllable after the first with its onset and an ending."""
    assert [text[h.start : h.end] for h in INNER.run(text) if h.kind == NEAR_NAME] == [form]


def test_a_lower_case_word_of_that_shape_is_not_asked_about() -> None:
    text = "В комнате лампа горела, а Лента закрылась."
    assert [h for h in INNER.run(text) if h.kind == NEAR_NAME] == []


SEAL = Check(["Мартын Тюлень"])  # a surname that is a common word (a seal)


def test_a_surname_word_opening_a_sentence_of_a_writer_who_types_no_capitals_is_asked() -> None:
    """Where sentences open in lower case, a lower-case word opening one tells as much as
    a capitalised one elsewhere ("Тюлень пришёл")."""
    chat = "[03.04.2026 21:22] Артём: да. тюлень это ротный наш, Мартын его звать"
    assert [chat[h.start : h.end] for h in SEAL.run(chat) if h.kind == NEAR_NAME] == [
        "тюлень",
        "Мартын",
    ]


def test_a_word_spelt_out_letter_by_letter_is_asked_about() -> None:
    """A name spelt so it is written right ("к, р, а, в, ч, е, н, к, о") is a near-miss;
    any other word spelt so is a code; a list's labels in the alphabet's order are not."""
    from intake.check import NUMBER

    text = "С: Фамилию по буквам — к, р, а, в, ч, е, н, к, о. Две «а»? Нет."
    assert [(text[h.start : h.end], h.kind) for h in CHECK.run(text) if h.kind != "x"] == [
        ("к, р, а, в, ч, е, н, к, о", NEAR_NAME)
    ]
    text = "Пароль по буквам: Q-X-7-R-W, пункты а, б, в, г."
    assert [(text[h.start : h.end], h.kind) for h in CHECK.run(text)] == [("Q-X-7-R-W", NUMBER)]


def test_a_surname_word_in_lower_case_after_a_word_passed_on_to_someone_is_asked() -> None:
    """ "передай тюленю спасибо": whom a thanks or a greeting goes to is a person, and a
    writer in a hurry writes a surname that is a word in lower case."""
    text = "Адвокату отдали 40 т.р. за апелляцию. передай тюленю\nспасибо что смотрит за тобой."
    assert [text[h.start : h.end] for h in SEAL.run(text) if h.kind == NEAR_NAME] == ["тюленю"]
    text = "привет от нас тюленю! Отдали 40 руб. за то, что тюленю дали рыбы."
    assert [text[h.start : h.end] for h in SEAL.run(text) if h.kind == NEAR_NAME] == ["тюленю"]


def test_the_word_inside_a_sentence_or_where_sentences_open_capitalised_is_not() -> None:
    text = "[03.04.2026 21:22] Артём: Да. Видели, как тюлень нырял у воды."
    assert [h for h in SEAL.run(text) if h.kind == NEAR_NAME] == []
    chat = "[03.04.2026 21:22] Артём: да. видели как тюлень нырял у воды. Потом ушли"
    assert [h for h in SEAL.run(chat) if h.kind == NEAR_NAME] == []


HEADS = Check(["Баянжан Тестов", "Амира Выдумова"])  # first names no short-form table lists


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Мы ждали до вечера. Баян приехал один.", "Баян"),
        ("Никто не звонил. Баяну сказали ждать.", "Баяну"),
        ("В тот день Баяну сказали ждать.", "Баяну"),  # inside a sentence, as before
    ],
)
def test_a_first_names_beginning_is_asked_about_though_a_dictionary_word(
    text: str, form: str
) -> None:
    """A first name no table lists is also said by its beginning, declined: Баянжан ->
    "Баян", "Баяну" (a button accordion to the dictionary); such a word is asked about
    where it opens a sentence too."""
    found = [text[h.start : h.end] for h in HEADS.run(text) if h.kind == NEAR_NAME]
    assert found == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Мы ждали до вечера. Баянист пришёл.",  # more than an ending after the stem
        "Мы ждали до вечера. Люди пришли.",  # no registered name begins so
    ],
)
def test_a_dictionary_word_opening_a_sentence_that_no_name_begins_with_is_not_asked(
    text: str,
) -> None:
    assert [h for h in HEADS.run(text) if h.kind == NEAR_NAME] == []


ALTERED = Check(["Павел Волк", "Иван Жук", "Denis Yizhak"])  # surnames that are words


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Во дворе его звали Волчок, так и повелось.", "Волчок"),
        ("Потом Волчка отпустили утром.", "Волчка"),  # the suffix's fleeting vowel
        ("Жучок пришёл первым.", "Жучок"),  # opening a sentence, though a dictionary word
        ("вот жучок пришёл ко мне и молчит", "жучок"),  # a line typed in lower case
        ("everyone at school called him yizhachok back then", "yizhachok"),
    ],
)
def test_a_diminutive_that_alters_a_names_last_consonant_is_a_near_miss(
    text: str, form: str
) -> None:
    """A nickname made from a surname's word: Волк -> "Волчок", Жук -> "Жучок", Yizhak ->
    "yizhachok" (к becomes ч before the diminutive's suffix)."""
    assert [text[h.start : h.end] for h in ALTERED.run(text) if h.kind == NEAR_NAME] == [form]


def test_the_altered_stem_needs_a_diminutives_suffix() -> None:
    text = "Мы купили ребёнку волчий свисток и жучий домик."
    assert [h for h in ALTERED.run(text) if h.kind == NEAR_NAME] == []


TRANSLIT = Check(["Константин Выдумов"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("napomni pro posylku, iz roty kosti napisali vchera", "kosti"),
        ("mama skazala chto kostin den rozhdeniya v subbotu", "kostin"),
    ],
)
def test_a_short_form_with_a_bare_ending_in_latin_letters_is_a_near_miss(
    text: str, form: str
) -> None:
    """Russian typed in Latin letters in lower case: Костя's genitive "kosti" and its
    possessive "kostin" (no English word ends a short stem so)."""
    assert [text[h.start : h.end] for h in TRANSLIT.run(text) if h.kind == NEAR_NAME] == [form]


def test_an_english_word_with_a_short_stem_and_a_bare_ending_is_not_asked() -> None:
    assert [
        h for h in TRANSLIT.run("we paid the costs and the cost was high") if h.kind == NEAR_NAME
    ] == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a transcript's time stamp opens each line; a bracketed note is no engine's tag
        (
            "00:00:29  so we talked about the family and the trip and the school\n"
            "00:00:35  [laughter] yes and then everyone at school called him kosti anyway",
            "kosti",
        ),
        # a notes app's numbered, dated lines; an acronym in capitals is no capitalised name
        (
            "[12] 2025-11-15 18:44  mama skazala v subbotu pro posylku i pro tort\n"
            "[13] 2025-11-18 07:02  iz roty kosti napisal v telegram sprosit ego IIN dlya perevoda",
            "kosti",
        ),
    ],
)
def test_a_stamped_line_with_an_acronym_or_a_note_in_brackets_is_typed_in_lower_case(
    text: str, form: str
) -> None:
    assert [text[h.start : h.end] for h in TRANSLIT.run(text) if h.kind == NEAR_NAME] == [form]


def test_a_line_with_the_engines_tag_is_not_read_as_typed_in_lower_case() -> None:
    """A tag stands where a name was written, perhaps with a capital."""
    text = "Потом пришла новость.\n[имя] сказал, что kosti там нет и не будет больше никогда"
    assert [h for h in TRANSLIT.run(text) if h.kind == NEAR_NAME] == []


def test_a_russian_short_form_of_a_first_name_registered_in_latin_letters_is_asked() -> None:
    """ "Kir" (a drink to an English dictionary) for a Kirill registered in Latin letters:
    the first name is read back into Cyrillic for the table of short stems."""
    check = Check(["Kirill Vydumoff"])
    text = "The mix was bad. Kir wore a cap. Kir's passport took an hour. Then Kirya left."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["Kir", "Kir's", "Kirya"]


@pytest.mark.parametrize(
    ("registered", "text", "form"),
    [
        ("Innokenty Vydumov", "Granny called him Kesha.", "Kesha"),
        ("Anatoly Vydumov", "Then Tolik wrote again.", "Tolik"),
        ("Gennady Vydumov", "Then Gena wrote again.", "Gena"),
    ],
)
def test_a_first_name_ending_in_y_registered_in_latin_letters_has_its_short_forms(
    registered: str, text: str, form: str
) -> None:
    """The English convention writes a final -ий "-y" ("Innokenty" for Иннокентий): read
    back into Cyrillic, the name finds its table's short stems ("Kesha", "Tolik")."""
    check = Check([registered])
    assert form in [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("[12.10.25, 21:20] Ерке: стаас я сказала не могу слушать", "стаас"),
        ("Потом Леееена пришла домой.", "Леееена"),
    ],
)
def test_a_name_stretched_for_emphasis_is_a_near_miss(text: str, form: str) -> None:
    check = Check(["Станислав Выдумов", "Елена Выдумова"])
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [form]


NOUN_SURNAMES = Check(["Мария Ремень", "Олег Ложка"])  # surnames declined as nouns


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Благодарю. Ремнём тоже займитесь, у него печь дымит.", "Ремнём"),  # е drops
        ("Принял. Ремнями займусь в субботу.", "Ремнями"),  # the family, opening
        ("У Ложек на участке сломана калитка.", "Ложек"),  # a vowel the plural inserts
    ],
)
def test_a_surname_declined_as_a_noun_with_its_vowel_dropped_or_inserted_is_a_near_miss(
    text: str, form: str
) -> None:
    assert [text[h.start : h.end] for h in NOUN_SURNAMES.run(text) if h.kind == NEAR_NAME] == [form]


def test_a_surname_registered_in_latin_letters_and_written_in_cyrillic_is_a_near_miss() -> None:
    """ "Lohi" in a Russian line: "Меня зовут... Лохи?" (also a dictionary word)."""
    check = Check(["Sigrun Vydulohi"])
    text = "Она сказала: меня зовут Сигрун. Меня зовут... Выдулохи? Вот."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["Сигрун", "Выдулохи"]


@pytest.mark.parametrize(
    ("registered", "text", "form"),
    [
        ("Агафья Выдумкина", "Вчера Гаша звонила.", "Гаша"),
        ("Прасковья Выдумкина", "Вчера Параша звонила.", "Параша"),
        ("Митрофан Выдумкин", "Вчера Митроша звонил.", "Митроша"),
        ("Матрёна Выдумкина", "Вчера Мотя звонила.", "Мотя"),
        ("Ярослава Выдумкина", "Обед. Ясе жарко.", "Ясе"),  # a woman's short stem
    ],
)
def test_short_forms_of_names_less_often_given_are_near_misses(
    registered: str, text: str, form: str
) -> None:
    """The check's own stems of older names, whose short forms start unlike them."""
    check = Check([registered])
    assert form in [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]


@pytest.mark.parametrize(
    ("registered", "text", "form"),
    [
        ("Даниэль Выдумчик", "Кого захватить? Выдумя могу.", None),  # no dictionary root
        ("Даниэль Ковальчик", "Кого захватить? Коваля могу.", "Коваля"),
        ("Дарина Бондаренко", "Вчера Бондарь звонила.", "Бондарь"),
    ],
)
def test_a_nickname_clipped_from_a_surnames_suffix_is_a_near_miss(
    registered: str, text: str, form: str | None
) -> None:
    """ "Коваль" for Ковальчик, "Бондарь" for Бондаренко: the word the surname is made
    from, as a team or a school calls its bearer."""
    found = [text[h.start : h.end] for h in Check([registered]).run(text) if h.kind == NEAR_NAME]
    assert (form in found) if form else found == []


@pytest.mark.parametrize(
    ("registered", "text", "found"),
    [
        # the word before -ин, -ов: a nickname, capitalised inside a sentence
        ("Дмитрий Саблин", "Кстати, Сабля — так его звали. Я с Саблей.", ["Сабля", "Саблей"]),
        ("Кирилл Жуков", "Позвоню. Твой Жук, как всегда. Я с Жуком.", ["Жук", "Жуком"]),
        ("Ольга Кедрова", "Дом у Кедрача.", []),  # no case ending after the word
        ("Ольга Кедрова", "В чате её звали Кедр, кедр это дерево.", ["Кедр"]),
        # opening a sentence, declined, it is asked about too; in lower case it is the word
        ("Дмитрий Саблин", "Сабля висела на стене, рядом сабли.", ["Сабля"]),
        ("Кирилл Ершов", "Ершу дали срок. Рыбу ели: ерши, окунь.", ["Ершу"]),
        ("Кирилл Ершов", "Ершистый был парень. Ерунда.", []),  # no noun's ending after it
        # an adjectival surname declined, its stem however short
        ("Вадим Злой", "Злому сейчас 61 год. А злые собаки лают.", ["Злому"]),
        # a first name's or a patronymic's base is no surname's word
        ("Марина Выдумова", "Пришла Мара, и Марс был виден.", []),
    ],
)
def test_the_word_a_surname_is_made_of_is_a_near_miss_inside_a_sentence(
    registered: str, text: str, found: list[str]
) -> None:
    """Саблин's "Сабля", Жуков's "Жук": friends call the bearer by the word the surname is
    made of. Capitalised, inside a sentence or opening one, it is asked about; in lower
    case it is the word."""
    hits = [text[h.start : h.end] for h in Check([registered]).run(text) if h.kind == NEAR_NAME]
    assert hits == found


def test_an_english_short_form_of_a_name_registered_in_cyrillic_is_a_near_miss() -> None:
    """ "Danny" for Даниэль: the English short form of the name's Latin spelling."""
    text = "Get well soon! Danny at 10:25 is OK. Danny's parents came."
    found = [text[h.start : h.end] for h in Check(["Даниэль Выдумчик"]).run(text)]
    assert found == ["Danny", "Danny's"]


def test_a_polish_short_form_written_in_cyrillic_is_a_near_miss() -> None:
    """Jakub's "Kuba", as a Russian chat writes it and declines it; the words it begins
    are not."""
    check = Check(["Jakub Wymyślony"])
    text = "Спасибо, Куба. Серафимке и Кубе — спасибо! Кубик льда, Кубок страны."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["Куба", "Кубе"]


def test_a_short_latin_name_in_cyrillic_is_a_near_miss() -> None:
    """A three-letter Latin first name is too short for the stems' rules, so its Cyrillic
    spellings are compared whole: Lea's "Лея", "Леи"; "Лена", "лекарство" are not."""
    check = Check(["Lea Vymyslova"])
    text = "Книга для Леи. Потом Лее передали. Лена принесла лекарство."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["Леи", "Лее"]


def test_a_handle_built_of_a_clipped_surname_is_a_near_miss() -> None:
    """ "el.kharit" for Elpida Kharitonidi: the first half of a surname in a user name."""
    check = Check(["Elpida Kharitonidi"])
    text = "el.kharit: me. also kharit@example.org; the khar.it shop"
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["kharit", "kharit"]


FOND = Check(["Милана Выдумова", "Любовь Выдумкина", "Иван Выдумский"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Звоните мне. Милаша ходит в ясли.", "Милаша"),  # a dictionary word opening it
        ("Потом Любаше позвонили.", "Любаше"),
        ("Ваняша спал до обеда.", "Ваняша"),
    ],
)
def test_a_short_form_with_a_suffix_of_endearment_is_a_near_miss(text: str, form: str) -> None:
    """-аша, -яша: Мила -> "Милаша", Люба -> "Любаша", Ваня -> "Ваняша"."""
    assert [text[h.start : h.end] for h in FOND.run(text) if h.kind == NEAR_NAME] == [form]


WIVES = Check(["Сергей Журавль", "Пётр Кузнецов", "Ольга Лисица"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Мы с тобой. Журавлиху в обиду не дадим.", "Журавлиху"),  # a dictionary word
        ("Говорят, Кузнечиха всё видела.", "Кузнечиха"),  # the surname's word, altered
        ("«Лисичка, отправь скан», — приписка.", "Лисичка"),  # a noun's diminutive
    ],
)
def test_a_surnames_word_as_a_wifes_name_or_a_diminutive_is_a_near_miss(
    text: str, form: str
) -> None:
    """The wife's name the village makes of a surname (Журавль -> "Журавлиха", Кузнецов ->
    "Кузнечиха"), and the diminutive of a surname that is a noun (Лисица -> "Лисичка")."""
    assert [text[h.start : h.end] for h in WIVES.run(text) if h.kind == NEAR_NAME] == [form]


def test_the_common_words_in_lower_case_are_not_asked_about() -> None:
    text = "В лесу жила лисичка, у журавлихи птенцы. Прыгал кузнечик, журавль летел."
    assert [h for h in WIVES.run(text) if h.kind == NEAR_NAME] == []


ADDRESSED = Check(["Елена Выдумова", "Сергей Выдумкин", "Zhanna Vymyslova"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Vika: len, call me. Then Anna came.", "len"),
        ("Vika: seryozh, where are you? Then Anna came.", "seryozh"),
        ("Aidos: zhan, can I ask something? Then Anna came.", "zhan"),
        ("Ok, len. Then Anna came.", "len"),
    ],
)
def test_a_vocative_typed_in_latin_letters_in_lower_case_is_a_near_miss(
    text: str, form: str
) -> None:
    """Russian's vocative cuts a name's ending ("Лен", "Серёж", "Жан"); a chat typed in
    Latin letters writes it in lower case, where it is said to someone."""
    assert [text[h.start : h.end] for h in ADDRESSED.run(text) if h.kind == NEAR_NAME] == [form]


def test_the_same_letters_not_said_to_anyone_are_not_asked_about() -> None:
    text = "The len of it is fine. Then Anna came."
    assert [h for h in ADDRESSED.run(text) if h.kind == NEAR_NAME] == []


def test_an_adjectival_surname_in_the_familys_plural_opening_a_sentence_is_a_near_miss() -> None:
    """Серебряный: "Серебряные не плачут" names the family, though the dictionary reads
    the word as "silver"; "Серебристый", another word, is not asked about."""
    check = Check(["Константин Серебряный"])
    text = "Прости, сынок. Серебряные не плачут. Серебристый цвет."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Серебряные"]


def test_a_first_names_first_three_letters_alone_are_a_near_miss() -> None:
    """ "Vio" for Viorica, a name no table lists, opening a sentence."""
    check = Check(["Viorica Vymyslova"])
    text = "Yulia brought photos. Vio said hi. Violence was not the topic."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Vio"]


def test_a_first_names_first_three_letters_are_a_near_miss_though_an_english_word() -> None:
    """ "Del" for Delgir opening a sentence: English knows "del", but a name no table lists
    is clipped so; "Delays", an English word that goes on, is not asked about."""
    check = Check(["Delgir Vymyslova"])
    text = "Coach's note: she came in 2022. Del prefers Gera. Delays happen."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Del"]


def test_a_first_name_without_its_opening_vowel_is_a_near_miss_as_a_diminutive() -> None:
    """Егор is "Горка" to a grandmother, Ефим "Фимка"; "Горький", another word, and the
    stem alone are not asked about."""
    check = Check(["Егор Выдумкин", "Ефим Небывалов"])
    text = "Бабушка звала его Горка, а брата Фимка. Читали Горький. Потом Гор ушёл."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [
        "Горка",
        "Фимка",
    ]


def test_a_diminutive_in_a_voice_messages_lower_case_transcript_is_a_near_miss() -> None:
    """A grandmother's voice messages, transcribed in lower case after an emoji and a
    "Transcript" label: "маркушенька" (Марк, -уша and -енька) is asked about, capitalised
    too; "маркетинг" is no diminutive."""
    check = Check(["Марк Борисович Выдумкин"])
    text = (
        "[20.11.2025, 13:40] Бабуля ❤️: 🎤 Transcript (ru): маркушенька доброе утро\n"
        "[20.11.2025, 13:41] Бабуля ❤️: 🎤 Transcript (ru): маркетинг мне не нужен\n"
        "Привет. Потом Маркушенька пришёл."
    )
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [
        "маркушенька",
        "Маркушенька",
    ]
    # a surname that is a word, as a diminutive: "сухарику" is a rusk too, but in a
    # message typed in lower case it is asked about
    check = Check(["Пётр Сухарь"])
    text = "[20.11.2025, 13:40] Бабуля ❤️: 🎤 Transcript (ru): новости по сухарику нет\n"
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["сухарику"]


def test_a_first_names_first_three_letters_in_a_lower_case_message_are_a_near_miss() -> None:
    """A chat calls Арсен "арс", a name no table lists; "арс" in a message that opens with a
    capital, where its writer capitalises names, is not asked about."""
    check = Check(["Арсен Выдумов"])
    text = "Мариам: арс я завтра не могу, пары до шести\nОлег: Ладно. Арсенал и арс-лонга тут."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["арс"]


def test_a_surname_in_ei_that_drops_its_vowel_has_its_wifes_name_asked_about() -> None:
    """Воробей declines as the bird does (Воробья, Воробьём), and the village calls his wife
    "Воробьиха", which opening a sentence is also the dictionary's hen sparrow."""
    check = Check(["Галина Воробей"])
    text = "Спасибо. Воробьиха опять отдала ужин. Потом Воробья видели."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [
        "Воробьиха",
        "Воробья",
    ]


NOUN_NICKNAMES = Check(["Денис Выдумович Сухарь", "Dmitri Bulka"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a writer who opens no sentence with a capital, but writes a town's name with one
        ("[05.11 00:41] ars: новости по сухарику. мать сказала: под Ростовом", "сухарику"),
        ("[2026-11-14 22:04] bulochka: his status still says brb", "bulochka"),  # Булка
        ("She signs as Bulochka now.", "Bulochka"),
    ],
)
def test_a_diminutive_of_a_surnames_word_in_lower_case_is_a_near_miss(text: str, form: str) -> None:
    found = [text[h.start : h.end] for h in NOUN_NICKNAMES.run(text) if h.kind == NEAR_NAME]
    assert found == [form]


def test_a_surname_that_is_a_word_in_a_call_captions_lower_case_line_is_a_near_miss() -> None:
    """A video call's automatic captions: a time stamp with no brackets, the speaker, and a
    line in lower case. "заря" there may be Оксана Заря herself; in a line that capitalises
    it is the dawn."""
    check = Check(["Оксана Выдумова-Заря", "Алексей Заря"])
    text = (
        "00:02:22 Маргарита Белова: какая зоря я заря [смех] опять субтитры\n"
        "00:02:40 Маргарита Белова: Встаю на заре, как всегда."
    )
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["заря"]


def test_the_surnames_word_with_a_bare_ending_in_such_a_message_is_not_asked_about() -> None:
    text = "[10:00] me: дай сухаря, мы под Ростовом. В Сухуми тепло."
    assert [h for h in NOUN_NICKNAMES.run(text) if h.kind == NEAR_NAME] == []


def test_a_latin_surname_whose_l_is_soft_in_cyrillic_is_a_near_miss_opening_a_line() -> None:
    """ "Melnik" is Мельник in Cyrillic, a miller too: "— Мельнику: your passport" opens a
    note addressed to him; "мельница", another word, is not asked about."""
    check = Check(["Timur Melnik"])
    text = "— Мельнику: your passport copy was left.\nА мельница стоит."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["Мельнику"]


def test_a_surname_in_yats_declines_with_its_vowel_turned_into_i_kratkoye() -> None:
    """Заяц: "Зайца" opening a sentence is the hare's genitive to the dictionary, and the
    registered man to the check."""
    check = Check(["Роман Выдумович Заяц"])
    text = "Собака соседская. Зайца отправили в травмпункт."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Зайца"]


def test_a_ukrainian_first_names_russian_equivalent_is_a_near_miss() -> None:
    """Olena is Елена on a Russian form and ELENA on an airline's booking; Микола is
    Николай."""
    check = Check(["Olena Vymyslova", "Микола Выдумов"])
    text = "PASSENGER: VYMYSLOVA/ELENA MS. Потом Елену вызвали. Николая тоже."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["VYMYSLOVA", "ELENA", "Елену", "Николая"]


def test_a_notes_apps_entry_after_its_date_heading_is_typed_in_lower_case() -> None:
    """A diary's entry opens on the line after its date: "рустик" there is Рустам."""
    check = Check(["Рустам Выдумов"])
    text = "Заметки\n\n12 окт 2023, 23:10\nсерёжа звонил. рустик с ним, говорит всё нормально."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["рустик"]


def test_a_surname_word_with_its_initials_in_lower_case_is_a_near_miss() -> None:
    """ "| сухарь в.п. |" in a list typed in lower case is Сухарь В. П.; "сухарь, т.е. хлеб"
    is bread."""
    check = Check(["Валентина Выдумовна Сухарь"])
    text = "| 5 | сухарь в.п. (дочь за неё) | Юля |\nВзяли сухарь т.е. хлеб."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["сухарь"]


def test_a_moldovan_first_names_russian_short_forms_are_near_misses() -> None:
    """Михай is "Миша" in Russian: "Мишины" (Misha's), said alone, is asked about."""
    check = Check(["Михай Выдумяну"])
    text = 'Она просила: "Мишины тоже держите". Я держу.'
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["Мишины"]


def test_a_name_of_short_syllables_glued_into_one_word_is_a_near_miss() -> None:
    """ "Ли На" logs in as "lina.design"; "Wu Jian" writes from "wujian88@": each word alone
    is too short to compare, the two glued in either order are the name."""
    check = Check(["Ли На", "Wu Jian"])
    text = "login lina.design; mail wujian88@example.com; Jianwu; линия и Линда."
    found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
    assert found == ["lina", "wujian88", "Jianwu"]


BALTIC = Check(["Марк Юркявичюс", "Оксана Юркявичене", "Рута Янкаускайте", "Имантс Петровичс"])


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a Lithuanian or Latvian surname's Slavic counterpart, as a clerk or a relative
        # writes it, in lower case too
        ("в списке на автобус его записали как юркевич, поправьте", "юркевич"),
        ("В гостинице Юркевича не заселили.", "Юркевича"),
        ("Спросите у Янковской, она знает.", "Янковской"),
        ("Петрович сказал, что приедет.", "Петрович"),
    ],
)
def test_a_baltic_surnames_slavic_counterpart_is_a_near_miss(text: str, form: str) -> None:
    assert [text[h.start : h.end] for h in BALTIC.run(text) if h.kind == NEAR_NAME] == [form]


def test_other_surnames_have_no_slavic_counterpart() -> None:
    """Only a Baltic surname's ending is made Slavic: a Russian surname in -вич, a Latvian
    one of another ending, a patronymic have none."""
    for word in ("Абрамович", "Матвеевич", "Озолс", "Бертулис", "Кравченко", "Павловна"):
        assert slavic_counterparts(word) == (), word
    assert "юркевич" in slavic_counterparts("Юркявичюте")
    assert "янковский" in slavic_counterparts("Янкаускас")


def test_a_code_made_of_a_surnames_beginning_is_a_near_miss() -> None:
    """A payment's reference made of a registered surname's first letters and a code
    ("STACK-FINAL" for Stackelberg, "PETROS-SO-01" for Petrosyan); four letters are
    too few ("PETR-01")."""
    check = Check(["Georg Stackelberg", "Anahit Petrosyan"])
    for text, code in (
        ("Balance £8,811.60, same account, reference STACK-FINAL", "STACK-FINAL"),
        ("Alice, standing order PETROS-SO-01 | SO", "PETROS-SO-01"),
    ):
        assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [code]
    text = "reference PETR-01 and SO-01"
    assert [h for h in check.run(text) if h.kind == NEAR_NAME] == []


def test_a_label_of_a_surnames_beginning_in_capitals_beside_a_number_is_a_near_miss() -> None:
    """A laundry's or a workshop's label made of a registered surname's first four letters
    or more in capitals and a number, a space between ("МУНТ 0417" for Мунтяну); the same
    letters with no number beside them, or a word the dictionary knows ("PARK 12" for
    Parkinson), are no label."""
    check = Check(["Думитру Мунтяну", "Irina Savitskaya", "Anna Parkinson"])
    for text, label in (
        ("| куртка раб. (2) | МУНТ 0417 | не забрано", "МУНТ"),
        ("бирка 0417 МУНТ на куртке", "МУНТ"),  # the number before it
        ('Flat 3 (buzzer "SAVIT", not working)', "SAVIT"),  # alone in quotes: a buzzer's
        ("на почтовом ящике «МУНТ»", "МУНТ"),
    ):
        assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == [label]
    for text in ("Бирка МУНТ на куртке", "car PARK 12 on the left", 'a "PARK" sign'):
        assert [h for h in check.run(text) if h.kind == NEAR_NAME] == [], text


def test_a_first_names_beginning_said_to_her_is_a_near_miss_though_a_word() -> None:
    """ "Зал, я завтра с тобой" for Залина, a name no table lists: its first syllable said
    as an address, a comma after it, though the dictionary knows "зал"; the same word that
    a relative clause goes on from ("Зал, где проходил суд") is the hall."""
    check = Check(["Залина Габараева"])
    for text in ("[15.09.25, 21:14] Алан: Зал, я завтра с тобой", "слушай, Зал, я завтра"):
        found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
        assert found == ["Зал"], text
    for text in ("Зал, где проходил суд, был полон.", "Зал, в котором шёл суд, был полон."):
        assert [h for h in check.run(text) if h.kind == NEAR_NAME] == [], text


def test_a_familys_adjective_made_of_a_registered_surname_is_a_near_miss() -> None:
    """ "про «лахтинских» — это про нас" for the family Лахти: the surname's stem and the
    suffix of an adjective of a family, in lower case; another town's people are not."""
    check = Check(["Ирма Выдумовна Лахти"])
    text = "В письме папа пишет про «лахтинских» — это про нас."
    assert [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME] == ["лахтинских"]
    text = "В письме папа пишет про «мытищинских» — это про соседей."
    assert [h for h in check.run(text) if h.kind == NEAR_NAME] == []


def test_a_latin_name_without_its_soft_sign_is_seen_in_its_short_forms() -> None:
    """ "Tatyana", "Darya" leave out the soft sign of Татьяна, Дарья: their short forms are
    near-misses even opening a sentence, where the capitalised-word rule says nothing."""
    check = Check(["Tatyana Vydumkina", "Darya Vydumkina"])
    for text, form in (("Таня пришла.", "Таня"), ("Даша пришла.", "Даша")):
        found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
        assert found == [form], text
    assert [h for h in check.run("Дача пришла.") if h.kind == NEAR_NAME] == []


def test_a_polish_name_registered_in_latin_letters_is_seen_in_cyrillic_in_its_cases() -> None:
    """ "Kowalczyk" written in Cyrillic as Russian spells it ("Д. Ковальчику" engraved, the
    dative): its "cz" is "ч", the "y" after it "и"; another surname is not."""
    check = Check(["Dmitri Kowalczyk"])
    for text, form in (
        ('she wants "Д. Ковальчику" engraved', "Ковальчику"),
        ("Ковальчик был", "Ковальчик"),
    ):
        found = [text[h.start : h.end] for h in check.run(text) if h.kind == NEAR_NAME]
        assert found == [form], text
    assert [h for h in check.run("Ковров был") if h.kind == NEAR_NAME] == []
