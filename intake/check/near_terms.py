"""Near-misses of registered sensitive terms (a home village, a school), by the check's
own rules.

A term's telling word is one of four letters or more that the dictionary does not read
first as an ordinary word ("Ташлык", "Кутаны", "Гуниб"; not "школа", "Верхние",
"Солнышко": alone they name nothing). A word of the text is a near-miss of it when,
compared on the folded view and whatever its letter case or place in the sentence:

* it starts with the telling word's stem and adds at most :data:`MAX_TAIL` letters: a case
  ending or an adjective made from the place ("Ташлыке", "ташлыкские", "кутанская");
* its stem is within the edit distance the names use (:mod:`intake.check.near_names`:
  "Ташлик" for "Ташлык");
* it is one of the word's Latin spellings with such an ending ("Tashlyk", "Tashlyke").

The engine redacts a term's forms it knows; the check asks about the rest, so an
adjective or a misspelling of a home village fails the export until it is decided.
Limits: a term made only of ordinary words ("Средняя школа") is asked about only where
the engine's own phrase forms find it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from intake.check import morph
from intake.check.latin import spellings
from intake.check.near_names import NearNames
from intake.check.stems import MIN_STEM, stem
from intake.check.words import Text
from intake.redact.normalize import skeleton

MAX_TAIL = 6  # "ташлык" + "ского", "кутан" + "ского"
TELLING = 4  # letters a telling word has at least


@dataclass(frozen=True)
class NearTerms:
    """The telling words of the registered terms, ready to compare words against."""

    stems: frozenset[str]
    _close: NearNames  # the names' edit distance, over the same stems

    @classmethod
    def of(cls, terms: Iterable[str]) -> NearTerms:
        stems = {
            stem(skeleton(written))
            for term in terms
            for word in Text.of(term).words
            if telling(word.clean)
            for written in (word.clean.lower(), *spellings(word.clean))
        }
        stems = {s for s in stems if len(s) >= MIN_STEM}
        return cls(frozenset(stems), NearNames(frozenset(stems), frozenset()))

    def __bool__(self) -> bool:
        return bool(self.stems)

    def matches(self, folded: str) -> bool:
        """True if the folded word is a form, an adjective or a near-miss of a telling word."""
        word = folded.removesuffix("'s")
        for n in range(max(MIN_STEM, len(word) - MAX_TAIL), len(word) + 1):
            if word[:n] in self.stems:
                return True
        return self._close.matches(word)


def telling(word: str) -> bool:
    """True if ``word`` alone can name the place or thing: long enough, no number, and not
    read first as an ordinary word by the dictionary (Latin words: not all lower case)."""
    if len(word) < TELLING or any(c.isdigit() for c in word):
        return False
    if word.isascii():
        return not word.islower()
    lower = word.lower()
    return morph.classify(lower) != "word" or not morph.mostly_common(lower)
