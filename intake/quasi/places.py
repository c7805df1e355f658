"""How big a settlement is, and which region the text puts it in.

Sizes come from ``intake/data/place_sizes.txt`` (built from GeoNames by
tools/build_place_sizes.py): ``city`` (100,000+), ``town`` (15,000-99,999),
``small`` (under 15,000). A settlement the text calls a village, or a town the
file does not list, is ``small``: the file covers settlements of 500 or more
inhabitants, so a name it lacks is smaller still or unknown, and unknown is
treated as small (fail closed: a small place weighs more).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from intake.redact import forms_ru

SIZES = ("small", "town", "city")
_REACH = 300  # how far around a detail a region is looked for
_REGION_RU = re.compile(
    r"\b(?:в|во|из)\s+(?-i:(?:[А-ЯЁ][а-яё]+(?:ой|ом)\s+(?:области|крае|края|округе|округа))"
    r"|(?:Республик[еи]\s+[А-ЯЁ][а-яё]+)|(?:[А-ЯЁ][а-яё]+ии))\b"
)
_REGION_EN = re.compile(
    r"\b(?:in|from)\s+(?-i:(?:the\s+)?(?:[A-Z][a-z]+\s+(?:region|oblast|krai|Krai|Region|Oblast))"
    r"|(?:[A-Z][a-z]+ia))\b"
)


@cache
def _table() -> dict[str, str]:
    text = files("intake").joinpath("data/place_sizes.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, size = line.split("\t")
            table[name] = size
    return table


def fold(name: str) -> str:
    return name.strip().lower().replace("ё", "е")


def size_of(name: str) -> str | None:
    """The size class of a settlement name in any case form, or None if unlisted."""
    table = _table()
    key = fold(name)
    if key in table:
        return table[key]
    if not forms_ru.is_cyrillic(key):
        return None
    for parse in forms_ru.parses(key)[:3]:
        found = table.get(fold(parse.normal_form))
        if found is not None:
            return found
    return None


def region_near(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """The span of a region phrase ("в Бурятии", "in Buryatia") in the sentence around
    ``start``..``end``, outside that span, or None."""
    pattern = _REGION_RU if lang == "ru" else _REGION_EN
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    left = max(low, text.rfind(".", low, start) + 1, text.rfind("\n", low, start) + 1)
    right_dot = [i for i in (text.find(".", end, high), text.find("\n", end, high)) if i >= 0]
    right = min(right_dot) if right_dot else high
    for match in pattern.finditer(text, left, right):
        if match.end() <= start or match.start() >= end:
            return match.start(), match.end()
    return None
