"""Latin words that are no one's name beyond the English dictionary's reading.

:mod:`intake.check.english` reads a capitalised Latin word as an English word, a brand or
a title. This module adds readings that only the words around it can confirm
(:mod:`intake.check.runs`, :mod:`intake.check.around`) or that come from another
language:

* :func:`russian_word`: a Russian dictionary word that is no name, written in Latin
  ("Voenny Osvedomitel", "Idite Lesom");
* :func:`title_word`: an English dictionary word that is also a surname, as a title holds
  it ("the Western Military District");
* :func:`firm_word`: a word that can name a firm because no census or Russian name spells
  it ("компании Vestas"; not "компании Goldberg": ``intake/data/names_census.txt``).

None of them is used for near-misses of registered names: "Soroki" stays one of Сорока.
"""

from __future__ import annotations

from functools import lru_cache

from intake.check import english, morph
from intake.check.latin import readings


@lru_cache(maxsize=16384)
def russian_word(lower: str) -> bool:
    """True if the Latin ``lower`` transliterates a Russian dictionary word that is no name or
    place ("voenny", "osvedomitel", "realii": the name of a channel or a movement written in
    Latin), four letters or more, no listed Russian name's spelling, no surname's ending.
    Not used for near-misses of registered names: "Soroki" stays one of Сорока."""
    if (
        len(lower) < english.MIN_WORD
        or english.surname_shaped(lower)
        or lower in english.latin_names()
    ):
        return False
    if lower in english.russian_names("m ", "f ", "s "):
        return False
    known = (reading for reading in readings(lower) if morph.known(reading))
    return any(morph.classify(reading) == "word" for reading in known)


def title_word(lower: str) -> bool:
    """True if ``lower`` is an English dictionary word of three letters or more that a title
    can hold though it is a surname too ("law", "duty", "western"), and ends like no Russian
    surname and spells no Russian name (:mod:`intake.check.runs`)."""
    if english.surname_shaped(lower) or lower in english.russian_names("m ", "f ", "s "):
        return False
    return english.dictionary_word(lower) or (
        len(lower) == english.MIN_WORD - 1 and lower in english.dictionary()
    )


@lru_cache(maxsize=1)
def census_names() -> frozenset[str]:
    """US Census first names and common surnames (names_census.txt)."""
    return english.data_words("names_census.txt")


def firm_word(lower: str) -> bool:
    """True if the Latin ``lower`` can name a firm or a medium after the word for one
    ("компании Vestas", "ИА Regnum"): no census first name or common surname ("Goldberg",
    "Christie"), no Russian name's spelling, no surname's ending, each part of it."""
    parts = [part for part in lower.replace("’", "'").removesuffix("'s").split("-") if part]
    return bool(parts) and not any(
        english.surname_shaped(part)
        or part in census_names()
        or part in english.latin_names()
        or part in english.russian_names("m ", "f ", "s ")
        for part in parts
    )
