"""Split a person's name into parts and tell first name, surname and patronymic apart.

Russian names come as "Имя Фамилия", "Фамилия Имя Отчество" or "Имя Отчество
Фамилия"; the dictionary's tags (Name/Surn/Patr) decide, position breaks ties.
A Latin-script part gets the Cyrillic spelling the dictionary or the tables of short
forms know ("Dmitry" -> "дмитрий", "Taimuraz" -> "таймураз"), so it can be inflected
and matched in Russian text too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from intake.redact import diminutives, forms_ru
from intake.redact.translit import cyrillic_candidates

_TOKEN = re.compile(r"[^\s,;()\"«»]+")


@dataclass(frozen=True, slots=True)
class NamePart:
    text: str  # as written
    role: str | None  # "Name", "Surn", "Patr" or None (unknown)
    cyrillic: str | None  # lower-case Cyrillic spelling, None if there is no good one


@lru_cache(maxsize=16384)
def known_spellings(word: str) -> tuple[tuple[str, str], ...]:
    """(Cyrillic spelling, role) of a Latin word, for every spelling the dictionary knows as
    a name part, most likely first ("Natalya": "наталя", "наталья")."""
    return tuple(
        (candidate, role)
        for candidate in cyrillic_candidates(word)
        if (role := forms_ru.guess_role(candidate)) and forms_ru.morph().word_is_known(candidate)
    )


def to_cyrillic(word: str) -> tuple[str | None, str | None]:
    """(Cyrillic spelling, role) for a Latin word the dictionary knows as a name part, or
    that the tables of short forms list as a first name ("Taimuraz": "таймураз")."""
    known = known_spellings(word)
    if known:
        return known[0]
    listed = diminutives.table()
    return next(((c, "Name") for c in cyrillic_candidates(word) if c in listed), (None, None))


_LONE_H = re.compile(r"(?<![kzscgt])h", re.IGNORECASE)


def other_readings(part: NamePart) -> tuple[NamePart, ...]:
    """Other readings of a Latin part, kept beside the part's own, never instead of it:
    with "г" for each lone "h", as a Ukrainian passport writes "г" ("Bohdan": "богдан",
    "Olha": "ольга"; "Huseynov" is written "Хусейнов" as well as "Гусейнов"), when the
    dictionary or the tables know that reading; and, for a first name, every spelling the
    tables of short forms list, a final "-i" read as "-ий" as the press writes it
    ("Dmitri": "дмитрий", "Yuri": "юрий" beside "юри", "Tatyana": "татьяна" beside the
    dictionary's "татяна", "Zhenia": "женя")."""
    if forms_ru.is_cyrillic(part.text):
        return ()
    out: dict[str, str | None] = {}
    if _LONE_H.search(part.text):
        cyrillic, role = to_cyrillic(_LONE_H.sub("g", part.text))
        if cyrillic is not None and part.role in (None, role):
            out[cyrillic] = role
    if part.role in (None, "Name"):
        for spelling in _listed_readings(part.text):
            out.setdefault(spelling, "Name")
    out.pop(part.cyrillic or "", None)
    return tuple(NamePart(part.text, role, cyrillic) for cyrillic, role in out.items())


_FINAL_I = re.compile(r"(?<=[^aeiouy])i$", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _listed_readings(word: str) -> tuple[str, ...]:
    """The Cyrillic spellings of a Latin word that the tables of short forms list as a first
    name or a short form, a final "-i" also read as "-iy"."""
    listed = diminutives.table()
    words = (word, word + "y") if _FINAL_I.search(word) else (word,)
    return tuple(
        dict.fromkeys(
            spelling
            for w in words
            for spelling in cyrillic_candidates(w)
            if spelling in listed or diminutives.full_names(spelling, None)
        )
    )


_JOINED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,3}")
_AN_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ]\.")  # a capital: "о. Игорь" is a priest's title


def _raw_parts(name: str) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    tokens = _TOKEN.findall(name)
    worded = any(not _JOINED_INITIALS.fullmatch(raw) and len(raw.strip(".")) > 1 for raw in tokens)
    for raw in tokens:
        token = raw.strip(".")
        if not token or (worded and _JOINED_INITIALS.fullmatch(raw)):
            continue  # initials beside a name's words, a space between them or not: "Л.Я.
            # Аронсон"; initials alone ("K.A.", an alias) are what the text writes
        if forms_ru.is_cyrillic(token):
            out.append((token, forms_ru.guess_role(token), token.lower()))
        else:
            cyrillic, role = to_cyrillic(token)
            out.append((token, role, cyrillic))
    return out


@lru_cache(maxsize=16384)
def split_name(name: str) -> tuple[NamePart, ...]:
    """The parts of ``name`` with their roles (initials such as "А." are dropped; cached)."""
    raw = [r for r in _raw_parts(name) if len(r[0]) > 1]
    roles = [role for _, role, _ in raw]
    if len(raw) == 1 and _AN_INITIAL.search(name):
        roles = ["Surn"]  # a word and initials: "Бекоева Ф.А.", whatever the dictionary guesses
    unknown = [i for i, r in enumerate(roles) if r is None]
    if unknown and "Surn" not in roles:
        roles[unknown[-1] if roles[0] == "Name" or len(raw) < 3 else unknown[0]] = "Surn"
    if roles.count("Name") > 1 and "Surn" not in roles:
        # "Фамилия Имя Отчество": the first is the surname; "Имя Фамилия": the last.
        index = 0 if "Patr" in roles[1:] and roles[-1] == "Patr" else len(roles) - 1
        roles[index] = "Surn"
    return tuple(NamePart(text, role, cyr) for (text, _, cyr), role in zip(raw, roles, strict=True))
