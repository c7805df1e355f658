"""A registered name word broken into two words by a space.

Automatic captions and a hurried hand break a long name where it sounds like two words
("tamer lan" for Tamerlan, "Крав ченко" for Кравченко); the matcher reads words, so
neither half is a form of anyone. Two neighbouring words on one line whose letters
together give a registered non-public name word of :data:`MIN_LETTERS` letters or more,
compared on :func:`~intake.redact.translit.latin_key` (so "tamer lan" meets Тамерлан
too), are that name; each half has two letters at least, and the second is written in
lower case, as a broken word's rest is ("Tamer Lan" is two names), and of three letters
or more and no preposition, conjunction, particle or pronoun ("спицы на" is no Спицына,
"сороки на" no Сорокина: a surname in -ина is often a noun and "на").

Limits: the name word as registered only, not a case form of it ("Крав ченку"), and a
word broken into three pieces or more, are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from intake.redact import english_dict, forms_ru
from intake.redact.registry import Person
from intake.redact.translit import cyrillic_candidates, latin_key, latin_spellings

MIN_LETTERS = 6  # "tamerlan": a shorter word's halves are too often two words
_SECOND = re.compile(r"[ \t]*([^\W\d_]{2,})(?![\w-])")


@dataclass(frozen=True)
class Words:
    """The keys of the registered name words, and an automaton of their first pieces."""

    keys: frozenset[str]
    # each beginning of a spelling of a name word, two letters or more, and a space: one
    # pass of it over a text finds where a broken name may start (a regex tried at every
    # word costs more than all the rest of this module)
    pieces: ahocorasick.Automaton | None = None

    def __bool__(self) -> bool:
        return bool(self.keys)

    @classmethod
    def of(cls, people: Iterable[Person]) -> Words:
        words = {
            word
            for person in people
            if not person.public
            for name in (person.name, *person.aliases)
            for word in re.findall(r"[^\W\d_]+", name)
            if len(word) >= MIN_LETTERS and len(latin_key(word)) >= MIN_LETTERS
        }
        if not words:
            return cls(frozenset())
        pieces = ahocorasick.Automaton()
        for word in words:
            for spelt in _spellings(word):
                for n in range(2, len(spelt) - 1):
                    pieces.add_word(spelt[:n] + " ", n)
        pieces.make_automaton()
        return cls(frozenset(latin_key(word) for word in words), pieces)


def _spellings(word: str) -> set[str]:
    """``word`` in lower case in its script and in the other's spellings."""
    lower = word.lower()
    return {
        lower,
        *latin_spellings(lower),
        *(c.lower() for c in cyrillic_candidates(word)),
    } - {""}


def _function_word(word: str) -> bool:
    """True if ``word`` is too short to be a name's rest or is a function word."""
    if len(word) < 3 or word in english_dict.FUNCTION_WORDS:
        return True
    return forms_ru.is_cyrillic(word) and forms_ru.function_word(word)


def find(text: str, words: Words) -> Iterator[tuple[int, int]]:
    """(start, end) of each name broken in two in ``text`` (see the module's docstring)."""
    if not words or words.pieces is None:
        return
    lower = text.lower()
    if len(lower) != len(text):
        return  # lower case changes the text's length ("İ"): offsets would not meet
    for end, length in words.pieces.iter(lower):
        start = end - length
        if start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "_-"):
            continue  # inside a word
        second = _SECOND.match(text, end + 1)
        if second is None or not second.group(1).islower() or _function_word(second.group(1)):
            continue
        if latin_key(text[start : start + length] + second.group(1)) in words.keys:
            yield start, second.end()
