"""Disguises undone before matching: invisible characters, styled and enclosed letters,
and letters of another script that look like the word's own.

Two tables, built once per process from the Unicode data Python ships:

* :func:`deleted`: default-ignorable code points (variation selectors, tag
  characters, zero-width and bidi controls, soft hyphen, fillers), U+2800 braille
  blank, and combining marks (accents, enclosing circles, zalgo stacks).
* :func:`compatibility`: NFKC of each single character (circled, parenthesised,
  squared, fullwidth and mathematical letters and digits, ligatures, superscripts),
  and the enclosed letters NFKC leaves alone (negative circled and squared letters,
  regional indicators) read from their names. A few signs the patterns read are kept
  as they are: "№" (NFKC makes it "No"), "″" and "…". Hyphens that are not
  punctuation between words (the non-breaking hyphen a word processor puts in
  "000‑123‑456", the figure dash, the minus sign) read as "-", so an identifier
  typed with them meets the patterns; en and em dashes stay, as they part words.
  Every decimal digit of another script ("٠١٢" Arabic-Indic, "०१२" Devanagari, NFKC
  keeps them) reads as its ASCII digit, so a phone typed in them meets the patterns,
  whose scans start from an ASCII digit (``[0-9]``).

  Braille cells read as the letters of Russian braille ("⠅⠕⠇⠫" is "коля", "⠺⠇⠁⠙⠊⠅"
  "владик"), and the cells after the number sign as digits ("⠼⠁⠃⠉" is "123"): a letter
  transcribed for a blind relative names its people so. (English braille shares a to z
  with Russian's а to з where the two alphabets' letters sound alike; an English word in
  it reads as a Russian transliteration, "⠚⠕⠓⠝" as "жохн", which no registered "John"
  meets.)

Look-alikes of another script inside a word are in :mod:`intake.redact.confusables`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Unicode's Default_Ignorable_Code_Point ranges, the braille blank, and combining marks.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_COMBINING = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
_KEPT = frozenset("№″‴…")
# Hyphen, non-breaking hyphen, figure dash, hyphen bullet, minus sign, small and fullwidth
# hyphen-minus: read as "-".
_HYPHENS = (0x2010, 0x2011, 0x2012, 0x2043, 0x2212, 0xFE63, 0xFF0D)
# Blocks holding every character whose NFKC differs from it (Python's data, checked in tests).
# Kangxi radicals and CJK compatibility ideographs are read too but fold to no letter a
# pattern or a registered name uses.
_COMPAT_BLOCKS = (
    (0x00A0, 0x33FF),
    (0xA640, 0xABFF),
    (0xFB00, 0xFFEF),
    (0x10780, 0x107BF),
    (0x1D400, 0x1FBFF),
)
_DIGITS_END = 0x20000
_ENCLOSED = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x1F100, 0x1F1FF))
# Russian braille: each letter's cell (the dots of 1 to 6 as the bits of U+2800's offset)
_BRAILLE_RU = {
    "а": "⠁", "б": "⠃", "в": "⠺", "г": "⠛", "д": "⠙", "е": "⠑", "ё": "⠡", "ж": "⠚",
    "з": "⠵", "и": "⠊", "й": "⠯", "к": "⠅", "л": "⠇", "м": "⠍", "н": "⠝", "о": "⠕",
    "п": "⠏", "р": "⠗", "с": "⠎", "т": "⠞", "у": "⠥", "ф": "⠋", "х": "⠓", "ц": "⠉",
    "ч": "⠟", "ш": "⠱", "щ": "⠭", "ъ": "⠷", "ы": "⠮", "ь": "⠾", "э": "⠪", "ю": "⠳",
    "я": "⠫",
}  # fmt: skip
_BRAILLE_NUMBER_SIGN = "⠼"
# after the number sign, the cells of a to j are the digits 1 to 9 and 0
_BRAILLE_DIGITS = dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚", "1234567890", strict=True))
_DIGIT_NAMES = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
_NUMBER_WORDS: tuple[str, ...] = (*_DIGIT_NAMES, "TEN")


def _code_points(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    return [c for low, high in ranges for c in range(low, high + 1)]


@lru_cache(maxsize=1)
def deleted() -> str:
    """Every character removed from the matching views."""
    return "".join(map(chr, _code_points(_IGNORABLE + _COMBINING)))


def _enclosed_by_name(char: str) -> str | None:
    """The letter or number an enclosed character without a decomposition shows."""
    words = unicodedata.name(char, "").split()
    if len(words) >= 2 and words[-2] == "LETTER" and len(words[-1]) == 1:
        return words[-1].lower() if "SMALL" in words else words[-1]
    if len(words) >= 2 and words[-2] in ("DIGIT", "NUMBER") and words[-1] in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.index(words[-1]))
    return None


@lru_cache(maxsize=1)
def compatibility() -> dict[int, str]:
    """Character -> its compatibility form, for characters whose form differs."""
    skip = set(deleted()) | _KEPT
    table: dict[int, str] = {}
    for code in _code_points(_COMPAT_BLOCKS):
        char = chr(code)
        if char in skip or unicodedata.is_normalized("NFKC", char):
            continue
        form = unicodedata.normalize("NFKC", char)
        form = "".join(c for c in form if c not in skip) or " "
        table[code] = form
    for code in _code_points(_ENCLOSED):
        if code not in table and (shown := _enclosed_by_name(chr(code))) is not None:
            table[code] = shown
    table.update(dict.fromkeys(_HYPHENS, "-"))
    table.update((ord(cell), letter) for letter, cell in _BRAILLE_RU.items())
    for code in range(0x80, _DIGITS_END):  # every decimal digit is in the first two planes
        if code not in table and (value := unicodedata.decimal(chr(code), None)) is not None:
            table[code] = str(value)
    return table


def braille_numbers(text: str) -> str:
    """``text`` with the braille cells after a number sign written as their digits (the
    same length: the sign stays, and the letters' table leaves the digits alone)."""
    if _BRAILLE_NUMBER_SIGN not in text:
        return text
    out = list(text)
    index = text.find(_BRAILLE_NUMBER_SIGN)
    while index >= 0:
        cursor = index + 1
        while cursor < len(text) and text[cursor] in _BRAILLE_DIGITS:
            out[cursor] = _BRAILLE_DIGITS[text[cursor]]
            cursor += 1
        index = text.find(_BRAILLE_NUMBER_SIGN, cursor)
    return "".join(out)
