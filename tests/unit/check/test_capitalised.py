"""Capitalised words in mid-sentence that nothing explains. Every name is fictional."""

from __future__ import annotations

import pytest

from intake.check import CAPITALISED, Check

CHECK = Check([], public_names=["Ольга Примерова"])


def capitalised(text: str, check: Check = CHECK) -> list[str]:
    return [text[h.start : h.end] for h in check.run(text) if h.kind == CAPITALISED]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Его держали вместе с Тувинцевым.", "Тувинцевым"),  # unknown to the dictionary
        ("В подвале сидел и Хертекпаев тоже.", "Хертекпаев"),
        ("Потом приехала Вера с детьми.", "Вера"),  # known, but also a first name
        ("Командир по фамилии Мельников кричал.", "Мельников"),
        ("Он из деревни Выдумкино родом.", "Выдумкино"),  # a village the dictionary lacks
        ("His friend Whitcombe was there.", "Whitcombe"),  # Latin: no dictionary here
        ("У него позывной «Гром», так и звали.", "Гром"),  # alone in quotes: a call sign?
        ("«Кедр» вышел на связь ночью.", "Кедр"),  # quoted, even opening the sentence
    ],
)
def test_an_unexplained_capitalised_word_in_mid_sentence_is_asked_about(
    text: str, word: str
) -> None:
    assert capitalised(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Тувинцев пришёл утром.",  # first word of a sentence
        "Он сказал:\nТувинцев пришёл.",  # first word of a line
        "Он спросил. «Тувинцев пришёл?»",  # a quotation opening a sentence
        "Его увезли в Москву, потом в Ростов.",  # places the dictionary knows
        "Жалобу передали в ФСБ и в Газпром.",  # an acronym, an organisation
        "Письмо пришло из «Газпрома» и из «Лукойла».",  # quoted organisations
        "Он ударил в гром и молнию.",  # the same dictionary word, not capitalised
        "Мне помогла Ольга Примерова.",  # a public figure
        "I think they called on Monday in March.",  # common English words
        "Писали в Telegram и WhatsApp.",
        "Мы ждали до вечера.",
        "Sir — My neighbour is a Chechen man. Sir — His wife wrote.",  # a letter's dash
        "UTC | Позывной | Оператор | Примечание\n",  # a table's next cell: no call sign
    ],
)
def test_explained_or_sentence_initial_capitals_are_not_asked_about(text: str) -> None:
    assert capitalised(text) == []


def test_a_kept_string_and_an_explained_span_are_not_asked_about() -> None:
    text = "Его держали вместе с Тувинцевым и Бурятовым."
    assert capitalised(text, Check([], kept=["Тувинцевым"])) == ["Бурятовым"]
    start = text.index("Бурятовым")
    hits = Check([]).run(text, [(start, start + len("Бурятовым"))])
    assert [text[h.start : h.end] for h in hits] == ["Тувинцевым"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[12.03.24, 14:05] Марина Выдумкина: привет", ["Марина", "Выдумкина"]),  # a chat export
        ("Марина: привет\nХертекпаев: пока", ["Марина", "Хертекпаев"]),  # speakers' labels
        ("From: Ivan Whitcombe <iw@example.org>", ["Ivan", "Whitcombe"]),  # after a colon
        ("Свидетель: Хертекпаев ответил не сразу.", ["Хертекпаев"]),
        ("Подписали:\n1. Хертекпаева, Кызыл\n2. Whitcombe, Москва", ["Хертекпаева", "Whitcombe"]),
        ("Список:\n• Хертекпаев\n- Whitcombe", ["Хертекпаев", "Whitcombe"]),
    ],
)
def test_a_name_in_a_label_a_name_field_or_opening_a_list_item_is_asked_about(
    text: str, words: list[str]
) -> None:
    assert capitalised(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Он сказал: Приходи завтра.",
        "Место: Москва.",
        "Subject: Request for help",
        "Время: 14:05",
        "⚡️ По данным штаба, список готов.\n📌 Пост канала готов.",  # a pictograph first
    ],
)
def test_ordinary_words_and_places_after_a_colon_are_not(text: str) -> None:
    assert capitalised(text) == []


def test_a_dialogues_label_that_names_no_role_is_asked_about_though_a_dictionary_word() -> None:
    """An intercept's speakers are call signs ("Гром", "Сокол": words the dictionary knows)."""
    text = "Гром: Приём, как слышно?\nСокол: Слышу.\nГром: Понял.\nСокол: Конец связи."
    assert capitalised(text) == ["Гром", "Сокол", "Гром", "Сокол"]
    assert capitalised("Hawk: copy.\nOwl: over.\nHawk: out.") == ["Hawk", "Owl", "Hawk"]


@pytest.mark.parametrize(
    "text",
    [
        "Свидетель: Да.\nСудья: Продолжайте.\nСвидетель: Хорошо.\nСудья: Ясно.",  # roles
        "Question: Where?\nAnswer: There.\nQuestion: When?\nAnswer: Then.",
        "Гром: так было один раз.",  # a label that opens one line only
        "Москва: тепло.\nМосква: дождь.",  # a place
        "From: desk\nSubject: Re: help\n\nFrom: desk\nSubject: more",  # an e-mail's header
        "Что делать:\n1. Позвонить в штаб.\n2. Написать в Курск.",  # ordinary list items
        # labels the engine tagged: the tag's own words are no call sign's cue
        "[call sign]: Copy, [call sign].\n[call sign]: Report.\n[позывной]: Понял.",
    ],
)
def test_roles_places_and_labels_used_once_are_not(text: str) -> None:
    assert capitalised(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Гогита эту неделю молчит.", "Гогита"),  # a first name the dictionary does not hold
        ("2. Хасан Ахмедов, позыв. Кедр, жетон не нашли.", "Кедр"),  # an abbreviated cue
        ("4. Марат Алиев «Мир», жетон не нашли.", "Мир"),  # a quoted place word as a nickname
        # a Latin word shaped as a Russian surname, opening a field's value or a sentence
        ("JOB 3\n  Client: Tsybikov? (dispatcher didn't catch the name)", "Tsybikov"),
        ("Notes. Baikhanov called twice about the car.", "Baikhanov"),
    ],
)
def test_an_unknown_word_opening_a_sentence_or_a_nickname_after_a_cue_is_asked_about(
    text: str, word: str
) -> None:
    assert word in capitalised(text)


@pytest.mark.parametrize(
    "text",
    [
        "Москва встретила нас дождём.",  # a place the dictionary knows
        "Отправили в «Шахты», потом дальше.",  # a quoted town after a preposition
        "- She said no.\n- We left.",  # short English words opening list items
        "Again, the lawyer came. Within a week. Berlin said no. Dublin next.",  # -in: words, towns
    ],
)
def test_known_openings_and_quoted_towns_after_a_preposition_are_not(text: str) -> None:
    assert capitalised(text) == []


def test_a_preposition_opening_a_notes_topic_is_no_speakers_name() -> None:
    """ "По Хертекпаеву:" is what the note is about, not who speaks: the preposition is
    not asked about; the surname is."""
    text = "Потом все ушли.\n\nПо Хертекпаеву: сестра передала, что он в СИЗО."
    assert capitalised(text) == ["Хертекпаеву"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("В грузинском тексте: ნინო ვიმისლიძე, свидетель.", ["ნინო", "ვიმისლიძე"]),
        ("Подпись на иврите: דנה, внизу.", ["דנה"]),
        ("Имя по-армянски: աննա, строчными.", ["աննա"]),  # Armenian in lower case too
        ("Ниже по-китайски: 王小明 и дата.", ["王小明"]),
        # a Korean surname is one syllable, a Chinese one a character: a word of one letter
        ("По-корейски: 최 데니스, в карте.", ["최", "데니스"]),
        ("Фамилия иероглифом: 王, имя 小明.", ["王", "小明"]),
    ],
)
def test_a_word_in_a_script_nothing_here_reads_is_asked_about(text: str, words: list[str]) -> None:
    """Georgian is written without capitals: no capital says "a name", and no dictionary here
    reads the word, so a word in such a script is asked about wherever it stands."""
    assert capitalised(text) == words


def test_a_kept_word_in_such_a_script_is_not() -> None:
    check = Check([], kept=["თბილისი"])
    assert capitalised("Адрес: თბილისი, улица.", check) == []
