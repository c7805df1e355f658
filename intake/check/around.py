"""Capitalised words that the words around them explain.

:func:`settled` gathers, for one text, the starts of the words that its neighbours
explain: words of titles and regions (:mod:`intake.check.runs`), and

* a listed town in Latin letters (:func:`intake.check.known.latin_town`) after "to" or
  "from" when a word of travel stands just before ("flew to Tbilisi", "took a bus to
  Samara", "came back from Rostov") or a town of the same journey a few words before ("to
  Tbilisi and later to Yerevan");
* a Latin name right after the word for a firm, an agency or a newspaper
  (:func:`intake.check.things.names_a_thing`: "компании Vestas", "ИА Regnum", "газету
  Fatto Quotidiano", each word of the run), or joined by a dot to the next word as a
  site's or an outlet's ("Roem.ru", "Idel.Realii"), and every other place the text writes
  it, unless it can be a person's name (:func:`intake.check.latin_words.firm_word`:
  "компании Goldberg");
* a Cyrillic place that can be a surname ("Ростов", "Пушкин") on a route: joined by a dash
  to a place that is no surname, both in the nominative ("дорога Москва — Ростов",
  "Ростов — Донецк"; :func:`intake.check.known.on_a_route`).

Look-alikes stay asked: "wrote to Samara", "a letter from Samara" (no word of travel: a
person?), "компании Goldberg", "Kravets.ru", "в Москве — Иванова" (Иванова is the town
Иваново only in the genitive).
Limit: a surname rarer than the census lists hold, right after the word for a firm
("компании Whitcombe"), is read as the firm's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from intake.check import known, latin_words, things
from intake.check.runs import latin, regions, spaced, titles
from intake.check.words import Word

# Words of travel before "to" or "from" and a town: "flew to", "a bus to", "came back from".
_TRAVEL = frozenset(
    (
        "went", "go", "goes", "going", "gone", "flew", "fly", "flies", "flying", "flown", "drove",
        "drive", "driving", "driven", "moved", "move", "moving", "fled", "flee", "fleeing",
        "travelled", "traveled", "travel", "travelling", "traveling", "returned", "return",
        "returning", "came", "come", "coming", "arrived", "transferred", "deported", "taken",
        "back", "bus", "train", "flight", "plane", "ride", "trip", "journey", "way", "road",
    )
)  # fmt: skip
_VERB_REACH = 2  # "flew to", "came back from"
_TRAVEL_REACH = 4  # "to Tbilisi and later to Yerevan": a town of the same journey
_DASHES = frozenset(("—", "–", "-"))


def settled(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Starts of the capitalised words of ``words`` (of the text ``clean``) that a title, a
    region, a journey, a firm or a route explains."""
    found = _routes(words, clean)
    if not any(latin(word) for word in words):
        return found  # the other readings are of Latin words
    found |= titles(words, clean) | regions(words, clean)
    return found | _firms(words, clean) | _journeys(words)


def _journeys(words: Sequence[Word]) -> frozenset[int]:
    """Listed towns in Latin after "to" or "from" that a word of travel stands just before
    ("flew to Tbilisi", "took a bus to Samara", "came back from Rostov"), or a town of the
    same journey ("to Tbilisi and later to Yerevan"); not "wrote to Samara"."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if index < 2 or not latin(word) or word.previous not in ("to", "from"):
            continue
        if not known.latin_town(word.clean.lower(), "in"):
            continue
        before = words[max(0, index - 1 - _TRAVEL_REACH) : index - 1]
        if any(w.clean.lower() in _TRAVEL for w in before[-_VERB_REACH:]) or any(
            w.start in found for w in before
        ):
            found.add(word.start)
    return frozenset(found)


def _firms(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Latin words right after the word for a firm, an agency or a newspaper, and the words
    of that run, or joined by a dot to the next word as a site or an outlet is ("Roem.ru",
    "Idel.Realii"), then every other place the text writes them."""
    names: set[str] = set()
    for index, word in enumerate(words):
        if latin(word) and _dotted(clean, word) and latin_words.firm_word(word.clean.lower()):
            names.add(word.clean.lower())
        if index == 0 or not latin(word) or not spaced(clean, words[index - 1], word):
            continue
        if not things.names_a_thing(words[index - 1].clean.lower()):
            continue
        at = index
        while (
            at < len(words) and latin(words[at]) and latin_words.firm_word(words[at].clean.lower())
        ):
            names.add(words[at].clean.lower())
            if at + 1 == len(words) or not spaced(clean, words[at], words[at + 1]):
                break
            at += 1
    if not names:
        return frozenset()
    return frozenset(w.start for w in words if latin(w) and w.clean.lower() in names)


def _dotted(clean: str, word: Word) -> bool:
    """Joined by a dot, no space, to a Latin word after it: "Idel.Realii", "Gzt.Ru"."""
    after = clean[word.end : word.end + 2]
    return len(after) == 2 and after[0] == "." and after[1].isascii() and after[1].isalpha()


def _routes(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Cyrillic places joined by a dash that read as a route ("Москва — Ростов")."""
    found: set[int] = set()
    for first, second in pairwise(words):
        gap = clean[first.end : second.start]
        if gap.strip() not in _DASHES or "\n" in gap:
            continue
        if not (first.capitalised and second.capitalised) or first.clean.isascii():
            continue
        found |= {a.start for a, b in ((first, second), (second, first)) if known.on_a_route(a, b)}
    return frozenset(found)
