"""Generalisation operators: the choices offered for a detail, in its language.

``options`` returns the replacements a reviewer may pick, most specific first;
each keeps the sentence grammatical (see :mod:`generalise_ru` and
:mod:`generalise_en`). An empty list means only the reviewer's own wording or
keeping the detail (with an acknowledged risk) remain.
"""

from __future__ import annotations

import re

from intake.quasi import generalise_en as en
from intake.quasi import generalise_ru as ru
from intake.quasi import places
from intake.quasi.detect import Detail

_HE = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)


def options(detail: Detail, text: str) -> list[str]:
    """The generalisations of ``detail`` (a span of ``text``), deduplicated."""
    span = text[detail.start : detail.end]
    try:
        found = _ru(detail, span, text) if detail.lang == "ru" else _en(detail, span, text)
    except (AttributeError, ValueError, KeyError, IndexError):
        found = []  # an unusual spelling: the reviewer words it
    if _sentence_start(text, detail.start):
        found = [o[:1].upper() + o[1:] for o in found]
    return [o for o in dict.fromkeys(found) if o and o != span]


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t")
    return before.endswith("\n") or before.rstrip()[-1:] in ("", ".", "!", "?")


def _region(detail: Detail, text: str) -> str | None:
    near = places.region_near(text, detail.start, detail.end, detail.lang)
    if near is None or 0 <= near[0] - detail.end <= 2:  # already right after the detail
        return None
    return text[near[0] : near[1]]


def _ru(detail: Detail, span: str, text: str) -> list[str]:
    kind = detail.kind.split(":")[1]
    if kind == "date":
        before = text[max(0, detail.start - 8) : detail.start].split()
        return ru.date(span, before[-1].lower() if before else "")
    if kind == "place":
        return ru.place(span, detail.cls, _region(detail, text))
    simple = {
        "age": ru.age,
        "birth": ru.birth,
        "unit": ru.unit,
        "rank": ru.rank,
        "specialty": ru.specialty,
        "count": ru.count,
        "occupation": ru.occupation,
        "physical": ru.physical,
    }
    return simple[kind](span)


def _en(detail: Detail, span: str, text: str) -> list[str]:
    kind = detail.kind.split(":")[1]
    if kind == "age" and text[max(0, detail.start - 12) : detail.start].lower().rstrip().endswith(
        "turned"
    ):
        return []  # "turned 24" has no range that reads well: the reviewer rewords it
    if kind == "age":
        near = text[max(0, detail.start - 300) : detail.end + 300]
        he, she = len(_HE.findall(near)), len(_SHE.findall(near))
        return en.age(span, "his" if he > she else "her" if she > he else "their")
    if kind == "place":
        return en.place(span, detail.cls, _region(detail, text))
    if kind == "date":
        before = text[max(0, detail.start - 10) : detail.start].split()
        return en.date(span, before[-1].lower() if before else "")
    simple = {
        "birth": en.birth,
        "unit": en.unit,
        "rank": en.serviceman,
        "specialty": en.serviceman,
        "count": en.count,
        "occupation": en.occupation,
        "physical": en.physical,
    }
    return simple[kind](span)
