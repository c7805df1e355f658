"""Street addresses, Russian and English forms.

A street word ("ул.", "улица", "проспект", "Street", "ulitsa"...) followed by a
name, with or without a house number, flat and building; or a house number with
a flat ("д. 5, кв. 12"). Street names alone are redacted too: in a village a
street is an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.cues import cue_matches, heads
from intake.redact.findings import ADDRESS
from intake.redact.normalize import folded_like_regex

_STREET_RU = (
    r"(?:ул(?:\.|иц\w{1,2})|пр(?:-т|-кт|\.|оспект\w{0,2})|пер(?:\.|еул\w{1,3})|ш(?:\.|оссе)"
    r"|б(?:-р|ульвар\w{0,2})|пл(?:\.|ощад\w{1,2})|наб(?:\.|ережн\w{2,3})|мкр(?:н)?\.?"
    r"|микрорайон\w{0,2}|проезд\w{0,2}|туп(?:\.|ик\w{0,2})|тракт\w{0,2}|аллея|аллее|аллеи)"
)
_NAME_RU = r"(?:\d{1,3}-?(?:го|й|я|ой)?\s+)?[А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁ][\w-]*){0,2}"
_HOUSE_RU = (
    r"(?:\s*,?\s*(?:д(?:ом)?\.?\s*)?\d{1,4}(?:[а-яА-Я](?!\w))?(?:/\d{1,4})?(?!\w))?"
    r"(?:\s*,?\s*(?:кв(?:артира)?|корп(?:ус)?|к|стр(?:оение)?)\.?\s*\d{1,4}(?!\d))*"
)
RU_STREET = re.compile(rf"(?<!\w){_STREET_RU}\s*{_NAME_RU}{_HOUSE_RU}")
# Where a pattern began "(?<!X)Y", it is written "Y(?<!XY)": the same language, but the regex
# engine can then skip ahead to the next possible first character.
RU_HOUSE = re.compile(
    r"д(?<!\wд)(?:ом)?\.?\s*\d{1,4}(?:[а-я](?!\w))?(?:/\d{1,4})?\s*,?\s*(?:кв(?:артира)?|корп(?:ус)?)\.?"
    r"\s*\d{1,4}(?!\d)",
    re.IGNORECASE,
)
_STREET_EN = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Prospekt|Prospect|Square|Sq\.?|Way|Court|Ct\.?|Place|Pl\.?|Highway|Embankment)"
)
_FLAT_EN = r"(?:,?\s*(?:apt\.?|apartment|flat|building|bldg\.?)\s*\d{1,4}\w?)*"
EN_NUMBER_FIRST = re.compile(
    rf"\d(?<![\w,]\d)\d{{0,4}}\w?,?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_EN}(?!\w){_FLAT_EN}"
)
EN_NAME_FIRST = re.compile(
    rf"[A-Z](?<!\w[A-Z])[\w'-]*\s+(?:[A-Z][\w'-]*\s+){{0,2}}{_STREET_EN}(?!\w)\s*,?\s*\d{{1,4}}\w?"
    rf"(?!\d){_FLAT_EN}"
)
EN_TRANSLIT = re.compile(
    r"(?<!\w)(?:ulitsa|ul\.|prospekt|pr\.|pereulok|per\.)\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"(?:\s*,?\s*\d{1,4}\w?(?!\d))?" + _FLAT_EN,
    re.IGNORECASE,
)


# Literals one of which every match of a pattern contains (cheap checks before slow regexes).
_RU_STREET_WORDS = (
    "ул",
    "пр",
    "пер",
    "ш.",
    "шоссе",
    "б-р",
    "бульвар",
    "пл",
    "наб",
    "мкр",
    "микрорайон",
    "проезд",
    "туп",
    "тракт",
    "алле",
)
_RU_STREET_GATE = re.compile("|".join(map(re.escape, _RU_STREET_WORDS)))  # one scan, not 15
_EN_STREET_GATE = re.compile(rf"{_STREET_EN}(?!\w)")
_TRANSLIT_HEADS = heads("ul", "pr", "per")  # where an EN_TRANSLIT match can start


def _patterns(text: str) -> list[tuple[re.Pattern[str], float]]:
    """The address patterns that can match ``text``."""
    out: list[tuple[re.Pattern[str], float]] = []
    if _RU_STREET_GATE.search(text):
        out.append((RU_STREET, 0.9))
    folded = folded_like_regex(text)
    if "кв" in folded or "корп" in folded:
        out.append((RU_HOUSE, 0.9))
    if _EN_STREET_GATE.search(text):
        out += [(EN_NUMBER_FIRST, 0.9), (EN_NAME_FIRST, 0.9)]
    if "ul" in folded or "pr" in folded:
        out.append((EN_TRANSLIT, 0.8))
    return out


def find_addresses(text: str) -> Iterator[tuple[str, int, int, float]]:
    for pattern, score in _patterns(text):
        if pattern is EN_TRANSLIT:  # "ul" and "pr" stand in many English words: heads first
            matches = cue_matches(text, _TRANSLIT_HEADS, pattern)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            yield ADDRESS, match.start(), match.end(), score
