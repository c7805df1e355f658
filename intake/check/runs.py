"""Capitalised words that the words around them explain: titles, regions, journeys, routes.

English writes the names of institutions, laws and chapters in title case ("the Western
Military District", "the Law on Military Duty and Military Service", "the Council of
Europe", "3.2 Case Study"), capitalising English words that are also surnames ("Western",
"Law", "Duty", "Council", "Case"), which the check asks about alone. Such a word is read
as a word of a title (:func:`settled`) when

* it is an English dictionary word of three letters or more that ends like no Russian
  surname and spells no Russian name (:func:`intake.check.english.title_word`);
* the run of capitalised Latin words it stands in opens right after "the", "a", "an" or a
  section number ("3.2"), each word of the run before it being such a word or an ordinary
  one; and
* an ordinary capitalised word (a word no name is: :func:`intake.check.english.ordinary`)
  follows it in the run, at most one small lower-case word between ("on", "of", "and").

A run of capitalised Latin words right before a word for a region ("the Rostov and
Sverdlovsk regions", "Kursk Oblast", "the Chechen Republic") names regions: a person's name
never stands there. Each word of it must be alone between commas, "and" or "or".

A listed town in Latin letters (:func:`intake.check.known.latin_town`) after "to" or "from"
is a town when a word of travel stands just before ("flew to Tbilisi", "took a bus to
Samara", "came back from Rostov") or a town of the same journey a few words before ("to
Tbilisi and later to Yerevan"); "wrote to Samara", "a letter from Samara" are asked.

A Cyrillic place that can be a surname ("Ростов", "Пушкин"), asked about without a
preposition before it, is a place on a route: joined by a dash to a place that is no
surname, both in the nominative ("дорога Москва — Ростов", "Ростов — Донецк"); not "в
Москве — Иванова" (Иванова is the town only in the genitive).

Look-alikes stay asked: a surname after a title of address or a word for a person
("the Sergeant Baker Team"), or after a verb ("Says Baker Beat Him": no "the" opens the
run), before a lower-case word ("the Baker said"), a Russian name ("the Roman Empire"), a
surname's ending ("the Savin Case").
Limit: a common surname that is an English word inside a title-case headline opened by
"The" ("The Baker Family Returns Home") is read as a title word.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from intake.check import english, known, things
from intake.check.words import Word

_OPENERS = frozenset(("the", "a", "an"))
# Titles of address and words for a person before a name ("the Sergeant Baker Team"): a run
# ends there.
_ADDRESS = frozenset(
    (
        "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "saint", "st", "doctor",
        "professor", "prof", "judge", "prosecutor", "lawyer", "attorney", "president",
        "minister", "governor", "mayor", "senator", "general", "colonel", "major", "captain",
        "lieutenant", "sergeant", "corporal", "private", "officer", "commander", "agent",
        "inspector", "detective", "father", "mother", "sister", "brother", "aunt", "uncle",
        "soldier", "journalist", "reporter",
    )
)  # fmt: skip
_SMALL = frozenset(("of", "on", "and", "for", "to", "in", "at", "against", "under", "with"))
_REGIONS = frozenset(
    (
        "region", "regions", "oblast", "oblasts", "krai", "kray", "province", "provinces",
        "republic", "governorate",
    )
)  # fmt: skip
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
_JOINERS = frozenset(("and", "or"))
_DASHES = frozenset(("—", "–", "-"))


def settled(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Starts of the capitalised words of ``words`` (of the text ``clean``) that a title, a
    region or a route explains."""
    found = _titles(words, clean) | _regions(words, clean) | _routes(words, clean)
    return found | _firms(words, clean) | _journeys(words)


def _journeys(words: Sequence[Word]) -> frozenset[int]:
    """Listed towns in Latin after "to" or "from" that a word of travel stands just before
    ("flew to Tbilisi", "took a bus to Samara", "came back from Rostov"), or a town of the
    same journey ("to Tbilisi and later to Yerevan"); not "wrote to Samara"."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if index < 2 or not _latin(word) or word.previous not in ("to", "from"):
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
        if _latin(word) and _dotted(clean, word) and english.firm_word(word.clean.lower()):
            names.add(word.clean.lower())
        if index == 0 or not _latin(word) or not _spaced(clean, words[index - 1], word):
            continue
        if not things.names_a_thing(words[index - 1].clean.lower()):
            continue
        at = index
        while at < len(words) and _latin(words[at]) and english.firm_word(words[at].clean.lower()):
            names.add(words[at].clean.lower())
            if at + 1 == len(words) or not _spaced(clean, words[at], words[at + 1]):
                break
            at += 1
    return frozenset(w.start for w in words if _latin(w) and w.clean.lower() in names)


def _dotted(clean: str, word: Word) -> bool:
    """Joined by a dot, no space, to a Latin word after it: "Idel.Realii", "Gzt.Ru"."""
    after = clean[word.end : word.end + 2]
    return len(after) == 2 and after[0] == "." and after[1].isascii() and after[1].isalpha()


def _routes(words: Sequence[Word], clean: str) -> frozenset[int]:
    found: set[int] = set()
    for first, second in pairwise(words):
        gap = clean[first.end : second.start]
        if gap.strip() not in _DASHES or "\n" in gap:
            continue
        if not (first.capitalised and second.capitalised) or first.clean.isascii():
            continue
        found |= {a.start for a, b in ((first, second), (second, first)) if known.on_a_route(a, b)}
    return frozenset(found)


def _latin(word: Word) -> bool:
    return word.capitalised and word.clean.isascii() and word.letters and not word.quoted


def _titles(words: Sequence[Word], clean: str) -> frozenset[int]:
    found: set[int] = set()
    for index, word in enumerate(words):
        if not _latin(word) or not _opens_run(words, index, clean):
            continue
        at = index
        while at < len(words) and _latin(words[at]) and _in_title(words, at, clean):
            if not english.ordinary(words[at].clean):
                found.add(words[at].start)
            at = _next_in_run(words, at, clean)
    return frozenset(found)


def _opens_run(words: Sequence[Word], index: int, clean: str) -> bool:
    """After "the", "a", "an" or a section number ("3.2 Case Study"), on the same line."""
    if index == 0 or not _spaced(clean, words[index - 1], words[index]):
        return False
    before = words[index - 1].clean
    return before.lower() in _OPENERS or before.isdigit()


def _in_title(words: Sequence[Word], index: int, clean: str) -> bool:
    """An ordinary word, or a title word before an ordinary capitalised one."""
    word = words[index]
    if english.ordinary(word.clean):
        return True
    if index > 0 and words[index - 1].clean.lower() in _ADDRESS:
        return False
    after = _next_in_run(words, index, clean)
    return (
        english.title_word(word.clean.lower())
        and after < len(words)
        and _latin(words[after])
        and english.ordinary(words[after].clean)
    )


def _next_in_run(words: Sequence[Word], index: int, clean: str) -> int:
    """The index of the next capitalised word of the run, at most one small lower-case word
    and spaces between (``len(words)`` if none)."""
    at = index + 1
    if at < len(words) and words[at].clean in _SMALL and _spaced(clean, words[at - 1], words[at]):
        at += 1
    if at < len(words) and words[at].capitalised and _spaced(clean, words[at - 1], words[at]):
        return at
    return len(words)


def _spaced(clean: str, first: Word, second: Word) -> bool:
    """True if only spaces (no line break, no punctuation) stand between the two words."""
    gap = clean[first.end : second.start]
    return gap.isspace() and "\n" not in gap


def _regions(words: Sequence[Word], clean: str) -> frozenset[int]:
    found: set[int] = set()
    for index, word in enumerate(words):
        if index == 0 or word.clean.lower() not in _REGIONS:
            continue
        at = index - 1
        while at >= 0 and _latin(words[at]) and words[at].clean.lower() not in _REGIONS:
            found.add(words[at].start)
            at = _joined_before(words, at, clean)
    return frozenset(found)


def _joined_before(words: Sequence[Word], index: int, clean: str) -> int:
    """The index of the region word before ``index`` in a list ("Rostov, Kursk and Belgorod
    regions", "Nizhny Novgorod region"), or -1. Joined by a space only, a word must end like
    no surname: "told Petrov Kursk region" leaves "Petrov" out."""
    if index == 0:
        return -1
    before, word = words[index - 1], words[index]
    gap = clean[before.end : word.start]
    if gap.strip() == "," and "\n" not in gap:
        return index - 1
    if before.clean in _JOINERS and index >= 2 and _spaced(clean, before, word):
        return index - 2 if _spaced(clean, words[index - 2], before) else -1
    if _spaced(clean, before, word) and not english.surname_shaped(before.clean.lower()):
        return index - 1
    return -1
