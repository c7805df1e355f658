"""Registry expansion: every surface form a registered person or term takes in text.

A person "Горшенин Алексей Викторович" expands to the case forms of each part
for the person's gender (surnames also in the other gender and the plural),
Latin spellings in every scheme plus informal ones, and the same for aliases.
A Latin-script name ("Dmitry Ivanov") is first given a Cyrillic spelling the
dictionary knows, then expanded the same way. Full names need no forms of their
own: the engine merges adjacent mentions of one person and the initials around
them. Short forms, vocatives, possessives and rule-declined names come from
:mod:`intake.redact.variants`, each with the guard that says where it counts.
Forms are keyed by their :func:`~intake.redact.normalize.skeleton`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from intake.redact import forms_ru
from intake.redact.english_ru import english_cyrillic, foreign_case_forms
from intake.redact.findings import (
    PERSON,
    PLURAL,
    POSSESSIVE,
    PSEUDONYM,
    PUBLIC_PERSON,
    RELATIVE,
    TERM,
)
from intake.redact.guards import CAPITALS
from intake.redact.names_split import NamePart, known_spellings, other_readings, split_name
from intake.redact.normalize import skeleton
from intake.redact.operators import cyrillic_of, inflect_pseudonym
from intake.redact.terms_ru import term_variants
from intake.redact.translit import latin_key, latin_spellings
from intake.redact.variants import Variant, latin_guard, variants

MIN_FORM_LENGTH = 2
_VOWELS = frozenset("аеёиоуыэюяй")


@dataclass(frozen=True, slots=True)
class FormInfo:
    """What a surface form stands for: whose it is, in which case and script; ``own``:
    the form is of the owner's own gender (a male "Мухин" is not first his sister's);
    ``guard``: where the form counts (:mod:`intake.redact.guards`; 0: everywhere)."""

    kind: str
    owner: int
    case: str | None
    script: str
    own: bool = True
    guard: int = 0


FormTable = dict[str, list[FormInfo]]
Form = tuple[str, str | None, str, bool]  # (form, case, script, own gender)
Guarded = tuple[str, str | None, str, bool, int]  # (form, case, script, own gender, guard)


@lru_cache(maxsize=32768)
def _part_forms(part: NamePart, gender: str | None) -> tuple[Form, ...]:
    """(form, case, script, own) for one part of a name (cached: parts repeat)."""
    if part.cyrillic is None:
        lower = part.text.lower()
        plural = (
            ((lower + "s", PLURAL, "lat", False),)
            if part.role == "Surn" and not lower.endswith("s")
            else ()
        )  # "the Whitfields"
        russian = [
            (form, case, "cyr", True)
            for spelling in english_cyrillic(part.text)
            for form, case in foreign_case_forms(spelling, gender).items()
        ]
        return ((lower, None, "lat", True), *plural, *russian)  # "Уитфилда" too
    out: list[Form] = []
    if part.text.lower() != part.cyrillic:
        out.append((part.text.lower(), "nomn", "lat", True))
    forms = forms_ru.case_forms(part.cyrillic, part.role, gender)
    out += [(form, case, "cyr", own) for form, (case, own) in forms.items()]
    if part.cyrillic.endswith("еа") and part.role == "Name":  # "Lea": "Лея", "Леи"
        spelling = part.cyrillic[:-1] + "я"
        out += [(f, case, "cyr", True) for f, case in foreign_case_forms(spelling, gender).items()]
    if not forms_ru.is_cyrillic(part.text):  # "Natalya": "Наталья" as well as "Наталя"
        for spelling, role in known_spellings(part.text)[1:3]:
            if role == part.role:
                out += [
                    (form, case, "cyr", own)
                    for form, (case, own) in forms_ru.case_forms(spelling, role, gender).items()
                ]
    nominatives = [f for f, (c, own) in forms.items() if c == "nomn"][:3]
    for form in nominatives:
        own = forms[form][1]
        spellings = sorted(latin_spellings(form))
        # In Latin text a surname does not inflect: "Sokolova" beside a registered man is a
        # woman of his family, not him
        latin_case = "nomn" if own or part.role != "Surn" else RELATIVE
        out += [(spelling, latin_case, "lat", own) for spelling in spellings]
        if part.role == "Surn" and form[-1:] not in _VOWELS:  # "the Sokolovs"
            out += [(spelling + "s", PLURAL, "lat", False) for spelling in spellings]
    if part.role == "Surn" and (other := forms_ru.other_gender_surname(part.cyrillic, gender)):
        out += [(spelling, RELATIVE, "lat", False) for spelling in sorted(latin_spellings(other))]
    for form, (form_case, own) in forms.items():  # "Orlovu", "Kudryavtsevoy": inflected
        if form_case not in ("nomn", None):
            out += [(spelling, form_case, "lat", own) for spelling in sorted(latin_spellings(form))]
    return tuple(out)


def person_forms(name: str, gender: str | None, mode: str = "person") -> Iterator[Form]:
    """Every (form, case, script) of a name. ``mode`` "person": each part alone;
    "public": the whole in each case and the surname alone (a public person's first
    name alone is far more often someone else); "alias": a one-word alias like a
    name, a longer one ("дядя Женя") only as a whole."""
    parts = split_name(name)
    if len(parts) > 1 and mode != "person":
        yield from phrase_forms(name, gender)
        parts = tuple(p for p in parts if mode == "public" and p.role == "Surn")
    for part in parts:
        if len(part.text) >= MIN_FORM_LENGTH:
            for reading in (part, *other_readings(part)):  # "Bohdan": "Богдан" too
                yield from _part_forms(reading, gender)


def phrase_forms(text: str, gender: str | None = None) -> Iterator[Form]:
    """A multi-word name or term in each case (words inflected together), plus Latin."""
    words = text.split()
    yield text.lower(), "nomn", "lat" if not forms_ru.is_cyrillic(text) else "cyr", True
    if not forms_ru.is_cyrillic(text):
        return
    for case in forms_ru.CASES:
        yield " ".join(_inflect_word(w, case, gender) for w in words).lower(), case, "cyr", True
    spellings = [sorted(latin_spellings(w))[:12] for w in words]  # "Dmitry", "Yevgeny"
    for combo in itertools.islice(itertools.product(*spellings), 96):
        yield " ".join(combo), "nomn", "lat", True


def _inflect_word(word: str, case: str, gender: str | None) -> str:
    parse = forms_ru.pick_parse(word, None, gender) or forms_ru.parses(word.lower())[0]
    if "Fixd" in parse.tag or not ({"NOUN", "ADJF", "PRTF"} & set(parse.tag.grammemes)):
        return word
    number = parse.tag.number
    form = parse.inflect({case, number} if number else {case}) or parse.inflect({case})
    return str(form.word) if form is not None else word


def term_forms(text: str) -> Iterator[Form]:
    """A sensitive term's forms (:mod:`intake.redact.terms_ru`), without their guards."""
    return ((form, case, script, own) for form, case, script, own, _ in term_variants(text))


def add_term(table: FormTable, text: str, owner: int) -> None:
    """Add every form of the sensitive term ``text``, each with its guard."""
    add_guarded(table, ((f, c, s, own, g) for f, c, s, own, g in term_variants(text)), TERM, owner)


def add_forms(table: FormTable, forms: Iterable[Form], kind: str, owner: int) -> None:
    """Add forms to ``table`` under their skeleton (first case seen for an owner wins)."""
    add_guarded(table, _unguarded(forms), kind, owner)


def add_guarded(table: FormTable, forms: Iterable[Guarded], kind: str, owner: int) -> None:
    """:func:`add_forms` for forms with a guard (form, case, script, own, guard).

    All forms of one owner are added together, so an earlier reading of a form for
    this owner is the last in its list: checking it alone keeps a thousand-person
    registry, whose common first names share their forms, linear."""
    for form, case, script, own, guard in forms:
        key = _key(form)
        if len(key) < MIN_FORM_LENGTH:
            continue
        infos = table.setdefault(key, [])
        if not infos or infos[-1].owner != owner or infos[-1].kind != kind:
            infos.append(FormInfo(kind, owner, case, script, own, guard))


@lru_cache(maxsize=262144)
def _key(form: str) -> str:
    return skeleton(form).strip()


def expand(
    people: tuple[tuple[str, tuple[str, ...], str | None, bool], ...], terms: tuple[str, ...]
) -> FormTable:
    """Forms of all people (name, aliases, gender, public) and terms."""
    table: FormTable = {}
    for owner, (name, aliases, gender, public) in enumerate(people):
        kind = PUBLIC_PERSON if public else PERSON
        mode = "public" if public else "person"
        guard = _unguarded if public else _latin_guarded  # a public figure's stay as they were
        add_guarded(table, guard(person_forms(name, gender, mode)), kind, owner)
        as_name = mode == "person"  # an alias in full is taken word by word: :func:`formal`
        modes = [
            (alias, "person" if as_name and (formal(alias) or respelt(alias, name)) else "alias")
            for alias in aliases
        ]
        for alias, alias_mode in modes:
            forms = guard(person_forms(alias, gender, alias_mode))
            add_guarded(table, _in_capitals(forms) if capitals(alias) else forms, kind, owner)
        for text, text_mode in ((name, mode), *modes):
            forms = _guarded(variants(text, gender, text_mode))
            if text_mode == "alias" and capitals(text):
                forms = _in_capitals(forms)
            add_guarded(table, forms, kind, owner)
    for owner, text in enumerate(terms):
        add_term(table, text, owner)
    settle(table)
    return table


def settle(table: FormTable) -> None:
    """The last step of building a table, whole or from stored parts: who a form shared by
    a public figure and a private person belongs to (:func:`settled`)."""
    private = {key for key, infos in table.items() if any(i.kind == PERSON for i in infos)}
    for key in list(table):
        infos = _yield_to_public(table[key])
        if _left_to_private(key, infos, private.__contains__):
            del table[key]
        else:
            table[key] = infos


def settled(key: str, infos: list[FormInfo], is_private: Callable[[str], bool]) -> list[FormInfo]:
    """The readings of one form as :func:`settle` leaves them (none: the form is dropped);
    ``is_private(word)`` tells whether a word is a registered private person's form."""
    infos = _yield_to_public(infos)
    return [] if _left_to_private(key, infos, is_private) else infos


def _yield_to_public(infos: list[FormInfo]) -> list[FormInfo]:
    """A guarded form that is also a public figure's form is the public figure's:
    "Ленин мавзолей" is not a registered Лена's (the leak gate reads the table without
    public people, so the rule is applied here, where both still are). But a possessive
    that is no nominative of the figure's own stays a possessive where a noun agrees with
    it ("Лениной маме", "Ленину сестру": Лена's; "памятник Ленину" has no such noun)."""
    if any(i.guard for i in infos) and any(i.kind == PUBLIC_PERSON for i in infos):
        famous = any(i.kind == PUBLIC_PERSON and i.own and i.case == "nomn" for i in infos)
        kept = [i for i in infos if not i.guard or (i.case == POSSESSIVE and not famous)]
        # every reading guarded, the figure's too ("Лена" of a public Jelena's alias "Елена"):
        # the figure's readings stay, the form is still the figure's
        return kept or [i for i in infos if i.kind == PUBLIC_PERSON]
    return infos


def _left_to_private(key: str, infos: list[FormInfo], is_private: Callable[[str], bool]) -> bool:
    """A public figure's full name every word of which is a registered private person's
    form ("Сергей Шойгу" registered as private) is that person's: the phrase is dropped,
    so its words are read as the private person's."""
    return (
        " " in key
        and all(i.kind == PUBLIC_PERSON for i in infos)
        and all(is_private(w) for w in key.split())
    )


def _unguarded(forms: Iterable[Form]) -> Iterator[Guarded]:
    return ((form, case, script, own, 0) for form, case, script, own in forms)


def _latin_guarded(forms: Iterable[Form]) -> Iterator[Guarded]:
    """A name's forms, each Latin spelling of an inflected form guarded as the variants'
    are when it is an English word (:func:`intake.redact.variants.latin_guard`): "An",
    the vocative of Anya typed in Latin letters, is an article opening a sentence ("An
    anonymous source"). A name's own spelling and its nominatives are never guarded."""
    for form, case, script, own in forms:
        inflected = script == "lat" and case not in (None, "nomn")
        guard = latin_guard(form) if inflected else 0
        # a case read off the dictionary is its grammeme, which compares only with its kind
        yield form, case if case is None or not guard else str(case), script, own, guard


def formal(alias: str) -> bool:
    """True if an alias of several words is the person's name in full, with a patronymic,
    each of its words taken alone as the name's are ("Ковальчик Дмитрий Тадеушевич" for a
    man registered as "Dmitri Kowalczyk"). An alias of a first name and a surname stays
    whole: its surname alone may be a word in either language ("Zhanna Baker", "Olga
    Kazarma", "Дарья Березень", the Ukrainian March), and so do "дядя Женя", "Саша Белый"."""
    parts = split_name(alias)
    roles = [part.role for part in parts]
    return len(parts) >= 2 and set(roles) <= forms_ru.NAME_TAGS and "Patr" in roles


def respelt(alias: str, name: str) -> bool:
    """True if an alias of several words is the registered name word for word in another
    script or spelling ("Eimantas Zhukauskas", "Эймантас Жукаускас" for Eimantas
    Žukauskas): each of its words is taken alone, as the name's are, since it is the same
    surname. Words are compared on :func:`~intake.redact.translit.latin_key`, one letter
    apart at most from five letters on (Ž and Zh key apart); an alias that is another name
    ("Zhanna Baker" for Жанна Бейкер: Baker and Бейкер are two letters apart), or that has
    a word the dictionary reads as no name ("Сунь Хуа": "сунь" is a verb), stays whole."""
    words, named = alias.split(), name.split()
    if len(words) < 2 or len(words) != len(named) or any(map(_common_word, words)):
        return False
    return all(_one_apart(latin_key(a), latin_key(b)) for a, b in zip(words, named, strict=True))


def _common_word(word: str) -> bool:
    """True if the dictionary knows ``word`` and reads it as no name ("Сунь" of Сунь Хуа
    is the verb "сунь": a word of such an alias alone is the word, not the person)."""
    lower = word.lower()
    if not forms_ru.is_cyrillic(lower) or not forms_ru.morph().word_is_known(lower):
        return False
    return not any(forms_ru.NAME_TAGS & p.tag.grammemes for p in forms_ru.parses(lower))


def _one_apart(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` are equal, or one letter apart and five letters long or more
    (a letter changed, put in or left out)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[i + (len(a) == len(b)) :] == b[i + 1 :]
    return True


_CAPITALS_ALIAS = 4  # letters: an alias in capitals this short is initials or a code


def capitals(alias: str) -> bool:
    """True if an alias is written in capitals, four letters or fewer ("AN", "ШАЙ"): its
    forms count only in capitals (:data:`intake.redact.guards.CAPITALS`)."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= _CAPITALS_ALIAS and all(c.isupper() for c in letters)


def _in_capitals(forms: Iterable[Guarded]) -> Iterator[Guarded]:
    return ((form, case, script, own, guard | CAPITALS) for form, case, script, own, guard in forms)


def _guarded(found: Iterable[Variant]) -> Iterator[Guarded]:
    return ((form, case, script, True, guard) for form, case, script, guard in found)


def pseudonym_table(pseudonyms: dict[int, tuple[str, str | None]]) -> FormTable:
    """Forms of pseudonyms in use (owner -> (pseudonym, gender)), so they are kept, not redacted."""
    table: FormTable = {}
    for owner, (pseudonym, gender) in pseudonyms.items():
        add_forms(table, iter(pseudonym_forms(pseudonym, gender)), PSEUDONYM, owner)
    return table


@lru_cache(maxsize=4096)
def pseudonym_forms(pseudonym: str, gender: str | None) -> tuple[Form, ...]:
    """Every form of a pseudonym (cached: pseudonyms repeat across texts): its forms as a
    name's, and each case as the engine writes it in place of a mention, word by word
    (a first name the dictionary guesses at, "Ерлан", is "Ерлану" in the output too; a
    Latin one in place of a Cyrillic mention, "Halyna", is "Халыной")."""
    forms = list(person_forms(pseudonym, gender))
    cyrillic = cyrillic_of(pseudonym)  # a Latin one is written in Cyrillic letters too
    if forms_ru.is_cyrillic(cyrillic):
        for case in forms_ru.CASES:
            written = inflect_pseudonym(cyrillic, case, gender)
            forms += [(w.lower(), case, "cyr", True) for w in {*written.split(), written}]
    return tuple(dict.fromkeys(forms))
