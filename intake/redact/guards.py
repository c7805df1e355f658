"""Where a generated name form counts: the rule for forms that are also common words.

Generated forms (diminutives, vocatives, possessives, surnames declined by rule)
are checked against pymorphy3's dictionary. A form the dictionary reads only as
a name, or does not know, counts everywhere. Otherwise it is guarded:

- ``CAPITAL``: the dictionary has a common-word reading, but reads the form
  first as a name ("Коля" is also a gerund, "Оси" also axes): it counts only
  when written with a capital letter.
- ``CAPITAL | NOT_INITIAL``: the dictionary reads the form first as a common
  word ("Слава", "Галка", "Лен" as flax, "Серый"): it counts only when
  capitalised and not the first word of a sentence, unless a comma, "!" or "?"
  follows it (a vocative opening direct speech: "Лен, ответь").
- ``NOUN``: a possessive adjective that is also a surname or another word
  ("Дмитриев", "Митин", "Машин"): it counts only before a noun it agrees with
  ("Дмитриев рюкзак", not "Дмитриев сказал").

Place readings (Лена the river) are not common words here: whether a capitalised
word names a place is decided from its context by the engine. A registered name
itself is never guarded (the user wrote it). The leak gate and the final sweep
read the same table, so they apply the same rule; the publication check's own
near-miss detector does not, and is the second line for guarded forms.
"""

from __future__ import annotations

from functools import lru_cache

from intake.redact import forms_ru

CAPITAL = 1
NOT_INITIAL = 2
NOUN = 4
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox"})
_OPENERS = frozenset("«\"'„“([—–-")
_ENDS = frozenset(".!?…\n")


@lru_cache(maxsize=65536)
def word_guard(form: str) -> int:
    """The guard of a generated name form (lower case), from its dictionary readings."""
    readings = forms_ru.dictionary_parses(form)
    common = [p for p in readings if not (_PROPER & set(p.tag.grammemes))]
    if not common:
        return 0
    return CAPITAL if _PROPER & set(readings[0].tag.grammemes) else CAPITAL | NOT_INITIAL


@lru_cache(maxsize=65536)
def possessive_guard(form: str) -> int:
    """The guard of a possessive adjective: NOUN (and CAPITAL) if the dictionary reads it
    as anything but a possessive adjective ("Ленин", "машин"), else none."""
    readings = forms_ru.dictionary_parses(form)
    if any("Poss" not in p.tag for p in readings):
        return NOUN | CAPITAL
    return 0


def admits(text: str, start: int, end: int, guard: int) -> bool:
    """True if the form at ``text[start:end]`` counts under ``guard`` (NOUN is checked by
    the caller, which needs the noun's span)."""
    if guard & CAPITAL and not text[start : start + 1].isupper():
        return False
    if guard & NOT_INITIAL and at_sentence_start(text, start):
        return text[end : end + 1] in (",", "!", "?")
    return True


def at_sentence_start(text: str, start: int) -> bool:
    """True if ``start`` opens a sentence or a line (opening quotes and dashes aside)."""
    index = start - 1
    while index >= 0 and (text[index] in " \t\u00a0" or text[index] in _OPENERS):
        index -= 1
    return index < 0 or text[index] in _ENDS
