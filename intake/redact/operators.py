"""Operators: what replaces a finding. Pseudonym, category tag, generalisation, keep.

A pseudonym takes the case and gender of the mention ("Жена Евгения" -> "Жена
Ивана") and its script (in Latin text "Dmitry's" -> "Ivan's": the possessive is
outside the span and stays). Tags are in the text's language ("[телефон]",
"[phone]").
"""

from __future__ import annotations

import re

from intake.redact import forms_ru
from intake.redact.findings import (
    ADDRESS,
    CARD,
    COORDINATES,
    DATE,
    EMAIL,
    HANDLE,
    ID_NUMBER,
    NAME,
    ORGANISATION,
    PERSON,
    PHONE,
    PLACE,
    PLATE,
    PUBLIC_PERSON,
    TERM,
    UNIT,
    Finding,
)
from intake.redact.names_split import to_cyrillic
from intake.redact.translit import cyrillic_candidates, primary_latin

TAGS: dict[str, tuple[str, str]] = {
    PERSON: ("имя", "name"), PUBLIC_PERSON: ("имя", "name"), NAME: ("имя", "name"),
    TERM: ("скрыто", "redacted"), PHONE: ("телефон", "phone"), EMAIL: ("почта", "email"),
    HANDLE: ("аккаунт", "handle"), UNIT: ("воинская часть", "unit"),
    ID_NUMBER: ("номер документа", "ID number"), PLATE: ("номер машины", "plate"),
    COORDINATES: ("координаты", "coordinates"), ADDRESS: ("адрес", "address"),
    CARD: ("номер карты", "card"), PLACE: ("место", "place"), DATE: ("дата", "date"),
    ORGANISATION: ("организация", "organisation"),
}
ALL_TAG_WORDS = frozenset(word for pair in TAGS.values() for word in pair)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER = re.compile(r"[-+]?\d{1,3}[.,]\d+")


def tag(kind: str, lang: str, label: str | None = None) -> str:
    ru, en = TAGS.get(kind, ("скрыто", "redacted"))
    return f"[{label or (ru if lang == 'ru' else en)}]"


def generalise(kind: str, original: str, lang: str, role: str | None = None) -> str:
    """A coarser value: a year for a date, ~10 km for coordinates, a role for a person."""
    if kind == DATE and (year := _YEAR.search(original)):
        return year.group()
    if kind == COORDINATES:
        numbers = [n.replace(",", ".") for n in _NUMBER.findall(original)]
        if len(numbers) == 2:
            return "≈" + ", ".join(f"{float(n):.1f}" for n in numbers)
    if kind in (PERSON, NAME) and role:
        return f"[{role}]"
    return tag(kind, lang)


def _has_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


def _cyrillic_of(pseudonym: str) -> str:
    words = []
    for word in pseudonym.split():
        if forms_ru.is_cyrillic(word) or word.endswith("."):
            words.append(word)
            continue
        known, _ = to_cyrillic(word)
        words.append((known or cyrillic_candidates(word)[0]).capitalize())
    return " ".join(words)


def render_pseudonym(pseudonym: str, finding: Finding, original: str, gender: str | None) -> str:
    """``pseudonym`` in the script, case and capitalisation of the mention it replaces."""
    if finding.script == "lat" or (_has_latin(original) and not forms_ru.is_cyrillic(original)):
        out = pseudonym if not forms_ru.is_cyrillic(pseudonym) else primary_latin(pseudonym)
    else:
        first, *rest = _cyrillic_of(pseudonym).split(" ")
        out = " ".join([forms_ru.inflect(first, finding.case, gender), *rest])
    return forms_ru.match_case(original.strip(), out)
