"""Look-alikes of another script inside a word, written in the word's own script.

A word that mixes scripts has its letters of the other scripts replaced by their
look-alikes in the script most of its letters are written in (Greek φ, ο, α inside a
Cyrillic word become ф, о, а; Cyrillic а, о, р inside a Latin word become a, o, p).
The look-alikes come from Unicode's confusables data, which the
``confusable-homoglyphs`` package carries; it is read from the installed package's
JSON file, never downloaded.

Limits: a look-alike with no counterpart in the word's script stays as it is (the
skeleton view folds the common ones further); a whole word written in another script
("Ρεтров" is mixed and folded, but "ΡΕΤΡΟΒ" is Greek) is left to the skeleton view.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from intake.redact.disguises import compatibility, deleted

# Scripts a word is folded towards, with the letters a look-alike may become in each.
_TARGETS = {
    "lat": frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "cyr": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіІїЇєЄґҐ"),
}
# Look-alikes the confusables data joins to no Russian letter, or to a rarer one.
_OVERRIDES = {
    "cyr": {"η": "н", "ε": "е", "Ε": "Е", "ι": "і", "u": "и"},
    "lat": {"п": "n", "и": "u", "г": "r", "ѕ": "s", "Ѕ": "S"},
}


def _script(char: str) -> str | None:
    if char in _TARGETS["lat"] or ("a" <= char.lower() <= "z"):
        return "lat"
    if "\u0400" <= char <= "\u04ff":
        return "cyr"
    return None


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    """Each character of Unicode's confusables data -> its class of look-alikes."""
    data = json.loads(
        resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    )
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.setdefault(char, char) != char:
            parent[char] = parent[parent[char]]
            char = parent[char]
        return char

    for key, entries in data.items():
        for entry in entries:
            if len(key) == 1 and len(entry["c"]) == 1:
                parent[root(entry["c"])] = root(key)
    members: dict[str, set[str]] = {}
    for char in parent:
        members.setdefault(root(char), set()).add(char)
    return {char: frozenset(members[root(char)]) for char in parent}


def counterpart(char: str, script: str) -> str | None:
    """The letter of ``script`` that ``char`` looks like, in ``char``'s case if possible."""
    if char in _OVERRIDES[script]:
        return _OVERRIDES[script][char]
    found = sorted(c for c in _classes().get(char, ()) if c in _TARGETS[script])
    same_case = [c for c in found if c.isupper() == char.isupper()]
    return (same_case or found)[0] if found else None


@lru_cache(maxsize=1)
def look_alikes() -> dict[str, dict[str, str]]:
    """For each script, the letters of other scripts that become one of its letters."""
    out: dict[str, dict[str, str]] = {}
    for script in ("lat", "cyr"):
        candidates = [c for c in (*_classes(), *_OVERRIDES[script]) if c.isalpha()]
        pairs = ((c, counterpart(c, script)) for c in candidates if _script(c) != script)
        out[script] = {char: target for char, target in pairs if target is not None}
    return out


@lru_cache(maxsize=1)
def _others() -> frozenset[str]:
    """Letters of neither Latin nor Cyrillic that look like a letter of one of them."""
    return frozenset(c for table in look_alikes().values() for c in table if _script(c) is None)


# Where ordinary Russian and English text lives: these ranges, less every character that
# any table here changes, are passed over at C speed.
_COMMON = ((0x0000, 0x04FF), (0x2010, 0x205E), (0x20A0, 0x20BF))


@lru_cache(maxsize=1)
def rare() -> re.Pattern[str]:
    """A character outside the common ranges, or one that a table here changes."""
    changed = set(deleted()) | set(map(chr, compatibility())) | _others()
    common = [c for low, high in _COMMON for c in range(low, high + 1) if chr(c) not in changed]
    ranges: list[tuple[int, int]] = []
    for code in common:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    return re.compile(f"[^{body}]")


# A Latin letter before, or after, a Cyrillic one (written from the Latin letter: the regex
# engine skips to it, and Russian text has few).
_LATIN_BY_CYRILLIC = re.compile(r"[a-zA-Z](?=[\u0400-\u04ff])")
_LATIN_AFTER_CYRILLIC = re.compile(r"[a-zA-Z](?<=[\u0400-\u04ff][a-zA-Z])")
_LATIN_NEXT_TO_CYRILLIC = re.compile(
    r"[a-zA-Z](?:(?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff][a-zA-Z]))"
)


def plain(text: str) -> bool:
    """True if no table here changes ``text``: no rare character, no word of mixed scripts."""
    return rare().search(text) is None and _LATIN_NEXT_TO_CYRILLIC.search(text) is None


def mixed_words(text: str) -> list[int]:
    """Positions inside every word of ``text`` that mixes scripts (and a few others)."""
    hits = [m.start() for m in rare().finditer(text) if m.group() in _others()]
    if (match := _LATIN_BY_CYRILLIC.search(text)) is not None:
        hits += [m.start() for m in _LATIN_BY_CYRILLIC.finditer(text, match.start())]
    if (match := _LATIN_AFTER_CYRILLIC.search(text)) is not None:
        hits += [m.start() - 1 for m in _LATIN_AFTER_CYRILLIC.finditer(text, match.start())]
    return sorted(hits)


def same_script(first: str, second: str) -> bool:
    """True if two letters are both Latin or both Cyrillic, and neither is a look-alike
    of another script."""
    script = _script(first)
    return script is not None and script == _script(second)


def _word_script(word: str) -> str | None:
    """The script most of the word's letters are written in (letters with no look-alike
    in the other script count first)."""
    alikes = look_alikes()
    votes = {"lat": [0, 0], "cyr": [0, 0]}
    for char in word:
        script = _script(char)
        if script is not None:
            other = "cyr" if script == "lat" else "lat"
            votes[script][0 if char in alikes[other] else 1] += 1
    lat, cyr = votes["lat"], votes["cyr"]
    if not lat[0] + lat[1] + cyr[0] + cyr[1]:
        return None
    return "lat" if (lat[1], lat[0]) > (cyr[1], cyr[0]) else "cyr"


def fold_word(word: str) -> str:
    """``word`` with its look-alikes of other scripts written in the word's own script
    (same length: one character for one)."""
    script = _word_script(word)
    if script is None:
        return word
    table = look_alikes()[script]
    return "".join(table.get(c, c) if _script(c) != script else c for c in word)
