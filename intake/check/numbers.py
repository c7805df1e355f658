"""Codes and numbers of four or more digits that nothing explains.

A code is a run of letters and digits with at least one digit, and the runs
joined to it by a single space, dash, dot, slash or comma ("АБ-123456",
"4276 1234 5678 9012", "46 09", "A1234B"). It is unexplained when it holds four
or more digits and is not:

* a year (1800-2099, alone, with a short ending or as a range: "2022-го", "1990s",
  "2022-2023"; any number before "год", "г.", "year"), a date ("14.03.2026",
  "2026-03-14", "14/03/2026", "28.03"), with a time after it ("05.02.2026 02:17",
  "17.10 08:12"), or a time ("19.58"), the short ones not after an identifier cue
  ("серия 12.09");
* a count or quantity: a number grouped in thousands ("138 085", "1,500,000"; at
  most three groups, so card and tax numbers are not; no leading zero and no identifier
  cue before it: "номер 000 219", "часть 01 212" are asked), or a plain number (or a decimal)
  followed by a unit, currency or percent sign ("5000 км", "4000 руб.", "$1500"),
  by a word it counts in the case Russian counts in ("1500 человек", "4000 рублей",
  not "12345 солдаты"), or in English by a plural ("1,500 people"); a round number
  of six digits or more, four or fewer before its zeros ("375000", "260000"; not
  "39008080000"), with no identifier before it (see
  :func:`intake.check.ratings.after_identifier_cue`); none opens with a zero;
* a rating or a sum of money (:mod:`intake.check.ratings`: "рейтинг — 2804",
  "Сакаев (2637)" in a text about ratings; "скинула 7000").

Everything else is asked about: a unit number, a card or passport number, a
personal number, a code word with digits. So is a code of fewer digits in the shape of
an amateur radio call sign, which is a licence naming its holder: one or two capitals
(or a capital and a digit), one digit, two to four capitals ("UA9ABC", "OH2BZZ/P"); a
model number has one letter after its digits or none ("T72B", "A320"). So is a user name
of words and digits joined by "_" ("дьулус_88"). So is a number with letters typed for
the digits they look like ("+7 9ОО ООО-71-ЗЗ"), a plate of another country ("GG-000-XR",
"EE 000 BRT") and a radio amateur's grid locator ("KO86xs"). A number read out in words
is :mod:`intake.check.spoken`'s. A code of three digits that opens with two zeros is
asked about too ("АК 000", "007"): nobody counts that way. The last group of a code's
digits said again alone elsewhere, without its zeros, in words or with letters read for
digits, is asked about (:func:`echoes`). Limits: another code of three digits or fewer
is let through (a house number, "Т-72").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from intake.check import english, morph, ratings, spoken

_GROUP = r"[^\W_]*\d[^\W_]*"  # letters and digits, at least one digit
# joined by a space, a dash, a dot, a slash or a comma; or shortened, an ellipsis in its
# middle ("TQ000…417Xy", "0x3f...a91c": a wallet's address as an app shows it)
# a group of letters alone may stand between two of digits, joined by a dash, a slash or a
# dot: a morgue's "тело № 417-Р/24", a register's "12-К/0417"
_CODE = re.compile(
    rf"(?<![^\W_])(?:[^\W\d_]{{1,4}}-)?{_GROUP}"
    rf"(?:(?:[ \u00a0\u202f\-./,]|…|\.\.\.?|[-./][^\W\d_]{{1,3}}[-./]){_GROUP})*(?![^\W_])"
)
_YEAR = r"(?:1[89]|20)\d\d"
_YEARS = re.compile(
    rf"{_YEAR}(?:-?[^\W\d_]{{1,3}})?|{_YEAR}[-/]{_YEAR}|{_YEAR}[-/]\d\d", re.IGNORECASE
)
_YEARS_WORDED = re.compile(rf"{_YEAR}-?[^\W\d_]{{1,3}}(?:[-/]{_YEAR}(?:-?[^\W\d_]{{1,3}})?)+")
_DATES = re.compile(
    rf"(?P<d>\d\d?)[./](?P<m>\d\d?)[./](?:{_YEAR}|\d\d)|{_YEAR}-(?P<m2>\d\d)-(?P<d2>\d\d)"
)
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+(?:[.,]\d{1,2})?")
# "138 085", "1,500,000"; a count has no leading zero ("000 219", "01 212" are codes)
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0\u202f,]\d{3}){1,2}")
_DAY_MONTH = re.compile(r"\d\d[./]\d\d")  # "28.03": a day and month, the year left out
_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_YEAR_WORDS = ("год", "г", "гг", "year")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UNITS = _words(
    "% ‰ $ € £ ₽ ₴ руб р тыс млн млрд км м кг г т га мм см мб гб usd eur rub uah "
    "долл грн km kg mb gb mi"
)
_SIGNS_BEFORE = ("$", "€", "£", "₽", "₴")
_NOT_PLURAL_EN = _words(
    "this was has is its his hers yours ours always perhaps as us yes plus thus across "
    "unless towards whereas"
)
_PLURAL_EN = frozenset({"people", "men", "women", "children", "police", "personnel"})
# the word after a number, on its line: "1094000071\nОтправитель" counts no senders
_NEXT_WORD = re.compile(r"[^\S\n]*-?[^\S\n]*([%‰$€£₽₴]|[^\W\d_]+)")
MIN_DIGITS = 4
_CALL_SIGN = re.compile(
    r"(?<![^\W_]|[/-])(?:[A-Z]{1,2}|[A-Z]\d|\d[A-Z])\d[A-Z]{2,4}(?:/[A-Z\d]{1,3})?(?![^\W_]|[/-])"
)
# "375000", "1250000": six digits or more, a few of them then zeros (a unit number has five;
# "39008080000", a personal code, has seven before its zeros)
_ZERO_FIRST = re.compile(r"0\d")
# A number padded with zeros is a code's, whatever its length: nobody counts "007" or
# "АК 000" (a card's number, its last digits not heard)
_PADDED = re.compile(r"(?<!\d)00\d")
MIN_PADDED = 3
_ROUND = re.compile(r"(?=\d{6})[1-9]\d{0,3}000+")


# Letters typed for the digits they look like, in a run of digits ("+7 9ОО ООО-71-ЗЗ"):
# with the digits put back, a number of nine digits or more.
_LOOKALIKES = "ОOоoЗзIl|*•●xX#"  # and masks: "+7 902 ***-**-18"
_AS_DIGITS = str.maketrans(_LOOKALIKES, "000033111000000")
_LETTERED = re.compile(
    rf"(?<![^\W_])\+?[\d{_LOOKALIKES}][\d{_LOOKALIKES} ().\-–]{{6,22}}[\d{_LOOKALIKES}](?![^\W_])"
)
_MIN_LETTERED = 9
# A radio amateur's grid locator, a square around the station ("KO86xs")
_LOCATOR = re.compile(r"(?<![^\W_]|-)[A-R]{2}\d{2}[a-x]{2}(?:\d{2})?(?![^\W_]|-)")
# A plate of another country: capitals, three digits, capitals ("GG-000-XR", "EE 000 BRT"),
# or a British plate's shape, two capitals, two digits, three capitals ("YK00 LMX")
_PLATE = re.compile(
    r"(?<![^\W_]|-)(?:[A-Z]{1,3}([- ])\d{3}\1[A-Z]{1,3}|[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{3})"
    r"(?![^\W_]|-)"
)


# A writer's word that a detail is not for publication ("— not to be published (can
# identify her)", "просит не публиковать", "off the record"): its sentence's dates and
# codes are asked about, whatever their shape (a date, "15.12", a locator "LO94ar")
_UNPUBLISHED = re.compile(
    r"не[ \t]+(?:для[ \t]+(?:публикации|печати)|публик\w{2,5}|разглаш\w{2,5})"
    r"|not[ \t]+(?:to[ \t]+be[ \t]+published|for[ \t]+publication)|do[ \t]+not[ \t]+publish"
    r"|don[’']t[ \t]+publish|off[ \t]+the[ \t]+record",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")
_WITH_DIGIT = re.compile(r"(?<![\w.-])(?:[^\W\d_]{1,4}[-‐])?[^\W_]*\d[\w./:-]*(?<![.:/-])")


def unpublished(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of the dates and codes (words with a digit: "14.06.2025", "LO94ar") in a
    sentence that says not to publish something (:data:`_UNPUBLISHED`)."""
    if "публ" not in clean and "ublish" not in clean and "record" not in clean:
        return
    start = 0  # the sentence's start: the last break before the marker
    for marker in _UNPUBLISHED.finditer(clean):
        for sentence_break in _SENTENCE_BREAK.finditer(clean, start, marker.start()):
            start = sentence_break.end()
        after = _SENTENCE_BREAK.search(clean, marker.end())
        end = after.start() if after is not None else len(clean)
        for found in _WITH_DIGIT.finditer(clean, start, end):
            yield found.start(), found.end()


# A user name made of words and digits joined by "_", as a donors' list or a comment gives
# one with no "@" or cue ("дьулус_88 · 300 ₽", "surh_00_jamaat")
_USER_NAME = re.compile(r"(?<![\w@.])(?=\w*\d)[^\W\d_]{2,}\w*_\w+(?![\w@]|\.\w)")


# ... or of Latin letters joined by "_" or ".", as a site's member is named in a forum's
# post or a list of addresses ("nika_l_spb · 01.12 20:20", "to sakura.tanuki (Sapporo,
# Japan)", "ivan.k84"): a part of four letters or more that is no English word; not a
# column's name of words and abbreviations ("date_of_birth", "last_login_ip", "max_alt_m"),
# nor, after a dot, a domain or a file ("vk.com", "scan.pdf")
_LETTER_HANDLE = re.compile(r"(?<![\w@./:-])[a-z]{2,}(?:[_.][a-z0-9]+)+(?![\w@/-]|\.\w)")
_DOTTED_ENDINGS = frozenset(
    (
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "io", "me",
        "tv", "co", "uk", "ru", "su", "ua", "by", "kz", "uz", "kg", "tj", "am", "ge", "az", "md",
        "lt", "lv", "ee", "pl", "de", "fr", "it", "es", "nl", "fi", "se", "no", "dk", "cz", "sk",
        "at", "ch", "be", "cn", "jp", "kr", "in", "us", "ca", "au", "app", "dev", "online", "site",
        "txt", "pdf", "doc", "docx", "xls", "xlsx", "csv", "jpg", "jpeg", "png", "gif", "heic",
        "mp3", "mp4", "mov", "avi", "wav", "ogg", "opus", "m4a", "zip", "rar", "html", "htm",
        "json", "xml", "py", "js", "ts", "md", "rtf", "odt", "apk", "exe",
    )
)  # fmt: skip


_HANDLE_MARK = re.compile(r"[_.]")
_NAME_PART = 4  # letters: shorter parts are as often abbreviations ("ip", "utc", "km", "spb")


def letter_handles(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of user names of Latin letters (:data:`_LETTER_HANDLE`)."""
    if "_" not in clean and "." not in clean:
        return
    for match in _LETTER_HANDLE.finditer(clean):
        parts = _HANDLE_MARK.split(match.group())
        if "." in match.group() and (parts[-1] in _DOTTED_ENDINGS or min(map(len, parts)) < 3):
            continue  # a domain, a file; "e.g", "p.s" and initials are no user's
        if any(len(part) >= _NAME_PART and not english.dictionary_word(part) for part in parts):
            yield match.span()


# A code a machine made, Latin letters and digits in turn, three turns or more ("a41c9e",
# "4F2A7C", "9b7e1d": a booking's or an appointment's code), whatever its count of digits;
# a model's or a size's name turns once or twice ("RX7800XT", "iPhone15", "H1N1" is short)
_TOKEN = re.compile(r"(?<![^\W_]|[-.@/])[A-Za-z0-9]{6,24}(?![^\W_]|-|\.\w|@)")
_TURN = re.compile(r"(?<=\d)[A-Za-z]|(?<=[A-Za-z])\d")
_MIN_TURNS = 3


def machine_made(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of the codes a machine made (see :data:`_TOKEN`)."""
    for match in _TOKEN.finditer(clean):
        token = match.group()
        if token.isalpha() or token.isdigit():
            continue
        if len(_TURN.findall(token)) >= _MIN_TURNS and sum(c.isdigit() for c in token) >= 2:
            yield match.span()


# A year further ahead than a plan is said is no year ("домофон 16 в 2041 не работает" is a
# door's code); with a word for a year after it, it is a count's ("к 2050 году": below)
_FAR_AHEAD = 5


def _far_year(code: str) -> bool:
    """True if ``code`` is four digits of a year further ahead than :data:`_FAR_AHEAD` years."""
    return code.isdigit() and len(code) == 4 and int(code) > date.today().year + _FAR_AHEAD


# A keypad's code, digits with "#" or "*" between or around them ("41#70", "*1234#"): a
# door's or a phone's code, whatever its count of digits
_KEYPAD = re.compile(
    r"(?<![\w#*])[#*]?\d{1,6}(?:[#*]\d{1,6})+[#*]?(?![\w#*])|(?<![\w#*])[#*]\d{3,}#(?!\w)"
)


def _keypad_codes(clean: str) -> Iterator[tuple[int, int]]:
    if "#" in clean or "*" in clean:
        for match in _KEYPAD.finditer(clean):
            if sum(c.isdigit() for c in match.group()) >= MIN_DIGITS:
                yield match.span()


def codes(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of unexplained codes in the clean view."""
    yield from (m.span() for m in _CALL_SIGN.finditer(clean))
    yield from machine_made(clean)
    yield from _keypad_codes(clean)
    if "_" in clean:  # not a label in capitals: "SPEAKER_04", "IMG_0419"
        yield from (m.span() for m in _USER_NAME.finditer(clean) if not m.group().isupper())
    yield from letter_handles(clean)
    yield from (m.span() for m in _PLATE.finditer(clean))
    yield from (m.span() for m in _LOCATOR.finditer(clean))
    for match in _LETTERED.finditer(clean):
        run = match.group()
        digits = sum(c.isdigit() for c in run)
        read = sum(c.isdigit() for c in run.translate(_AS_DIGITS))
        stand_ins = sum(c.isalnum() or c in _LOOKALIKES for c in run)
        if 0 < digits < stand_ins and read >= _MIN_LETTERED:
            yield match.span()
    for start, end in _digit_codes(clean):
        yield start, end
        line = clean.rfind("\n", 0, end) + 1  # a row opening with its number: the next row's
        if not _ROW_NUMBER.match(clean, line) and (tail := _WRAPPED_TAIL.match(clean, end)):
            yield tail.span(1)


def _digit_codes(clean: str) -> Iterator[tuple[int, int]]:
    """Codes of four digits or more (:data:`_CODE`) that are no year, date, count, rating
    or sum."""
    for match in _CODE.finditer(clean):
        code = match.group()
        digits = sum(c.isdigit() for c in code)
        if digits < MIN_DIGITS and (digits < MIN_PADDED or _PADDED.search(code) is None):
            continue
        if _YEARS.fullmatch(code) and not _far_year(code):
            continue
        if _is_date(code) or _short_date(code, clean, match):
            continue
        if _YEARS_WORDED.fullmatch(code):
            continue  # "2023-м/2024-м": years, each with its ending
        if _date_and_hour(code, clean, match.end()):
            continue
        if _GROUPED.fullmatch(code) and not ratings.after_identifier_cue(clean, match.start()):
            continue
        # "№ 1094000071", "*4417" count nothing; no count opens with a zero ("00093314 expires")
        counted = not _numbered(clean, match.start()) and not _ZERO_FIRST.match(code)
        if counted and _NUMBER.fullmatch(code) and _quantity(code, clean, *match.span()):
            continue
        if counted and (
            ratings.rating(code, clean, match.start()) or ratings.money(code, clean, match.start())
        ):
            continue  # no rating or sum opens with a zero ("Sent 3 photos: IMG_0419")
        yield match.span()


# The rest of a code that a hard wrap carried to the next, indented line ("account no.
# 40817810 0 0000 0417\n   36 (client read ...)"): digits opening that line, no list's item
# number ("2.", "3)"), no time (" 13:06") and no count ("12 раз": a word after the digits)
_ROW_NUMBER = re.compile(r"[ \t]*\d")
_WRAPPED_TAIL = re.compile(r"[ \t]*\n[ \t]+(\d{1,6})(?![\w.,:)/-]|[ \t]+[^\W\d_])")


# A code's last group of digits said again alone, elsewhere in the text: without its
# leading zeros, its letters or its other groups ("АК 000293" ... "у Ярослава 293",
# "МР-000418" ... "our family number is 418", "000417-С" ... "номер наш 417-С"), in words
# ("ЭК-12-000381" ... "помнит только «триста восемьдесят один»", "ETK 000-611" ... "ETK
# six-one-one"), or with letters read for its digits ("000417-Э" ... OCR's "ОООЧ17-Э").
# Three digits or more besides the zeros, no year; not a count of what follows it.
_LAST_GROUP = re.compile(r"\d+(?=\D*\Z)")
_ALONE = re.compile(r"[0-9](?<![\w.,/:-][0-9])[0-9]{2,}(?![\w]|[.,/:-][0-9])")
_READ_AS_DIGITS = str.maketrans("ОOоoЗзIlЧч", "0000331144")
_MIXED = re.compile(r"(?<![^\W_])(?=[^\W_]*\d)[^\W_]*[ОOоoЗзIlЧч][^\W_]*")
_DIGIT_RUN = re.compile(r"\d{3,}")
MAX_ECHO = 8  # digits: a longer number is a code of its own, asked about as one


def echoes(clean: str, codes: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the last groups of ``codes`` (spans in ``clean``) said again alone."""
    values = set()
    for start, end in codes:
        group = _LAST_GROUP.search(clean[start:end])
        value = group.group().lstrip("0") if group else ""
        if 3 <= len(value) <= MAX_ECHO and not _YEARS.fullmatch(value):
            values.add(value)
    if not values:
        return
    inside = sorted(codes)
    for found in _ALONE.finditer(clean):
        if (
            found.group() in values  # no zeros of its own: those make another list's number
            and not _within(found.span(), inside)
            and not _quantity(found.group(), clean, *found.span())
        ):
            yield found.span()
    for found in _MIXED.finditer(clean):
        read = found.group().translate(_READ_AS_DIGITS)
        if any(r.lstrip("0") in values for r in _DIGIT_RUN.findall(read)):
            yield found.span()
    for start, end, said in spoken.said_numbers(clean):
        if said.lstrip("0") in values:
            yield start, end


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _date_and_hour(code: str, clean: str, end: int) -> bool:
    """A date and the hour of a time after it ("05.02.2026 02" of "05.02.2026 02:17"; a
    chat's "17.10 08" of "[17.10 08:12]", its year left out)."""
    date, _, hour = code.rpartition(" ")
    if not date or len(hour) > 2 or clean[end : end + 1] != ":":
        return False
    return _is_date(date) or bool(_DAY_MONTH.fullmatch(date) and _is_date(f"{date}.2000"))


def _short_date(code: str, clean: str, match: re.Match[str]) -> bool:
    """A time ("19.58") or a day and month ("28.03"), unless a cue makes it a code
    ("серия 12.09")."""
    short = _TIME.fullmatch(code) or (_DAY_MONTH.fullmatch(code) and _is_date(f"{code}.2000"))
    return bool(short) and not ratings.after_identifier_cue(clean, match.start())


def _is_date(code: str) -> bool:
    match = _DATES.fullmatch(code)
    if match is None:
        return False
    day = int(match.group("d") or match.group("d2"))
    month = int(match.group("m") or match.group("m2"))
    return 1 <= day <= 31 and 1 <= month <= 12


_MASKS = ("*", "•", "·", "●")


def _numbered(clean: str, start: int) -> bool:
    """True if "№" or "#" stands right before ``start``, or a mask that hides the rest of
    the number ("*4417", "•• 4417": a card's last digits; one mark and a space is a list's
    bullet, "* 2012 год")."""
    before = clean[max(0, start - 3) : start]
    if before.endswith(_MASKS):
        return True
    before = before.rstrip()
    return before.endswith(("№", "#")) or (before[-2:-1] in _MASKS and before[-1:] in _MASKS)


# capitals joined to the digits by a hyphen are the code's own letters, not a unit or a
# counted word: "ID 7000417-КВ" (not "кв", flats)
_CODE_LETTERS = re.compile(r"-[A-ZА-ЯЁ]{1,4}(?![^\W\d_])")


# An unbroken run of digits this long that is not round counts nothing: "Her
# 977200000417172 matches Petlog" is a microchip's number, not a count of matches
_LONGEST_COUNT = 8


def _too_long(code: str) -> bool:
    return code.isdigit() and len(code) > _LONGEST_COUNT


def _quantity(code: str, clean: str, start: int, end: int) -> bool:
    if _ROUND.fullmatch(code) and not ratings.after_identifier_cue(clean, start):
        return True
    if clean[max(0, start - 2) : start].strip().endswith(_SIGNS_BEFORE):
        return True
    after = _NEXT_WORD.match(clean, end)
    if after is None or _CODE_LETTERS.match(clean, end) or _too_long(code):
        return False
    word = after.group(1).lower()
    if word in _UNITS or (code.isdigit() and word.startswith(_YEAR_WORDS)):
        return True
    if word.isascii():
        plural = len(word) > 3 and word.endswith("s") and word not in _NOT_PLURAL_EN
        return plural or word in _PLURAL_EN
    return morph.counts(word, one=code.endswith("1") and not code.endswith("11"))
