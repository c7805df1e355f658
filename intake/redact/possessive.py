"""Possessive adjectives of names: the noun they belong to, and the construction that
replaces them.

"Серёжкин рюкзак" names Серёжа as surely as "рюкзак Серёжи". A pseudonym cannot take
the adjective's form ("Иванин" is no word), so the mention is widened over the noun
it agrees with (up to two agreeing adjectives between) and replaced by the noun and
the pseudonym in the genitive: "Серёжкин старый рюкзак" -> "старый рюкзак Ивана",
"Диминой жене" -> "жене Олега". Without such a noun ("рюкзак был Серёжкин") the
genitive alone replaces the adjective, which stays grammatical ("рюкзак был
Ивана"). Agreement is read from the adjective's ending
(:data:`intake.redact.declension_ru.POSSESSIVE_ENDINGS`) and the noun's dictionary
readings.
"""

from __future__ import annotations

import re

from intake.redact import forms_ru
from intake.redact.declension_ru import possessive_readings

_NEXT_WORD = re.compile(r"[ \u00a0]{1,3}([^\W\d_]+(?:-[^\W\d_]+)?)")
_MAX_ADJECTIVES = 2
_CASE = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}
Reading = tuple[str, str, str]


def noun_end(text: str, start: int, end: int) -> int | None:
    """The end of the noun the possessive ``text[start:end]`` agrees with, or None."""
    readings = possessive_readings(text[start:end].lower().replace("ё", "е"))
    position = end
    for _ in range(_MAX_ADJECTIVES + 1):
        match = _NEXT_WORD.match(text, position)
        if match is None or not forms_ru.is_cyrillic(match.group(1)):
            return None
        word = match.group(1).lower()
        if len(word) < 2 or (match.group(1)[:1].isupper() and _can_be_name(word)):
            return None  # an initial ("Иванов И.И."), or "Димина Роза": a person of her own
        if _agrees(word, readings, "NOUN"):
            return match.end()
        if not _agrees(word, readings, "ADJF"):
            return None
        position = match.end()
    return None


def _can_be_name(word: str) -> bool:
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in forms_ru.parses(word))


def _agrees(word: str, readings: frozenset[Reading], pos: str) -> bool:
    for parse in forms_ru.parses(word):
        tag = parse.tag
        if pos != tag.POS or "Name" in tag or "Surn" in tag:
            continue
        case = _CASE.get(str(tag.case), str(tag.case))
        gender = str(tag.gender) if tag.number == "sing" else ""
        if (gender, str(tag.number), case) in readings:
            return True
        if gender == "ms-f" and {("masc", "sing", case), ("femn", "sing", case)} & readings:
            return True
    return False


def construction(original: str, genitive: str, initial: bool) -> str:
    """The replacement of a possessive mention ``original`` (the adjective, maybe with
    its noun phrase): the noun phrase, then ``genitive``. ``initial``: the mention opens
    a sentence, so the noun phrase takes the capital."""
    parts = original.split(None, 1)
    if len(parts) < 2:
        return genitive
    phrase = parts[1]
    if initial:
        phrase = phrase[:1].upper() + phrase[1:]
    return f"{phrase} {genitive}"
