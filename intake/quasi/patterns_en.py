"""English patterns of details that still point to one person (quasi-identifiers).

Same shape as :mod:`intake.quasi.patterns_ru`: (kind, pattern, class), the span
is the named group ``d`` when there is one.
"""

from __future__ import annotations

import re

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_DAY}\s+(?:{_MONTH})|(?:{_MONTH})\s+{_DAY}\b)(?:,?\s+{_YEAR})?"
_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_ORD = r"\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_UNIT = r"company|platoon|battalion|battery|squad|regiment|brigade|division|detachment"
_UNIT_TYPE = (
    r"engineering|engineer|sapper|assault|motor[- ]rifle|tank|artillery|reconnaissance"
    r"|airborne|marine|rifle|pontoon"
)
_SETTLEMENT = r"village|hamlet|settlement|town"
_PLACE_NAME = r"(?-i:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)"
_RELATIVE = (
    r"mother|father|mum|mom|dad|wife|husband|brother|sister|son|daughter|uncle|aunt"
    r"|grandmother|grandfather|stepfather|stepmother"
)
_JOB = (
    r"works|worked|teaches|taught|runs|ran|heads|headed|manages|managed|is a|was a|is the|was the"
)


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PATTERNS: tuple[tuple[str, re.Pattern[str], str | None], ...] = (
    ("quasi:birth", _c(rf"\bborn\s+(?:on\s+|in\s+)?(?:{_DATE}|{_YEAR})"), None),
    ("quasi:age", _c(r"\b\d{1,2}[- ]years?[- ]old\b"), None),
    ("quasi:age", _c(r"\b(?:aged|age)\s+\d{1,2}\b"), None),
    (
        "quasi:age",
        _c(
            r"\b(?:he|she|they)\s+(?:is|was|were|'s|had just turned|turned)\s+(?P<d>\d{1,2})\b(?!\s*(?:%|percent|km|kilomet|miles|days|months|hours|minutes))"
        ),
        None,
    ),
    ("quasi:place", _c(rf"\b(?P<d>(?:the\s+)?(?:{_SETTLEMENT})\s+of\s+{_PLACE_NAME})"), "village"),
    ("quasi:place", _c(rf"\b(?P<d>{_PLACE_NAME}\s+(?:village|hamlet))\b"), "village"),
    (
        "quasi:place",
        _c(
            r"\b(?P<d>(?:a|the)\s+(?:small\s+|tiny\s+)?(?:village|hamlet|settlement|town)\s+(?:of|with)\s+(?:about\s+|some\s+|around\s+|fewer than\s+|under\s+|barely\s+)?\d(?:[\d,]*\d)?(?:\s+(?:people|inhabitants|residents|souls))?)"
        ),
        "village",
    ),
    (
        "quasi:place",
        _c(
            r"\b(?P<d>(?:a\s+)?population\s+of\s+(?:about\s+|some\s+|around\s+|under\s+)?\d(?:[\d,]*\d)?)"
        ),
        "village",
    ),
    (
        "quasi:unit",
        _c(rf"\b(?P<d>(?:the\s+)?(?:{_ORD})\s+(?:(?-i:[a-z-]+)\s+){{0,2}}?(?:{_UNIT}))\b"),
        None,
    ),
    ("quasi:unit", _c(rf"\b(?P<d>(?:the\s+)?(?:{_UNIT_TYPE})\s+(?:{_UNIT}))\b"), None),
    (
        "quasi:rank",
        re.compile(
            r"\b(?:(?:[Ll]ance|[Ss]taff|[Ss]enior|[Jj]unior|[Ff]irst|[Ss]econd)\s+)?(?:[Cc]orporal|[Ss]ergeant|[Ll]ieutenant|[Cc]aptain|Major|[Cc]olonel|[Ww]arrant [Oo]fficer)\b"
        ),
        None,
    ),
    (
        "quasi:specialty",
        _c(
            r"\b(?:sniper|driver[- ]mechanic|gunner|sapper|combat engineer|signaller|signalman|radio operator|medic|machine[- ]gunner|grenadier|mortarman|drone operator|scout)s?\b"
        ),
        None,
    ),
    ("quasi:date", _c(rf"\b(?:on\s+)?{_DATE}"), None),
    (
        "quasi:occupation",
        _c(
            rf"\b(?:his|her|their|my|the)\s+(?:{_RELATIVE})\s+(?:still\s+|also\s+|used to\s+)?(?P<d>(?:{_JOB})\s[^.,;:!?\n]{{3,60}})"
        ),
        None,
    ),
    (
        "quasi:physical",
        _c(
            r"\b(?:scar|tattoo|birthmark|limp|prosthetic|prosthesis|stammer|stutter|missing (?:finger|fingers|eye|leg|arm|hand)|red hair|red-haired|bald)s?(?:\s+(?:on|across|over|from|of)\s+[^.,;!?\n]{1,40})?"
        ),
        None,
    ),
    ("quasi:count", _c(rf"\bone of (?:the\s+)?(?:{_NUMBER})\b"), None),
    (
        "quasi:count",
        _c(
            rf"\b(?:with|and)\s+(?:{_NUMBER})\s+(?:other|others|more)\b(?:\s+(?:men|soldiers|conscripts|servicemen|people))?"
        ),
        None,
    ),
    ("quasi:count", _c(r"\bthe only (?:one|man|soldier|woman|person|conscript)\b"), None),
)
