"""Capitalised words in the middle of a sentence that nothing explains.

A capitalised word that is not the first of a sentence, a line or a quotation is
a proper name more often than not; so is one alone in quotation marks (a call
sign: «Гром»), wherever it stands. It is explained when the Russian dictionary
knows it as an ordinary word or as a place or organisation (:mod:`intake.check.morph`),
when it is a public figure's name, a finding the reviewer decided, a pseudonym or
a tag the engine wrote (the caller passes those), or, in Latin script, one of the
common capitalised English words of ``intake/data/common_latin.txt``. Everything
else is asked about: a surname the dictionary does not hold, a call sign, a first
name (the dictionary knows "Вера", but as a name too), a village, a Latin name.

Limits: a name written in lower case or in capitals of five letters or fewer
(read as an acronym: "ФСБ", "ОМОН"), or as the first word of a sentence, is
not seen by this rule (near-misses of registered names are, see
:mod:`intake.check.near_names`); English has no dictionary here, so most
capitalised English words other than those below are asked about; a capitalised
word the dictionary knows only as an ordinary word ("Гром", "Мельник", "Бурятов")
is let through, unless it stands alone in quotation marks («Гром», "Кедр": a call
sign, a nickname; 1.6 per 1,000 words of news, mostly names of organisations):
asking about all of them doubled the rate on news text (39 instead of 20 per
1,000 words on factRuEval).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from intake.check import morph
from intake.check.words import Word

NAME_LIKE = frozenset({"name", "unknown"})
MAX_ACRONYM = 5


def unexplained(word: Word) -> bool:
    """True if this capitalised word in mid-sentence could be a name nobody decided."""
    if not word.capitalised or word.has_digit or len(word.clean) < 2:
        return False
    if word.initial and not word.quoted:
        return False
    if word.clean.isupper() and len(word.clean) <= MAX_ACRONYM:
        return False  # an acronym: "ФСБ", "ВСУ", "BBC" (see the limits above)
    if word.quoted and not word.clean.isascii():
        return morph.classify(word.clean.lower()) != "place"  # «Гром»: a call sign?
    if "-" in word.clean and morph.classify(word.clean.lower()) not in NAME_LIKE:
        return False  # a known hyphenated word ("Нью-Йорк")
    return any(_part_unexplained(part) for part in word.clean.split("-") if part)


def _part_unexplained(part: str) -> bool:
    lower = part.lower().replace("’", "'")
    if lower.isascii():
        common = common_latin()
        return lower not in common and lower.rstrip("s") not in common
    return morph.classify(lower) in NAME_LIKE


@lru_cache(maxsize=1)
def common_latin() -> frozenset[str]:
    text = files("intake").joinpath("data/common_latin.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())
