"""The skeleton fold: one character to one, so that look-alikes, case, accents, dashes,
apostrophes and spaces all meet (see :mod:`intake.redact.normalize`), and digits inside
a word read as the letters they stand for ("Г0ршенин", "Orl0v"; not the number that ends
a handle, "kravchenko84")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from intake.redact import confusables

# Look-alikes, after lower-casing: Latin and Greek letters that render like Cyrillic ones.
_LOOKALIKE = {
    "a": "а",
    "b": "в",
    "c": "с",
    "e": "е",
    "h": "н",
    "k": "к",
    "m": "м",
    "o": "о",
    "p": "р",
    "t": "т",
    "x": "х",
    "y": "у",
    "ё": "е",
    "й": "и",
    "і": "i",
    "ї": "i",
    "α": "а",
    "β": "в",
    "ε": "е",
    "η": "н",
    "κ": "к",
    "μ": "м",
    "ο": "о",
    "ρ": "р",
    "τ": "т",
    "χ": "х",
    "υ": "у",
    "ν": "v",
    "ι": "i",
}
# Styled Latin letters that fold to plain ones (NFKD): small capitals, fullwidth forms,
# and the mathematical alphabets (bold, italic, script...) that social networks use as fonts.
_STYLED = [
    *range(0x250, 0x2B0),
    *range(0x1D00, 0x1D2C),
    *range(0xFF21, 0xFF3B),
    *range(0xFF41, 0xFF5B),
    *range(0x1D400, 0x1D6A4),
]
_SMALL_CAPITAL = "LATIN LETTER SMALL CAPITAL "
# Letters with a stroke, which have no decomposition: Polish "ł" ("Władimir"), Danish and
# Norwegian "ø", Croatian "đ", Turkish dotless "ı" ("Işık").
_STROKED = {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ƀ": "b", "ɨ": "i"}
_APOSTROPHES = "'`´ʹʻʼʽˈ‘’‛′"
_DASHES = "‐‑‒–—―−﹣－"
_SPACES = (
    "\t\n\r\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    if lower in _LOOKALIKE:
        return _LOOKALIKE[lower]
    if "\u0400" <= lower <= "\u04ff" and lower not in _RUSSIAN:  # "ү", "ҽ", "ѝ": "у", "е", "и"
        alike = (confusables.counterpart(lower, "cyr") or lower).lower()
        return _LOOKALIKE.get(alike, alike) if alike in _RUSSIAN else lower
    if "a" <= lower <= "z" or "\u0400" <= lower <= "\u04ff":
        return lower
    base = _STROKED.get(lower) or unicodedata.normalize("NFKD", lower)[:1].lower()
    name = unicodedata.name(char, "")
    if name.startswith(_SMALL_CAPITAL) and len(name) == len(_SMALL_CAPITAL) + 1:
        base = name[-1].lower()  # "ᴀ" has no decomposition; its name says which letter
    if base.isascii() and base.isalpha():
        return _LOOKALIKE.get(base, base)
    return lower


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    fold: dict[int, str] = {}
    for code in [*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x370, 0x530), *_STYLED]:
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            fold[code] = folded
    fold.update({ord(c): "'" for c in _APOSTROPHES})
    fold.update({ord(c): "-" for c in _DASHES})
    fold.update({ord(c): " " for c in _SPACES})
    return fold


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    """:func:`fold_table` with every other character of the common ranges (ASCII, Latin,
    Greek, Cyrillic, punctuation) mapped to itself: ``str.translate`` then finds each one
    instead of raising and catching a KeyError for it (twice as fast, same result)."""
    common = [*range(0x530), *range(0x2000, 0x2130)]
    return {**{code: chr(code) for code in common}, **fold_table()}


# A digit next to a letter: the word around it mixes them ("г0ршенин", "оrl0v"). Written
# from the digit ("[^\W\d_]\d|\d[^\W\d_]" began at every letter): the regex engine skips
# to the next digit, three times faster on ordinary text.
LETTER_BY_DIGIT = re.compile(r"[0-9](?:(?<=[^\W\d_]\d)|(?=[^\W\d_]))")
_DIGITS_CYR = str.maketrans({"0": "о", "1": "и", "3": "з", "4": "а", "6": "б", "8": "в"})
_DIGITS_LAT = str.maketrans({"0": "о", "1": "i", "3": "е", "4": "а", "5": "s", "7": "т", "8": "в"})


def letters_for_digits(folded: str) -> str:
    """``folded`` with the digits inside mixed words read as the letters they stand for."""
    if LETTER_BY_DIGIT.search(folded) is None:
        return folded
    parts: list[str] = []
    position = 0
    for match in LETTER_BY_DIGIT.finditer(folded):
        if match.start() < position:
            continue  # in the word just read
        start, end = match.start(), match.end()
        while start > 0 and folded[start - 1].isalnum():
            start -= 1
        while end < len(folded) and folded[end].isalnum():
            end += 1
        parts += [folded[position:start], _read_digits(folded[start:end])]
        position = end
    if not parts:
        return folded
    parts.append(folded[position:])
    return "".join(parts)


def _read_digits(word: str) -> str:
    """A mixed word with its digits read as letters, but for two or more that open or end
    it: a handle's number ("kravchenko84", "84kravchenko") is a number; "3айцев",
    "Kravchenk0" and "Orl0v" are names."""
    lead = len(word) - len(word.lstrip("0123456789"))
    trail = len(word) - len(word.rstrip("0123456789"))
    lead = 0 if lead == 1 else lead
    trail = 0 if trail == 1 else trail
    middle = word[lead : len(word) - trail]
    latin = any("a" <= c <= "z" for c in middle)
    read = middle.translate(_DIGITS_LAT if latin else _DIGITS_CYR)
    return word[:lead] + read + word[len(word) - trail :]


# A capital I between small Latin letters stands for a small L ("SokoIova"): read as one.
_MID_WORD_I = re.compile(r"I(?<=[a-z]I)(?=[a-z])")


def fold(clean: str) -> str:
    """The skeleton of a clean view: :func:`fold_table`, a capital I inside a word read as
    "l", then :func:`letters_for_digits`."""
    folded = clean.translate(_translation())
    if "I" in clean:
        spots = [m.start() for m in _MID_WORD_I.finditer(clean)]
        if spots:
            chars = list(folded)
            for spot in spots:
                chars[spot] = "l"
            folded = "".join(chars)
    return letters_for_digits(folded)
