"""Pseudonym pools and assignment.

Pseudonyms are ordinary first names ("Ivan (name changed)"), drawn with a CSPRNG
(``secrets.SystemRandom``) so that the order of registration reveals nothing.
A pseudonym never equals a registered real name or alias of anyone, compared in
normalised form and across scripts ("Ivan" and "Иван" are the same name), and
two people never share one. When a pool runs out, a letter is added ("Иван Б.").

Limits: a pseudonym can still coincide with the name of someone nobody
registered; the redaction engine avoids names that occur in the text it is
redacting, but it cannot know people who are not in the text.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib.resources import files

from intake.redact import forms_ru
from intake.redact.language import language
from intake.redact.names_split import to_cyrillic
from intake.redact.normalize import skeleton
from intake.redact.translit import latin_key

_FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "вна", "чна", "кызы")
_MASCULINE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "вич", "оглы")
_RUSSIAN_SURNAME_LAT = ("ov", "ova", "ev", "eva", "in", "ina", "sky", "skiy", "skaya", "enko")


@lru_cache(maxsize=2)
def _pools(lang: str) -> dict[str, tuple[str, ...]]:
    text = files("intake").joinpath(f"data/pseudonyms_{lang}.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    return {"m": tuple(doc["m"]), "f": tuple(doc["f"])}


def pool(lang: str, gender: str) -> tuple[str, ...]:
    """The pool of ``lang`` ("ru" or "en") for ``gender`` ("m" or "f")."""
    return _pools(language(lang).code)[gender]


def pool_for(name: str, text_lang: str | None = None) -> str:
    """The pool that fits a person, not the script their name was typed in: a Russian
    name in Latin letters ("Dmitry Ivanov") gets a Russian pseudonym, an English one
    ("Sarah Whitfield") an English one; a name that is neither follows ``text_lang``
    (the text being redacted), else Russian."""
    if forms_ru.is_cyrillic(name):
        return "ru"
    words = name.replace(".", " ").split()
    first = words[0] if words else name
    russian_surname = any(w.lower().endswith(_RUSSIAN_SURNAME_LAT) for w in words[1:])
    if first.capitalize() in pool("en", "m") + pool("en", "f") and not russian_surname:
        return "en"  # "Anna Smith"; but "Anna Petrova" is Russian
    if to_cyrillic(first)[0] is not None or russian_surname:
        return "ru"
    return "en" if text_lang in (None, "en") and words else "ru"


def _gender_of_word(word: str) -> str | None:
    cyrillic = word.lower() if forms_ru.is_cyrillic(word) else to_cyrillic(word)[0]
    if cyrillic is None:
        for gender in ("m", "f"):
            if word.capitalize() in pool("en", gender):
                return gender
        return None
    parse = forms_ru.pick_parse(cyrillic, "Name")
    if parse is not None and parse.tag.gender in ("masc", "femn"):
        return "m" if parse.tag.gender == "masc" else "f"
    if cyrillic.endswith(_FEMININE_ENDINGS):
        return "f"
    return "m" if cyrillic.endswith(_MASCULINE_ENDINGS) else None


def guess_gender(name: str) -> str | None:
    """ "m", "f" or None, from the first name when there is one, else the endings."""
    for word in name.replace(".", " ").split():
        if len(word) > 1:
            gender = _gender_of_word(word)
            if gender is not None:
                return gender
    return None


def name_keys(names: Iterable[str]) -> set[str]:
    """Script-independent keys of every word of ``names`` (for "is this name taken?")."""
    keys: set[str] = set()
    for name in names:
        for word in name.replace(".", " ").split():
            if len(word) > 1:
                keys.add(skeleton(word))
                keys.add(latin_key(word))
    return keys


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return skeleton(name)


def pseudonym_key(pseudonym: str) -> str:
    """The key under which two pseudonyms count as the same one."""
    return _key(pseudonym)


@lru_cache(maxsize=4096)
def _word_keys(candidate: str) -> frozenset[str]:
    return frozenset(name_keys([candidate]))


def _free(candidate: str, blocked: AbstractSet[str]) -> bool:
    return not (_word_keys(candidate) & blocked)


def assign_pseudonym(
    gender: str | None,
    lang: str,
    taken: Iterable[str],
    forbidden: Iterable[str],
    *,
    forbidden_keys: frozenset[str] = frozenset(),
    clashes: Callable[[str, str], bool] | None = None,
    taken_keys: AbstractSet[str] | None = None,
    free_names: dict[tuple[str, str], list[str]] | None = None,
) -> str:
    """A pseudonym for a new person: random, not in ``taken`` (pseudonyms in use),
    sharing no word with ``forbidden`` (real names and aliases), of that gender.
    ``forbidden_keys`` are :func:`name_keys` computed once by a caller assigning many;
    ``clashes(name, gender)`` lets the caller refuse more (e.g. a case form of the
    pseudonym that equals a registered form: "Евгения" against "Евгений").
    ``taken_keys`` (see :func:`pseudonym_key`), when given, stand for ``taken``: a caller
    assigning many keeps that set up to date itself instead of passing every pseudonym.
    ``free_names``, when given, keeps the names of each pool that ``forbidden``,
    ``forbidden_keys`` and ``clashes`` leave: a caller assigning many with the same ones
    passes the same dict, and each pool is filtered once."""
    rng = secrets.SystemRandom()
    gender = gender if gender in ("m", "f") else rng.choice(("m", "f"))
    if taken_keys is None:
        taken_keys = {_key(t) for t in taken}
    names = free_names.get((lang, gender)) if free_names is not None else None
    if names is None:
        extra = name_keys(forbidden)
        blocked = forbidden_keys | extra if extra else forbidden_keys  # no copy of a big set
        names = [
            n
            for n in pool(lang, gender)
            if _free(n, blocked) and not (clashes and clashes(n, gender))
        ]
        if free_names is not None:
            free_names[(lang, gender)] = names
    free = [name for name in names if _key(name) not in taken_keys]
    if free:  # uniform over the free names, as the first free one of a shuffled pool
        return rng.choice(free)
    letters = language(lang).letters
    for _ in range(256):  # random draws first: cheap while most combinations are free
        combo = f"{rng.choice(names)} {rng.choice(letters)}."
        if _key(combo) not in taken_keys:
            return combo
    combos = [f"{n} {letter}." for n in names for letter in letters]
    rng.shuffle(combos)
    for combo in combos:
        if _key(combo) not in taken_keys:
            return combo
    raise RuntimeError("the pseudonym pool is exhausted")
