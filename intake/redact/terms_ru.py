"""Every form a registered sensitive term takes in text (a village, a café, a unit).

A term is read as an optional generic head and a name: "кафе «Солнышко»", "ЧВК Гроза",
"отряд "Солнышко"" (the head: the words before the quotes, else the lower-case words
and abbreviations that open it), "Верхние Кутаны" (no head). Then:

- the whole declines word by word, each in the same case, adjectives agreeing with the
  noun in gender and number ("в Верхних Кутанах", "из Верхних Кутан"); a word the
  dictionary does not read as a noun or adjective is declined by its ending
  (:mod:`intake.redact.declension_ru`; a plural noun such as "Кутаны" by
  :func:`plural_noun_forms`), a quoted name stays as written after its head ("в кафе
  «Солнышко»", "в отряде «Солнышко»");
- the name alone in quotes, any quotes ("«Гроза»", ""Гроза""), in every case; without
  quotes, a name word that is also a common word counts only capitalised in
  mid-sentence (the guard of :mod:`intake.redact.guards`); a telling word (one the
  dictionary does not read first as an ordinary word) counts everywhere;
- adjectives and names of residents made from a telling word or from a name made of an
  adjective ("Заречное": "заречненский"; "Кутаны": "кутанский", "кутанцы"; "Верхние
  Кутаны": "верхнекутанский"), in every form, and every form of its dictionary lexeme
  ("заречные").

Forms are lower case; a guard says where each counts (0: everywhere).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from intake.redact import forms_ru, guards
from intake.redact.term_words import (
    ADJ_ENDINGS,
    TELLING,
    adjective,
    agreeing,
    telling,
    word_forms,
)
from intake.redact.translit import latin_spellings

CASES = forms_ru.CASES
TermForm = tuple[str, str | None, str, bool, int]  # (form, case, script, own, guard)
QUOTES = (("«", "»"), ('"', '"'), ("„", "“"), ("“", "”"), ("'", "'"))
_QUOTE_CHARS = "«»\"„“”‘’'"
_WORDS = re.compile(r"[«\"„“”‘']?[^\s«»\"„“”‘’]+[»\"“”’']?")
# Endings of an adjective in -ский (and of any hard-stem adjective after к/г/х),
# nominative first: masculine, feminine, neuter, plural, then the oblique forms.
_SKY = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими")
_INFIXES = ("", "ен", "ин", "ов", "ев", "ан")  # кутан-ский, заречн-ен-ский, лиск-ин-ский
_RESIDENTS = (
    *("ец", "цы", "ца", "цу", "цем", "це", "цев", "цам", "цами", "цах"),
    *("чане", "чан", "чанам", "чанами", "чанах", "чанин", "чанка", "чанки"),
)
_MAX_PHRASES = 64  # per case: the product of each word's alternatives


@dataclass(frozen=True)
class TermWord:
    text: str  # as registered, quotes removed
    quoted: bool


def split_term(text: str) -> tuple[tuple[TermWord, ...], tuple[TermWord, ...]]:
    """(head, name) of a term: the generic words before its name, and the name."""
    words = tuple(
        TermWord(w.strip(_QUOTE_CHARS), w[0] in _QUOTE_CHARS or w[-1] in _QUOTE_CHARS)
        for w in _WORDS.findall(text)
        if w.strip(_QUOTE_CHARS)
    )
    if any(w.quoted for w in words):
        first = next(i for i, w in enumerate(words) if w.quoted)
        return words[:first], words[first:]
    lead = 0
    while lead < len(words) - 1 and _generic(words[lead].text):
        lead += 1
    return words[:lead], words[lead:]


def _generic(word: str) -> bool:
    """A word that names a kind of thing, not the thing: lower case ("кафе", "село") or an
    abbreviation in capitals ("ЧВК", "ООО")."""
    return word.islower() or (word.isupper() and len(word) > 1)


def term_variants(text: str) -> Iterator[TermForm]:
    """Every (form, case, script, own, guard) of the term ``text``."""
    head, name = split_term(text)
    words = head + name
    if not words:
        return
    yield " ".join(w.text for w in words).lower(), "nomn", _script(text), True, 0
    if not forms_ru.is_cyrillic(text):
        yield from ((s, "nomn", "lat", True, 0) for s in _latin(words))
        return
    if len(words) == 1:  # the word as registered: every form counts, as the user wrote it
        yield from ((f, c, "cyr", True, 0) for f, c in word_forms(words[0].text))
    else:
        yield from _phrases(head, name)
        yield from _name_alone(name, headed=bool(head))
    yield from _derived(name)
    yield from ((s, "nomn", "lat", True, 0) for s in _latin(words))


def _script(text: str) -> str:
    return "cyr" if forms_ru.is_cyrillic(text) else "lat"


def _latin(words: tuple[TermWord, ...]) -> Iterator[str]:
    spellings = [sorted(latin_spellings(w.text))[:12] or [w.text.lower()] for w in words]
    for combo in itertools.islice(itertools.product(*spellings), 96):
        yield " ".join(combo)


def _phrases(head: tuple[TermWord, ...], name: tuple[TermWord, ...]) -> Iterator[TermForm]:
    """The whole term in each case, with the name quoted in every style or bare."""
    if len(head) + len(name) < 2:
        return
    head_cases = agreeing(tuple(w.text for w in head))
    name_cases = agreeing(tuple(w.text for w in name))
    fixed = " ".join(w.text for w in name).lower()
    for case in CASES:
        names = [fixed] if head else []
        names += [" ".join(c) for c in _product(name_cases[case])]
        heads = [" ".join(c) for c in _product(head_cases[case])] if head else [""]
        for start, name_text in itertools.product(heads, dict.fromkeys(names)):
            for opening, closing in ((("", ""),) if not head else ()) + QUOTES:
                quoted = f"{opening}{name_text}{closing}"
                yield f"{start} {quoted}".strip(), case, "cyr", True, 0
            if head:
                yield f"{start} {name_text}", case, "cyr", True, 0


def _product(alternatives: list[list[str]]) -> Iterator[tuple[str, ...]]:
    return itertools.islice(itertools.product(*alternatives), _MAX_PHRASES)


def _name_alone(name: tuple[TermWord, ...], *, headed: bool) -> Iterator[TermForm]:
    """The name without its head: quoted in every case; a one-word name bare, guarded if
    it is a common word; each telling word alone in every form. A name of no letters
    ("школа №3") names nothing without its head."""
    if not any(c.isalpha() for w in name for c in w.text):
        return
    cases = agreeing(tuple(w.text for w in name))
    for case in CASES:
        for combo in _product(cases[case]):
            form = " ".join(combo)
            for opening, closing in QUOTES:
                yield f"{opening}{form}{closing}", case, "cyr", True, 0
            if len(name) == 1 and headed:
                yield form, case, "cyr", True, _bare_guard(name[0].text, form)
    for word in name:
        if telling(word.text):
            yield from ((f, c, "cyr", True, 0) for f, c in word_forms(word.text))


def _bare_guard(word: str, form: str) -> int:
    """A name word alone counts everywhere if it tells (:func:`telling`), else only where a
    capital marks it as a name in mid-sentence ("в «Грозе»"; not "гроза началась")."""
    if telling(word):
        return 0
    return guards.CAPITAL | guards.NOT_INITIAL if guards.word_guard(form) else 0


def _derived(name: tuple[TermWord, ...]) -> Iterator[TermForm]:
    """Adjectives and residents' names made from the name ("заречненский", "кутанцы",
    "верхнекутанский"), guarded where the dictionary has them as other words."""
    words = [w.text.lower() for w in name]
    nouns = [w for w in words if not adjective(w)]
    base = nouns[-1] if nouns else words[-1]
    if len(name) > 1 and not (telling(base) or adjective(words[0])):
        return
    if len(name) == 1 and not (telling(base) or adjective(base)):
        return
    stem = _stem(base)
    if len(stem) < TELLING:
        return
    prefixes = [""] + [_stem(w) + v for w in words if adjective(w) and w != base for v in "ео"]
    for prefix in prefixes:
        for form in _adjectives_of(stem):
            yield from _guarded(prefix + form)
        for ending in _RESIDENTS:  # "кутанцы", "новоусманцы"
            yield from _guarded(prefix + stem + ending)


def _adjectives_of(stem: str) -> Iterator[str]:
    for infix in _INFIXES:
        yield from (stem + infix + "ск" + ending for ending in _SKY)
    if stem[-1:] in "кц":  # к + ск becomes цк: "Ташлык", "ташлыцкий"
        yield from (stem[:-1] + "цк" + ending for ending in _SKY)
    for own in (stem + "ый", stem + "ий"):  # "заречный" for "Заречное"
        for parse in forms_ru.dictionary_parses(own)[:1]:
            if "ADJF" in parse.tag:
                yield from (f.word for f in parse.lexeme)


def _guarded(form: str) -> Iterator[TermForm]:
    yield form, None, "cyr", True, guards.CAPITAL if guards.word_guard(form) else 0


def _stem(lower: str) -> str:
    if lower.endswith(ADJ_ENDINGS):
        return lower[:-2]
    return lower[:-1] if lower[-1:] in "аеёиоуыэюяйь" else lower
