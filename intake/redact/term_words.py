"""Declension of the words of a registered term, by the dictionary or by their endings.

A word the dictionary reads as the noun or adjective it is in a name is inflected by
it (adjectives agreeing with the noun in gender and number: "Верхние Кутаны", "в
Верхних Кутанах"); a noun it does not know (or reads as another part of speech, as
"Кутаны", a participle to it) is declined by its ending: a plural in -ы/-и by
:func:`plural_noun_forms`, a singular by :mod:`intake.redact.declension_ru` (a neuter
in -о also as written: "в Кривошеино", "в Кривошеине"). Abbreviations ("ЧВК") and nouns
that do not decline ("кафе") stay as written. Forms are lower case.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from intake.redact import forms_ru
from intake.redact.declension_ru import decline

CASES = forms_ru.CASES
ADJ_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn", "Trad"})
TELLING = 4  # letters a word needs to name a place alone


def telling(word: str) -> bool:
    """True if ``word`` alone can name the place or thing: long enough, and the dictionary
    reads it first as a proper name, or not at all as the noun or adjective it is in a
    name ("Кутаны" only as a verb's participle)."""
    if len(word) < TELLING or not forms_ru.is_cyrillic(word) or word.isupper():
        return False
    readings = forms_ru.dictionary_parses(word.lower())
    if not readings or _PROPER & set(readings[0].tag.grammemes):
        return True
    return not any(
        {"nomn"} <= set(p.tag.grammemes) and p.tag.POS in ("NOUN", "ADJF") for p in readings
    )


def word_forms(word: str) -> list[tuple[str, str | None]]:
    """(form, case) of one word alone: its dictionary lexeme, and its declension by ending
    (a plural noun's too) when the dictionary reads it as no noun."""
    lower = word.lower()
    out: list[tuple[str, str | None]] = [(lower, "nomn")]
    parse = forms_ru.parses(lower)[0]
    out += [(f.word, f.tag.case) for f in parse.lexeme]
    if _noun_parse(lower) is None and not lower.endswith(ADJ_ENDINGS):
        by_case = unknown_noun(lower)
        out += [(f, case) for case in CASES for f in by_case[case]]
    return list(dict.fromkeys(out))


def agreeing(words: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Case -> for each word, its forms in that case, adjectives agreeing with the noun."""
    out: dict[str, list[list[str]]] = {case: [] for case in CASES}
    if not words:
        return out
    noun = next((w for w in words if not adjective(w)), None)
    gender, number = _agreement(noun, words)
    for word in words:
        by_case = _adjective_forms(word, gender, number) if adjective(word) else None
        by_case = by_case or _noun_forms(word, number)
        for case in CASES:
            out[case].append(by_case[case])
    return out


def _agreement(noun: str | None, words: tuple[str, ...]) -> tuple[str, str]:
    """The gender and number adjectives take: the noun's, or the adjectives' own."""
    plural = any(w.lower().endswith(("ые", "ие")) for w in words if adjective(w))
    if noun is None:
        last = words[-1].lower()
        gender = {"ая": "femn", "яя": "femn", "ое": "neut", "ее": "neut"}.get(last[-2:], "masc")
        return gender, "plur" if plural else "sing"
    parse = _noun_parse(noun.lower())
    if parse is not None:
        return str(parse.tag.gender or "masc"), str(parse.tag.number or "sing")
    lower = noun.lower()
    if plural or (lower[-1:] in "ыи" and lower[-2:-1] not in "аеёиоуыэюя"):
        return "masc", "plur"
    return {"а": "femn", "я": "femn", "о": "neut", "е": "neut"}.get(lower[-1], "masc"), "sing"


def adjective(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(ADJ_ENDINGS) and (
        adjective_parse(lower) is not None or _noun_parse(lower) is None
    )


@lru_cache(maxsize=4096)
def adjective_parse(lower: str) -> Any | None:
    for parse in forms_ru.parses(lower):
        if {"ADJF", "nomn"} <= set(parse.tag.grammemes):
            return parse
    return None


@lru_cache(maxsize=4096)
def _noun_parse(lower: str) -> Any | None:
    """The dictionary's nominative noun reading of ``lower`` (not the analyser's guess)."""
    for parse in forms_ru.dictionary_parses(lower):
        if {"NOUN", "nomn"} <= set(parse.tag.grammemes) and "Fixd" not in parse.tag:
            return parse
    return None


def _fixed(lower: str) -> bool:
    """True if the dictionary reads ``lower`` first as a noun that does not decline."""
    readings = forms_ru.dictionary_parses(lower)
    return bool(readings) and "Fixd" in readings[0].tag


def _adjective_forms(word: str, gender: str, number: str) -> dict[str, list[str]] | None:
    parse = adjective_parse(word.lower())
    if parse is None:
        return None
    wanted = {number} if number == "plur" else {number, gender}
    out: dict[str, list[str]] = {}
    for case in CASES:
        forms = [parse.inflect(wanted | {case})]
        if case == "accs":  # "в Верхние Кутаны", "под Верхних Кутан" (animate reading)
            forms.append(parse.inflect(wanted | {case, "anim"}))
        out[case] = list(dict.fromkeys(f.word for f in forms if f is not None)) or [word.lower()]
    return out


def _noun_forms(word: str, number: str) -> dict[str, list[str]]:
    lower = word.lower()
    if word.isupper() or _fixed(lower):  # "ЧВК", "кафе": as written in every case
        return {case: [lower] for case in CASES}
    parse = _noun_parse(lower)
    if parse is None:
        return unknown_noun(lower, plural=number == "plur")
    out: dict[str, list[str]] = {}
    for case in CASES:
        form = parse.inflect({case, number}) or parse.inflect({case})
        out[case] = [form.word if form is not None else lower]
    return out


def unknown_noun(lower: str, *, plural: bool | None = None) -> dict[str, list[str]]:
    """A noun the dictionary does not know, by its ending: a plural in -ы/-и ("Кутаны"),
    else declined as a singular (a neuter in -о also as it is written: "в Кривошеино")."""
    if plural is None:
        plural = lower[-1:] in "ыи"
    if plural and lower[-1:] in "ыи":
        return plural_noun_forms(lower)
    out: dict[str, list[str]] = {case: [lower] if lower[-1:] in "оеё" else [] for case in CASES}
    declined = decline(lower, "m") if lower[-1:] not in "оеё" else _neuter(lower)
    for form, case in declined:
        out[case].append(form)
    return {case: list(dict.fromkeys(forms)) or [lower] for case, forms in out.items()}


def _neuter(lower: str) -> tuple[tuple[str, str], ...]:
    stem = lower[:-1]
    forms = (lower, stem + "а", stem + "у", lower, stem + "ом", stem + "е")
    return tuple(zip(forms, CASES, strict=True))


def plural_noun_forms(lower: str) -> dict[str, list[str]]:
    """A plural noun in -ы/-и by its ending, in each case ("Кутаны": Кутан and Кутанов,
    Кутанам, Кутанами, Кутанах)."""
    stem = lower[:-1]
    soft = lower.endswith("и") and stem[-1:] not in "гкхжшчщц"
    a, ya = ("я", "ям") if soft else ("а", "ам")
    return {
        "nomn": [lower],
        "gent": [stem, stem + "ов", stem + "ей"],
        "datv": [stem + ya],
        "accs": [lower],
        "ablt": [stem + a + "ми"],
        "loct": [stem + a + "х"],
    }
