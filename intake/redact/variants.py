"""Forms of a registered name beyond its dictionary lexeme, each with its guard.

For each part of a private person's name (and each one-word alias):

- a first name in the short-form table gets its diminutives, hypocoristics and
  vocatives in every case (:mod:`intake.redact.diminutives`); a first name that is
  itself a short form of exactly one full name ("Дима" of a man) also gets that
  name's forms ("Дмитрий", "Митя");
- first names and short forms in -а/-я get their -ин possessive adjectives, and a
  masculine full name its -ов/-ев one, in every form (case ``POSSESSIVE``); so does a
  surname declined as a noun in -а/-я ("Коляда": "Колядиной сестре");
- each half of a double name or surname alone ("Водкина" of "Петрова-Водкина",
  "Мурат" of "Хаджи-Мурат"), in every case and in Latin letters;
- a part registered from a Ukrainian passport, "h" for "г", is read both ways ("Bohdan":
  "Бохдан" and "Богдан", "Бодя");
- a part the dictionary does not analyse as a name ("Хертек", "Монгуш", "Аяс") is
  declined by its ending and the person's gender (:mod:`intake.redact.declension_ru`),
  a surname also in the plural, which names a family ("у Хертеков"); a first name it
  does not read ("Сайда") gets the productive suffixes ("Сайдочка"), and a surname
  registered in Latin letters that it does not read ("Pjatak", "Khertek") is read back as
  Russian writes it and declined ("Пятаку", "с Хертеком");
- the curated short forms get their Latin spellings ("Seryozha", "Dima"), not the
  "-ia" ones of formal schemes ("Asia"); their other cases, and the forms declined by
  rule, get them too, as Russian is typed in Latin letters ("s Seregoi", "Lene",
  "s Khertekom"), each with :func:`latin_guard`, and so do the vocatives, said to
  someone in Latin letters only ("seryozh, call me"; guarded, and read after every other
  reading of the same spelling);
- an English first name gets its short forms (:mod:`intake.redact.diminutives_en`:
  William, "Bill", "Billy").

Each form carries the guard :mod:`intake.redact.guards` gives it, so forms that are
also common words count only where they read as a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from intake.redact import (
    diminutives,
    diminutives_en,
    english_dict,
    forms_ru,
    guards,
    in_english,
)
from intake.redact.declension_ru import decline, fleeting_forms, plural_forms
from intake.redact.english_ru import english_cyrillic, foreign_case_forms
from intake.redact.findings import PLURAL, POSSESSIVE
from intake.redact.names_split import NamePart, other_readings, split_name
from intake.redact.polish_ru import polish_cyrillic
from intake.redact.translit import (
    chat_spellings,
    cyrillic_candidates,
    korean_spellings,
    latin_spellings,
    national_spellings,
)

Variant = tuple[str, str | None, str, int]  # (form, case, script, guard)


def variants(name: str, gender: str | None, mode: str = "person") -> Iterator[Variant]:
    """The guarded forms of ``name`` (``mode`` as in :func:`expand.person_forms`: public
    people get none, an alias of several words none)."""
    parts = split_name(name)
    if mode == "public" or (mode == "alias" and len(parts) > 1):
        return
    calls: list[Variant] = []  # Latin vocatives, last: another reading of one is unguarded
    for part in parts:
        for reading in (part, *other_readings(part)):  # "Bohdan": "Бодя" too
            if reading.cyrillic is None or not forms_ru.is_cyrillic(reading.cyrillic):
                continue
            for variant in part_variants(reading, gender, alias=mode == "alias"):
                if variant[2] == "lat" and variant[3] & guards.VOCATIVE:
                    calls.append(variant)
                else:
                    yield variant
        yield from _in_english(part, gender)
    yield from calls  # "den" for Ден as Денис's short form, not only as "День", said to him


def _in_english(part: NamePart, gender: str | None) -> Iterator[Variant]:
    """The forms of a name part in English text: an -s, a surname's word put into English,
    the English name a first name is and its short forms, and a Latin name's short forms
    (in Cyrillic too)."""
    if part.role in ("Name", None):
        yield from _english_s(part)
    if part.role == "Surn":
        yield from _translated(part)
    elif forms_ru.is_cyrillic(part.text) and in_english.english_name(part.text):
        # the English name a Russian one is, as its bearer goes by abroad ("Nick")
        shorts = diminutives_en.short_forms(part.text, gender)
        yield from ((f, "nomn", "lat", g) for f, g in shorts)
    if not forms_ru.is_cyrillic(part.text):
        # a first name of the table whatever role its place suggests ("Małgorzata
        # Wójcik" reads surname first to the role guess)
        shorts = diminutives_en.short_forms(part.text, gender)
        yield from ((f, "nomn", "lat", g) for f, g in shorts)
        yield from _cyrillic_shorts(tuple(f for f, _ in shorts), gender)
        if part.role != "Surn" and part.cyrillic is None:
            yield from _clipped_latin(part.text, gender)
        if part.role == "Surn" and part.cyrillic is None:
            yield from _read_in_russian(part.text, gender)


@lru_cache(maxsize=8192)
def _cyrillic_shorts(shorts: tuple[str, ...], gender: str | None) -> tuple[Variant, ...]:
    """A Latin name's short forms as Russian writes them, declined: "Куба", "Кубе" for
    Jakub's "Kuba", "Кася" for Kasia, "Томек", "Томеку" for Tomek (a Polish flatmate named
    in a Russian chat)."""
    out: list[Variant] = []
    for short in shorts:
        spellings = {*english_cyrillic(short), polish_cyrillic(short)} - {None}
        for spelling in sorted(s for s in spellings if s is not None and len(s) > 2):
            out += [
                (form, case, "cyr", guards.word_guard(form))
                for form, case in foreign_case_forms(spelling, gender).items()
            ]
    return tuple(out)


@lru_cache(maxsize=8192)
def _translated(part: NamePart) -> tuple[Variant, ...]:
    """A surname that is a Russian word put into English ("Fish" for Рыба, "Square" for
    Квадрат: :mod:`intake.redact.in_english`), guarded as an English word is."""
    readings = {part.cyrillic} if part.cyrillic else set(cyrillic_candidates(part.text))
    words = {e for r in readings if r for e in in_english.surname_english(r)}
    guard = guards.CAPITAL | guards.NOT_INITIAL | guards.LATIN | guards.WORD  # not in a handle
    return tuple((w, "nomn", "lat", guard) for w in sorted(words))


@lru_cache(maxsize=8192)
def _english_s(part: NamePart) -> tuple[Variant, ...]:
    """A first name's Latin spellings with an English -s and no apostrophe, a possessive or a
    plural ("Yerlans phone", "Yerlans I have known"): guarded as an English word would be."""
    lower = part.text.lower()
    spellings = {lower} if lower.isascii() else set()
    if part.cyrillic is not None and forms_ru.is_cyrillic(part.cyrillic):
        spellings |= latin_spellings(part.cyrillic)
    return tuple(
        (s + "s", "nomn", "lat", latin_guard(s + "s")) for s in sorted(spellings) if s[-1:] != "s"
    )


@lru_cache(maxsize=8192)
def part_variants(part: NamePart, gender: str | None, *, alias: bool) -> tuple[Variant, ...]:
    """Guarded forms of one name part (cached: parts repeat across a registry). An
    ``alias`` ("Серый") is not taken for a short form of a full name: a nickname may come
    from anywhere."""
    word = part.cyrillic or part.text.lower()
    out: list[Variant] = []
    if part.role in ("Name", None):
        fulls = () if alias else _full_name(word, gender)
        for full in (word, *fulls):
            out += _short_variants(full, gender)
            out += _possessive_variants(full, gender)
        if (part.role == "Name" or (part.role is None and not alias)) and not fulls:
            out += _unlisted_variants(word, gender)  # "Сайда", which no dictionary reads
        if fulls:  # "Дима" registered: "Дмитрий" in every case too
            forms = forms_ru.case_forms(fulls[0], "Name", gender)
            out += [(f, case, "cyr", guards.word_guard(f)) for f, (case, _) in forms.items()]
    if part.role == "Surn" and word[-1:] in ("а", "я") and not _ADJECTIVAL.search(word):
        out += _possessive_variants(word, None)  # "Колядиной сестре"
    if "-" in word.strip("-") and part.role in ("Name", "Surn"):
        out += _half_variants(word, part.role, gender)
    if part.role != "Patr" and not _analysed(word, part.role, gender):
        declined = decline(word, gender)[1:]
        out += [(f, case, "cyr", _rule_guard(f)) for f, case in declined]
        out += _latin_cases(declined)
        if part.role == "Surn":
            out += [(f, case, "cyr", _rule_guard(f)) for f, case in fleeting_forms(word, gender)]
        if part.role == "Surn":  # a family: "[фамилия]", never one person's pseudonym
            out += [(f, PLURAL, "cyr", _rule_guard(f)) for f in plural_forms(word)]
    if part.role == "Surn":  # "Choi" for Цой: guarded where it is an English word ("song")
        out += [(s, "nomn", "lat", latin_guard(s)) for s in korean_spellings(word)]
    if part.role != "Patr" and forms_ru.is_cyrillic(word):
        # as other countries write it ("Siergiej", "Kravtšenko", "Sergejus"): guarded where
        # it is an English word (Шура: "Sura"; Шон: "Son", which a scheme's "šon" also
        # makes once its mark is dropped, and latin_spellings leaves out)
        national = national_spellings(word, gender) - latin_spellings(word)
        out += [(s, "nomn", "lat", latin_guard(s)) for s in sorted(national)]
    return tuple(out)


def _half_variants(word: str, role: str, gender: str | None) -> list[Variant]:
    """Each half of a double name or surname said alone, in every case and in Latin
    letters ("Водкина пришла", "Мурату звонили", "Hadji"): guarded as a word would be."""
    out: list[Variant] = []
    for half in word.split("-"):
        if len(half) < 3:
            continue
        cases: dict[str, set[str]] = {}
        for case, form in forms_ru.half_forms(half, role, gender).items():
            cases.setdefault(form, set()).add(case)
        # a form of several cases ("Водкиной") leaves its case to the context
        forms = [(form, next(iter(c)) if len(c) == 1 else None) for form, c in cases.items()]
        out += [(form, case, "cyr", guards.word_guard(form) or 0) for form, case in forms]
        out += _latin_cases(forms)
        if role == "Surn":  # the family of either half: "Мокаевы" of Толгурова-Мокаева
            out += [(f, PLURAL, "cyr", guards.word_guard(f)) for f in forms_ru.family_forms(half)]
    return out


def _unlisted_variants(name: str, gender: str | None) -> list[Variant]:
    """A first name the table does not list (:func:`diminutives.unlisted_forms`: "Мадинка",
    "Нурик"), in Cyrillic and Latin letters, and its vocative ("Мадин")."""
    unlisted = diminutives.unlisted_forms(name, gender)
    out: list[Variant] = [(f, case, "cyr", guards.word_guard(f)) for f, case in unlisted]
    out += _latin_cases(unlisted)  # "Zarochka", "Nurika" in Russian typed in Latin letters
    call = diminutives.vocative(name) if unlisted else None
    return out + (_vocative_variants((call,)) if call else [])


@lru_cache(maxsize=4096)
def _clipped_latin(latin: str, gender: str | None) -> tuple[Variant, ...]:
    """A Latin first name no dictionary reads ("Nurzhan"), clipped as a Cyrillic one is
    (:func:`diminutives.clipped`), in Latin letters: "Nurik", "Nurika"."""
    candidates = cyrillic_candidates(latin)
    if not candidates or not forms_ru.is_cyrillic(candidates[0]):
        return ()
    shorts = diminutives.clipped(candidates[0], gender)
    return tuple(_latin_cases([fc for s in shorts for fc in decline(s, gender)]))


@lru_cache(maxsize=4096)
def _read_in_russian(latin: str, gender: str | None) -> tuple[Variant, ...]:
    """A Latin surname no dictionary reads ("Pjatak", "Khertek", "Galstyan"), as Russian
    writes it back from a passport's or a school's transliteration ("Пятак", "Хертек",
    "Галстян"), declined by its ending and the person's gender ("Пятаку", "с Хертеком");
    guarded as a surname declined by rule is (:func:`_rule_guard`: "пятак" the coin
    stays). The English reading ("Уитфилд" of Whitfield) is :mod:`intake.redact.expand`'s."""
    candidates = cyrillic_candidates(latin)
    if not candidates or not forms_ru.is_cyrillic(candidates[0]) or len(candidates[0]) < 4:
        return ()
    return tuple(
        (form, case, "cyr", _rule_guard(form)) for form, case in decline(candidates[0], gender)
    )


def _rule_guard(form: str) -> int:
    """A surname declined by rule is the registered person's: only a capital is asked of a
    form the dictionary also has as another word ("Хертека")."""
    return guards.CAPITAL if guards.word_guard(form) else 0


def _short_variants(full: str, gender: str | None) -> list[Variant]:
    out: list[Variant] = [
        (f, c, "cyr", guards.word_guard(f)) for f, c in diminutives.name_forms(full, gender)
    ]
    out += _vocative_variants(diminutives.vocatives(full, gender))
    entry = diminutives.table().get(full.replace("ё", "е"))
    shorts = {short for short, _ in entry[1]} if entry else set()
    listed = [(f, c) for f, c in diminutives.name_forms(full, gender) if f not in shorts]
    nominatives = [(short, "nomn") for short in sorted(shorts)]
    return out + _latin_cases(nominatives, _latin) + _latin_cases(listed)


def _vocative_variants(calls: Sequence[str]) -> list[Variant]:
    """Vocatives ("Серёж", "Лен") in Cyrillic and in the Latin letters of a chat typed in
    them ("seryozh, call me", "len, ты где"): a Latin one only as an address, as a short
    or common-word Cyrillic one is (``VOCATIVE``), only in Latin letters (``LATIN``: "РАН,"
    folds like "pah,"), and with a capital if it is an English word ("dim")."""
    out: list[Variant] = [(f, "nomn", "cyr", guards.vocative_guard(f)) for f in calls]
    for call in calls:
        out += [
            (s, "nomn", "lat", guards.VOCATIVE | guards.LATIN | latin_guard(s))
            for s in _chat(call)
            if len(s) > 2
        ]
    return out


def _latin_cases(
    forms: Sequence[tuple[str, str | None]], spell: Callable[[str], list[str]] | None = None
) -> list[Variant]:
    """Latin spellings of Cyrillic forms (every known one for a short form itself, the
    chat ones for its other cases), for Russian typed in Latin letters: guarded as an
    English word would be, or as the Cyrillic form is when the dictionary reads that first
    as a common word ("slava"; not "lenka", read first as a name; :func:`_guards`). A
    nominative also takes an English possessive's -s, as chats drop the apostrophe
    ("zhenyas phone")."""
    out: list[Variant] = []
    for form, case in forms:
        spellings = (spell or _chat)(form)
        if case == "nomn":  # the English possessive without its apostrophe: "zhenyas phone"
            spellings = [*spellings, *(s + "s" for s in spellings if not s.endswith("s"))]
        out += [(s, case, "lat", guard | latin_guard(s)) for s, guard in _guards(form, spellings)]
    return out


def _guards(form: str, spellings: list[str]) -> Iterator[tuple[str, int]]:
    """Each spelling with the Cyrillic form's opening-a-sentence guard, if it has one; a
    spelling that writes the form's "ё" ("Lyova", "Alyonka") takes that of the form with
    its "ё", which the dictionary reads apart ("лёва" is a name, "лева" also a word)."""
    word = 0 if _loanword(form) else _opening(guards.word_guard(form))
    if "ё" not in form:
        yield from ((s, word) for s in spellings)
        return
    plain = set(_chat(form.replace("ё", "е"))) | set(_latin(form.replace("ё", "е")))
    spelt = _opening(guards.spelt_guard(form))
    for spelling in spellings:
        bare = spelling.removesuffix("s") if spelling not in plain else spelling
        yield spelling, word if bare in plain else spelt


def _loanword(form: str) -> bool:
    """True if every common reading of a Cyrillic form is an indeclinable noun ("маго", a
    macaque, beside Маго for Магомед): a rare loanword nobody types in Latin letters, so
    its Latin spelling ("mago") is the name wherever it stands."""
    readings = [
        p for p in forms_ru.dictionary_parses(form.replace("ё", "е")) if not guards.proper(p)
    ]
    return bool(readings) and all("Fixd" in p.tag for p in readings)


def _opening(guard: int) -> int:
    """A Cyrillic form's guard as its Latin spellings take it: only where it keeps the form
    from opening a sentence (English text has no Russian common words to keep apart)."""
    return guard if guard & guards.NOT_INITIAL else 0


def _chat(form: str) -> list[str]:
    """Latin spellings of an inflected form as chats write it (see :func:`_without_ia`)."""
    return _without_ia(form, chat_spellings(form))


def _latin(short: str) -> list[str]:
    """Every known Latin spelling of a short form (see :func:`_without_ia`)."""
    return _without_ia(short, latin_spellings(short))


def _without_ia(form: str, spellings: frozenset[str]) -> list[str]:
    """``spellings`` without the "-ia" of formal schemes for "-я": "Asya", "Tanya" and
    "Olya" are how they are written; "Asia" is a continent."""
    return [s for s in sorted(spellings) if not (form.endswith("я") and s.endswith("ia"))]


def _possessive_variants(full: str, gender: str | None) -> list[Variant]:
    forms = diminutives.possessive_adjectives(full, gender)
    return [(f, POSSESSIVE, "cyr", guards.possessive_guard(f)) for f in forms]


# A surname declined as an adjective ("Петрова", "Толстая", "Лужская") makes no -ин
# possessive; one declined as a noun in -а/-я does ("Коляда": "Колядина сестра")
_ADJECTIVAL = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|[аоя]й|[иы]й|[ая]я)[ая]?$")


def _full_name(word: str, gender: str | None) -> tuple[str, ...]:
    """The one full name ``word`` is a short form of ((), if none or several)."""
    fulls = diminutives.full_names(word, gender) if gender else ()
    return fulls if len(fulls) == 1 else ()


def _analysed(word: str, role: str | None, gender: str | None) -> bool:
    """True if the dictionary declines ``word`` as a name part (or a rule here does)."""
    if forms_ru.declines_by_rule(word):
        return True
    parse = forms_ru.pick_parse(word, role, gender)
    # the dictionary's "does not decline" for a consonant stem ("Айгуль") is one usage;
    # people also write "у Айгули", so the rules add their forms
    return parse is not None and forms_ru.in_dictionary(parse) and "Fixd" not in parse.tag


@lru_cache(maxsize=65536)
def latin_guard(form: str) -> int:
    """The guard of a Latin spelling of a generated form (lower case): none, unless it is
    an English word or an English first name or short form, or one of those with an
    English -s ("marks": the word list holds "mark" alone)."""
    bare = form.replace("'", "")
    english = _english()
    plural = bare.endswith("s") and bare[:-1] in english
    return guards.CAPITAL | guards.NOT_INITIAL if bare in english or plural else 0


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's Second) and English first names."""
    return english_dict.words() | diminutives_en.names()
