"""Russian case forms of names, and inflection of pseudonyms (pymorphy3).

pymorphy3's first parse is often wrong for names: "Горшенина" comes first as a
masculine genitive, "Зайцев" as a plural of "заяц", "Любовь" as the common noun.
So we always pick the parse tagged Name, Surn or Patr with the person's gender,
and fall back to rules for surnames the dictionary does not know.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from intake.redact.declension_ru import decline, plural_forms
from intake.redact.findings import PLURAL

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
GENDER_TAG = {"m": "masc", "f": "femn"}
# a patronymic in any case, by its ending ("Петровной", "Викторовича")
PATRONYMIC_FORM = re.compile(r"(?:ович|евич|ьич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)$")
_PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "ична", "оглы", "кызы", "улы", "гызы")

# Surnames by ending when the dictionary does not know them: masculine and feminine forms
# per case (nomn, gent, datv, accs, ablt, loct), then plural.
_SURNAME_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "ский",
        ("ский", "ского", "скому", "ского", "ским", "ском"),
        ("ская", "ской", "ской", "скую", "ской", "ской", "ские", "ских", "ским", "скими"),
    ),
    (
        "цкий",
        ("цкий", "цкого", "цкому", "цкого", "цким", "цком"),
        ("цкая", "цкой", "цкой", "цкую", "цкой", "цкой", "цкие", "цких", "цким", "цкими"),
    ),
    (
        "ов",
        ("ов", "ова", "ову", "ова", "овым", "ове"),
        ("ова", "овой", "овой", "ову", "овой", "овой", "овы", "овых", "овым", "овыми"),
    ),
    (
        "ев",
        ("ев", "ева", "еву", "ева", "евым", "еве"),
        ("ева", "евой", "евой", "еву", "евой", "евой", "евы", "евых", "евым", "евыми"),
    ),
    (
        "ин",
        ("ин", "ина", "ину", "ина", "иным", "ине"),
        ("ина", "иной", "иной", "ину", "иной", "иной", "ины", "иных", "иным", "иными"),
    ),
    (
        "ын",
        ("ын", "ына", "ыну", "ына", "ыным", "ыне"),
        ("ына", "ыной", "ыной", "ыну", "ыной", "ыной", "ыны", "ыных", "ыным", "ыными"),
    ),
)
_RULE_CASES = CASES + CASES + ("nomn", "gent", "datv", "ablt")
_SINGULAR_FORMS = 2 * len(CASES)  # the rules' forms after these are plural


@lru_cache(maxsize=1)
def morph() -> Any:
    """The shared analyser (loading it takes about 0.2 s, so only once)."""
    # late: pymorphy3 and its dictionary load only when first needed
    import pymorphy3
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]

    # The path given, pymorphy3 does not scan installed packages (importlib.metadata).
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a lower-case word (cached: expansion asks about each word
    several times)."""
    return tuple(morph().parse(word))


def dictionary_parses(word: str) -> tuple[Any, ...]:
    """The dictionary's own readings of a lower-case word (a fast lookup first: most
    generated name forms are not in it, and guessing readings for them is slow)."""
    if not morph().word_is_known(word):
        return ()
    return tuple(p for p in parses(word) if in_dictionary(p))


_CLOSED_CLASSES = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


def function_word(lower: str) -> bool:
    """True if the dictionary reads the lower-case ``lower`` first as a word of a closed
    class: a preposition, a conjunction, a particle, a pronoun or an interjection ("по",
    "на", "его"): no one's name, nor the rest of one."""
    readings = dictionary_parses(lower)
    return bool(readings) and (readings[0].tag.POS in _CLOSED_CLASSES or "Apro" in readings[0].tag)


def in_dictionary(parse: Any) -> bool:
    """True if ``parse`` is the dictionary's own entry, not the analyser's guess for an
    unknown word (its guesses for names it does not know are often other words)."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def is_patronymic(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(_PATRONYMIC_ENDINGS) or any("Patr" in p.tag for p in parses(lower))


@lru_cache(maxsize=4096)
def is_patronymic_form(word: str) -> bool:
    """True if ``word`` is a patronymic in any case ("Петровной", "Викторовича")."""
    lower = word.lower()
    return bool(PATRONYMIC_FORM.search(lower)) or any("Patr" in p.tag for p in parses(lower))


# a patronymic in Latin letters, as an interpreter's English renders it ("Viskhanovna")
_LATIN_PATRONYMIC = re.compile(r"[a-z]{2,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)")


def read_as_patronymic(lower: str) -> bool:
    """True if the lower-case word is a patronymic: the dictionary reads it so, in a
    patronymic's form ("сергеевича"; not "основной"), or in Latin letters it has a
    patronymic's ending ("viskhanovna")."""
    if lower.isascii():
        return _LATIN_PATRONYMIC.fullmatch(lower) is not None
    return PATRONYMIC_FORM.search(lower) is not None and any(
        "Patr" in parse.tag for parse in parses(lower)
    )


def _gender_ok(tag: Any, gender: str | None) -> bool:
    if gender is None:
        return True
    return GENDER_TAG[gender] in tag or "ms-f" in tag or ("Fixd" in tag and "GNdr" in tag)


def pick_parse(word: str, role: str | None = None, gender: str | None = None) -> Any | None:
    """The parse of ``word`` tagged as a name part (``role``: Name/Surn/Patr) with that gender.

    Nominative parses are preferred: a registered name is given in the nominative.
    """
    wanted = {role} if role else NAME_TAGS
    named = [p for p in parses(word.lower()) if wanted & set(p.tag.grammemes)]
    fitting = [p for p in named if _gender_ok(p.tag, gender)] or named
    nominative = [p for p in fitting if "nomn" in p.tag]
    return (nominative or fitting or [None])[0]


@lru_cache(maxsize=65536)
def guess_role(word: str) -> str | None:
    """Name, Surn or Patr as the dictionary sees the word (None if it does not). A name
    is registered in the nominative, so only a nominative reading counts: "Куулар" is
    no first name because "Куула" has a genitive plural "Куулар"."""
    if is_patronymic(word):
        return "Patr"
    for parse in parses(word.lower()):
        for role in ("Name", "Surn"):
            if role in parse.tag and "nomn" in parse.tag:
                return role
    return None


def _rule_forms(word: str) -> dict[str, tuple[str | None, bool]]:
    """Surname forms by ending: form -> (case, masculine singular)."""
    lower = word.lower()
    for _ending, masc, femn in _SURNAME_RULES:
        for nominative in (masc[0], femn[0]):
            if not lower.endswith(nominative):
                continue
            stem = lower[: len(lower) - len(nominative)]
            out: dict[str, tuple[str | None, bool]] = {}
            for index, (case, suffix) in enumerate(zip(_RULE_CASES, masc + femn, strict=True)):
                plural = index >= _SINGULAR_FORMS  # a family: "Бекмурзаевы", "у Цыбиковых"
                out.setdefault(stem + suffix, (PLURAL if plural else case, index < len(masc)))
            return out
    return {lower: (None, True)}


def family_forms(surname: str) -> tuple[str, ...]:
    """The plural forms of a surname, a family: by its -ов/-ин ending, of either gender
    ("мокаева": "мокаевы", "мокаевых"), or of a consonant stem ("хертек": "хертеки")."""
    by_rule = tuple(f for f, (case, _) in _rule_forms(surname).items() if case == PLURAL)
    return by_rule or plural_forms(surname.lower())


def declines_by_rule(word: str) -> bool:
    """True if a surname rule here declines ``word`` (-ов, -ин, -ский...)."""
    return len(_rule_forms(word)) > 1


def case_forms(
    word: str, role: str | None, gender: str | None
) -> dict[str, tuple[str | None, bool]]:
    """Lower-case surface form -> (grammatical case, of the person's own gender), for every
    form a name part takes.

    Forms of the person's gender come first (their case wins when a surface form is
    ambiguous); surnames also get the other gender's and the plural forms, because
    relatives share them.
    """
    lower = word.lower()
    if "-" in lower.strip("-") and role != "Patr":
        return _hyphenated(lower, role, gender)
    parse = pick_parse(lower, role, gender)
    if parse is not None and not in_dictionary(parse):
        parse = None  # a guessed lexeme: the rules here and in declension_ru decline it
    out: dict[str, tuple[str | None, bool]] = {lower: ("nomn", True)}
    if parse is not None:
        lexeme = parse.lexeme
        own = [f for f in lexeme if _gender_ok(f.tag, gender) and "sing" in f.tag]
        for form in own:
            out.setdefault(form.word, (form.tag.case, True))
        if role != "Name" or gender is None:
            for form in lexeme:
                out.setdefault(form.word, (form.tag.case, False))
    if role in (None, "Surn"):
        for form, (case, masculine) in _rule_forms(lower).items():
            out.setdefault(form, (case, gender is None or masculine == (gender == "m")))
    return out


def _hyphenated(
    lower: str, role: str | None, gender: str | None
) -> dict[str, tuple[str | None, bool]]:
    """A double name or surname declines in each half ("Петрова-Водкина": "Петровой-
    Водкиной"; "Мухаммад-Али": "Мухаммаду-Али", the half that does not decline stays)."""
    halves = [half_forms(half, role, gender) for half in lower.split("-")]
    out: dict[str, tuple[str | None, bool]] = {lower: ("nomn", True)}
    for case in CASES:
        out.setdefault("-".join(h.get(case, h["nomn"]) for h in halves), (case, True))
    return out


# A surname half of the -ов/-ин type is declined as the adjective it is: the endings of
# the genitive, dative, accusative, instrumental and prepositional, after the -ов/-ин.
_FEMININE = ("ой", "ой", "у", "ой", "ой")
_MASCULINE = ("а", "у", "а", "ым", "е")


def _surname_half(half: str) -> dict[str, str] | None:
    """Case -> form of a surname half in -ов(а)/-ев(а)/-ин(а)/-ын(а), else None."""
    feminine = half.endswith("а")
    base = half[:-1] if feminine else half
    if len(base) < 4 or not base.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return None
    endings = _FEMININE if feminine else _MASCULINE
    return dict(zip(CASES, (half, *(base + e for e in endings)), strict=True))


def half_forms(half: str, role: str | None, gender: str | None) -> dict[str, str]:
    """Case -> form of one half of a double name, by the dictionary or by its ending (in the
    double name, or said alone: "Водкина", "Мурату")."""
    if role != "Name" and (forms := _surname_half(half)) is not None:
        return forms
    parse = pick_parse(half, role, gender)
    if parse is None or not in_dictionary(parse):
        return {case: form for form, case in reversed(decline(half, gender))}
    out = {"nomn": half}
    for case in CASES[1:]:
        form = parse.inflect({case, "sing"}) or parse.inflect({case})
        if form is not None:
            out[case] = str(form.word)
    return out


def other_gender_surname(surname: str, gender: str | None) -> str | None:
    """The surname of the other gender, nominative ("соколов" -> "соколова"), if it differs."""
    if gender not in GENDER_TAG:
        return None
    parse = pick_parse(surname.lower(), "Surn", gender)
    other = "femn" if gender == "m" else "masc"
    form = parse.inflect({other, "nomn", "sing"}) if parse is not None else None
    return str(form.word) if form is not None and form.word != surname.lower() else None


_HARD_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


@lru_cache(maxsize=8192)
def inflect(word: str, case: str | None, gender: str | None, plural: bool = False) -> str:
    """``word`` (a first name, nominative) in ``case``: as pymorphy3 declines it, else by its
    ending (:func:`decline`: "Батраз", "Батразу"); unchanged for a woman's name in a hard
    consonant ("Айгерим", "Меруерт"), which does not decline."""
    if not case or case == "nomn" or not is_cyrillic(word):
        return word
    if gender == "f" and word[-1:].lower() in _HARD_CONSONANTS:
        return word
    parse = pick_parse(word, "Name", gender)
    if parse is None and (other := pick_parse(word, None, gender)) is not None:
        # a guess that reads a first name as a surname or a possessive ("Халына" as
        # "Алёшина": "Халыной" for "Халыне") is no help: its ending declines it
        guessed = not in_dictionary(other) and {"ADJF", "Surn"} & set(other.tag.grammemes)
        parse = None if guessed else other
    grammemes = {case, "plur"} if plural else {case}
    form = parse and (parse.inflect(grammemes) or parse.inflect({case}))
    if form:
        return match_case(word, str(form.word))
    if plural:
        return word
    by_ending = {c: f for f, c in reversed(decline(word, gender))}
    return match_case(word, by_ending.get(case, word.lower()))


def inflect_surname(word: str, case: str | None, gender: str | None) -> str:
    """``word`` (a surname, nominative) in ``case``: as the dictionary declines it, else by
    its -ов/-ин/-ский ending and ``gender``; unchanged if neither knows it ("Сидоренко")."""
    if not case or case == "nomn" or not is_cyrillic(word):
        return word
    parse = pick_parse(word, "Surn", gender)
    if parse is not None and in_dictionary(parse) and (form := parse.inflect({case})):
        return match_case(word, str(form.word))
    lower = word.lower()
    for _ending, masc, femn in _SURNAME_RULES:
        suffixes = femn[:6] if gender == "f" else masc
        if lower.endswith(suffixes[0]) and case in CASES:
            stem = lower[: len(lower) - len(suffixes[0])]
            return match_case(word, stem + suffixes[CASES.index(case)])
    return word


def match_case(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model`` (UPPER, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
