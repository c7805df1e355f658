"""A number of three digits said again in words: "камера 611" ... "в шестьсот
одиннадцатой", "шестьсот одиннадцать", "шесть один один"; "cell 611" ... "six hundred
eleven", "six one one".

An identifier's number of three digits (a cell, a room, a flat) is often said aloud in a
quoted letter or a transcript. The words are matched in any case and as an ordinal
("в шестьсот одиннадцатой", "шестисотой"): each word of the number as the dictionary
declines it (pymorphy3's lexemes), the last one as a cardinal or an ordinal, or the digits
one by one. Larger numbers are said in too many groupings to match; the publication check
asks about a long run of number words (:mod:`intake.check.spoken`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from intake.redact import forms_ru

_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_TEENS = (
    "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
    "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
)  # fmt: skip
_TENS = (
    "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
    "восемьдесят", "девяносто",
)  # fmt: skip
_HUNDREDS = (
    "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
    "девятьсот",
)  # fmt: skip
_UNIT_ORDINALS = (
    "", "первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой",
    "девятый",
)  # fmt: skip
_TEEN_ORDINALS = (
    "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый",
    "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый",
)  # fmt: skip
_TEN_ORDINALS = (
    "", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый",
    "семидесятый", "восьмидесятый", "девяностый",
)  # fmt: skip
_HUNDRED_ORDINALS = (
    "", "сотый", "двухсотый", "трёхсотый", "четырёхсотый", "пятисотый", "шестисотый",
    "семисотый", "восьмисотый", "девятисотый",
)  # fmt: skip
_DIGITS_RU = ("ноль|нуль", "один|одна|одно", "два|две", *_UNITS[3:])
_EN_UNITS = ("zero|oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A cardinal from one to 999 in the nominative, as a house's number is said ("семнадцать",
# "сто двадцать три"); the longest reading first
_H = "|".join(_HUNDREDS[1:])
_T = "|".join(_TENS[2:])
_U = "|".join(_UNITS[1:])
_TN = "|".join(_TEENS)
RU_CARDINAL = (
    rf"(?:(?:{_H})(?:[^\S\n]+(?:{_TN}|(?:{_T})(?:[^\S\n]+(?:{_U}))?|{_U}))?"
    rf"|{_TN}|(?:{_T})(?:[^\S\n]+(?:{_U}))?|{_U})(?![^\W\d_])"
)
RU_CARDINAL_WORDS = frozenset((*_HUNDREDS[1:], *_TENS[2:], *_UNITS[1:], *_TEENS))
_GAP = r"[^\S\n]+"  # between the words of one number
_DIGIT_GAP = r"[^\S\n]*[\s,-][^\S\n]*"  # between digits said one by one
_EDGE_AFTER = r"(?![^\W\d_])"


@lru_cache(maxsize=512)
def _declined(word: str) -> str:
    """Every form of ``word`` the dictionary gives, as a regex alternation ("ё" or "е")."""
    parsed = forms_ru.parses(word)
    forms = {word} | ({f.word for f in parsed[0].lexeme} if parsed else set())
    return "|".join(sorted((re.escape(f).replace("ё", "[её]") for f in forms), key=len)[::-1])


def _ru_said(number: int) -> str:
    """The Russian words of ``number`` (100 to 999), any case, the last an ordinal too."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    cardinals = [_HUNDREDS[hundreds]]
    ordinal = _HUNDRED_ORDINALS[hundreds]
    if rest >= 20:
        cardinals.append(_TENS[tens])
        ordinal = _TEN_ORDINALS[tens]
    if 10 <= rest < 20:
        cardinals.append(_TEENS[units])
        ordinal = _TEEN_ORDINALS[units]
    elif units:
        cardinals.append(_UNITS[units])
        ordinal = _UNIT_ORDINALS[units]
    words = [f"(?:{_declined(w)})" for w in cardinals]
    words[-1] = f"(?:{_declined(cardinals[-1])}|{_declined(ordinal)})"
    return _GAP.join(words)


def _en_said(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    said = f"{_EN_UNITS[hundreds]}{_GAP}hundred"
    if rest:
        said += f"(?:{_GAP}and)?{_GAP}"
    if rest >= 20:
        said += _EN_TENS[tens] + (f"(?:-|{_GAP})(?:{_EN_UNITS[units]})" if units else "")
    elif 10 <= rest < 20:
        said += _EN_TEENS[units]
    elif units:
        said += f"(?:{_EN_UNITS[units]})"
    return said


def _digit_by_digit(number: str) -> str:
    ru = _DIGIT_GAP.join(f"(?:{_DIGITS_RU[int(d)]})" for d in number)
    en = _DIGIT_GAP.join(f"(?:{_EN_UNITS[int(d)]})" for d in number)
    return f"{ru}|{en}"


def said(number: str) -> str:
    """A regex (lower case) for ``number``, three digits with no leading zero, in words."""
    value = int(number)
    return f"{_ru_said(value)}|{_en_said(value)}|{_digit_by_digit(number)}"


# How each way of saying a number of so many hundreds starts, Russian and English: the
# hundreds in any case or as an ordinal ("шестьсот", "шестисот", "шестисотый"), its first
# digit said alone ("шесть"), "six"
_STARTS = ("", "с", "дв", "тр", "чет", "пят", "шест", "сем", "вос", "дев")


@lru_cache(maxsize=64)
def _compiled(wanted: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scan for how the numbers' words start, and the words themselves."""
    starts = {_STARTS[int(n[0])] for n in wanted} | {_EN_UNITS[int(n[0])] for n in wanted}
    gate = re.compile("|".join(sorted(starts)))
    pattern = re.compile(
        "|".join(f"(?P<n{n}>{said(n)}){_EDGE_AFTER}" for n in wanted)  # a group per number
    )
    return gate, pattern


def find_said(lower: str, numbers: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """(number, start, end) of each of ``numbers`` (three digits, no leading zero) said
    in words in ``lower`` (the text in lower case, offsets kept). The words are tried only
    where a word starts as one of them does (a scan for a few literals)."""
    wanted = sorted({n for n in numbers if len(n) == 3 and n[0] != "0"})
    if not wanted:
        return
    gate, pattern = _compiled(tuple(wanted))
    floor = 0
    for head in gate.finditer(lower):
        at = head.start()
        if at < floor or (at and (lower[at - 1].isalnum() or lower[at - 1] == "_")):
            continue
        found = pattern.match(lower, at)
        if found is not None and found.lastgroup is not None:
            yield found.lastgroup[1:], at, found.end()
            floor = found.end()
