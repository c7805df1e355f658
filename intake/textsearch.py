"""Morphology-aware normalisation for full-text search, shared by indexing and querying.

Every word is lowercased and ``ё`` folded to ``е``; a Russian word the pymorphy3
dictionary knows is replaced by all its lemmas (up to a few when the word is
ambiguous: "стали" -> "стать сталь"), so "Артёма", "Артёмом" and "артем" all
index as "артем"; an unknown word (a surname, "телеграме") by its stem and itself.
Latin words stay as they are; the FTS5 ``porter`` tokenizer stems English.
Queries go through the same function, so both sides agree.

Snippets are cut from the original text, never from the index, by finding the
first word whose lemmas meet the query's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any

WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[а-яё]")
MAX_LEMMAS = 3
SNIPPET_WORDS = 12
SUPPLETIVE_SCAN = 150  # words per field checked one by one when no prefix matches


@cache
def _morph() -> Any:
    # late: pymorphy3 and its dictionary load only when first needed
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def dictionary_lemmas(word: str) -> list[str]:
    """Lemmas of a lowercase word from pymorphy3's dictionary alone; [] if it is unknown.

    This is what ``MorphAnalyzer.normal_forms`` returns for a known word, at half the
    cost and without the slow guesser for unknown ones (a test checks they agree).
    """
    morph = _morph()
    dictionary = morph.dictionary
    found: dict[str, None] = {}
    for fixed, parses in dictionary.words.similar_items(word, morph.char_substitutes):
        for paradigm, index in parses:
            found[dictionary.build_normal_form(paradigm, index, fixed)] = None
    return list(found)


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The normalised forms a word is indexed under (most likely first)."""
    folded = fold(word)
    if not CYRILLIC.search(folded):
        return (folded,)
    known = dictionary_lemmas(folded)
    if not known:
        # Names and new words ("телеграме"): the word and its stem. A suffix strip is
        # consistent across forms and a hundred times cheaper than pymorphy3's guesser;
        # keeping the word too covers stems that end like an ending ("телеграм").
        return tuple(dict.fromkeys((russian_stem(folded), folded)))
    return tuple(dict.fromkeys(fold(form) for form in known))[:MAX_LEMMAS]


_RUSSIAN_ENDINGS = (  # longest first
    "иями",
    "ями",
    "ами",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ией",
    "ию",
    "ия",
    "ие",
    "ий",
    "ой",
    "ей",
    "ом",
    "ем",
    "ам",
    "ям",
    "ах",
    "ях",
    "ую",
    "юю",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ый",
    "ов",
    "ев",
    "ью",
    "ы",
    "и",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "о",
    "ь",
    "й",
)


def russian_stem(word: str) -> str:
    """Strip one case or number ending, keeping a stem of at least three letters."""
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_ENGLISH_SUFFIXES = ("ingly", "edly", "ing", "ies", "ed", "es", "ly", "s")


def english_stem(word: str) -> str:
    """A light suffix strip, enough to find "detained" for "detain" in a snippet.

    The index itself uses FTS5's porter stemmer; this only has to agree with it often.
    """
    word = fold(word).removesuffix("'s")
    for suffix in _ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _snippet_keys(word: str) -> set[str]:
    keys = set(lemmas(word))
    return keys if CYRILLIC.search(fold(word)) else keys | {english_stem(word)}


@lru_cache(maxsize=200_000)
def _indexed(word: str) -> str:
    return " ".join(lemmas(word))


def normalise(text: str) -> str:
    """The text as the index sees it: lemmas separated by spaces."""
    return " ".join(map(_indexed, WORD.findall(text)))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """Each query word as the set of lemmas any of which may match."""
    return [lemmas(m.group()) for m in WORD.finditer(query)]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must match one of its lemmas. None if no words.

    Every lemma is double-quoted, so the user's text can never be read as FTS5 syntax.
    """
    terms = dict.fromkeys(query_terms(query))  # "то-то" asks for one word, not two
    groups = [" OR ".join(f'"{lemma}"' for lemma in lemmas) for lemmas in terms]
    if not groups:
        return None
    return " AND ".join(f"({group})" for group in groups)


@dataclass(frozen=True)
class Snippet:
    text: str  # a few words of the original around the first match, the match in [brackets]
    field: str


def snippet(fields: dict[str, str], query: str, width: int = SNIPPET_WORDS) -> Snippet | None:
    """The first match of the query in ``fields`` (in their order), cut from the original."""
    words = [fold(m.group()) for m in WORD.finditer(query)]
    wanted = {key for word in words for key in _snippet_keys(word)}
    if not wanted:
        return None
    # Most inflected forms share their lemma's or the query word's first letters
    # ("поумнее" and "умный"): a regex finds those words at C speed; only they are
    # lemmatised.
    candidates = _prefix_pattern(frozenset(key[:3] for key in (*wanted, *words)))
    for name, text in fields.items():
        for match in candidates.finditer(text):
            if wanted & _snippet_keys(match.group()):
                return Snippet(_cut(text, match.start(), match.end(), width), name)
    # Suppletive forms ("шёл" for "идти") share no prefix: check the opening words one by one.
    for name, text in fields.items():
        for match in islice(WORD.finditer(text), SUPPLETIVE_SCAN):
            if wanted & _snippet_keys(match.group()):
                return Snippet(_cut(text, match.start(), match.end(), width), name)
    return None


@lru_cache(maxsize=256)
def _prefix_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace("е", "[её]") for p in sorted(prefixes))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


def _cut(text: str, start: int, end: int, width: int) -> str:
    """About ``width`` words around text[start:end], the match in brackets."""
    half = width // 2
    before = list(WORD.finditer(text, max(0, start - 40 * half), start))[-half:]
    after = list(islice(WORD.finditer(text, end, end + 40 * half), half))
    left = before[0].start() if before else start
    right = after[-1].end() if after else end
    body = " ".join(f"{text[left:start]}[{text[start:end]}]{text[end:right]}".split())
    opening = "…" if WORD.search(text, 0, left) else ""
    closing = "…" if WORD.search(text, right) else ""
    return opening + body + closing


def forget() -> None:
    """Drop the caches of words seen (they hold testimony vocabulary in memory): call it
    when the vault is locked or closed. Python cannot wipe the freed memory itself."""
    for cached in (lemmas, _indexed, _prefix_pattern):
        cached.cache_clear()
