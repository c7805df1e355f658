"""Capitalised Latin words of titles in title case and of lists of regions.

English writes the names of institutions, laws and chapters in title case ("the Western
Military District", "the Law on Military Duty and Military Service", "the Council of
Europe", "3.2 Case Study"), capitalising English words that are also surnames ("Western",
"Law", "Duty", "Council", "Case"), which the check asks about alone. Such a word is read
as a word of a title (:func:`titles`) when

* it is an English dictionary word of three letters or more that ends like no Russian
  surname and spells no Russian name (:func:`intake.check.latin_words.title_word`);
* the run of capitalised Latin words it stands in opens right after "the", "a", "an" or a
  section number ("3.2"), each word of the run before it being such a word or an ordinary
  one; and
* an ordinary capitalised word (a word no name is: :func:`intake.check.english.ordinary`)
  follows it in the run, at most one small lower-case word between ("on", "of", "and").

A run of capitalised Latin words right before a word for a region ("the Rostov and
Sverdlovsk regions", "Kursk Oblast", "the Chechen Republic") names regions
(:func:`regions`): a person's name never stands there. Each word of it must be alone
between commas, "and" or "or", or joined by a space and end like no surname.

Look-alikes stay asked: a surname after a title of address or a word for a person
("the Sergeant Baker Team"), or after a verb ("Says Baker Beat Him": no "the" opens the
run), before a lower-case word ("the Baker said"), a Russian name ("the Roman Empire"), a
surname's ending ("the Savin Case"), before a region but joined by a space ("told Petrov
Kursk region").
Limit: a common surname that is an English word inside a title-case headline opened by
"The" ("The Baker Family Returns Home") is read as a title word.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.check import english, latin_words
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
_JOINERS = frozenset(("and", "or"))


def latin(word: Word) -> bool:
    """A capitalised Latin word of letters, not alone in quotes."""
    return word.capitalised and word.clean.isascii() and word.letters and not word.quoted


def titles(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Starts of the title words of ``words`` (of the text ``clean``) that no rule alone
    explains ("Western" in "the Western Military District")."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if not latin(word) or not _opens_run(words, index, clean):
            continue
        at = index
        while at < len(words) and latin(words[at]) and _in_title(words, at, clean):
            if not english.ordinary(words[at].clean):
                found.add(words[at].start)
            at = _next_in_run(words, at, clean)
    return frozenset(found)


def _opens_run(words: Sequence[Word], index: int, clean: str) -> bool:
    """After "the", "a", "an" or a section number ("3.2 Case Study"), on the same line."""
    if index == 0 or not spaced(clean, words[index - 1], words[index]):
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
        latin_words.title_word(word.clean.lower())
        and after < len(words)
        and latin(words[after])
        and english.ordinary(words[after].clean)
    )


def _next_in_run(words: Sequence[Word], index: int, clean: str) -> int:
    """The index of the next capitalised word of the run, at most one small lower-case word
    and spaces between (``len(words)`` if none)."""
    at = index + 1
    if at < len(words) and words[at].clean in _SMALL and spaced(clean, words[at - 1], words[at]):
        at += 1
    if at < len(words) and words[at].capitalised and spaced(clean, words[at - 1], words[at]):
        return at
    return len(words)


def spaced(clean: str, first: Word, second: Word) -> bool:
    """True if only spaces (no line break, no punctuation) stand between the two words."""
    gap = clean[first.end : second.start]
    return gap.isspace() and "\n" not in gap


def regions(words: Sequence[Word], clean: str) -> frozenset[int]:
    """Starts of the Latin words of ``words`` that name regions ("the Rostov and Sverdlovsk
    regions")."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if index == 0 or word.clean.lower() not in _REGIONS:
            continue
        at = index - 1
        while at >= 0 and latin(words[at]) and words[at].clean.lower() not in _REGIONS:
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
    if before.clean in _JOINERS and index >= 2 and spaced(clean, before, word):
        return index - 2 if spaced(clean, words[index - 2], before) else -1
    if spaced(clean, before, word) and not english.surname_shaped(before.clean.lower()):
        return index - 1
    return -1
