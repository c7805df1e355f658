"""Codes and numbers of four or more digits that nothing explains. All numbers invented."""

from __future__ import annotations

import pytest

from intake.check import NUMBER, Check, spoken

CHECK = Check([])


def numbers(text: str) -> list[str]:
    return [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NUMBER]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Номер военного билета АБ-123456 у него забрали.", "АБ-123456"),
        ("Перевела на карту 4276 0000 0000 0001 вчера.", "4276 0000 0000 0001"),
        ("Паспорт серия 46 09 лежал дома.", "46 09"),
        ("Он служил в части 12345 под городом.", "12345"),
        ("Код A1234B был на жетоне.", "A1234B"),
        ("Там было 12345 солдаты, и всё.", "12345"),  # not the case a count takes
        ("ИНН 500 100 732 259 указали.", "500 100 732 259"),
        ("He wrote 77123 on the door.", "77123"),
        # grouped like a count, but with a leading zero or right after an identifier's cue
        ("паспорт у меня, номер 000 219", "000 219"),
        ("служил часть номер 01 212 это под", "01 212"),
        ("платила она *4417, вот", "4417"),  # after a mask: no sum, whatever was paid
        ("платила она •• 4417, вот", "4417"),
        ("в/ч 12 345 стоит там", "12 345"),
        ("Phone: 96 000 518 (Dmitry), office", "96 000 518"),  # a phone's cue: no count
        ("Pay by card, last digits 0067.", "0067"),  # the card's digits, no sum paid
        ("Тел.: 12 345 (мама)", "12 345"),
        ("Он написал 01 212 на стене.", "01 212"),  # no count opens with a zero
        # the next line's first word counts nothing; after "№" a number is no count
        ("НАКЛАДНАЯ № 1094000071\nОтправитель: Мяги", "1094000071"),
        ("Накладная 1094000071\nОтправитель: склад", "1094000071"),
        ("Квитанция № 4001 человек не принимает", "4001"),
        # a round number after an identifier's cue: a personal code, not a count
        ("Applicant (personal code 38806150000), born in Narva.", "38806150000"),
        ("ИИН 900101000000 указан в справке.", "900101000000"),
        ("Код постамата 417000 я не успела, он сгорел", "417000"),  # a cue and what it opens
        # seven digits before the zeros are no round count; a leading zero counts nothing
        ("Personal code issued here: 39008080000", "39008080000"),
        ("residence card LT-RK 00093314 expires in March", "00093314"),
        ("ключ 0012345 людей не пускает", "0012345"),
        ("[Sent 3 photos: IMG_0419 (in uniform, face visible)]", "0419"),  # no sum sent
        # an amateur radio call sign: one digit, but a licence that names its holder
        ("Связь держали через UA9ABC каждое воскресенье.", "UA9ABC"),
        ("He worked OH2BZZ/P from the hill.", "OH2BZZ/P"),
        ("Last heard: 4X1AB, then nothing.", "4X1AB"),
        # letters typed for the digits they look like
        ("Контакты: +7 9ОО ООО-71-ЗЗ (пишу буквами)", "+7 9ОО ООО-71-ЗЗ"),
        ("new number +381 6O OOO 45 12 ok", "+381 6O OOO 45 12"),
        ("Prius серый, номер GG-000-XR. Свободно", "GG-000-XR"),  # a plate
        ("Skoda Octavia, EE 000 BRT | Narva", "EE 000 BRT"),
        ("QTH Кимры, KO86xs, 14 МГц", "KO86xs"),  # a grid locator
        ("Телефон: +7 902 ***-**-18, банк", "+7 902 ***-**-18"),  # a masked phone
        # padded with zeros: a code's, whatever its length; shortened with an ellipsis
        ("арест. карт. № АК 000      // последние цифры не расслышала", "000"),
        ("школа № 007 в списке", "007"),
        ("дьулус_88 · 18.04 · 300 ₽", "дьулус_88"),  # a user name of a word and digits
        ("SPEAKER_04: и ещё surh_00_jamaat пишет", "surh_00_jamaat"),  # not a label in capitals
        # a user name of Latin letters alone, joined by "_" or "."
        ("nika_l_spb · 01.12 20:20\nНет, только по-русски", "nika_l_spb"),
        ("| to sakura.tanuki (in Japan) | travelling", "sakura.tanuki"),
        ("пиши ему: ivan.k84, он ответит", "ivan.k84"),
        ("там TQ000…417Xy вроде, адрес кошелька", "TQ000…417Xy"),
        ("адрес 0x3f...a91c, сеть TRC20", "0x3f...a91c"),
        # a group of letters between two of digits: a morgue's body number
        ("сказали, тело № 417-Р/24. Хочу знать", "417-Р/24"),
        ("Deborah. (YK00 LMX) ring twice", "YK00 LMX"),  # a British plate's shape
        ("домофон 16 в 2041 не работает", "2041"),  # no year so far ahead without its word
        ("Аккаунт: ID 7000417-КВ | тел.", "7000417"),  # capitals after a hyphen are no unit
        ("Her 977200000417172 matches Petlog.", "977200000417172"),  # too long to count
        ("Alisa: 41#70, потом 3 этаж", "41#70"),  # a keypad's code
        # a machine's code of letters and digits in turn, three digits or fewer
        ("Запись: заявка, защитный код 4F2A7C | окно 3", "4F2A7C"),
        ("the consulate (booking, code a41c9e). Your visa", "a41c9e"),
        ("Запись: код 9b7e1d; прием утром", "9b7e1d"),
    ],
)
def test_an_unexplained_code_of_four_digits_or_more_is_asked_about(text: str, code: str) -> None:
    assert numbers(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "В 2022 году его забрали, в 1990-х он родился.",  # years
        "Это было 14.03.2026 и 2026-03-14.",  # dates
        "Их там было 1500 человек.",  # a count in the case Russian counts in
        "Заплатили 4000 рублей и ещё 3451 рубль.",
        "Проехали 5000 км до границы.",
        "Собрали 1 500 000 руб. и $1500.",
        "There were 1,500 people and 2000 soldiers.",
        "Самолёт сел в 19.58 по Москве.",  # a time
        "[05.02.2026 02:17] мама: да",  # a chat export's time stamp
        "[17.10 08:30] Лена: да",  # the same without the year
        "Дом 123, квартира 45, Т-72.",  # fewer than four digits
        "A T72B, an A320 and H2O; flight MH17.",  # models: one letter after the digits or none
        "ООО «Ромашка» платило ООО 12 раз.",  # a company's form is no zeros
        "Продали 96 000 телевизоров, 12 345 телефонов.",  # counted things, no phone's cue
        "Прогнозы:\n* 2012 год — конец эпохи.\n• 3000 год — тоже.",  # a list's bullet
        "Счёт 1:0, сбор в 00:30, налить 0,75 л, 100 человек.",  # no code padded with zeros
        "в 2022... 2023 году, и 1990…",  # an ellipsis after a year joins nothing
        "в 2023-м/2024-м годах, приказ 45-р",  # years with their endings; three digits
        "iPhone15, COVID19, H1N1, x86_64",  # models and names: one or two turns
        "к 2050 году, в 2031 г., набери *100#",  # years with their word; a short USSD code
        "Проехали 5000 км, 1200 кв. м, 2000-летие города",  # units and words in lower case
        # a column's name of words and abbreviations; a domain, a file; "e.g."
        "fields: date_of_birth, last_login_ip, max_alt_m; see kinopoisk.ru, zayavlenie.docx, e.g.",
    ],
)
def test_years_dates_counts_and_short_numbers_are_not_asked_about(text: str) -> None:
    assert numbers(text) == []


def test_a_codes_rest_a_hard_wrap_carried_to_the_next_line_is_asked_about() -> None:
    """Its last digits on the next, indented line; not a count or a list's item there."""
    text = "account\n   no. 4081 0000 0417\n   36 (read from a screenshot)"
    assert numbers(text) == ["4081 0000 0417", "36"]
    for after in ("   12 раз звонил", "   2. Дальше", "   13:06  проп."):
        assert numbers(f"Код 4081 0000 0417\n{after}") == ["4081 0000 0417"]
    rows = " 56 | ИНН 4081 0000 0417\n 57 | Farid, paid"  # a row's number: the next row's
    assert numbers(rows) == ["4081 0000 0417"]


def test_a_kept_code_is_not_asked_about() -> None:
    text = "Он служил в части 12345 под городом."
    assert [h.kind for h in Check([], kept=["12345"]).run(text)] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("unit number, she told me, is six one nine nine two.", "six one nine nine two"),
        (
            "телефон восемь девять один шесть, ноль ноль два",
            "восемь девять один шесть, ноль ноль два",
        ),
        ("часть шестьдесят один девять девять семь", "шестьдесят один девять девять семь"),
        ("nomer chasti: shest' odin dva tri chetyre", "shest' odin dva tri chetyre"),  # translit
        # said in words with some groups typed in digits, its "+" said as "plus"
        (
            "Звонок в эфир. Плюс семь девятьсот один, 000, двенадцать-тридцать — это мой.",
            "Плюс семь девятьсот один, 000, двенадцать-тридцать",
        ),
        # a British phone dictated with "hundred" and "double" in it
        (
            "Her number, oh-seven-seven-hundred nine-hundred three-one-six.",
            "oh-seven-seven-hundred nine-hundred three-one-six",
        ),
        ("call him on oh double seven triple oh four two", "oh double seven triple oh four two"),
        # zeros counted: "три ноля" is 000
        (
            "и повторяет словами: «девятьсот семнадцать, три ноля, пятьдесят восемь, четырнадцать»",
            "девятьсот семнадцать, три ноля, пятьдесят восемь, четырнадцать",
        ),
        # a code's letters said by their names between its digits said as words
        ("CALLER (RU): кей зет восемь эль ку ноль то есть", "кей зет восемь эль ку ноль"),
        ("the code is kilo zulu eight lima zero, ok", "kilo zulu eight lima zero"),
        # an address dictated, its words between its numbers
        (
            "адрес выдумкина двадцать два квартира сорок город красногорск",
            "двадцать два квартира сорок",
        ),
        ("записывайте: дом пять корпус два, спасибо", "дом пять корпус два"),
        (
            "проживаю улица тестовцев ноль дробь семнадцать квартира четыре",
            "ноль дробь семнадцать квартира четыре",
        ),
        # a flat or a house said in words: its word and two numbers are enough
        ("SPEAKER_04: flat two, fourteen something road, ilford", "flat two, fourteen"),
        ("квартира сорок два, там и живёт", "квартира сорок два"),
        # a date dictated with ordinals
        (
            "я дала им твой день рождения 03 ноль пятое восемьдесят девятый чтобы найти",
            "03 ноль пятое восемьдесят девятый",
        ),
    ],
)
def test_a_number_read_out_in_words_is_asked_about(text: str, code: str) -> None:
    assert numbers(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "В две тысячи двадцать втором году его забрали.",  # a year: thousands break a run
        "Раз, два, три — и всё.",  # three words
        "Начали с нуля, два раза, давай ка три.",  # a zero's word, a particle: no run
        "There were one hundred and fifty people.",  # "and" breaks a run
        "Их было двадцать пять, потом сорок.",
        "В 2019 и 2020 два раза, 1 793 человека, плюс три.",  # digits need two words beside
        "Пятое отделение, девятый класс, двадцать второго февраля.",  # ordinals alone
        "ya pyat let ne videla ego, dva goda",  # translit counts
        "Two hundred twenty-five people, double the year before.",  # "hundred" counts no word
        "В доме пять квартир, в том два дома.",  # an address's words alone, counted
        "Charlie and Mike met at the hotel at five, эй би си ди.",  # letters: no number words
    ],
)
def test_counts_and_years_in_words_are_not(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[11:07] Raisa: икки олти тўрт саккиз — вот",  # Uzbek
        "kod: ikki olti to'rt sakkiz",  # Uzbek in Latin letters, its apostrophe
        "код: п'ять дев'ять чотири сім",  # Ukrainian
        "коды: екі алты төрт сегіз",  # Kazakh
        "numara: iki altı dört sekiz",  # Turkish
    ],
)
def test_digits_dictated_in_a_relatives_own_language_are_asked_about(text: str) -> None:
    assert len(numbers(text)) == 1, numbers(text)


def test_a_plate_read_out_with_its_letters_is_one_run_but_prepositions_are_no_letters() -> None:
    """ "х ноль ноль ноль мс сорок два" is Х000МС 42 said aloud; "в два, в три часа" is a
    time, its "в" a preposition."""
    text = "машина та же х ноль ноль ноль мс сорок два пропуск"
    assert [text[a:b] for a, b in spoken.runs(text)] == ["х ноль ноль ноль мс сорок два"]
    assert list(spoken.runs("приходи в два, в три часа")) == []
    # its letters by their names: "ка", "эм" (К, М)
    text = "приора номер вроде а ноль ноль ноль ка эм девяносто пять больше"
    assert [text[a:b] for a, b in spoken.runs(text)] == ["ноль ноль ноль ка эм девяносто пять"]


def test_a_number_read_out_across_a_wrapped_tables_cell_is_one_run() -> None:
    """A transcript's table wraps a cell onto a row whose first cells are empty: "сто сорок"
    at one row's end and "девять, ноль ноль ноль, четыре" under it are one number; the next
    row of a table whose first cell is filled opens another."""
    text = (
        "00:08:10  | Гость | Заявка у него была сто сорок     | цифры — бип\n"
        "          |       | девять, ноль ноль ноль, четыре. Потом | (заметка)\n"
    )
    found = [text[a:b] for a, b in spoken.runs(text)]
    assert len(found) == 1 and found[0].startswith("сто сорок"), found
    assert found[0].endswith("ноль ноль ноль, четыре"), found
    rows = "| 1 | сто сорок | два |\n| 2 | три | четыре |\n"
    assert list(spoken.runs(rows)) == []


def test_digits_hyphened_to_letters_are_no_part_of_a_number_read_out() -> None:
    """ "QX-58317, шесть один девять девять": the code's digits do not open the run of
    words after it (the run would swallow the code's hit and leave the words in clear in
    a refusal's context)."""
    text = "Потом QX-58317, шесть один девять девять пропали."
    assert [text[a:b] for a, b in spoken.runs(text)] == ["шесть один девять девять"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Her release date per lawyer: 14.06.2025 — not to be published (it identifies her).",
            ["14.06.2025"],
        ),
        ("Do not publish his cell, it is Б-14 on the second floor.", ["Б-14"]),
        ("Встреча 15.12, но только off the record. Потом 12.03.", ["15.12"]),
        (
            "Кедров просил не публиковать: дата 03.05.2024, код 17. Дальше 12.03.",
            ["03.05.2024", "17"],
        ),
    ],
)
def test_dates_and_codes_in_a_sentence_that_says_not_to_publish_them_are_asked_about(
    text: str, asked: list[str]
) -> None:
    """The writer's own word that a detail is not for publication: its sentence's dates and
    codes, whatever their shape, and no other sentence's."""
    assert numbers(text) == asked


def test_dates_without_such_a_word_are_not_asked_about() -> None:
    assert numbers("Her release date per lawyer: 14.06.2025, so we wait. Locator LO94.") == []


@pytest.mark.parametrize(
    ("text", "said_again"),
    [
        # a code's last group said alone, without its zeros or its letters
        ("Паспорт 45 17 000293. У брата 292, значит у него 293.", "293"),
        ("Очередь: МР-000418.\nOur family number is 418, I came three times.", "418"),
        ("№ 000417-С в списке. «Номер наш 417-С, а дали другим»", "417"),
        ("UID 3000417, тег 000417. Катя пишет, что тег 417 просто.", "417"),
        # in words, digit by digit or as a number, in groups as it is dictated
        (
            "карточка ЭК-12-000381. Он помнит только «триста восемьдесят один».",
            "триста восемьдесят один",
        ),
        ("Card ETK 000-611, written down as ETK six-one-one.", "six-one-one"),
        (
            "Card 000-613 was quoted as zero zero zero, six thirteen.",
            "zero zero zero, six thirteen",
        ),
        ("Cell 000-642; she said six hundred and forty-two.", "six hundred and forty-two"),
        # with letters read for its digits, as OCR gives them
        ("лич. дело 000417-Э; в предписании «ОООЧ17-Э».", "ОООЧ17"),
    ],
)
def test_a_codes_last_digits_said_again_alone_are_asked_about(text: str, said_again: str) -> None:
    assert said_again in numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Паспорт 45 17 000293. В колонии 293 человека, 293 км оттуда.",  # counts
        "Код 000-611 на двери; в доме шестьсот двенадцать квартир.",  # another number
        "Телефон +7 916 000-14-27, в 2027 году.",  # a year, and groups under three digits
        "ЭК-12-000381 и 3810 рублей, 1381 год.",  # inside another number
    ],
)
def test_other_numbers_beside_a_code_are_not_its_digits_said_again(text: str) -> None:
    codes = numbers(text)
    assert all(any(c.isdigit() for c in code) and len(code) > 4 for code in codes), codes


def test_a_number_read_out_is_asked_about_where_the_engine_found_only_part_of_it() -> None:
    """ "«АЕ ноль ноль ноль\nчетыре один семь два»": the engine found "четыре один семь", the
    rest of the run is still asked about, each part outside the engine's span."""
    text = "Военный билет (мать читала по фото, «АЕ ноль ноль ноль\nчетыре один семь два»)."
    at = text.index("четыре")
    explained = [(at, at + len("четыре один семь"))]
    found = [text[h.start : h.end] for h in CHECK.run(text, explained) if h.kind == NUMBER]
    assert found == ["АЕ ноль ноль ноль", "два"]  # the series' letters said with its digits
    assert CHECK.run("в/ч 12345 стоит там", [(0, 9)]) == []  # covered whole: nothing left
