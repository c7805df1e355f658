"""Normalised views of a text, with offsets that lead back to the original.

Matching runs on two views built with ``str.translate`` (fast, C speed):

* ``clean``: the text without invisible characters (zero-width spaces and
  joiners, soft hyphens, byte-order marks, bidi controls) and without combining
  marks. Pattern recognizers (phones, e-mails, plates...) read this view.
* ``skeleton``: ``clean`` folded one character to one character: lower case,
  Latin and Greek letters that look like Cyrillic ones mapped to the Cyrillic
  letter, ё→е, й→и, accented Latin letters to their base letter, every
  apostrophe to ``'``, every dash to ``-``, every space to `` ``. Registered
  forms are folded the same way, so "Гоpшенин" with a Latin ``p``, "ГОРШЕНИН"
  and "Горш\u200bенин" all meet "горшенин".

In a word that mixes letters and digits, the skeleton also reads each digit as
the letter it stands for ("Г0ршенин", "Orl0v", "3айцев", "Ив4н"; 3 as з in a
Cyrillic word and e in a Latin one); words of digits only (numbers, phones)
are left alone. Both views have the same length, so one offset map serves
both. A name spelled out letter by letter ("Г о р ш е н и н") is found by the
matcher (:mod:`intake.redact.matcher`), which reads such runs as words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
_COMBINING = "".join(chr(c) for c in range(0x0300, 0x0370)) + "\u0483\u0484\u0485\u0486\u0487"
_DELETED = _INVISIBLE + _COMBINING
DELETED_RE = re.compile(f"[{re.escape(_DELETED)}]")

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
_APOSTROPHES = "'`´ʹʻʼʽˈ‘’‛′"
_DASHES = "‐‑‒–—―−﹣－"
_SPACES = (
    "\t\n\r\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    if lower in _LOOKALIKE:
        return _LOOKALIKE[lower]
    if "a" <= lower <= "z" or "\u0400" <= lower <= "\u04ff":
        return lower
    base = unicodedata.normalize("NFKD", lower)[:1].lower()
    name = unicodedata.name(char, "")
    if name.startswith(_SMALL_CAPITAL) and len(name) == len(_SMALL_CAPITAL) + 1:
        base = name[-1].lower()  # "ᴀ" has no decomposition; its name says which letter
    if base.isascii() and base.isalpha():
        return _LOOKALIKE.get(base, base)
    return lower


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, None], dict[int, str]]:
    delete: dict[int, None] = dict.fromkeys(map(ord, _DELETED))
    fold: dict[int, str] = {}
    for code in [*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x370, 0x530), *_STYLED]:
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            fold[code] = folded
    fold.update({ord(c): "'" for c in _APOSTROPHES})
    fold.update({ord(c): "-" for c in _DASHES})
    fold.update({ord(c): " " for c in _SPACES})
    return delete, fold


# A letter next to a digit: the word around it mixes them ("г0ршенин", "оrl0v").
_LETTER_BY_DIGIT = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_DIGITS_CYR = str.maketrans({"0": "о", "1": "и", "3": "з", "4": "а", "6": "б", "8": "в"})
_DIGITS_LAT = str.maketrans({"0": "о", "1": "i", "3": "е", "4": "а", "5": "s", "7": "т", "8": "в"})


def _letters_for_digits(folded: str) -> str:
    """``folded`` with the digits inside mixed words read as the letters they stand for."""
    if _LETTER_BY_DIGIT.search(folded) is None:
        return folded
    parts: list[str] = []
    position = 0
    for match in _LETTER_BY_DIGIT.finditer(folded):
        if match.start() < position:
            continue  # in the word just read
        start, end = match.start(), match.end()
        while start > 0 and folded[start - 1].isalnum():
            start -= 1
        while end < len(folded) and folded[end].isalnum():
            end += 1
        word = folded[start:end]
        latin = any("a" <= c <= "z" for c in word)
        parts += [folded[position:start], word.translate(_DIGITS_LAT if latin else _DIGITS_CYR)]
        position = end
    if not parts:
        return folded
    parts.append(folded[position:])
    return "".join(parts)


def skeleton(text: str) -> str:
    """The folded form used for matching (also applied to registered forms)."""
    delete, fold = _tables()
    return _letters_for_digits(text.translate(delete).translate(fold))


@dataclass(frozen=True)
class Normalized:
    """The two views of ``original`` and the way back to original offsets."""

    original: str
    clean: str
    skeleton: str
    _shifts: tuple[int, ...]  # for each deleted character: its index minus deletions before it

    @classmethod
    def of(cls, text: str) -> Normalized:
        delete, fold = _tables()
        clean = text.translate(delete) if DELETED_RE.search(text) else text
        shifts: tuple[int, ...] = ()
        if len(clean) != len(text):
            shifts = tuple(m.start() - i for i, m in enumerate(DELETED_RE.finditer(text)))
        return cls(text, clean, _letters_for_digits(clean.translate(fold)), shifts)

    @property
    def shifts(self) -> tuple[int, ...]:
        return self._shifts

    def to_original(self, index: int) -> int:
        """Original index of the view character at ``index``."""
        if not self._shifts:
            return index
        return index + bisect.bisect_right(self._shifts, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a non-empty view span (deleted characters inside are included)."""
        return self.to_original(start), self.to_original(end - 1) + 1


@lru_cache(maxsize=4096)
def _replacement_skeleton(replacement: str) -> str:
    return skeleton(replacement)


def splice(norm: Normalized, output: str, edits: Iterable[tuple[int, int, str]]) -> Normalized:
    """The views of ``output``, which is ``norm.original`` with each (start, end) span
    replaced by a string, built from ``norm``'s skeleton without folding the unchanged text
    again (equal to ``Normalized.of(output)``)."""
    edits = list(edits)
    if (
        norm.shifts
        or any(DELETED_RE.search(r) for _, _, r in edits)
        or _LETTER_BY_DIGIT.search(norm.clean)
    ):  # digits read as letters: context matters
        return Normalized.of(output)
    parts: list[str] = []
    position = 0
    for start, end, replacement in edits:
        parts += [norm.skeleton[position:start], _replacement_skeleton(replacement)]
        position = end
    parts.append(norm.skeleton[position:])
    return Normalized(output, output, _letters_for_digits("".join(parts)), ())


@lru_cache(maxsize=4)
def folded_like_regex(text: str) -> str:
    """``text`` case-folded so that a literal found by ``re.IGNORECASE`` is found in it by
    ``in`` (casefold maps "ſ", "K", "ᲂ"... as the regex engine does; "ı", "İ" by hand)."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")
