"""A registered name word broken into two words by a space.

Automatic captions and a hurried hand break a long name where it sounds like two words
("tamer lan" for Tamerlan, "Крав ченко" for Кравченко); the matcher reads words, so
neither half is a form of anyone. Two neighbouring words on one line whose letters
together give a registered non-public name word of :data:`MIN_LETTERS` letters or more,
compared on :func:`~intake.redact.translit.latin_key` (so "tamer lan" meets Тамерлан
too), are that name; each half has two letters at least, and the second is written in
lower case, as a broken word's rest is ("Tamer Lan" is two names).

Limits: the name word as registered only, not a case form of it ("Крав ченку"), and a
word broken into three pieces or more, are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from intake.redact.registry import Person
from intake.redact.translit import latin_key

MIN_LETTERS = 6  # "tamerlan": a shorter word's halves are too often two words
_PAIR = re.compile(r"(?<![\w-])([^\W\d_]{2,})[ \t]+(?=([^\W\d_]{2,})(?![\w-]))")


@dataclass(frozen=True)
class Words:
    """The keys of the registered name words, and their beginnings."""

    keys: frozenset[str]
    heads: frozenset[str]  # every beginning of a key, two letters or more

    def __bool__(self) -> bool:
        return bool(self.keys)

    @classmethod
    def of(cls, people: Iterable[Person]) -> Words:
        keys = {
            key
            for person in people
            if not person.public
            for name in (person.name, *person.aliases)
            for word in re.findall(r"[^\W\d_]+", name)
            if len(word) >= MIN_LETTERS and len(key := latin_key(word)) >= MIN_LETTERS
        }
        heads = {key[:n] for key in keys for n in range(2, len(key) - 1)}
        return cls(frozenset(keys), frozenset(heads))


def find(text: str, words: Words) -> Iterator[tuple[int, int]]:
    """(start, end) of each name broken in two in ``text`` (see the module's docstring)."""
    if not words:
        return
    for pair in _PAIR.finditer(text):
        first, second = pair.group(1), pair.group(2)
        if not second.islower() or latin_key(first) not in words.heads:
            continue
        if latin_key(first + second) in words.keys:
            yield pair.start(1), pair.end() + len(second)
