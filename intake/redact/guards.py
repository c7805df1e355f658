"""Where a generated name form counts: the rule for forms that are also common words.

Generated forms (diminutives, vocatives, possessives, surnames declined by rule)
are checked against pymorphy3's dictionary. A form the dictionary reads only as
a name, or does not know, counts everywhere. Otherwise it is guarded:

- ``CAPITAL``: the dictionary has a common-word reading, but reads the form
  first as a name ("Коля" is also a gerund, "Оси" also axes): it counts only
  when written with a capital letter, or inside a handle, an e-mail address or a
  link, where nobody writes capitals ("lena.kravchenko", "kolya_84").
- ``CAPITAL | NOT_INITIAL``: the dictionary reads the form first as a common
  word ("Слава", "Галка", "Лен" as flax, "Серый"): it counts only when
  capitalised and not the first word of a sentence, unless a comma, "!", "?" or
  ":" follows it (a vocative opening direct speech, "Лен, ответь"; a speaker's
  label in a chat log, "Слава: привет"), or English text goes on after it ("«Мага» is
  what everyone calls him"), or it is an adjective with no noun or
  adjective after it, a nickname standing for the person ("Серый сказал", "Серый."; not
  "Серый дом"), or a past-tense verb follows in a gender the common word does not
  have ("Слава сказал": слава is feminine; not "Слава росла").
- ``NOUN``: a possessive adjective that is also a surname or another word
  ("Дмитриев", "Митин", "Машин"): it counts only before a noun it agrees with
  ("Дмитриев рюкзак", not "Дмитриев сказал").
- ``VOCATIVE``: a vocative that is also a word or has at most three letters ("Лен",
  "Аль", "Мир", "Ир"): it counts only as an address, before a comma, "!" or "?"
  or after a comma ("Лен, ответь", "Ну, Дим!"), never in "Аль-Каида".
- ``WORD``: an English word put for a surname ("Fish" for Рыба) counts only where it can
  stand for a person: not after an article or a determiner, not before another
  capitalised English word (a title's words: "Swan Lake"), not opening a table's cell
  (:func:`intake.redact.in_english.stands_for_a_name`).
- ``CAPITALS``: the forms of an alias the user wrote in capitals of four letters or fewer
  (initials or a code: "AN" for Aidar Nurgaliev) count only written in capitals: "An
  hour later" and "an officer" are English's article, not him.
- ``LATIN``: a vocative typed in Latin letters ("seryozh, ты где", "pah, call me") counts
  only written in Latin letters, and not in a handle or an address: a Cyrillic acronym of
  capitals folds like it ("РАН,"), and ", kir.shubin@example.ru" has a comma before "kir".

A Latin spelling of a generated Russian form ("Seregoi", "Lene", "Khertekom": Russian
typed in Latin letters) counts in any case, as people type chats in lower case, unless
it is an English word or an English first name ("Dime", "Vale", "Kate"): then
``CAPITAL | NOT_INITIAL`` (:func:`intake.redact.variants.latin_guard`).

Matching folds ё to е and й to и, so a form is checked in every spelling that folds
like it: "Тёма" is guarded because "тема" is a word, "Таин" because "тайн" is.

Place readings (Лена the river) are not common words here: whether a capitalised
word names a place is decided from its context by the engine. A registered name
itself is never guarded (the user wrote it), but for an alias written in capitals, which
the user wrote so (``CAPITALS``). The leak gate and the final sweep
read the same table, so they apply the same rule; the publication check's own
near-miss detector does not, and is the second line for guarded forms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from intake.redact import forms_ru
from intake.redact.in_english import stands_for_a_name

CAPITAL = 1
NOT_INITIAL = 2
NOUN = 4
VOCATIVE = 8
LATIN = 16
WORD = 32
CAPITALS = 64
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox"})
# what may stand between a sentence's start and its first word: quotes, brackets, dashes,
# and the marks Markdown puts before a line's words ("*An anonymous source*", "> ", "# ")
_OPENERS = frozenset("«\"'„“([—–-*_>#`~")
_ENDS = frozenset(".!?…\n")
_VOWELS = frozenset("аеиоуыэюя")


@lru_cache(maxsize=65536)
def word_guard(form: str) -> int:
    """The guard of a generated name form (lower case), from the dictionary's readings
    of every spelling that matches like it."""
    folded = form.replace("ё", "е")
    guard = 0
    for spelling in _spellings(folded):
        readings = forms_ru.dictionary_parses(spelling)
        if not any(not (_PROPER & set(p.tag.grammemes)) for p in readings):
            continue
        guard |= (
            CAPITAL if spelling == folded and _mostly_a_name(readings) else CAPITAL | NOT_INITIAL
        )
    return guard


def _mostly_a_name(readings: tuple[Any, ...]) -> bool:
    """True if the dictionary reads a word first as a name, or more as names than as
    words by the scores of its readings ("ясе": яс's locative, but Яся's and Ясь's dative
    and locative)."""
    if _PROPER & set(readings[0].tag.grammemes):
        return True
    named = float(sum(p.score for p in readings if _PROPER & set(p.tag.grammemes)))
    return named >= float(sum(p.score for p in readings)) - named


def proper(parse: Any) -> bool:
    """True if a dictionary reading is a name, a surname, a patronymic or a place."""
    return bool(_PROPER & set(parse.tag.grammemes))


def spelt_guard(form: str) -> int:
    """The guard of a form as spelt, "ё" kept (the dictionary reads "лёва" only as a name,
    though "лева" is also a word): for its Latin spellings that write the "ё" ("Lyova")."""
    readings = forms_ru.dictionary_parses(form)
    if not any(not (_PROPER & set(p.tag.grammemes)) for p in readings):
        return 0
    return CAPITAL if _PROPER & set(readings[0].tag.grammemes) else CAPITAL | NOT_INITIAL


def vocative_guard(form: str) -> int:
    """The guard of a vocative: VOCATIVE added when it is a word or short ("Лен", "Аль")."""
    guard = word_guard(form)
    return guard | VOCATIVE if guard or len(form) <= 3 else 0


def _spellings(folded: str) -> set[str]:
    """``folded`` and the words that fold to it through й -> и after a vowel ("таин":
    "тайн"); е -> ё the dictionary reads by itself."""
    places = [i for i, c in enumerate(folded) if c == "и" and i and folded[i - 1] in _VOWELS]
    out = {folded}
    for i in places:
        out.add(folded[:i] + "й" + folded[i + 1 :])
    if len(places) > 1:
        out.add("".join("й" if i in places else c for i, c in enumerate(folded)))
    return out


@lru_cache(maxsize=65536)
def possessive_guard(form: str) -> int:
    """The guard of a possessive adjective: NOUN (and CAPITAL) if the dictionary reads it
    as anything but a possessive adjective ("Ленин", "машин"), or if it has a surname's
    shape, -ов/-ев ("Толиков", "Колянова": a surname the dictionary may not know), else
    none."""
    if _SURNAME_SHAPE.search(form.replace("ё", "е")):
        return NOUN | CAPITAL
    for spelling in _spellings(form.replace("ё", "е")):
        if any("Poss" not in p.tag for p in forms_ru.dictionary_parses(spelling)):
            return NOUN | CAPITAL
    return 0


def admits(text: str, start: int, end: int, guard: int) -> bool:
    """True if the form at ``text[start:end]`` counts under ``guard`` (NOUN is checked by
    the caller, which needs the noun's span)."""
    if (
        guard & CAPITAL
        and not text[start : start + 1].isupper()
        and not in_handle(text, start, end)
    ) or (guard & CAPITALS and not text[start:end].isupper()):
        return False
    if guard & VOCATIVE and not _addressed(text, start, end):
        return False
    if guard & LATIN and (not text[start:end].isascii() or in_handle(text, start, end)):
        return False  # "РАН," is no "pah," (Пах typed in Latin letters), though it folds so;
        # ", kir.shubin@" is no "kir," said to Кирилл
    if guard & WORD and not stands_for_a_name(text, start, end):
        return False
    if guard & NOT_INITIAL and at_sentence_start(text, start):
        return (
            text[end : end + 1] in (",", "!", "?", ":")
            or _used_as_noun(text, start, end)
            or _verb_disagrees(text, start, end)
            or _english_goes_on(text, start, end)
        )
    return True


_LATIN_WORD = re.compile(r"[»\"”')]?[ \u00a0]+[A-Za-z]")


def _english_goes_on(text: str, start: int, end: int) -> bool:
    """True if a Cyrillic word opening a sentence is followed by Latin words: English text
    quoting a name, where a sentence's start is no reason to read it as a Russian common
    word ("«Мага» is what everyone calls him")."""
    return not text[start:end].isascii() and _LATIN_WORD.match(text, end) is not None


_SURNAME_SHAPE = re.compile(r"[ое]в(?:а|о|ы|ого|у|ому|ой|ым|ом|ых|ыми)?$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_QUALIFIED = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
_STANDS_ALONE = re.compile(r"[ \u00a0]*(?:[.!?…]|[—–-][ \u00a0]|$)")


def _used_as_noun(text: str, start: int, end: int) -> bool:
    """True if the adjective at ``text[start:end]`` stands for a person: no noun or
    adjective follows it ("Серый сказал", "Серого забрали", "Серый."; not "Серый дом")."""
    parses = forms_ru.parses(text[start:end].lower())
    if not parses or "ADJF" not in parses[0].tag:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:  # nothing follows in the sentence: "Серый." "Серый — мой брат."
        return _STANDS_ALONE.match(text, end) is not None
    following = forms_ru.parses(after.group(1).lower())
    return bool(following) and following[0].tag.POS not in _QUALIFIED


def _verb_disagrees(text: str, start: int, end: int) -> bool:
    """True if a past-tense verb follows whose gender the common word cannot take, or the
    common word has no nominative singular, so the word is its subject only as a name
    ("Слава сказал": слава is feminine; "Мага пришёл": мага is "of a magician"; "Кеша
    пришёл": кеша is "of a cache" or "caches"; not "Слава пришла", "Галка улетела")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    verbs = [
        p.tag.gender
        for p in forms_ru.parses(after.group(1).lower())
        if {"VERB", "past", "sing"} <= set(p.tag.grammemes)
    ]
    common = [
        p for p in forms_ru.parses(text[start:end].lower()) if not _PROPER & set(p.tag.grammemes)
    ]
    # a singular verb's subject is no plural: "Кеша пришёл" (кеша: "of a cache", "caches")
    subjects = [p for p in common if p.tag.case in (None, "nomn") and p.tag.number != "plur"]
    if verbs and common and not subjects:
        return True  # the word is never a subject: "Мага пришёл" (мага is "of a magician")
    nouns = {p.tag.gender for p in subjects if "NOUN" in p.tag.grammemes}
    return bool(verbs) and bool(nouns) and not nouns & set(verbs)


def in_handle(text: str, start: int, end: int) -> bool:
    """True if the word at ``text[start:end]`` is part of a handle, an e-mail address or a
    link, where nobody writes capitals: glued to a number or an underscore, after "@" or
    "/", or joined to another word by a dot ("lena.kravchenko", "@zuev_s", "seryozha84")."""
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    if before in ("_", "@", "/") or after in ("_", "@") or before.isdigit() or after.isdigit():
        return True
    joined_before = before == "." and start >= 2 and text[start - 2].isalnum()
    return joined_before or (after == "." and text[end + 1 : end + 2].isalnum())


def _addressed(text: str, start: int, end: int) -> bool:
    """True if the word at ``text[start:end]`` reads as an address: a comma, "!" or "?"
    after it, or a comma before it."""
    after = text[end : end + 3].lstrip(" ")
    before = text[max(0, start - 3) : start].rstrip(" ")
    return after[:1] in (",", "!", "?", "…") or before[-1:] == ","


# Sayings that open a sentence with a word that is also a name: the word there is the
# saying's ("Слава богу, довезли"), whoever the text calls Слава elsewhere.
_SAYINGS = frozenset(
    {("слава", "богу"), ("слава", "господу"), ("слава", "всевышнему"), ("слава", "тебе")}
)
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def opens_a_saying(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` and the word after it are a saying (:data:`_SAYINGS`)."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and (text[start:end].lower(), after.group(1).lower()) in _SAYINGS


_STEM_LETTERS = 3  # at least, of a form's stem
_ENDING_LETTERS = 2  # at most, a case ending takes from a form


def name_stem(form: str) -> str:
    """``form`` without the letters a case ending may take: what another case of the same
    name word begins with ("кеше" -> "кеш", "дрозду" -> "дроз")."""
    return form[: max(_STEM_LETTERS, len(form) - _ENDING_LETTERS)]


_OPENING_QUOTES = frozenset("«\"“„'")
_CLOSING_QUOTES = frozenset("»\"”“'")


def quoted(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is quoted alone ("«дрозду»", '"дрозду"')."""
    return text[start - 1 : start] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES


def at_sentence_start(text: str, start: int) -> bool:
    """True if ``start`` opens a sentence or a line (opening quotes and dashes aside)."""
    index = start - 1
    while index >= 0 and (text[index] in " \t\u00a0" or text[index] in _OPENERS):
        index -= 1
    return index < 0 or text[index] in _ENDS
