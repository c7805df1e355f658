"""Geographic coordinates, decimal or in degrees, with hemisphere letters in both alphabets.

Pairs of decimals with three or more decimals ("55.7558, 37.6173") and pairs in degrees
and minutes ("48°30'N 37°45'E") are found by :mod:`intake.redact.patterns`; here:

* any one value with a degree sign and a hemisphere ("47.9° N", "N 47.9°", "35.1°E"),
  or with a Russian hemisphere abbreviation or word, degree sign or not
  ("55°45′ с.ш.", "47.9 с.ш.", "37,6 восточной долготы");
* a pair with two decimals ("55.75, 37.61") only within a few words after a cue
  word ("координаты", "GPS", "location", "широта"...): prices look the same;
* a three-word address ("///ropes.quietly.hammer", or after "what3words" without the
  slashes), a square of three metres;
* a military grid reference (MGRS: "37U DB 12345 67890", "37UDB1234567890"): a zone,
  its band letter, two square letters, and easting and northing of 3 to 5 digits each.
* a plus code (Google's Open Location Code: "8FVC9G8F+6X", and short with its town,
  "8GQ6+X4 Саранск"): up to eight of its twenty letters and digits, "+", two or three more,
  a letter among them, a square of 14 metres.

Temperatures ("20 °C", "−5 °С") and angles without a hemisphere stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact import cues
from intake.redact.findings import COORDINATES

Hit = tuple[str, int, int, float]

_DEG = r"\d{1,3}(?:[.,]\d+)?"
# degrees (sign or not), minutes, seconds: "47°54′12″", "47° 54'", "47.9°"
_SECONDS = r"\s?\d{1,2}(?:[.,]\d+)?\s?(?:[\"″”]|''|′′)"
_DMS = rf"{_DEG}\s?°(?:\s?\d{{1,2}}(?:[.,]\d+)?\s?['′’](?:{_SECONDS})?)?"
_HEMI_LAT = r"[NSEW](?![\w])"
_HEMI_RU = (
    r"(?:[сю]\.\s?ш\.?|[вз]\.\s?д\.?|(?:северн|южн)\w{0,4}\s+широт\w{0,2}"
    r"|(?:восточн|западн)\w{0,4}\s+долгот\w{0,2})(?!\w)"
)
# A value with a degree sign and a hemisphere letter after or before it; a Russian
# hemisphere after a value with or without a degree sign.
ONE_RE = re.compile(
    rf"(?<![\w.,]){_DMS}\s?[СЮ]\s*[,;/]?\s*{_DMS}\s?[ВЗ](?!\w)"  # "°С" alone is Celsius
    rf"|(?<![\w.,]){_DMS}\s?(?:{_HEMI_LAT}|{_HEMI_RU})"
    rf"|(?<!\w)[NSEW]\s?{_DMS}"
    rf"|(?<![\w.,°]){_DEG}(?:\s?\d{{1,2}}\s?['′])?\s?{_HEMI_RU}",
)
# A pair of decimals with its hemisphere letters and no degree sign: "55.75N, 37.61E",
# "N55.75 E37.61" (written from a digit or the letter, so the regex engine can skip to it).
LETTERED_PAIR_RE = re.compile(
    r"[0-9](?<![\w.,]\d)\d?[.,]\d+\s?[NS]\s*[,;/]?\s*\d{1,3}[.,]\d+\s?[EW](?!\w)"
)
_LETTERED_PAIR_GATE = re.compile(r"[.,](?<=\d[.,])\d+\s?[NS]\s*[,;/]?\s*\d{1,3}[.,]\d+\s?[EW]")
LETTERS_FIRST_PAIR_RE = re.compile(
    r"[NS](?<!\w[NS])\s?\d{1,2}[.,]\d+\s*[,;/]?\s*[EW]\s?\d{1,3}[.,]\d+(?![\w.])"
)
_CUE_RE = re.compile(
    r"(?<!\w)(?:координат\w{0,3}|геолокаци\w{0,2}|локаци\w{0,2}|геометк\w{0,2}|метк\w{0,2}"
    r"|широт\w{0,2}|gps|coordinates?|location|latitude|geotag\w{0,3})(?!\w)",
    re.IGNORECASE,
)
_SHORT_PAIR = re.compile(
    r"(?<![\w.,])[-+]?\d{1,2}[.,]\d{2,}\s*[,;/ ]\s*[-+]?\d{1,3}[.,]\d{2,}(?![\w.])"
)
_HEMI_HEADS = ("с.", "ю.", "в.", "з.", "широт", "долгот", "с. ", "в. ")
_GRID_DIGITS = "|".join(rf"\d{{{n}}}\s?\d{{{n}}}" for n in (5, 4, 3))
MGRS_RE = re.compile(
    rf"(?<![\w-])[1-6]?\d[C-HJ-NP-X]\s?[A-HJ-NP-Z]{{2}}\s?(?:{_GRID_DIGITS})(?![\w-])"
)
# Every grid reference holds this, from its band letter (the regex engine skips to a capital).
_MGRS_GATE = re.compile(r"[C-HJ-NP-X](?<=\d[C-HJ-NP-X])\s?[A-HJ-NP-Z]{2}\s?\d{3}")


_CUE_HEADS = cues.heads(
    *("координат", "геолокаци", "локаци", "геометк", "метк", "широт", "gps", "coordinate"),
    *("location", "latitude", "geotag"),
)
# Where a single coordinate can be: at a degree sign or a Russian hemisphere.
# ("°|[сюСЮ]\.\s?[шШ]|[взВЗ]\.\s?[дД]|[шШ]ирот|[дД]олгот", written from "°", the dot or
# the word's first letter, so that the regex engine can skip to them: tried at every "о"
# of a Russian text it cost twice as much. "широт" and "долгот" anchor at their "от".)
_ANCHOR = re.compile(
    r"[°.шШдД](?:(?<=°)|(?<=[сюСЮ]\.)\s?[шШ]|(?<=[взВЗ]\.)\s?[дД]|(?<=[шШ])ир(от)|(?<=[дД])олг(от))"
)
_REACH = 40  # characters around an anchor: more than any coordinate spans


# A radio amateur's grid locator (Maidenhead): two capitals A-R, two digits, two small
# letters a-x, perhaps two more digits ("KO86xs", "LO45ab12"): a square of 5 km or less
# around the station, which is the operator's home.
_LOCATOR_DIGITS = re.compile(r"[0-9]\d(?<=[A-R][A-R]\d\d)(?=[a-x]{2})")
_LOCATOR = re.compile(r"(?<![\w-])[A-R]{2}\d{2}[a-x]{2}(?:\d{2})?(?![\w-])")


# A plus code, found from its "+" between a letter or digit of its alphabet and another:
# the alphabet is digits 2-9 and "CFGHJMPQRVWX"
_PLUS_SIGN = re.compile(r"\+(?<=[2-9CFGHJMPQRVWX]\+)(?=[2-9CFGHJMPQRVWX])")
_PLUS_CODE_WHOLE = re.compile(
    r"(?<![\w+])(?=[2-9CFGHJMPQRVWX+]*[CFGHJMPQRVWX])[2-9CFGHJMPQRVWX]{4,8}\+"
    r"[2-9CFGHJMPQRVWX]{2,3}(?![\w+])"
)


def _plus_codes(text: str) -> Iterator[Hit]:
    """Plus codes, found from their "+": rarer than a letter or a digit."""
    for plus in _PLUS_SIGN.finditer(text):
        code = _PLUS_CODE_WHOLE.search(text, max(0, plus.start() - 8), plus.end() + 3)
        if code is not None and code.start() <= plus.start() < code.end():
            yield COORDINATES, code.start(), code.end(), 0.9


def find_coordinates(text: str) -> Iterator[Hit]:
    """(kind, start, end, score) of each single coordinate with its hemisphere, and of
    each short decimal pair after a cue word (pairs of longer decimals and in degrees and
    minutes are found by :func:`intake.redact.patterns.find_coordinates`)."""
    floor = 0
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start(anchor.lastindex or 0)
        if at < floor:
            continue
        start, end = max(floor, at - _REACH), anchor.end() + _REACH
        for match in ONE_RE.finditer(text, start, end):
            if match.end() >= end - 1:
                break  # not a coordinate: none is so long
            yield COORDINATES, match.start(), match.end(), 0.9
            floor = match.end()
    pairs = LETTERED_PAIR_RE.finditer(text) if _LETTERED_PAIR_GATE.search(text) else iter(())
    for match in (*pairs, *LETTERS_FIRST_PAIR_RE.finditer(text)):
        yield COORDINATES, match.start(), match.end(), 0.9
    for band in _MGRS_GATE.finditer(text):
        grid = MGRS_RE.match(text, max(0, band.start() - 2)) or MGRS_RE.match(
            text, band.start() - 1
        )
        if grid is not None:
            yield COORDINATES, grid.start(), grid.end(), 0.9
    for digits in _LOCATOR_DIGITS.finditer(text):  # from its digits: rarer than letters
        if (locator := _LOCATOR.match(text, max(0, digits.start() - 2))) is not None:
            yield COORDINATES, locator.start(), locator.end(), 0.9
    yield from _plus_codes(text)
    for cue in cues.cue_matches(text, _CUE_HEADS, _CUE_RE):
        window = text[cue.end() : cue.end() + 40]
        if (pair := _SHORT_PAIR.search(window)) is not None:
            yield COORDINATES, cue.end() + pair.start(), cue.end() + pair.end(), 0.9


# A three-word address (what3words: a square of three metres), its three slashes before it
# ("///ropes.quietly.hammer", "///гора.окно.сон"), or after the service's name without them
# ("w3w: ropes.quietly.hammer")
_THREE_WORDS = re.compile(
    r"(?:(?<![\w/])///|(?<![\w/])(?:w3w|what3words)[:\s]{1,3})"
    r"(?P<words>(?:///)?[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+)(?!\w|\.\w)",
    re.IGNORECASE,
)


# The same address dictated: "slash slash slash lamp dot orbit dot kettle", "what3words:
# гора точка окно точка сон" (a voice note, a call's transcript)
_SLASH = r"(?:slash|сл[эе]ш)"
_THREE_SAID = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_SLASH}[ \t,-]+){{3}}|(?:w3w|what3words)[:\s]{{1,3}})"
    r"[^\W\d_]+(?:[ \t]+(?:dot|точка)[ \t]+[^\W\d_]+){2}(?![^\W\d_])",
    re.IGNORECASE,
)


def find_three_word_addresses(text: str) -> Iterator[Hit]:
    """Three-word addresses (:data:`_THREE_WORDS`), typed or dictated (:data:`_THREE_SAID`);
    they hold no digit."""
    if "//" in text or "3words" in text or "w3w" in text:
        for found in _THREE_WORDS.finditer(text):
            start = found.start() if found.group().startswith("///") else found.start("words")
            yield COORDINATES, start, found.end(), 0.9
    if "3words" in text or "w3w" in text or "lash" in text or "лэш" in text or "леш" in text:
        for found in _THREE_SAID.finditer(text):
            yield COORDINATES, found.start(), found.end(), 0.9
