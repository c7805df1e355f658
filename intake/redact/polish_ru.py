"""Russian spellings of Polish names: "Kasia" -> "Кася", "Wojtek" -> "Войтек", "Kuba" -> "Куба".

Russian writes a Polish name by its sound, as the practical transcription does: the
digraphs (sz, cz, rz, ch, szcz, dż), the soft consonants before "i" ("si", "ci", "ni",
"zi") and the accented letters (ś, ć, ń, ź, ż, ó, ą, ę, ł) have letters of their own;
"j" and "i" after a consonant make the next vowel soft ("Jakub" -> "Якуб", "Ania" ->
"Аня"), and "l" is soft ("Ola" -> "Оля"). English rules would write "Кейсиа" for Kasia.
Limits: rules, not a dictionary; a name of another language that happens to be written
with the same letters comes out as Polish would say it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A vowel and the soft one a preceding "i" or "j" (or a soft consonant) makes of it
_SOFT = {"a": "я", "e": "е", "o": "ё", "u": "ю", "ó": "ю", "ą": "ён", "ę": "ен"}
_PLAIN = {"a": "а", "e": "е", "o": "о", "u": "у", "ó": "у", "y": "ы", "ą": "он", "ę": "ен"}
_CONSONANTS = {
    "szcz": "щ", "sz": "ш", "cz": "ч", "rz": "ж", "ch": "х", "dż": "дж", "dź": "дзь",
    "dz": "дз", "ś": "сь", "ć": "ць", "ń": "нь", "ź": "зь", "ż": "ж", "ł": "л", "w": "в",
    "c": "ц", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "х", "k": "к", "m": "м",
    "n": "н", "p": "п", "r": "р", "s": "с", "t": "т", "z": "з", "v": "в", "x": "кс",
    "l": "ль", "i": "и", "j": "й",
}  # fmt: skip
# Soft consonants written bare before a soft vowel ("ś" + "a": "ся"; "l" + "a": "ля")
_BARE = {"ś": "с", "ć": "ц", "ń": "н", "ź": "з", "dź": "дз", "l": "л"}
# "si", "ci", "ni", "zi", "dzi" before a vowel are the soft consonant: "Kasia" is "Kaśa"
_SOFT_BEFORE_I = re.compile("(dz|[scnz])i(?=[aeouóąę])")
_MARKED = {"s": "ś", "c": "ć", "n": "ń", "z": "ź", "dz": "dź"}
_UNIT = re.compile("szcz|sz|cz|rz|ch|dż|dź|dz|[a-zóąęśćńźżł]")


@lru_cache(maxsize=4096)
def polish_cyrillic(word: str) -> str | None:
    """The Russian spelling of a Polish name (lower case), or None for a word with other
    letters."""
    lower = _SOFT_BEFORE_I.sub(lambda m: _MARKED[m.group(1)], word.lower())
    units = _UNIT.findall(lower)
    if not lower or "".join(units) != lower:
        return None
    out: list[str] = []
    at = 0
    while at < len(units):
        written, used = _one(units, at, bool(out))
        out.append(written)
        at += used
    return "".join(out)


def _one(units: list[str], at: int, after_any: bool) -> tuple[str, int]:
    """The Cyrillic for the unit at ``at`` and how many units it took (one or two)."""
    unit = units[at]
    following = units[at + 1] if at + 1 < len(units) else ""
    soft = _SOFT.get(following)
    if soft is not None and unit in _BARE:
        return _BARE[unit] + soft, 2
    if soft is not None and unit == "j":  # "Jakub", "Maja"; "jo" stays "йо" ("Joasia")
        return ("йо" if following == "o" else soft), 2
    if soft is not None and unit == "i" and after_any:  # "Piotr": "Пётр"
        return soft, 2
    if unit == "e" and not after_any:
        return "э", 1  # "Ewa": "Эва"
    return _PLAIN.get(unit) or _CONSONANTS.get(unit, ""), 1
