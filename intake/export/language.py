"""The words an export is written with, in Russian and English, as plain data.

Every phrase a publication shows around the testimony's own (redacted) text is
here: section labels, the note that names were changed, month names for
generalised dates, and the byline that says who spoke ("the mother of Ivan
(name changed)" / "мать Ивана (имя изменено)"). Russian bylines put the
subject's pseudonym in the genitive; the caller passes the inflection function
(the redaction engine's), so this module stays plain data and string work.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from intake.quasi.patterns_en import MONTHS as ENGLISH_MONTHS


@dataclass(frozen=True)
class Words:
    heading: str
    interview_date: str
    summary: str
    quotes: str
    transcript: str
    note: str
    name_changed: str
    names_changed: str
    anonymous: str
    about: str  # an unnamed source speaking about the subjects (genitive in Russian)
    months: tuple[str, ...]
    year_suffix: str
    conjunction: str
    # relation -> (phrase for a male source, for a female source, when unknown)
    relations: dict[str, tuple[str, str, str]]


EN = Words(
    heading="Testimonies",
    interview_date="Interview date",
    summary="Summary",
    quotes="Quotes",
    transcript="Transcript (redacted)",
    note="Names and identifying details have been changed to protect the people concerned.",
    name_changed="name changed",
    names_changed="names changed",
    anonymous="An anonymous source",
    about="An anonymous source on the fate of {}",
    months=tuple(ENGLISH_MONTHS),
    year_suffix="",
    conjunction="and",
    relations={
        "mother": ("The mother of {}",) * 3,
        "father": ("The father of {}",) * 3,
        "wife": ("The wife of {}",) * 3,
        "husband": ("The husband of {}",) * 3,
        "sibling": ("The brother of {}", "The sister of {}", "The brother or sister of {}"),
        "comrade": ("A fellow soldier of {}",) * 3,
        "lawyer": ("The lawyer of {}",) * 3,
        "other": ("An acquaintance of {}",) * 3,
    },
)

RU = Words(
    heading="Свидетельства",
    interview_date="Дата интервью",
    summary="Кратко",
    quotes="Цитаты",
    transcript="Расшифровка (с изъятиями)",
    note="Имена и подробности, по которым можно узнать людей, изменены ради их безопасности.",
    name_changed="имя изменено",
    names_changed="имена изменены",
    anonymous="Анонимный источник",
    about="Анонимный источник о судьбе {}",
    months=(
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    year_suffix=" г.",
    conjunction="и",
    relations={
        "mother": ("Мать {}",) * 3,
        "father": ("Отец {}",) * 3,
        "wife": ("Жена {}",) * 3,
        "husband": ("Муж {}",) * 3,
        "sibling": ("Брат {}", "Сестра {}", "Брат или сестра {}"),
        "comrade": ("Сослуживец {}", "Сослуживица {}", "Сослуживец {}"),
        "lawyer": ("Адвокат {}",) * 3,
        "other": ("Знакомый {}", "Знакомая {}", "Знакомый или знакомая {}"),
    },
)

WORDS = {"en": EN, "ru": RU}


def own_words() -> frozenset[str]:
    """Every word an export writes of its own, in every language (labels, the note, the
    bylines' phrases, the months), in lower case: the tool's, whatever a testimony says."""
    texts: list[str] = []
    for w in WORDS.values():
        texts += [w.heading, w.interview_date, w.summary, w.quotes, w.transcript, w.note]
        texts += [w.name_changed, w.names_changed, w.anonymous, w.about, *w.months]
        texts += [phrase for phrases in w.relations.values() for phrase in phrases]
    return frozenset(word.lower() for text in texts for word in re.findall(r"[^\W\d_]+", text))


@functools.cache
def own_phrases() -> tuple[str, ...]:
    """The phrases a byline or an attribution writes of its own around the names it shows
    ("An anonymous source", "The mother of "), longest first, in every language."""
    texts: list[str] = []
    for w in WORDS.values():
        texts += [w.anonymous, w.about, w.name_changed, w.names_changed]
        texts += [phrase for phrases in w.relations.values() for phrase in phrases]
    pieces = {piece.strip(" ,") for text in texts for piece in text.split("{}")}
    return tuple(sorted((p for p in pieces if len(p) >= 2), key=len, reverse=True))


def words(language: str) -> Words:
    """The words of ``language``; English for a language without its own template."""
    return WORDS.get(language, EN)


def join_names(names: list[str], language: str) -> str:
    """ "A", "A and B", "A, B and C" (Russian: "A, B и C")."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {words(language).conjunction} {names[-1]}"


def general_date(value: str | None, precision: str, language: str) -> str | None:
    """An interview date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") shown no finer than ``precision``.

    ``precision`` is "year" or "month" (a day is never shown: it can identify a call).
    """
    if not value:
        return None
    year, _, rest = value.partition("-")
    w = words(language)
    if precision == "year" or not rest:
        return f"{year}{w.year_suffix}"
    month = w.months[int(rest[:2]) - 1]
    return f"{month} {year}{w.year_suffix}"
