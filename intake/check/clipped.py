"""Clipped short forms of first names the check's table does not list, in either script.

People shorten a first name to its first syllable and add a suffix: Нуржан -> "Нурик",
Ерболат -> "Ерик", Зарема -> "Зарочка", "Зара", Даурен -> "Даука", Вахтанг -> "Вахо";
in Latin letters too ("Nurik", "Zarochka"). The check compares both on one Latin key
(a Cyrillic word in the check's first scheme, :mod:`intake.check.latin`): the name's
first syllable (up to its first vowel and the consonant after it, a digraph such as
"kh" counting as one) followed by a suffix of a short form in any case
(:data:`TAILS`), or, after a syllable of three letters or more, a bare case ending
("Зара", "Заре", "Вахо"). The name itself in its cases is the other rules' business.

Some short forms are clipped from inside the name, a later syllable with its onset:
Харлампий -> "Лампа", "Lampis"; Вячеслав -> "Слава"; Александр -> "Лекса". The same
key is compared against each such inner part (an onset of one or two consonants, a
vowel, the consonants up to the next vowel; four letters or more) followed by a bare
ending, a short form's tail or a Greek "-is".

It over-asks on purpose, only for capitalised words that could be names
(:mod:`intake.check.core`). Limits: a short form whose first syllable is not the
name's (Таймураз -> "Тамик") is seen only if registered.
"""

from __future__ import annotations

from collections.abc import Iterable

from intake.check.latin import spellings

_VOWELS = frozenset("aeiouy")
_DIGRAPHS = ("shch", "kh", "zh", "ch", "sh", "ts")
_ENDINGS = ("", "a", "u", "e", "om", "oi", "oy", "i", "y", "ov", "am", "ami", "akh", "ya", "yu")
# suffixes of short forms, each with the endings of its cases
TAILS = frozenset(
    suffix + ending
    for suffix in ("ik", "chik", "k", "ochk", "echk", "ul", "us", "ush", "ch")
    for ending in _ENDINGS
    if suffix + ending not in ("k", "ch", "ul", "us", "ush")
)
_BARE = frozenset(("a", "u", "e", "o", "oi", "oy", "ei", "ey", "ia", "iu", "ya", "yu"))


def latin_key(word: str) -> str:
    """The word in Latin letters, lower case: Cyrillic in the check's first scheme."""
    lower = word.lower()
    if lower.isascii():
        return lower
    spelt = spellings(lower)
    return min(spelt) if spelt else lower


def first_syllable(key: str) -> str | None:
    """Up to the first vowel and the consonant (or digraph, or "i"/"u" glide) after it:
    "nurzhan" -> "nur", "erbolat" -> "er", "vakhtang" -> "vakh"; None if there is none or
    the name is shorter than four letters."""
    if len(key) < 4 or not key.isalpha():
        return None
    first = next((i for i, c in enumerate(key) if c in _VOWELS), None)
    if first is None or first + 1 >= len(key) - 1:
        return None
    after = first + 1
    digraph = next((d for d in _DIGRAPHS if key.startswith(d, after)), key[after])
    return key[: after + len(digraph)]


def syllables(names: Iterable[str]) -> frozenset[str]:
    """The first syllables of the given first names (any script)."""
    return frozenset(s for name in names if (s := first_syllable(latin_key(name))) is not None)


def is_clipped(word: str, keys: frozenset[str]) -> bool:
    """True if ``word`` is one of ``keys`` followed by a short form's tail (see the module)."""
    key = latin_key(word)
    if key.endswith("s") and not key.endswith("ss") and is_clipped(key[:-1], keys):
        return True  # an English possessive without its apostrophe: "rizas wife"
    for n in range(2, min(len(key), 6) + 1):
        if key[:n] in keys:
            tail = key[n:]
            if tail in TAILS or (n >= 3 and tail in _BARE):
                return True
    return False


_INNER_MIN = 4  # letters of an inner part: "lamp" of "kharlampiy"
_INNER_BARE = _BARE | {"is", "os", "ya", "ia"}


def inner_parts(names: Iterable[str]) -> frozenset[str]:
    """The inner parts of the given first names (any script) after their first vowel:
    "kharlampiy" -> "lamp", "rlamp"; "vyacheslav" -> "slav"."""
    return frozenset(part for name in names for part in _inner(latin_key(name)))


def _inner(key: str) -> set[str]:
    if not key.isalpha():
        return set()
    first = next((i for i, c in enumerate(key) if c in _VOWELS), None)
    if first is None:
        return set()
    parts: set[str] = set()
    for start in range(first + 1, len(key)):
        onset = start
        while onset < len(key) and key[onset] not in _VOWELS:
            onset += 1
        if onset == len(key) or not 1 <= onset - start <= 2:
            continue
        end = onset + 1
        while end < len(key) and key[end] not in _VOWELS:
            end += 1
        if end - start >= _INNER_MIN and end > onset + 1:
            parts.add(key[start:end])
    return parts


def is_inner_clipped(word: str, parts: frozenset[str]) -> bool:
    """True if ``word`` is one of ``parts`` followed by a bare ending or a short form's
    tail ("Лампа", "Lampis" for Харлампий)."""
    key = latin_key(word)
    for n in range(_INNER_MIN, len(key)):
        if key[:n] in parts:
            tail = key[n:]
            if tail in _INNER_BARE or tail in TAILS:
                return True
    return False
