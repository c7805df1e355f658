"""Find the details that still point to one person, in Russian and English text.

A :class:`Detail` is a span (offsets in the original text, never the string),
its kind (``quasi:age``, ``quasi:place``...) and a class that refines its weight
in the scoring rules: the size class of a settlement, ``brigade`` for a
formation at brigade level, ``event`` for the exact date of a rare event
(detention, transfer, injury) named in the same sentence. Overlapping hits keep
the earliest, then the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.quasi import patterns_en, patterns_ru, places

_EVENT = re.compile(
    r"задерж|арест|ранен|ранил|перев[её]л|переве|погиб|пропал|отказа|мобилиз|призва|забрал"
    r"|увез|осужд|плен|дезерт|сбежал|detain|arrest|wound|injur|transfer|killed|missing"
    r"|disappear|refus|mobili[sz]|conscript|sentenc|captur|desert",
    re.IGNORECASE,
)
_BARE_RU = re.compile(r"\b(?:из|в|во|под|родом из)\s+(?P<d>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)")
_BARE_EN = re.compile(r"\b(?:from|in|near)\s+(?P<d>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_LATIN = re.compile("[a-z]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Detail:
    kind: str
    start: int
    end: int
    cls: str | None = None  # refines the weight: "small", "brigade", "event"...
    lang: str = "ru"


def find_details(text: str) -> list[Detail]:
    """Every detail in ``text``, both scripts, overlaps resolved, in text order."""
    found: list[Detail] = []
    if _CYRILLIC.search(text):
        found += _run(text, patterns_ru.PATTERNS, "ru") + _bare(text, _BARE_RU, "ru")
    if _LATIN.search(text):
        found += _run(text, patterns_en.PATTERNS, "en") + _bare(text, _BARE_EN, "en")
    return _resolve(found)


def _run(
    text: str, table: tuple[tuple[str, re.Pattern[str], str | None], ...], lang: str
) -> list[Detail]:
    out: list[Detail] = []
    for kind, pattern, cls in table:
        for match in pattern.finditer(text):
            group = "d" if "d" in pattern.groupindex and match.group("d") else 0
            start, end = match.span(group)
            out.append(Detail(kind, start, end, _class(text, kind, cls, start, end), lang))
    return out


def _class(text: str, kind: str, cls: str | None, start: int, end: int) -> str | None:
    span = text[start:end].lower()
    if kind == "quasi:place":
        if cls == "village":
            return "small"
        return places.size_of(text[start:end]) or "small"
    if kind == "quasi:unit" and ("бригад" in span or "brigade" in span or "division" in span):
        return "brigade"
    if kind == "quasi:date" and _EVENT.search(_sentence(text, start, end)):
        return "event"
    return cls


def _bare(text: str, pattern: re.Pattern[str], lang: str) -> list[Detail]:
    """A settlement named after a preposition ("из Кяхты", "from Kyakhta") that the
    gazetteer lists as a town or smaller place (cities are too big to narrow much)."""
    out: list[Detail] = []
    for match in pattern.finditer(text):
        size = places.size_of(match.group("d"))
        if size in ("small", "town"):
            out.append(Detail("quasi:place", *match.span("d"), size, lang))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _resolve(found: list[Detail]) -> list[Detail]:
    kept: list[Detail] = []
    for detail in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        if kept and detail.start < kept[-1].end:
            continue
        kept.append(detail)
    return kept
