"""What the Russian dictionary (pymorphy3, OpenCorpora) knows about a word.

Only the dictionary's own knowledge is used (``Parse.is_known``), never a guess
from the word's ending: a word the dictionary does not hold is "unknown", which
the check treats as unexplained. Loaded once, on first use (about a second).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

Kind = Literal["word", "name", "place", "unknown"]
_NAME_TAGS = ("Name", "Surn", "Patr", "Poss")  # Poss: "Димин", "Сашин"
_PLACE_TAGS = ("Geox", "Orgn")
_QUANTITY_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    # late: pymorphy3 and its dictionary load only when first needed
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def classify(word: str) -> Kind:
    """ "place" (a known place or organisation), "name" (known, and can be a first name,
    surname or patronymic), "word" (known, never a name) or "unknown"."""
    parses = [p for p in _analyzer().parse(word.lower()) if p.is_known]
    if not parses:
        return "unknown"
    if any(tag in p.tag for p in parses for tag in _PLACE_TAGS):
        return "place"
    if any(tag in p.tag for p in parses for tag in _NAME_TAGS):
        return "name"
    return "word"


def first_name_or_patronymic(word: str) -> bool:
    """True if the dictionary holds the lower-case ``word`` as a first name or a
    patronymic in some reading ("марина", "ильич")."""
    return any(p.is_known and ("Name" in p.tag or "Patr" in p.tag) for p in _analyzer().parse(word))


def only_place(word: str) -> bool:
    """True if every reading the dictionary holds of ``word`` is a place or an
    organisation ("Сирии", "Москвы"; not "Мая", also a month and a first name)."""
    parses = [p for p in _analyzer().parse(word.lower()) if p.is_known]
    return bool(parses) and all(any(tag in p.tag for tag in _PLACE_TAGS) for p in parses)


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


@lru_cache(maxsize=4096)
def function_word(word: str) -> bool:
    """True if the dictionary reads ``word`` first as a preposition, a conjunction, a
    particle or an interjection ("для", "про", "и"): no name."""
    parses = [p for p in _analyzer().parse(word.lower()) if p.is_known]
    return bool(parses) and parses[0].tag.POS in _FUNCTION_POS


def known(word: str) -> bool:
    """True if the dictionary holds ``word`` (lower case) in some form: a lookup, no parse."""
    return bool(_analyzer().word_is_known(word))


@lru_cache(maxsize=65536)
def mostly_common(word: str) -> bool:
    """True if the dictionary knows ``word`` and reads it at least as much as an ordinary
    word as a name or place (by the scores of its readings): "лента", "жене", "вера" are;
    "лене", "коле", "сане" (written in lower case in a chat) are read first as names."""
    common = proper = 0.0
    for parse in _analyzer().parse(word.lower()):
        if not parse.is_known:
            continue
        if any(tag in parse.tag for tag in (*_NAME_TAGS[:3], *_PLACE_TAGS)):
            proper += parse.score
        else:
            common += parse.score
    return common > 0 and common >= proper


@lru_cache(maxsize=16384)
def counts(word: str, *, one: bool) -> bool:
    """True if ``word`` reads as what a number counts, in the case Russian counts in: after
    a number ending in 1, the nominative or accusative singular ("1501 рубль"); else the
    genitive ("4000 рублей", "1502 рубля") or an oblique plural ("в 5000 километрах").
    Nouns, numerals, and adjectives or participles used as nouns ("1500 погибших")."""
    parses = _analyzer().parse(word.lower())
    if not parses or parses[0].tag.POS not in _QUANTITY_POS:
        return False  # "и", "в": a conjunction or preposition is never what is counted
    for parse in parses:
        tag = parse.tag
        if not parse.is_known or tag.POS not in _QUANTITY_POS:
            continue
        if tag.case == "gent" or (tag.number == "plur" and tag.case not in ("nomn", "accs")):
            return True
        if one and tag.number == "sing" and tag.case in ("nomn", "accs"):
            return True
    return False
