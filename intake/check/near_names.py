"""Near-misses of registered non-public names, by the check's own rules.

A word is a near-miss of a registered name word when, compared on the folded view:

* it starts with the name word's stem and adds at most a case ending or suffix
  (Хертек -> "Хертеком", Кравченко -> "Кравченкой", Зуев -> "Зуевым");
* it starts with one of the first name's short stems from :mod:`intake.check.stems`
  (Сергей -> "Серёжкин", "Серёж"; Елена -> "Ленуська"; Дмитрий -> "Димин");
* its stem is within a small edit distance of the name's stem, scaled by length:
  none below 5 letters, 1 for 5-6 letters, 2 from 7 (Кравченко -> "Кравчинко").

A Cyrillic name word and its short stems are also compared in Latin spellings
(:mod:`intake.check.latin`: "Seryozhin", "Lenochka", "Kravchinko").

These rules deliberately over-ask: "Лента" starts like "Лена". Only words that could
be a name are asked about (see :func:`intake.check.core.check`). Limits: a name
written in another script than the registry's (Latin for a Cyrillic entry) is
compared letter by letter only where the letters look alike; a name broken into
pieces ("Крав ченко") or shortened to fewer than three letters is not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from intake.check.latin import spellings
from intake.check.stems import MIN_STEM, short_stems, stem
from intake.redact.normalize import skeleton

MAX_ENDING = 4  # letters after a full stem: "кравченк" + "ой", "хертек" + "ами"
MAX_SUFFIX = 6  # letters after a short stem: "лен" + "уська", "сереж" + "кин"
MAX_LONGER = 8  # a misspelt word is compared when at most this much longer than the stem
_SPLIT = re.compile(r"[\s.,;()\"«»-]+")


def allowed_distance(length: int) -> int:
    return 0 if length < 5 else 1 if length < 7 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is exceeded. Only
    the cells within ``limit`` of the diagonal are worked out: a path through any other
    cell costs more than ``limit``."""
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        for j in range(low, high + 1):
            cost = previous[j - 1] + (ca != b[j - 1])
            current[j] = min(previous[j] + 1, current[j - 1] + 1, cost, over)
        if min(current[low - 1 : high + 1]) > limit:
            return over
        previous = current
    return min(previous[-1], over)


@dataclass
class NearNames:
    """The registered non-public names, ready to compare words against."""

    stems: frozenset[str]  # full stems: stem + ending, and the edit distance
    shorts: frozenset[str]  # short stems of first names: stem + suffix
    _memo: dict[str, bool] = field(default_factory=dict)
    # stems by first letter and by letters 2-3: the only ones _close can accept for a word
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    _by_middle: dict[str, list[str]] = field(default_factory=dict)
    _indexed: bool = False

    @classmethod
    def of(cls, names: Iterable[str]) -> NearNames:
        stems: set[str] = set()
        shorts: set[str] = set()
        for name in names:
            for word in _SPLIT.split(name.lower()):
                folded = skeleton(word)
                if len(folded) < MIN_STEM or any(c.isdigit() for c in folded):
                    continue
                stems.update(stem(skeleton(w)) for w in (word, *spellings(word)))
                for short in short_stems(folded):
                    shorts.update(skeleton(w) for w in (short, *spellings(short)))
        return cls(frozenset(stems), frozenset(shorts))

    def __bool__(self) -> bool:
        return bool(self.stems)

    def matches(self, folded: str) -> bool:
        """True if the folded word is a near-miss of a registered name word."""
        if folded not in self._memo:
            self._memo[folded] = self._matches(folded)
        return self._memo[folded]

    def _matches(self, word: str) -> bool:
        if _prefixed(word, self.shorts, MAX_SUFFIX) or _prefixed(word, self.stems, MAX_ENDING):
            return True
        if not self._indexed:
            self._indexed = True
            for name_stem in self.stems:
                if allowed_distance(len(name_stem)):  # no other is ever close (_close)
                    self._by_first.setdefault(name_stem[:1], []).append(name_stem)
                    self._by_middle.setdefault(name_stem[1:3], []).append(name_stem)
        candidates = dict.fromkeys(  # each stem once, though it may share both
            (*self._by_first.get(word[:1], ()), *self._by_middle.get(word[1:3], ()))
        )
        return any(_close(word, s) for s in candidates)


def _prefixed(word: str, stems: frozenset[str], most: int) -> bool:
    """True if ``word`` is one of ``stems`` followed by at most ``most`` letters."""
    return any(word[:n] in stems for n in range(max(1, len(word) - most), len(word) + 1))


def _close(word: str, name_stem: str) -> bool:
    limit = allowed_distance(len(name_stem))
    if limit == 0 or not len(name_stem) - limit <= len(word) <= len(name_stem) + MAX_LONGER:
        return False
    if word[:1] != name_stem[:1] and word[1:3] != name_stem[1:3]:
        return False
    word_stem = stem(word)
    candidates = {word_stem, word[: len(name_stem)], word[: len(name_stem) + 1]}
    return any(
        len(c) - len(name_stem) <= MAX_ENDING and distance(c, name_stem, limit) <= limit
        for c in candidates
    )
