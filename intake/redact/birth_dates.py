"""Dates of birth with no cue word beside them: in a table's column, or right after a name.

* A table whose header names a date of birth ("Дата рождения", "д.р.", "г.р.", "YOB", "DOB",
  "Born") holds one in that column of every row below it, whatever the row says
  (:mod:`intake.redact.columns`).
* A full date (day, month and year, or ISO's year, month and day) right after a name in a
  list or a record, a comma, a bracket or a dash between ("Выдумкин Пётр Ильич,
  14.02.1991", "Petrov I. (03/12/1989)", "Выдумкина, 1991-02-14"), or only a space after
  a name of two or three words ("Выдумкин Пётр Ильич 14.02.1991"), is a date of birth
  when its year lies :data:`MIN_AGE` years or more before the current one: such a date
  is seldom an event the text reports. The name is two or three capitalised words, an
  initial, or one capitalised word that does not open a sentence ("Потом, 14.02.1991" is no name's);
  a document between them is part of the row ("Лисовская Эва, паспорт Польши EK 0004719,
  15.06.1996", "Кедров Павел Игоревич, загран 75 0004413, 11.07.1988", any item with a
  number in it).

* A year alone after a surname and its initials or after a patronymic, after a comma or
  in brackets ("Гуртиев А.И., 1991", "Почогир Пётр Семёнович (1951)"), or after "он",
  "она" ending its item ("она 1951, можно?").
* The first year of a person's years of life after their name, in brackets or after a
  comma ("Zbigniew GRZYBOWSKI (1939–2011)", "покойного Эдуарда, 1961–2019") or alone on the
  line under it, as a headstone's inscription
  sets them ("DUMITRU UNGUREANU" over "1971 – 2024"), and a date after a star when a
  cross stands after it ("* 22. Juni 1994 … † 2023"), as genealogy marks birth and death.
* A date of birth found once is found again in any shape, and its digits run together as
  a PIN made of it ("Код 190496", "1904 без года").

All are kind ``birth_date`` (tagged by default). Other dates are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from intake.redact import addresses, forms_ru, names
from intake.redact.columns import Column, in_columns
from intake.redact.cues import SENTENCE_END, heads, lowered
from intake.redact.findings import BIRTH_DATE
from intake.redact.said_dates import MONTH_STEMS
from intake.redact.said_dates import value as said_value

Hit = tuple[str, int, int, float]
MIN_AGE = 14  # years; a full date after a name at least this old is read as a birth date
# "д.р.", "г.р." end where their letters do ("г. Ростов" is a town, no header)
_HEADER_CUE = re.compile(
    r"(?:рожд|[дг](?:\.\s?|_)р(?:\.|(?![^\W\d_]))|[дг]/р|birth|dob|d\.o\.b|born"
    # a year of birth's column: "YOB", "Y.O.B."
    r"|(?<![^\W\d_])y\.?o\.?b(?:\.|(?![^\W\d_]))"
    # "ДР" alone in its cell ("| ФИО | ДР | телефон |"), or "ГР", a sports list's year of
    # birth ("| Фамилия, имя | ГР | Коллектив |"); not "и др." after other words
    r"|(?:(?<=[|\t;\n_])|(?<=[|\t;\n][ \t])|(?<![\s\S])|(?<=^[ \t]))[дг]р\.?"
    r"(?=[ \t]*(?:[|\t;\n]|$)))",
    re.IGNORECASE,
)
_HEADER_HEADS = heads(
    "рожд", "д.р", "д. р", "г.р", "г. р", "д/р", "д_р", "г_р", "др", "birth", "dob", "d.o.b",
    "born", "г/р", "yob", "y.o.b", "гр",
    underscored=True,  # a database's column names: "date_of_birth", "д_р"
)  # fmt: skip
# A month's name as Russian and English write it, whole or cut, and Russian in Latin letters
MONTHS = (
    r"(?:(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|yanvar|fevral|aprel|maya|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr)[^\W\d]{0,7}\.?"
    # Russian's cut short, its dot or none: "8 апр. 1987", "3 дек 1990"
    r"|(?:янв|фев|мар|апр|авг|сент?|окт|нояб?|дек)(?![^\W\d])\.?)"
)
# A date in a cell: in numbers, or with the month's name ("15 May 1972", "3-мар-1990",
# "May 15, 1972"), or a year alone
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}"
_NAMED_DATE = rf"(?<![\w.])\d{{1,2}}[ \u00a0./-]?{MONTHS}[ \u00a0./,-]{{0,2}}(?:19|20)\d{{2}}(?!\d)"
_CELL_DATE = re.compile(
    rf"(?<!\d)(?:{_NUMERIC_DATE}|(?:19|20)\d{{2}}(?:-\d{{2}}-\d{{2}})?)(?!\d)|{_NAMED_DATE}"
    rf"|(?<!\w){MONTHS}[ \u00a0]?\d{{1,2}},?[ \u00a0]?(?:19|20)\d{{2}}(?!\d)",
    re.IGNORECASE,
)
# A full date, then what stands before it: a name (capitalised words, or an initial) and a
# comma, bracket or dash: "Ильич, 14.02.1991", "Petrov I. (03/12/1989)", "И.И. – 3.12.1989"
# written from the separator after the day (rarer than a digit: the scan is faster)
_FULL_DATE = re.compile(r"[./](?<=\d[./])(\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
_DAY = re.compile(r"(?<![\d.])\d{1,2}$")
# ISO's year first ("1991-02-14"), written from the dash after the year (rarer than a digit)
_ISO_DATE = re.compile(r"-(?<=(?<![\d.-])((?:19|20)\d\d)-)(\d\d)-(\d\d)(?![\d-])")
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]){0,2}[A-ZА-ЯЁ][^\W\d_]+|[A-ZА-ЯЁ]\.)"
    r"(?:[ \u00a0]*\([^()\n]{1,40}\))?"  # an aside: "Марина Сергеевна (дев. Гончар), ..."
    r"(?:[ \u00a0]?[,(–—-][ \u00a0]?|\"[,;]\")$"  # or a CSV's quoted cells: '"Ivanov I.","1991-
)
# A list's row that gives a document or a kinship between the name and the date:
# "Лисовская Эва (LISOWSKA EWA), паспорт Польши EK 0004719, 15.06.1996", "Кедров Павел
# Игоревич, загран 75 0004413, 11.07.1988", "Выдумов Рамиль Эльдарович, сын, 11.01.2003":
# a document's word, a relative's, or any item with a number in it
_NAME_PASSPORT_BEFORE = re.compile(
    r"(?P<name>(?:[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]){1,2}[A-ZА-ЯЁ][^\W\d_]+)"
    r"(?:[ \u00a0]*\([^)\n]{1,40}\))?[ \u00a0]*,[ \u00a0]*"
    r"(?:(?:паспорт\w{0,2}|passport|id|удостоверени\w{1,2})[^,\n]{1,40}"
    r"|(?P<kin>сын|дочь|муж|жена|брат|сестра|мать|отец|внук|внучка|son|daughter|husband|wife"
    r"|brother|sister|mother|father)(?![^\W\d_])[^,\n\d]{0,20}"
    r"|[^,\n\d]{0,20}\d[^,\n]{0,30})"
    r",[ \u00a0]?$",
    re.IGNORECASE,
)
# A list's row that names a document and shows no number of it, the date said in its place
# ("4. мицкевич янка — «паспорт забыл», со слов: 20.11.1996"): the row's first two or three
# words in any case, as people fill in a form themselves; not the document's issue or its
# term ("паспорт получил 20.11.1999", "ID valid until ...")
_ROW_DOCUMENT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*)?(?:[^\W\d_]+[ \t]){1,2}[^\W\d_]+[ \t]*[,—–-][ \t]*"
    r"[^\n\d]{0,12}(?<![^\W\d_])(?:паспорт\w{0,2}|пашпарт\w{0,2}|passport|документ\w{0,2}"
    r"|удостоверени\w{1,2}|id)(?![^\W\d_])"
    r"(?:(?!(?<![^\W\d_])(?:выда|issued|от|valid|действ|до|срок|expir|получ|прод|сда|пода"
    r"|приня|верну|submit|return|hand))[^\n\d]){0,40}$",
    re.IGNORECASE,
)
# A full name of two or three words and only a space before the date: "Карасёв Леонид
# Сергеевич 04.04.2001, паспорт ...", the surname in capitals or not; the words after it
# written as names are (not "призван Евпаторийским РВК 23.06.1941")
# or a surname and its initials ("Беретарь К.Н. 14.06.1987", "Petrov I. V. 03.12.1989")
_FULL_NAME_BEFORE = re.compile(
    r"[A-ZА-ЯЁ][^\W\d_]+[ \u00a0](?:(?:[A-ZА-ЯЁ][a-zа-яё]+[ \u00a0]){1,2}"
    r"|(?:[A-ZА-ЯЁ]\.[ \u00a0]?){1,2}[ \u00a0]?)$"
)
_LOOK_BACK = 80
_OPENS = re.compile(r"(?:^|[.!?…]\s*|\n\s*)$")


# A full date in a column of people's names is the person's date of birth, whatever its
# year: a name's cell goes on in the next row with it ("| 0388/24 | Ягафаров Р.И. |" over
# "|         | (11.06.1996)  |"). A year alone there may be anything's.
_NAME_CELL_DATE = re.compile(rf"(?<!\d){_NUMERIC_DATE}(?!\d)|{_NAMED_DATE}", re.IGNORECASE)
# a header may hold a year among its words ("| дата рожд. | ... | взнос 2024 |"); a row of
# data, a full date or a cell that is a year alone ("| Год | Born in Kursk | 1987 |")
_ROW_OF_DATA = re.compile(
    rf"(?<!\d){_NUMERIC_DATE}(?!\d)|{_NAMED_DATE}|^\s*(?:19|20)\d{{2}}\s*$", re.IGNORECASE
)
_BIRTH_COLUMN = Column(BIRTH_DATE, _HEADER_HEADS, _HEADER_CUE, _CELL_DATE, 0.85, data=_ROW_OF_DATA)
_NAME_COLUMN = Column(
    BIRTH_DATE,
    heads("фио", "ф.и.о", "ф. и. о", "фамил", "full name", "name", "surname"),
    re.compile(
        # not a tag the engine wrote: "[name]"
        r"(?<![^\W_])(?<!\[)(?:ф\.?[ \t]?и\.?[ \t]?о\.?"
        r"|фамилия(?:,?[ \t]+имя(?:,?[ \t]+отчество)?)?"
        r"|(?:full[ \t]+)?name|surname)(?![^\W_])(?!\])",
        re.IGNORECASE,
    ),
    _NAME_CELL_DATE,
    0.8,
)


# A year alone after "он" or "она", as a chat says whose year of birth it is ("Дулма-эжы тоже
# хочет от клеща, она 1951, можно?", "мама, она 1951 года."): the year ends its item ("он
# 2022 провёл в СИЗО" is a stay)
# (read in the lower-cased view, which keeps every offset; written from the year, rarer
# than a letter, the pronoun looked back for)
_ITEM_END = r"[ \u00a0]*(?:[,;:)?!»\"|\n—–]|\.(?!\d)|$)"  # a mark, a bracket, the line's end
_PRONOUN_YEAR = re.compile(
    r"((?:19|20)\d{2})(?<=он[ \u00a0]\d{4}|на[ \u00a0]\d{4})(?:[ \u00a0]?(?:г\.|года?))?"
    rf"(?={_ITEM_END})"
)
_PRONOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:он|она)[ \u00a0]\Z")


def _years_after_a_pronoun(text: str) -> Iterator[Hit]:
    lower = lowered(text)
    if lower is None:
        return
    today = date.today().year
    for found in _PRONOUN_YEAR.finditer(lower):
        start = found.start(1)
        if int(found.group(1)) <= today and _PRONOUN_BEFORE.search(lower, max(0, start - 5), start):
            yield BIRTH_DATE, start, found.end(1), 0.75
    # ... or a full date there, a grown-up's: "Паспорт его напишите" ... "он 14.03.1988."
    if "он " in lower or "она " in lower:
        for start, end, _day, _month, year in _full_dates(text):
            if (
                year <= today - MIN_AGE
                and _PRONOUN_BEFORE.search(lower, max(0, start - 5), start)
                and _ITEM_ENDS.match(text, end)
            ):
                yield BIRTH_DATE, start, end, 0.75


_ITEM_ENDS = re.compile(_ITEM_END)


def find_birth_dates(text: str) -> Iterator[Hit]:
    yield from in_columns(text, _BIRTH_COLUMN)
    yield from in_columns(text, _NAME_COLUMN)
    yield from _after_names(text)
    yield from _years_after_a_name(text)
    yield from _years_after_initials(text)
    yield from _years_after_a_pronoun(text)
    yield from _lifespans(text)
    yield from _starred(text)
    yield from _dates_beside_their_age(text)
    yield from _read_in_a_code(text)
    yield from _summed(text)


# A date's digits summed one by one, as numerology's "life path" is worked out from a date
# of birth ("1+4+0+8+1+9+9+0 = 32"): eight digits that read as a day, a month and a year
# (written from the first "+", rarer than a digit, the digit before it looked back for)
_SUMMED = re.compile(r"\+[ \t]*\d(?:[ \t]*\+[ \t]*\d){6}(?![ \t]*\+?[ \t]*\d)")
_FIRST_SUMMAND = re.compile(r"(?<![\d+])\d[ \t]*\Z")


def _summed(text: str) -> Iterator[Hit]:
    if "+" not in text:
        return
    latest = date.today().year - MIN_AGE
    for found in _SUMMED.finditer(text):
        first = _FIRST_SUMMAND.search(text, max(0, found.start() - 3), found.start())
        if first is None:
            continue
        digits = "".join(c for c in text[first.start() : found.end()] if c.isdigit())
        day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= latest:
            yield BIRTH_DATE, first.start(), found.end(), 0.8


# A code's run of digits, which may hold a date of birth as personal codes do: Lithuania's
# and Estonia's ("4 150115 0000": a century's digit, then year, month and day), Latvia's
# ("150115-10417"), Belarus's ("3 120590 A000PB3": day, month, year), Kazakhstan's IIN,
# Kyrgyzstan's PIN ("2 15051990 00417"), Poland's PESEL, Austria's insurance number
_CODE_DIGITS = re.compile(r"[0-9](?<!\d\d)(?:\d{6,}|\d{5}-\d{4,6})(?!\d)")  # from a digit
_CODE_DATES = (  # a window's length, and where its day, month and year stand in it
    (6, (4, 6), (2, 4), (0, 2)),  # YYMMDD
    (6, (0, 2), (2, 4), (4, 6)),  # DDMMYY
    (8, (6, 8), (4, 6), (0, 4)),  # YYYYMMDD
    (8, (0, 2), (2, 4), (4, 8)),  # DDMMYYYY
)


def _dates_in_codes(text: str) -> set[tuple[int, int, int]]:
    """(day, month, year) of every date a code's digits can be read as; a year of two
    digits is kept as two digits."""
    dates: set[tuple[int, int, int]] = set()
    for run in _CODE_DIGITS.finditer(text):
        digits = run.group().replace("-", "")
        for length, day, month, year in _CODE_DATES:
            for at in range(len(digits) - length + 1):
                window = digits[at : at + length]
                d, m = int(window[slice(*day)]), int(window[slice(*month)])
                y = int(window[slice(*year)])
                if 1 <= d <= 31 and 1 <= m <= 12 and (length == 6 or y >= 1900):
                    dates.add((d, m, y))
    return dates


def _read_in_a_code(text: str) -> Iterator[Hit]:
    """A full date, :data:`MIN_AGE` years old or more, that a code of the same text holds in
    its digits: the date of birth a personal code gives ("personal code 41501150000" ...
    "so 15 Jan 1915, matches her grave"). Another date a code holds, a booking's or a
    protocol's ("#20231120-0417"), is recent."""
    if _CODE_DIGITS.search(text) is None:
        return
    coded = _dates_in_codes(text)
    latest = date.today().year - MIN_AGE
    for start, end, day, month, year in (*_full_dates(text), *_word_dates(text)):
        if year <= latest and ((day, month, year) in coded or (day, month, year % 100) in coded):
            yield BIRTH_DATE, start, end, 0.8


def _full_dates(text: str) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, day, month, year) of each full date, day first ("14.02.1991") or year
    first as ISO writes it ("1991-02-14")."""
    for found in _FULL_DATE.finditer(text):
        day_found = _DAY.search(text, max(0, found.start() - 2), found.start())
        if day_found is not None:
            day, month, year = int(day_found.group()), int(found.group(1)), int(found.group(2))
            if month > 12 >= day:  # the American order, its month first: "06/21/1991"
                day, month = month, day
            yield day_found.start(), found.end(), day, month, year
    if "-" in text:
        for found in _ISO_DATE.finditer(text):
            day, month, year = int(found.group(3)), int(found.group(2)), int(found.group(1))
            yield found.start(1), found.end(), day, month, year


# A full date with its month's name: "11 июня 1964", "11-го июня 1964 г.", "the 11th of June
# 1964", "June 11, 1964"
_WORD_DATE = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:-?(?:го|е|st|nd|rd|th))?[ \u00a0]+(?:of[ \u00a0]+)?"
    rf"(?P<m>{MONTHS})[ \u00a0,]+(?P<y>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<![\w.])(?P<m2>{MONTHS})[ \u00a0]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+"
    rf"(?P<y2>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)


def _month_of(name: str) -> int:
    """The number of a month's name as :data:`MONTHS` reads it ("марта", "Jun.")."""
    lower = name.lower()
    return next(number for number, stems in MONTH_STEMS if lower.startswith(stems))


def _word_dates(text: str) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, day, month, year) of each full date with its month's name."""
    for found in _WORD_DATE.finditer(text):
        month = _month_of(found.group("m") or found.group("m2"))
        day = int(found.group("d") or found.group("d2"))
        yield found.start(), found.end(), day, month, int(found.group("y") or found.group("y2"))


def day_month_year(written: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a date of birth written in digits ("14/03/2015", "2015-03-14")
    or with its month's name ("15 May 1972"), or None for a year alone or a date in words."""
    for start, end, day, month, year in (*_full_dates(written), *_word_dates(written)):
        if start == 0 and end == len(written):
            return day, month, year
    return None


# Letters a passport's OCR reads for digits, one for one ("05.1I.1991", "O5.11.1991")
MISREAD = str.maketrans("OoОоIlІі|Зз", "00001111133")


def read_back(written: str) -> tuple[int, int, int] | None:
    """:func:`day_month_year` of a date of birth found, its misread digits put right
    ("05.1I.1991": 5 November 1991), or of one said in words ("двадцать второе мая
    восемьдесят восьмого": :mod:`intake.redact.said_dates`), so that the date said again
    is found."""
    return (
        day_month_year(written)
        or day_month_year(written.translate(MISREAD))
        or _short_year_date(written)
        or said_value(written)
    )


# A date of birth with its year's two digits ("07.12.93"): said again with four elsewhere
_SHORT_YEAR_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2})")


def _short_year_date(written: str) -> tuple[int, int, int] | None:
    found = _SHORT_YEAR_DATE.fullmatch(written.strip())
    if found is None:
        return None
    day, month, short = (int(g) for g in found.groups())
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, full_year(short)


def full_year(short: int) -> int:
    """The year of two digits written for it: this century's up to this year's, else the
    last century's ("93" is 1993, "24" 2024)."""
    return short + (1900 if short > date.today().year % 100 else 2000)


_MISDATED = 3  # years: a date of birth's day and month with a year this near is a version of it


def said_again(text: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    """Each full date that is one of ``births`` (day, month, year): a date of birth said again
    with no cue beside it, in another message or shape ("Tima's DOB, I think 14/03/2015?"
    ... "Тимофея записали 14.03.2015", "11.06.1964?" ... "11 июня 1964, да"); not a
    chat's or a log's time stamp. Letters OCR read for digits are read as those digits
    ("«05.1I.1991» ... правильно 05.11.1991"). Its day and month with a year a few years
    off are a wrong version of it ("19.06.1993 г.р." ... "ДР там 19.06.1994 а не 93-го")."""
    read = text.translate(MISREAD)  # one for one: the same spans
    dates = sorted((*_full_dates(read), *_word_dates(text)))
    days = {(day, month): year for day, month, year in births if day and month}
    for index, (start, end, day, month, year) in enumerate(dates):
        if in_a_stamp(text, start, end):
            continue
        if (day, month, year) in births:
            yield BIRTH_DATE, start, end, 0.8
            yield from _same_year_after(text, dates[index + 1 :], end, year)
        elif (born := days.get((day, month))) and 0 < abs(year - born) <= _MISDATED:
            yield BIRTH_DATE, start, end, 0.75  # a wrong version: "19.06.1994 а не 93-го"
    yield from _short_again(text, read, births)
    yield from _day_and_month_again(text, births)
    yield from _run_together(text, births)
    yield from _year_again(text, births)


# A full date with its year's last two digits ("21.09.01"), from its second separator; or
# with its month's name ("12 марта 96", "12 March '96"), from its first digit
_SHORT_DATE = re.compile(r"[./](?<=\d[./])(\d{1,2})[./](\d{2})(?![\d]|[./]\d)")
_SHORT_WORD_DATE = re.compile(
    rf"([0-9](?<![\w.][0-9])\d?)(?:-?(?:го|е|st|nd|rd|th))?[ \u00a0]+(?:of[ \u00a0]+)?({MONTHS})"
    r"[ \u00a0,]+['’]?(\d{2})(?![\w.,:/-]?\d|[^\W\d_])",
    re.IGNORECASE,
)


def _short_dates(text: str) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, day, month, year) of each full date with its year's last two digits
    ("09.08.12": 2012)."""
    for found in _SHORT_DATE.finditer(text):
        day = _DAY.search(text, max(0, found.start() - 2), found.start())
        if day is not None:
            year = full_year(int(found.group(2)))
            yield day.start(), found.end(), int(day.group()), int(found.group(1)), year


def _short_again(text: str, read: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    """A date of birth said again with its year's last two digits ("дата рождения
    21.09.2001" ... "уточнить ДР Марка (21.09.01)", "12.03.1996" ... "дату оставьте, 12
    марта 96"); not in a chat's or a log's stamp."""
    short = {(day, month, year % 100) for day, month, year in births if day and month}
    if not short:
        return
    for start, end, day, month, year in _short_dates(read):
        if (day, month, year % 100) in short and not in_a_stamp(text, start, end):
            yield BIRTH_DATE, start, end, 0.8
    for found in _SHORT_WORD_DATE.finditer(text):
        if (int(found.group(1)), _month_of(found.group(2)), int(found.group(3))) in short:
            yield BIRTH_DATE, found.start(), found.end(), 0.8


# A date of birth's day and month said again with the month's name and no year, as the
# day it comes round, a celebration's word on its line ("д.р. 18.11.1992" ... "торт ему на
# 18 ноября", "a cake for November 18"); another thing done that day is no birthday ("onward
# to Chop on 11 Nov"): from the day's first digit, or from the month's name before the day
_YEAR_NEXT = r"[ \u00a0,]+['’]?(?:\d{4}|\d{2}(?![:.]\d))"  # a full date's: read above
_DAY_AND_MONTH = re.compile(
    rf"([0-9](?<![\w.][0-9])\d?)(?:-?(?:го|е|st|nd|rd|th))?[ \u00a0]+(?:of[ \u00a0]+)?({MONTHS})"
    rf"(?![^\W\d_]|{_YEAR_NEXT})|(?<![^\W\d_])({MONTHS})(?![^\W\d_])"
    rf"[ \u00a0]+(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?![\w.,:/-]?\d|{_YEAR_NEXT})",
    re.IGNORECASE,
)


def _day_and_month_again(text: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    """A date of birth's day and month said again (:data:`_DAY_AND_MONTH`)."""
    days = {(day, month) for day, month, _year in births if day and month}
    if not days:
        return
    for found in _DAY_AND_MONTH.finditer(text):
        day, month = (found.group(1), found.group(2)) if found.group(1) else found.group(4, 3)
        if (int(day), _month_of(month)) in days and _celebrated(text, found.start(), found.end()):
            yield BIRTH_DATE, found.start(), found.end(), 0.75


# Words of a birthday's celebration: a cake, a present, greetings, a party, turning an age
_CELEBRATION = re.compile(
    r"(?<![^\W\d_])(?:торт|поздрав|праздн|отмет|подар|день[ \t]+рожд|дн[её]м[ \t]+рожд|др|днюх"
    r"|исполн|стукн|cake|present|gift|greet|congrat|celebrat|party|birthday|bday|turns?)",
    re.IGNORECASE,
)
_CELEBRATION_REACH = 60  # characters on either side, on the day's line


def _celebrated(text: str, start: int, end: int) -> bool:
    """True if a celebration's word stands on the line of the day (:data:`_CELEBRATION`)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CELEBRATION_REACH)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _CELEBRATION_REACH)
    return _CELEBRATION.search(text, line_start, line_end) is not None


# A date of birth's year said again alone where what a paper or a stone has written is
# spoken of ("в паспорте был 1987", "Пишите 1987", "the 1939 date for your father"): the
# year of birth; elsewhere a year alone may be any event's
_BARE_YEAR = re.compile(r"(?<![\d.,:/-])(?:19|20)\d{2}(?![\d.,:/-]?\d)")
_WRITTEN_BEFORE = re.compile(
    r"(?:паспорт|документ|бумаг|справк|свидетельств|записа|пиш|напиш|надпис|табличк|стел"
    r"|памятник|passport|papers|document|certificate|record|written|write|stone|plaque"
    r"|inscription|reads)\w*[^\n\d.!?]{0,12}\Z",
    re.IGNORECASE,
)
_WRITTEN_AFTER = re.compile(r"[ \t]+(?:date|дата|дату)(?![^\W\d_])", re.IGNORECASE)


# ... or a year a few years off it where a mistake is spoken of ("в австрийских бумагах
# 1986, они ошиблись. Пишите 1987", "wrong year in it too, that's how the 1986 crept in"),
# or where the year of birth itself is set against it ("как в паспорте, 17.11.1954, а не как
# ты всегда пишешь «1955»", "1954, not 1955"): a wrong version of the year of birth
_MISTAKE = (
    r"(?<![^\W\d_])(?:ошиб|опечат|неправильн|неверн|перепута|wrong|mistake|typo|incorrect|misprint)"
)
_SET_AGAINST = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?!\d)[ \t]*(?:г\.|года?)?[ \t]*,?[ \t]*"
    r"(?:а[ \t]+не|но[ \t]+не|not|instead[ \t]+of)(?![^\W\d_])[^\n\d.!?]{0,30}\Z",
    re.IGNORECASE,
)
_IN_SENTENCE = r"(?:[^\n\d.!?]|\n(?![ \t]*\n))"  # a line wrapped between, not a paragraph's break
_MISTAKE_AFTER = re.compile(rf"{_IN_SENTENCE}{{0,30}}?{_MISTAKE}", re.IGNORECASE)
_MISTAKE_BEFORE = re.compile(rf"{_MISTAKE}\w*{_IN_SENTENCE}{{0,40}}\Z", re.IGNORECASE)


def _year_again(text: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    years = {year for _day, _month, year in births if year}
    if not years:
        return
    for found in _BARE_YEAR.finditer(text):
        year = int(found.group())
        before = text[max(0, found.start() - 50) : found.start()]
        if year in years:
            if _WRITTEN_BEFORE.search(before) or _WRITTEN_AFTER.match(text, found.end()):
                yield BIRTH_DATE, found.start(), found.end(), 0.75
        elif any(0 < abs(year - born) <= _MISDATED for born in years) and (
            _MISTAKE_AFTER.match(text, found.end())
            or _MISTAKE_BEFORE.search(before)
            or ((against := _SET_AGAINST.search(before)) and int(against.group(1)) in years)
        ):
            yield BIRTH_DATE, found.start(), found.end(), 0.75


# A date of birth's digits run together, as a PIN or a password made of it is given
# ("Код 190496", "1904 без года", "пароль 19041996"): the whole date (eight or six digits)
# wherever it stands; its day and month alone where they cannot be a year, or where a
# code's word or "без года" stands beside them
_DIGIT_RUN = re.compile(r"(?<![\d.,:/-])\d{4}(?:\d{2}){0,2}(?![\d.,:/-]\d|\d)")
_CODE_NEAR = re.compile(
    r"(?:код|пин|pin|парол|password|passcode|code)\w*[^\n\d]{0,12}\Z", re.IGNORECASE
)
_YEARLESS_AFTER = re.compile(r"[ \t,]*(?:без\s+года|without\s+(?:the\s+)?year)", re.IGNORECASE)


def _run_together(text: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    runs: dict[str, bool] = {}  # digits -> whether they are the day and month alone
    for day, month, year in births:
        if day and month:
            runs[f"{day:02}{month:02}{year}"] = False
            runs[f"{day:02}{month:02}{year % 100:02}"] = False
            runs[f"{day:02}{month:02}"] = True
    for found in _DIGIT_RUN.finditer(text):
        alone = runs.get(found.group())
        if alone is None:
            continue
        if alone and 1900 <= int(found.group()) <= date.today().year + 10:
            before = text[max(0, found.start() - 30) : found.start()]
            if not (_CODE_NEAR.search(before) or _YEARLESS_AFTER.match(text, found.end())):
                continue  # "в 1904 году": a year
        yield BIRTH_DATE, found.start(), found.end(), 0.75


_SAME_YEAR_REACH = 90


def _same_year_after(
    text: str, later: list[tuple[int, int, int, int, int]], end: int, year: int
) -> Iterator[Hit]:
    """Dates of the same year later in the sentence of a date of birth said again: the same
    birth written another way, a wrong version beside the right one ("Азат — 27.03.1991
    (в старой версии ошибочно 1991-07-27)")."""
    for start, stop, _day, _month, other in later:
        if start - end > _SAME_YEAR_REACH or SENTENCE_END.search(text, end, start):
            return
        if other == year:
            yield BIRTH_DATE, start, stop, 0.75


# A chat's or a log's time stamp opening a line: a short bracket with a time or of digits
# alone ("[16.05.25, 00:08]", "[2025-11-04 11:05]", "[14.03.2024]"; not a transcript's "[22 мая
# 1988]", a date said and written out), or a date and a time ("09/11/2025, 19:20 - Анна:",
# "16.08.2025 10:12")
_STAMP = re.compile(r"[ \t]*\[(?=[^\]\n]{0,30}\d:\d\d|[\d\W]{1,30}\])[^\]\n]{1,30}\]")
_TIME_AFTER = re.compile(r",?[ \tT]+\d{1,2}:\d{2}")
_LINE_OPENS = re.compile(r"[ \t]*\[?[ \t]*\Z")


def in_a_stamp(text: str, start: int, end: int) -> bool:
    """True if the date at ``text[start:end]`` is in the time stamp that opens its line (see
    :data:`_STAMP`): the day a message was sent, not a note in brackets ("[Мой брат. Дата
    рождения на стеле 14.02.2002 — ...]")."""
    line = text.rfind("\n", 0, start) + 1
    stamp = _STAMP.match(text, line)
    if stamp is not None and start < stamp.end():
        return True
    return (
        _LINE_OPENS.match(text, line, start) is not None
        and _TIME_AFTER.match(text, end) is not None
    )


# A birth certificate named before the name and the date: "свидетельство о рождении Артема
# ... (Артем, 14.05.2017)"
_CERTIFICATE = re.compile(
    r"(?:свидетельств\w{0,3}|св-?во|свид\.)\s+о\s+рожд|birth\s+certificate", re.IGNORECASE
)
# Whose child the person is, said right before the name: "(дочь Даша Выдумова, 14.05.2015)"
_KIN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:сын|дочь|дочка|ребёнок|ребенок|внук|внучка|son|daughter|child"
    r"|grandson|granddaughter)[ \u00a0]*[:—–-]?[ \u00a0]*$",
    re.IGNORECASE,
)


def _a_child(text: str, start: int) -> bool:
    """True if a recent full date at ``start`` follows a child's name with the kinship said
    before the name ("дочь Даша Выдумова, 14.05.2015") or between it and the date
    ("Выдумов Рамиль, сын, 11.01.2016"), or with a birth certificate named before them
    ("свидетельство о рождении Артема ... (Артем, 14.05.2017)"). A child's date of birth is
    recent, and a child's kinship beside a name and a date says whose birth it is (a
    husband's, "муж, 11.01.2022", is an event's date)."""
    before = _NAME_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is not None and (
        _KIN_BEFORE.search(text, max(0, before.start() - 20), before.start())
        or _CERTIFICATE.search(text, max(0, before.start() - 2 * _LOOK_BACK), before.start())
    ):
        return True
    row = _NAME_PASSPORT_BEFORE.search(text, max(0, start - 2 * _LOOK_BACK), start)
    return row is not None and (row.group("kin") or "").lower() in _CHILDREN


_CHILDREN = frozenset(("сын", "дочь", "внук", "внучка", "son", "daughter"))


# A year alone after a surname and its initials, or after a patronymic, and a comma, as a
# police record, a list or a court's paper gives a person ("доставлен гр. Гуртиев А.И.,
# 1991", "Ухсай А.В., 1989, как будто он номер в списке", "GURTIEV A.I., 1991", "Савиди
# Христо Анастасиевич, 1978, Мариуполь", "отчество «Анастасиевич», год 1978"): the person's
# year of birth. Written from the comma before the year (rarer than a capital); the year,
# "год" before it or not, ends its item, nothing but a mark, a bracket or the line's end
# after it ("Петров А.А., 1991 года выпуска" is not one).
_COMMA_YEAR = re.compile(
    r",[ \u00a0]*(?:год[ \u00a0]+)?((?:19|20)\d{2})(?:[ \u00a0]?г\.?)?"
    r"(?=[ \u00a0]*(?:[,;:)\]»\"|\n—–]|\.(?!\d)|$))"
)
# ... or in brackets after them: "Почогир Пётр Семёнович (1951)", "Выдумкин А.И. (1991 г.)"
_BRACKETED_YEAR = re.compile(r"\([ \u00a0]*((?:19|20)\d{2})(?:[ \u00a0]?г\.?)?[ \u00a0]*\)")
_INITIALLED_BEFORE = re.compile(
    r"(?<![^\W\d_])[A-ZА-ЯЁ][^\W\d_]+(?:-[A-ZА-ЯЁ][^\W\d_]+)?[ \u00a0]+"
    r"[A-ZА-ЯЁ]\.[ \u00a0]?(?:[A-ZА-ЯЁ]\.)?[ \u00a0]*$"
)


# A year right after a surname and its initials, a space between, as a prisoner's chest tag,
# a grave's cross or a list writes a person ("«ТЁ Э.В. 1969 отр. 4»", "Rusu V. I. 1996",
# "Варга Д. А. 1994 г.р."); not a citation's year, a full stop and a title after it
# ("Иванов И.И. 1969. Очерки"). Written from the initial's dot (rarer than a capital).
_INITIALLED_YEAR = re.compile(
    r"\.(?<=[ \u00a0][A-ZА-ЯЁ]\.)(?:[ \u00a0]?[A-ZА-ЯЁ]\.)?[ \u00a0]+((?:19|20)\d{2})"
    r"(?![\d.,:/-]?\d)(?!\.[ \u00a0]*[A-ZА-ЯЁ])"
)
_SURNAME_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][^\W\d_]{0,30}\Z")


def _years_after_initials(text: str) -> Iterator[Hit]:
    if ". 1" not in text and ". 2" not in text:
        return
    latest = date.today().year - MIN_AGE
    for found in _INITIALLED_YEAR.finditer(text):
        space = found.start() - 2  # before the first initial
        if int(found.group(1)) <= latest and _SURNAME_BEFORE.search(
            text, max(0, space - 31), space
        ):
            yield BIRTH_DATE, found.start(1), found.end(1), 0.8


# ... or after a first name and a surname ("Я вам писала, Alexander Hiitonen, 1984.",
# "Иван Выдумов, 1991", "Выдумов Иван, 1991"), a year a grown-up's birth can be (a film's
# or a book's year after its author's name is history's, and rarer)
_FIRST_AND_SURNAME_BEFORE = re.compile(
    r"(?<![^\W\d_])([A-ZА-ЯЁ][^\W\d_]+)[ \u00a0]+([A-ZА-ЯЁ][^\W\d_]+(?:-[A-ZА-ЯЁ][^\W\d_]+)?)"
    r"[ \u00a0]*$"
)
_OLDEST = 100  # years: a person's year of birth said after the name is no older


def _after_a_full_name(text: str, comma: int, year: int) -> bool:
    if not date.today().year - _OLDEST <= year <= date.today().year - MIN_AGE:
        return False
    before = _FIRST_AND_SURNAME_BEFORE.search(text, max(0, comma - 50), comma)
    if before is None:
        return False
    first, second = before.groups()
    # the surname first too ("Выдумов Иван, 1991", «Ciobanu Ion, 1998»: a word no dictionary
    # has before the first name), or a surname's shape after any capitalised word
    # ("Грант Арутюнян, 1958": a first name no table lists)
    return (
        names.first_name(first)
        or (names.first_name(second) and (names.name_like(first) or names.no_word(first)))
        or (names.surname_shaped(second) and addresses.STREET_WORD.fullmatch(first) is None)
    )  # not a street's word before a street's name ("Улица Вишневская, 1990")


# the name's words before the comma, a closing quote or bracket between ("«Анастасиевич»,
# год"); the patronymic is one of the last three ("Ivan Petrovich Sidorov, 1978")
_CLOSING = " \u00a0»\"”’')"
_PATRONYMIC_HINTS = ("вич", "ьич", "вн", "чн", "vich", "vych", "vna", "chna")


def _after_a_patronymic(text: str, comma: int) -> bool:
    window = text[max(0, comma - 60) : comma].lower()
    if not any(hint in window for hint in _PATRONYMIC_HINTS):
        return False  # no patronymic's letters: the dictionary need not be asked
    words = []
    for token in reversed(window.rstrip(_CLOSING).split()[-3:]):
        word = token.lstrip("«\"„“'(")
        if not word.isalpha():
            break  # the name's words end where a mark or a number stands
        words.append(word)
    return any(len(word) >= 5 and forms_ru.read_as_patronymic(word) for word in words)


def _years_after_a_name(text: str) -> Iterator[Hit]:
    if not any(mark in text for mark in (", 1", ", 2", ",1", ",2", ", год", "(1", "(2")):
        return
    today = date.today().year
    for found in (*_COMMA_YEAR.finditer(text), *_BRACKETED_YEAR.finditer(text)):
        if int(found.group(1)) > today:
            continue
        if (
            _INITIALLED_BEFORE.search(text, max(0, found.start() - 40), found.start())
            or _after_a_patronymic(text, found.start())
            or _after_a_full_name(text, found.start(), int(found.group(1)))
        ):
            yield BIRTH_DATE, found.start(1), found.end(1), 0.8
    for found in _NAMED_YEAR.finditer(text):
        if int(found.group(2)) <= today and names.name_like(found.group(1)):
            yield BIRTH_DATE, found.start(2), found.end(2), 0.8


# ... or after a first name and a comma, "года" after it, its item ending there, as a
# person is described in speech ("«Егор, 1998 года, воинская часть...»"; "Иван, 1998 года
# выпуска" goes on with what the year is of)
_NAMED_YEAR = re.compile(
    r"(?<![^\W\d_])([А-ЯЁ][а-яё]+),[ \u00a0]*((?:19|20)\d{2})[ \u00a0]+года"
    r"(?=[ \u00a0]*(?:[,;:)»\"|\n—–]|\.(?!\d)|…|$))"
)


# A person's years of life: two years, the second within a life's length of the first and
# at least :data:`MIN_AGE` after it (a post held or a war's years are often fewer)
_LIFESPAN = re.compile(
    r"([12](?<![\d.,/:-][12])(?:(?<=1)[89]|(?<=2)0)\d{2})"  # from a digit: the engine skips to it
    r"[ \u00a0]?[–—-][ \u00a0]?((?:1[89]|20)\d{2})(?![\d.,/:-]?\d)"
)
_LIFE = 120  # years
# ... after one to three capitalised words, the name: in brackets or after a comma right
# after them, or the years alone on their line and the name alone on the line above
_NAME_WORD = r"[A-ZА-ЯЁ][^\W\d_]+(?:-[A-ZА-ЯЁ][^\W\d_]+)?"
_NAME_BRACKETED = re.compile(
    rf"({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}})[ \u00a0]*(?:\(|,)[ \u00a0]*\Z"
)  # "(1939–2011)" or after a comma: "мужа, покойного Эдуарда, 1961–2019"
_NAME_LINE_ABOVE = re.compile(
    rf"(?:^|\n)[ \t\u00a0]*({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}})"
    r"[ \t\u00a0]*\n[ \t\u00a0]*\Z"
)
_LINE_ENDS = re.compile(r"[ \t\u00a0]*(?:\n|$)")
# ... or a name in capitals right before them, as a headstone's lettering runs («АЛЯКСАНДР
# КАВАЛЁЎ 1961–2023»), or the field of a life's years ("Годы жизни: 1998 — 2023")
_NAME_IN_CAPITALS = re.compile(
    r"(?<![^\W\d_])([A-ZА-ЯЁІЎЄЇ][A-ZА-ЯЁІЎЄЇ'-]+(?:[ \u00a0]+[A-ZА-ЯЁІЎЄЇ][A-ZА-ЯЁІЎЄЇ'-]+){1,2})"
    r"[ \u00a0]*\Z"
)
_YEARS_OF_LIFE = re.compile(
    r"(?<![^\W\d_])(?:годы[ \t]+жизни|years[ \t]+of[ \t]+life|life[ \t]+dates"
    r"|dates[ \t]+of[ \t]+life)[ \t]*[:—–-]?[ \t]*\Z",
    re.IGNORECASE,
)


def _lifespans(text: str) -> Iterator[Hit]:
    today = date.today().year
    for found in _LIFESPAN.finditer(text):
        born, died = int(found.group(1)), int(found.group(2))
        if not born + MIN_AGE <= died <= min(born + _LIFE, today):
            continue
        start = found.start(1)
        if _YEARS_OF_LIFE.search(text, max(0, start - _LOOK_BACK), start):
            yield BIRTH_DATE, start, found.end(1), 0.8
            continue
        before = _NAME_BRACKETED.search(text, max(0, start - _LOOK_BACK), start)
        if before is None and _LINE_ENDS.match(text, found.end()):
            before = _NAME_LINE_ABOVE.search(text, max(0, start - _LOOK_BACK), start)
        if before is None:
            before = _NAME_IN_CAPITALS.search(text, max(0, start - _LOOK_BACK), start)
        if before is not None and _a_persons_name(before.group(1)):
            yield BIRTH_DATE, start, found.end(1), 0.8


# A date after a star, a cross after it: genealogy's marks of birth and death ("* 22. Juni
# 1994, Omsk" over "† 2023"; "(*1939 †2011)"). A star alone opens a list's item.
_STARRED = re.compile(
    rf"\*[ \u00a0]?((?:\d{{1,2}}\.?[ \u00a0]?{MONTHS}[ \u00a0]?|\d{{1,2}}[./]\d{{1,2}}[./])?"
    r"(?:1[89]|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_CROSSES = ("†", "✝", "✞")
_CROSS_REACH = 120  # characters after the star's date within which its cross stands


def _starred(text: str) -> Iterator[Hit]:
    if "*" not in text or not any(cross in text for cross in _CROSSES):
        return
    for found in _STARRED.finditer(text):
        after = text[found.end() : found.end() + _CROSS_REACH]
        if any(cross in after for cross in _CROSSES):
            yield BIRTH_DATE, found.start(1), found.end(1), 0.8


def _a_persons_name(words: str) -> bool:
    """True if one of ``words`` is a known first name or surname or has a surname's shape,
    or none of them is a dictionary's word ("DUMITRU UNGUREANU", in capitals or not);
    "World War" (1939–1945) is neither."""
    titled = [word.title() for word in words.split()]
    return any(names.name_like(word) for word in titled) or all(map(names.no_word, titled))


# An age beside a full date: "Софья (11 л, 21.04.2014)", "Ruslan, 34 y.o., 02.05.1991": when
# the age is the years since that date, the date is the person's birth
_AGE = re.compile(
    r"(?<![\d.,])(\d{1,3})[ \u00a0]?"
    r"(?:л\.?|лет|года?|г\.|y\.?\s?o\.?|yrs?\.?|years?(?:[ -]old)?|yo)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# between the age and the date only a comma, a slash or a dash; before the first of them a
# bracket, a comma, a cell's bar or the line's start ("через 3 года, 12.05.2022" is a wait)
_BETWEEN_AGE = re.compile(r"[ \t\u00a0]*[,;/|–—-]?[ \t\u00a0]*")
_OPENS_ITEM = re.compile(r"(?:^|[(,|:\n])[ \t\u00a0]*$")


def _dates_beside_their_age(text: str) -> Iterator[Hit]:
    if not any(c in text for c in "лгyY"):
        return
    today = date.today().year
    # its year's last two digits too, as a form filled in by hand ("Шарипова Камила, 09.08.12")
    for start, end, day, month, year in (*_full_dates(text), *_short_dates(text)):
        if not (1 <= day <= 31 and 1 <= month <= 12 and year <= today):
            continue
        ages = []
        before = _AGE_ENDING.search(text, max(0, start - 20), start)
        if before is not None and _OPENS_ITEM.search(
            text, max(0, before.start() - 3), before.start()
        ):
            ages.append(int(before.group(1)))
        gap = _BETWEEN_AGE.match(text, end)  # it always matches: its parts are optional
        after = _AGE.match(text, gap.end() if gap is not None else end)
        if (
            after is not None
            and _BETWEEN_AGE.fullmatch(text, end, after.start())
            and (_OPENS_ITEM.search(text, max(0, start - 3), start))
        ):
            ages.append(int(after.group(1)))
        if any(0 <= today - year - age <= _AGE_SLACK for age in ages):
            yield BIRTH_DATE, start, end, 0.8


_AGE_SLACK = 2  # years: the birthday not yet come, and a text written a year before
_AGE_ENDING = re.compile(_AGE.pattern + r"[ \t\u00a0]*[,;/|–—-]?[ \t\u00a0]*$", re.IGNORECASE)


# A list's row of fields between dashes or bars, a name first, a full date among them and
# a document after it: "1. Тимофей Выдумов — капитан — 19.01.1972 — паспорт 45 00 000417"
_ROW_FIELDS_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*)?[A-ZА-ЯЁ][^\n\d]*[—–|][^\n\d]*\Z"
)
_DOCUMENT_AFTER = re.compile(
    r"[ \t]*[—–|,][ \t]*(?:паспорт|passport|загран|удостоверени|в/б|военн\w+[ \t]+билет"
    r"|id(?![^\W\d_]))",
    re.IGNORECASE,
)


def _after_names(text: str) -> Iterator[Hit]:
    today = date.today().year
    latest = today - MIN_AGE
    # its year's last two digits too, as a form filled in by hand ("Шарипова Камила, 09.08.12")
    for start, end, day, month, year in (*_full_dates(text), *_short_dates(text)):
        if not (1 <= day <= 31 and 1 <= month <= 12 and year <= today):
            continue
        if (
            year <= latest
            and _DOCUMENT_AFTER.match(text, end)
            and _ROW_FIELDS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        ):
            yield BIRTH_DATE, start, end, 0.8
            continue
        if year > latest:
            if _a_child(text, start):
                yield BIRTH_DATE, start, end, 0.8
            continue
        before = _NAME_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        if before is None:
            if (
                _NAME_PASSPORT_BEFORE.search(text, max(0, start - 2 * _LOOK_BACK), start)
                or _ROW_DOCUMENT_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
                or _FULL_NAME_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
            ) is not None:
                yield BIRTH_DATE, start, end, 0.8
            continue
        name = before.group("name")
        one_word = " " not in name and "\u00a0" not in name and not name.endswith(".")
        if not one_word or not _OPENS.search(text, max(0, before.start() - 3), before.start()):
            yield BIRTH_DATE, start, end, 0.8
