"""Phone numbers, per region (phonenumbers, the libphonenumber port).

A cheap regex first finds digit runs that could be phones (at least 7 digits);
only those windows go through ``PhoneNumberMatcher``, region by region (with
region=None it finds about half of Russian formats). International numbers
(with "+") are accepted when possible, national ones only when valid, so that
"1 793" or "234" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from phonenumbers import Leniency, PhoneNumberMatcher

from intake.redact.findings import PHONE

REGIONS = (
    "RU",
    "UA",
    "BY",
    "KZ",
    "GE",
    "AM",
    "AZ",
    "UZ",
    "KG",
    "TJ",
    "MD",
    "LT",
    "LV",
    "EE",
    "PL",
    "FI",
    "DE",
    "GB",
    "US",
    "IL",
    "TR",
)
# "(?<![\w+])\+?\(?\d..." written so that the regex engine can skip to a possible start.
_CANDIDATE = re.compile(
    r"[+(0-9](?<![\w+][+(0-9])(?:(?<=\+)\(?\d|(?<=\()\d|(?<=[0-9]))[\d\s().\-–]{5,22}\d(?!\w)"
)
_MIN_DIGITS = 7
# A Russian mobile number written the usual ways: accepted without phonenumbers (fast path).
_RU_MOBILE = re.compile(r"(?:\+7|8)[\s\-–(]{0,2}9\d{2}[\s\-–)]{0,2}\d{3}[\s\-–]?\d{2}[\s\-–]?\d{2}")
# A local number without its area code, as Russian numbers are written: "345-67-89"
# (seven digits, 3-2-2, dashes); "55-12-34" (six) only after a phone cue word.
_LOCAL = re.compile(r"[0-9](?<![\w\-–+(]\d)\d{2}[\-–]\d{2}[\-–]\d{2}(?![\w\-–])")
# "55-12-34" after a cue word: the number first (a digit is rarer than a letter), then the
# cue that must end just before it: "(?i:тел\w*|...)\.?:?\s{1,3}(\d{2}-\d{2}-\d{2})(?!...)".
_SHORT = re.compile(r"[0-9](?<=\s\d)\d[\-–]\d{2}[\-–]\d{2}(?![\w\-–])")
_SHORT_CUE = re.compile(r"(?i:тел\w*|phone|tel|номер\w*|звон\w*|call\w*)\.?:?\s{1,3}\Z")
_WORD_CHAR = re.compile(r"\w")
_CODE_BEFORE = re.compile(r"[^\W\d_][\-–]\Z")  # a letter and a hyphen right before the digits
_DATE_TIME = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}|(?:19|20)\d\d-[01]\d-[0-3]\d,?\s\d{1,2}"
)
# a date, a range of years ("2023-2024"), a date written without separators ("19991126")
_DATE_LIKE = re.compile(
    r"\d{1,4}[./]\d{1,2}[./]\d{1,4}|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|(?:19|20)\d\d\s?[-–—/]\s?(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
)
# A full date and a space opening a window: the date is no part of a phone number, what
# follows it may be one ("02.07.2024 3" is a date and a count). A date may write its year
# in two digits, as a chat export's stamp does ("04.03.23 15:02 Гоча:"), if its day and
# month are a day's and a month's.
_DATE_FIRST = re.compile(
    r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2},?)\s+"
)
# A line opening with a full date, or with a chat's stamp of a two-digit year and a time
_STAMP = r"\d{1,2}[./]\d{1,2}[./]\d{2},?[^\S\n]\d{1,2}:\d{2}"
_STAMP_TIME = 3  # characters of a stamp's time after a window's end (":02")
_DATED_LINE = re.compile(
    r"\n\s*(?=\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf"|{_STAMP})"
)


@lru_cache(maxsize=8192)
def _window_hits(window: str) -> tuple[tuple[int, int], ...]:
    """Phone spans in one candidate window (cached: a number is often quoted again)."""
    leniency = Leniency.POSSIBLE if window.lstrip("(").startswith("+") else Leniency.VALID
    for region in REGIONS:
        spans = tuple(
            (m.start, m.end) for m in PhoneNumberMatcher(window, region, leniency=leniency)
        )
        if spans:
            return spans
    return ()


def find_phones(text: str) -> Iterator[tuple[str, int, int, float]]:
    """(kind, start, end, score) of every phone number in ``text``."""
    for candidate in _candidates(text):
        window = candidate.group()
        if sum(c.isdigit() for c in window) < _MIN_DIGITS or _DATE_LIKE.fullmatch(
            window.strip("() ")
        ):
            continue  # in brackets too: "Книга отзывов (2023–2024)"
        if _DATE_TIME.fullmatch(window) and text[candidate.end() : candidate.end() + 1] == ":":
            continue  # "05.02.2026 02" of "[05.02.2026 02:17]": a chat export's time stamp
        if _RU_MOBILE.fullmatch(window):
            yield PHONE, candidate.start(), candidate.end(), 1.0
            continue
        if _CODE_BEFORE.search(text, max(0, candidate.start() - 2), candidate.start()):
            continue  # "FIN-2024-1187": the digits of an office's reference, hyphened to letters
        hits = _window_hits(window)
        for start, end in hits:
            yield PHONE, candidate.start() + start, candidate.start() + end, 1.0
        if not hits and (cued := _cued_number(text, candidate)) is not None:
            yield PHONE, candidate.start(), cued, 0.85
    yield from _lettered(text)
    for match in _LOCAL.finditer(text):  # overlaps with the above are merged later
        yield PHONE, match.start(), match.end(), 0.9
    for match in _SHORT.finditer(text):
        if _cued(text, match.start()):
            yield PHONE, match.start(), match.end(), 0.8


# Letters typed for the digits they look like ("+7 9ОО ООО-71-ЗЗ", "+381 6O OOO 45 12"),
# or digits masked ("+7 902 ***-**-18", as a bank's screen shows a recipient's): a run
# opening with "+" or "8" that mixes them with digits is read with digits put back, the
# same length, and is a phone number if the digits make one.
_LOOKALIKES = "ОOоoЗзIl|*•●xX#"
_AS_DIGITS = str.maketrans(_LOOKALIKES, "000033111000000")
_LETTERED = re.compile(
    rf"(?:\+|(?<![\w+])8)[\s(]{{0,2}}[\d{_LOOKALIKES}][\d{_LOOKALIKES}\s().\-–]{{6,22}}"
    rf"[\d{_LOOKALIKES}](?!\w)"
)
_MIN_REAL_DIGITS = 3
# A "|" with spaces around it is a table's cell border ("| +370 686 00 411 | 06 Sep
# |"), not a "1" typed with a bar: the number ends before it.
_CELL_BAR = re.compile(r"\s\|(?:\s|$)")


# A stand-in letter or mask beside a digit: where such a number can be (rare in text)
# (every such number has a digit before a stand-in, "9ОО", "2 ***", and the stand-in is
# no word's first letter: "5 октября" is none)
_STAND_IN = re.compile(rf"[0-9][ \-–]?[{_LOOKALIKES}](?=[\d{_LOOKALIKES} ()\-–]|$)")
_STAND_IN_REACH = 24


def _lettered(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Phone numbers with letters typed for digits (see :data:`_LETTERED`), looked for
    only around a stand-in beside a digit."""
    floor = 0
    for stand_in in _STAND_IN.finditer(text):
        if stand_in.start() < floor:
            continue
        start = max(floor, stand_in.start() - _STAND_IN_REACH)
        match = _LETTERED.search(text, start, stand_in.end() + _STAND_IN_REACH)
        if match is None or match.start() > stand_in.start():
            continue
        floor = match.end()
        window = match.group()
        if (bar := _CELL_BAR.search(window)) is not None:
            window = window[: bar.start()]  # a table's cell ends the number: no stand-in
        real = sum(c.isdigit() for c in window)
        if real < _MIN_REAL_DIGITS or real == sum(c.isalnum() or c in _LOOKALIKES for c in window):
            continue  # digits alone: read above
        read = window.translate(_AS_DIGITS)
        if not 10 <= sum(c.isdigit() for c in read) <= 15:
            continue
        if _RU_MOBILE.fullmatch(read):
            yield PHONE, match.start(), match.end(), 0.9
            continue
        for start, end in _window_hits(read):
            yield PHONE, match.start() + start, match.start() + end, 0.9


# A number right after the word for a phone, in a shape no region's plan validates
# ("Phone: 96 000 518", a Cypriot mobile; "тел.: 0 000 42 17"): groups of one to four
# digits joined by single spaces, dashes or brackets, on the cue's line, seven to twelve
# digits in all. A dot ("10.0.0.12") or a longer group ("Тел.: 40817810…") is not a phone's.
_PHONE_CUE = re.compile(
    r"(?<![^\W\d_])(?i:тел(?:ефон\w*|\.)?|моб(?:ильн\w*|\.)|сот(?:ов\w*|\.)|phone\w*|tel\.?|mob(?:ile)?\.?"
    r"|cell(?:phone)?|whats\s?app|viber|signal|telegram)[^\S\n]?(?:\([^()\n]{1,20}\))?"
    r"[^\S\n]?[.:]?:?[^\S\n]{0,3}\Z"
)
_GROUPED_NUMBER = re.compile(r"\(?\d{1,4}\)?(?:[ \-–]\(?\d{1,4}\)?)*")
_CUED_DIGITS = (7, 12)
_SUM_AFTER = re.compile(r"[^\S\n]*(?i:руб|р\.|₽|\$|€|£|тыс|млн|usd|eur|rub|%)")


def _cued_number(text: str, candidate: re.Match[str]) -> int | None:
    """The end of a phone number that opens ``candidate`` right after a phone's cue word,
    or None; the number is cut at its line's end."""
    window = candidate.group().split("\n", 1)[0].rstrip(" (-–")
    number = _GROUPED_NUMBER.match(window)
    if number is None or number.end() != len(window):
        return None
    if not _CUED_DIGITS[0] <= sum(c.isdigit() for c in window) <= _CUED_DIGITS[1]:
        return None
    end = candidate.start() + len(window)
    if not _cue_before(text, candidate.start(), _PHONE_CUE) or _SUM_AFTER.match(text, end):
        return None  # "Телефон 12 000 000 руб.": a sum after a phone's name
    return end


# A list's item number opening a line ("6) 11.10.2024. Письмо ..."): no part of a phone
_ITEM_NUMBER = re.compile(r"\d{1,3}\)[^\S\n]+")


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The candidate windows; one that opens with a full date and a space, or with a list's
    item number at a line's start, is read again from just after it, and one that runs on to
    a line opening with a full date is cut before it ("ЕН-000582).\n\n05.03.2024 11:30": a
    log's next entry, no phone's end)."""
    position = 0
    while (candidate := _CANDIDATE.search(text, position)) is not None:
        dated = _DATE_FIRST.match(text, candidate.start(), candidate.end())
        if dated is None and text[candidate.start() - 1 : candidate.start()] in ("\n", ""):
            dated = _ITEM_NUMBER.match(text, candidate.start(), candidate.end())
        if dated is not None:
            position = dated.end()
            continue
        reach = candidate.end() + _STAMP_TIME  # a stamp's time is read past the window
        cut = _DATED_LINE.search(text, candidate.start(), reach)
        if cut is None or cut.start() >= candidate.end():
            yield candidate
            position = candidate.end()
            continue
        head = _CANDIDATE.match(text, candidate.start(), cut.start())
        if head is not None:
            yield head
        position = cut.end()


def _cued(text: str, start: int) -> bool:
    """True if a phone cue word (and at most a dot, a colon and three spaces) ends at
    ``start``; the cue may begin anywhere in the word before, however long."""
    return _cue_before(text, start, _SHORT_CUE)


def _cue_before(text: str, start: int, cue: re.Pattern[str]) -> bool:
    """True if ``cue`` (anchored at its end) ends at ``start``, read from the start of the
    word it may begin in, within 48 characters back."""
    floor = max(0, start - 48)
    while floor > 0 and _WORD_CHAR.match(text, floor - 1):
        floor -= 1
    return cue.search(text, floor, start) is not None
