"""The day, month and year of a date said in words.

A transcript or a letter writes a date of birth as it is said: "двадцать второе мая
восемьдесят восьмого", "тысяча девятьсот девяносто первого года", "June twenty-first,
nineteen ninety-one", "the fourteenth of June eighty-nine", "two thousand and five". Read
as numbers, such a date is found again where the text writes it in digits ("22.05.1988")
and the other way round. A year said with two numbers ("восемьдесят восьмого",
"eighty-nine") is of the last century unless it is still to come in this one.

Numbers are read word by word, each by the stem Russian declines ("втор" for второе,
второго; "девяност" for девяносто, девяностого) or by the English word, tens and units
added ("двадцать второе": 22) and a thousand multiplied ("две тысячи пятого": 2005); an
English year said in two pairs is read as hundreds ("nineteen ninety-one": 1991).
"""

from __future__ import annotations

import re
from datetime import date

MONTH_STEMS = (  # "мар" before "ма[йяе]"
    (3, ("мар", "mar")),
    (1, ("янв", "jan", "yanvar")),
    (2, ("фев", "feb", "fevral")),
    (4, ("апр", "apr", "aprel")),
    (5, ("ма", "may")),
    (6, ("июн", "jun", "iyun")),
    (7, ("июл", "jul", "iyul")),
    (8, ("авг", "aug", "avgust")),
    (9, ("сен", "sep", "sentyabr")),
    (10, ("окт", "oct", "oktyabr")),
    (11, ("ноя", "nov", "noyabr")),
    (12, ("дек", "dec", "dekabr")),
)
_THOUSAND = -1  # a marker: multiplies what was said before it
# Russian stems of cardinals and ordinals in any case, the longest first where one begins
# another ("семнадцат" before "сем", "девяност" before "девят")
_RU_STEMS = sorted(
    (
        *(("сто", 100), ("сот", 100), ("двест", 200), ("двухсот", 200), ("трист", 300)),
        *(("трехсот", 300), ("четырест", 400), ("четырехсот", 400), ("пятьсот", 500)),
        *(("пятисот", 500), ("шестьсот", 600), ("шестисот", 600), ("семьсот", 700)),
        *(("семисот", 700), ("восемьсот", 800), ("восьмисот", 800), ("девятьсот", 900)),
        *(("девятисот", 900), ("тысяч", _THOUSAND), ("двухтысячн", 2000)),
        *(("двадцат", 20), ("тридцат", 30), ("сорок", 40), ("пятьдесят", 50)),
        *(("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60), ("семьдесят", 70)),
        *(("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80), ("девяност", 90)),
        *(("десят", 10), ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13)),
        *(("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17)),
        *(("восемнадцат", 18), ("девятнадцат", 19)),
        *(("перв", 1), ("один", 1), ("одна", 1), ("одно", 1), ("втор", 2), ("два", 2)),
        *(("две", 2), ("двух", 2), ("трет", 3), ("три", 3), ("трех", 3), ("четв", 4)),
        *(("четыр", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("сем", 7), ("восьм", 8)),
        *(("восем", 8), ("девят", 9)),
    ),
    key=lambda pair: -len(pair[0]),
)
_EN_WORDS = {
    word: value
    for value, words in (
        (0, "oh zero nought"),
        (1, "one first"),
        (2, "two second"),
        (3, "three third"),
        (4, "four fourth"),
        (5, "five fifth"),
        (6, "six sixth"),
        (7, "seven seventh"),
        (8, "eight eighth"),
        (9, "nine ninth"),
        (10, "ten tenth"),
        (11, "eleven eleventh"),
        (12, "twelve twelfth"),
        (13, "thirteen thirteenth"),
        (14, "fourteen fourteenth"),
        (15, "fifteen fifteenth"),
        (16, "sixteen sixteenth"),
        (17, "seventeen seventeenth"),
        (18, "eighteen eighteenth"),
        (19, "nineteen nineteenth"),
        (20, "twenty twentieth"),
        (30, "thirty thirtieth"),
        (40, "forty fortieth"),
        (50, "fifty fiftieth"),
        (60, "sixty sixtieth"),
        (70, "seventy seventieth"),
        (80, "eighty eightieth"),
        (90, "ninety ninetieth"),
        (_THOUSAND, "thousand"),
    )
    for word in words.split()
}
_EN_ORDINALS = frozenset(w for w in _EN_WORDS if w.endswith(("st", "nd", "rd", "th")))
# words and endings between a date's numbers: "the 21st of June", "22-го мая 1988 г."
_SKIPPED = frozenset(("the", "of", "and", "st", "nd", "rd", "th", "го", "е", "года", "год", "г"))
_WORD = re.compile(r"\d+|[^\W\d_]+")


def _number(word: str) -> int | None:
    """The value of one number word, or None."""
    if word.isdigit():
        return int(word)
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    return next((value for stem, value in _RU_STEMS if word.startswith(stem)), None)


def _month(word: str) -> int | None:
    if len(word) < 3:
        return None
    return next((number for number, stems in MONTH_STEMS if word.startswith(stems)), None)


def _sum(values: list[int]) -> int | None:
    """Numbers said one after another as one number: added, a thousand multiplying what
    came before it ("две тысячи пять": 2005); None if nothing was said."""
    total = part = 0
    for value in values:
        if value == _THOUSAND:
            total += (part or 1) * 1000
            part = 0
        else:
            part += value
    return total + part if values else None


def _year(values: list[int]) -> int | None:
    """A year said in words: in full ("тысяча девятьсот девяносто первого"), in two pairs
    ("nineteen ninety-one", "nineteen oh five") or by its last two digits ("восемьдесят
    восьмого", "eighty-nine")."""
    if not values:
        return None
    pairs = len(values) >= 2 and 10 <= values[0] <= 20 and (values[1] >= 10 or values[1] == 0)
    if pairs and _THOUSAND not in values:
        rest = _sum(values[1:]) or 0
        if rest < 100:  # "nineteen ninety-one", "nineteen oh five"; not "двадцать второго"
            return values[0] * 100 + rest
    year = _sum(values)
    if year is None:
        return None
    if year < 100:  # the last century's unless it is still to come in this one
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def year_value(written: str) -> int | None:
    """The year said in ``written`` ("шестьдесят первого", "nineteen sixty-one"), or None."""
    words = [w for w in _WORD.findall(written.lower().replace("ё", "е")) if w not in _SKIPPED]
    numbers = [_number(w) for w in words]
    if not numbers or None in numbers:
        return None
    return _year([n for n in numbers if n is not None])


def value(written: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a date said in words, its day before or after its month, or
    None if ``written`` is not one."""
    words = [w for w in _WORD.findall(written.lower().replace("ё", "е")) if w not in _SKIPPED]
    at = next((i for i, w in enumerate(words) if _month(w) is not None), None)
    if at is None:
        return None
    month = _month(words[at])
    before = [_number(w) for w in words[:at]]
    after = [_number(w) for w in words[at + 1 :]]
    if None in before or None in after or month is None:
        return None
    numbers_before = [v for v in before if v is not None]
    numbers_after = [v for v in after if v is not None]
    if numbers_before:  # "двадцать второе мая восемьдесят восьмого"
        day, year = _sum(numbers_before), _year(numbers_after)
    else:  # "June twenty-first, nineteen ninety-one": the day's words end at its ordinal
        split = next(
            (i + 1 for i, w in enumerate(words[at + 1 :]) if w in _EN_ORDINALS),
            1,
        )
        day, year = _sum(numbers_after[:split]), _year(numbers_after[split:])
    if day is None or year is None or not 1 <= day <= 31 or not 1900 <= year <= 2100:
        return None
    return day, month, year
