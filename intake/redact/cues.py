"""Finding cue words fast: a case-insensitive regex that starts with an alternation is
slow on long texts (the regex engine tries every position), so the cue's literal heads
are looked for first in the lower-cased text (at C speed), and the cue's own regex is
tried only where a head starts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

# Letters that a case-insensitive regex takes for another letter, which lower-casing keeps:
# the long s, the dotless i and the old Cyrillic letter variants ("ᲃ" is "с" to the regex).
_REGEX_CASE = str.maketrans("ſıᲀᲁᲂᲃᲄᲅᲆᲇᲈ", "siвдостътѣꙋ")
_REGEX_CASE_ODD = re.compile("[ſıᲀ-ᲈ]")
# The end of a sentence or a line: what may not stand between a cue and a value it names
# further on (a date of birth, a booking reference); not the dot of an abbreviation that
# goes on with the sentence ("She has my birth date etc. (30.11.95)", "и т.д.", "e.g.", a
# number's "No." before it: "date of birth per his passport (series 4509 No. 000417): ...")
SENTENCE_END = re.compile(
    r"[\n!?]|(?<!etc)(?<!т\.д)(?<!т\.п)(?<!т\. д)(?<!т\. п)(?<!e\.g)(?<!i\.e)(?<!напр)"
    r"(?!(?<=No)\.\s[\d\[])\.\s"
)


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``text`` in lower case as a case-insensitive regex reads it (so that a head found
    by :func:`heads` stands wherever the regex can match), or None where lower-casing
    changes its length ("İ")."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    return lower.translate(_REGEX_CASE) if _REGEX_CASE_ODD.search(lower) else lower


@dataclass(frozen=True, slots=True)
class Head:
    """Where a head was found, read like a regex match."""

    at: int
    word: str

    def start(self) -> int:
        return self.at

    def group(self) -> str:
        return self.word


class Heads:
    """Literal lower-case heads at the start of a word. Every set of heads is found in
    one pass of one Aho-Corasick automaton made of them all (:func:`_starts`): an
    alternation of literals in a regex is tried at every position of the text and costs
    more with every head, and a pass per set over a long text costs more than the sets
    find. Where several heads start at one place the longest is taken, and found heads
    do not overlap (as a regex's ``finditer`` would have them)."""

    def __init__(self, words: Iterable[str], *, underscored: bool = False) -> None:
        self.words = tuple(sorted(set(words), key=len, reverse=True))
        self._inside = "" if underscored else "_"  # "_" joins words, or starts one
        _ALL_WORDS.update(self.words)

    def finditer(self, lower: str) -> Iterator[Head]:
        starts = _starts(lower, len(_ALL_WORDS))
        longest: dict[int, str] = {}
        for word in self.words:  # the longest first
            for start in starts.get(word, ()):
                if start and (lower[start - 1].isalnum() or lower[start - 1] == self._inside):
                    continue  # inside a word
                longest.setdefault(start, word)
        floor = 0
        for start in sorted(longest):
            if start >= floor:
                yield Head(start, longest[start])
                floor = start + len(longest[start])


_ALL_WORDS: set[str] = set()  # every head of every set, for the one automaton
_AUTOMATON: list[tuple[int, ahocorasick.Automaton]] = []  # (words in it, automaton)
_AUTOMATON_LOCK = threading.Lock()


def _automaton(count: int) -> ahocorasick.Automaton:
    """The automaton of every head made so far (remade when a module makes more)."""
    with _AUTOMATON_LOCK:
        if not _AUTOMATON or _AUTOMATON[0][0] != count:
            automaton = ahocorasick.Automaton()
            for word in sorted(_ALL_WORDS):
                automaton.add_word(word, word)
            automaton.make_automaton()
            _AUTOMATON[:] = [(count, automaton)]
        return _AUTOMATON[0][1]


@lru_cache(maxsize=2)
def _starts(lower: str, count: int) -> dict[str, list[int]]:
    """Where each head starts in ``lower``, inside a word or not, in one pass (``count``:
    how many heads there are, so that a text read before a module made more is read
    again)."""
    starts: dict[str, list[int]] = {}
    for end, word in _automaton(count).iter(lower):
        starts.setdefault(word, []).append(end - len(word) + 1)
    return starts


def heads(*words: str, underscored: bool = False) -> Heads:
    """The literal lower-case heads ``words``, to be found at the start of a word;
    ``underscored``: or after "_", as a database's column names join words
    ("date_of_birth", "call_sign")."""
    return Heads(words, underscored=underscored)


class Blind:
    """A case-insensitive regex written in lower case, also compiled case-sensitive: a
    case-blind scan of a whole text gets no help from the regex engine's first-character
    search and is two to ten times slower than the same regex on the lower-cased text."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        letters = re.sub(r"\\[A-Z]", "", pattern)  # "\S", "\Z": classes, not letters
        if letters != letters.lower():
            raise ValueError(f"a case-blind regex must be written in lower case: {pattern!r}")
        self.blind = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = re.compile(pattern, flags & ~re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``self.blind.finditer(text)`` finds, at the same spans; a match's groups
        are read in the lower-cased text."""
        lower = lowered(text)
        return self.blind.finditer(text) if lower is None else self.lower.finditer(lower)


def cue_matches(text: str, head_re: Heads, cue_re: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What ``cue_re.finditer(text)`` finds, when every match of ``cue_re`` starts with
    a match of ``head_re`` in the lower-cased text."""
    lower = lowered(text)
    if lower is None:
        yield from cue_re.finditer(text)
        return
    floor = 0
    for head in head_re.finditer(lower):
        if head.start() < floor:
            continue
        match = cue_re.match(text, head.start())
        if match is not None:
            yield match
            floor = match.end()
