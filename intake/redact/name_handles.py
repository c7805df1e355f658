"""User names typed as one Latin word of a registered person's name parts.

A login is often a person's initial glued to the surname, or the two name words glued,
with no "_" or "." between them ("jfrey" for Jonas Frey, "freyj", "jonasfrey",
"dzagoevb84"): the git log of a project, a forum's list of users, a chat's member list.
:func:`~intake.redact.engine.glued_handles` finds a handle whose parts a joiner shows;
this module finds the glued kind, whose surname no word boundary shows to the matcher,
and a name cut short beside the initial of the person's other name word, a "." or "_"
between ("gin.z" for Gintarė Žukauskienė, "z_gin", "ser.k"): the cut name is no form
of anyone, and the initial beside it makes it this person's.

Each registered non-public person gives shapes of two of the words of the name (or of
an alias of two words or more): the first letter of one in any of its Latin spellings
and the other whole, in either order, and the two whole, compared on
:func:`~intake.redact.translit.latin_key`, the key every common spelling of a name
meets ("dzagoev" and "Дзагоев"). The word glued to an initial must have
:data:`MIN_WORD` letters, so that a short word ("Ли", "Ян") with a letter before it does
not read as a login everywhere. Digits after the letters are part of the login.

Limits: an initial of two letters ("ivzuev"), a name cut short with no initial beside
it ("gin.zh", "ginta") and a login in Cyrillic letters are not read as a person's here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from intake.redact.english_dict import words as english_words
from intake.redact.registry import Person
from intake.redact.translit import latin_key, latin_spellings

MIN_WORD = 4  # letters of the word an initial is glued to: "frey" of "jfrey"
# a login: Latin letters, then digits at most, with no other word character, "@" (an
# e-mail's local part is the e-mail's) or a link's and a name's joiners around it
# (written from its first letter: a look-behind first is tried at every position of a text)
_LOGIN = re.compile(r"([A-Za-z](?<![\w@./+'’-][A-Za-z])[A-Za-z]{4,31})\d{0,6}(?![\w@]|[.'’-]\w)")
_WORDS = re.compile(r"[^\W\d_]+")
# a name cut short and an initial, joined: "gin.z", "z_gin", "ser.k84"
_CUT = re.compile(
    r"([A-Za-z](?<![\w@./+'’-][A-Za-z])[A-Za-z]{0,11})[._]([A-Za-z]{1,12})\d{0,4}"
    r"(?![\w@]|[.'’-]\w)"
)
MIN_CUT = 3  # letters of a name cut short: "gin" of Gintarė


@dataclass(frozen=True)
class Shapes:
    """The keys of the registered people's logins."""

    initialled: dict[str, frozenset[str]]  # a name word's key: the initials glued to it
    whole: frozenset[str]  # the key of two name words glued, in either order
    cut: dict[str, frozenset[str]]  # a name word's first letters: the initials beside them

    def __bool__(self) -> bool:
        return bool(self.initialled or self.whole or self.cut)

    @classmethod
    def of(cls, people: Iterable[Person]) -> Shapes:
        initialled: dict[str, set[str]] = {}
        whole: set[str] = set()
        cut: dict[str, set[str]] = {}
        for person in people:
            if person.public:
                continue
            for name in (person.name, *person.aliases):
                words = _WORDS.findall(name)
                if len(words) < 2:
                    continue
                for first in words:
                    for other in words:
                        if other is first or len(first) < 2 or len(other) < 2:
                            continue
                        if len(key := latin_key(other)) >= MIN_WORD:
                            initialled.setdefault(key, set()).update(_initials(first))
                        whole.add(latin_key(first + other))
                        for spelt in _spellings(other):
                            for n in range(MIN_CUT, len(spelt) + 1):
                                cut.setdefault(spelt[:n], set()).update(_initials(first))
        return cls(
            {k: frozenset(v) for k, v in initialled.items()},
            frozenset(whole),
            {k: frozenset(v) for k, v in cut.items()},
        )

    def reads(self, letters: str) -> bool:
        """True if ``letters`` (one Latin word) is a login of these shapes."""
        lower = letters.lower()
        head, tail = lower[0], lower[-1]
        return (
            head in self.initialled.get(latin_key(lower[1:]), ())
            or tail in self.initialled.get(latin_key(lower[:-1]), ())
            or latin_key(lower) in self.whole
        )

    def cut_short(self, first: str, second: str) -> bool:
        """True if one of two joined parts is a name word cut short and the other the
        initial of the same person's other word ("gin" and "z")."""
        a, b = first.lower(), second.lower()
        return (len(b) == 1 and b in self.cut.get(a, ())) or (
            len(a) == 1 and a in self.cut.get(b, ())
        )


def _spellings(word: str) -> set[str]:
    """``word``'s Latin spellings in lower case, its marks dropped ("gintare" of Gintarė)."""
    lower = word.lower()
    spelt = {lower} if lower.isascii() else set(latin_spellings(lower))
    if not lower.isascii():
        spelt.add(unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode())
    return {s for s in spelt if s.isascii() and s.isalpha()}


def _initials(word: str) -> set[str]:
    """The first letters of ``word``'s Latin spellings ("j" and "y" of Юлия, "zh" no)."""
    return {s[0] for s in _spellings(word)}


def _english(lower: str) -> bool:
    """True if ``lower`` is an English word, a plural's or a verb's "s" or "es" too ("bakers",
    "woods", "marks": no login of Sam Baker, Sofia Wood or Sean Mark)."""
    words = english_words()
    return (
        lower in words
        or (lower.endswith("s") and lower[:-1] in words)
        or (lower.endswith("es") and lower[:-2] in words)
    )


def find(
    text: str, shapes: Shapes, found: Iterable[tuple[int, int]] = ()
) -> Iterator[tuple[int, int]]:
    """(start, end) of each login in ``text`` that :meth:`Shapes.reads`, its digits too,
    outside the spans ``found``; not a word written as a name is ("Dzagoeva", a wife's
    surname, is no login of Artur Dzagoev) nor an English word ("slater" of Sam Later,
    "bakers" of Sam Baker)."""
    if not shapes:
        return
    logins = [
        login.span()
        for login in _LOGIN.finditer(text)
        if not (login.group(1)[0].isupper() and login.group(1)[1:].islower())
        and not _english(login.group(1).lower())
        and shapes.reads(login.group(1))
    ]
    logins += [
        login.span()
        for login in _CUT.finditer(text)
        if shapes.cut_short(login.group(1), login.group(2))
    ]
    if not logins:
        return
    spans = list(found)  # read only where a login is found (most texts have none)
    for start, end in logins:
        if not any(s < end and start < e for s, e in spans):
            yield start, end
