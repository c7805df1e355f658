"""English patterns of details that still point to one person (quasi-identifiers).

Same shape as :mod:`intake.quasi.patterns_ru`: (kind, pattern, class, trigger stems),
the span is the named group ``d`` when there is one.
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
_DATE = rf"(?:{_DAY}\s+(?:of\s+)?(?:{_MONTH})|(?:{_MONTH})\s+{_DAY}\b)(?:,?\s+{_YEAR})?"
_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_ORD = r"\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_UNIT = r"company|platoon|battalion|battery|squad|regiment|brigade|division|detachment"
_UNIT_TYPE = (
    r"engineering|engineer|sapper|assault|motor[- ]rifle|tank|artillery|reconnaissance"
    r"|airborne|marine|rifle|pontoon"
)
_SETTLEMENT = r"village|hamlet|settlement|town"
_PLACE_NAME = r"(?-i:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)"
_ABOUT = r"(?:about\s+|some\s+|around\s+|fewer than\s+|under\s+|barely\s+)?"
_RELATIVE = (
    r"mother|father|mum|mom|dad|wife|husband|brother|sister|son|daughter|uncle|aunt"
    r"|grandmother|grandfather|stepfather|stepmother"
)
_JOB = r"works|worked|teaches|taught|runs|ran|heads|headed|manages|managed|is a|was a|is the"
_RANK = (
    r"\b(?:(?:[Ll]ance|[Ss]taff|[Ss]enior|[Jj]unior|[Ff]irst|[Ss]econd)\s+)?"
    r"(?:[Cc]orporal|[Ss]ergeant|[Ll]ieutenant|[Cc]aptain|Major|[Cc]olonel|[Ww]arrant [Oo]fficer)\b"
)
_SPECIALTY = (
    r"sniper|driver[- ]mechanic|gunner|sapper|combat engineer|signaller|signalman"
    r"|radio operator|medic|machine[- ]gunner|grenadier|mortarman|drone operator|scout"
)
_PHYSICAL = (
    r"scar|tattoo|birthmark|limp|prosthetic|prosthesis|stammer|stutter"
    r"|missing (?:finger|fingers|eye|leg|arm|hand)|red hair|red-haired|bald"
)

_JOBS = (
    r"teacher|nurse|doctor|paramedic|shop|accountant|post|librarian|tractor|driver|cook"
    r"|head|principal|engineer|mechanic|welder|miner|milk|agronomist|police|clerk|cleaner"
)
# Triggers: lower-case stems separated by "|" (plain text, not patterns).
_AGE_KEYS = "|".join(f"{v} {d}" for v in ("is", "was", "were", "turned") for d in "123456789")
_SETTLEMENT_KEYS = _SETTLEMENT
_UNIT_KEYS = _UNIT
_SPECIALTY_KEYS = (
    "sniper|driver|gunner|sapper|engineer|signaller|signalman|radio operator|medic|grenadier"
    "|mortarman|drone operator|scout"
)
_PHYSICAL_KEYS = (
    "scar|tattoo|birthmark|limp|prosthe|stammer|stutter|missing|red hair|red-haired|bald"
)

Row = tuple[str, re.Pattern[str], str | None, str]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PATTERNS: tuple[Row, ...] = (
    ("quasi:birth", _c(rf"\bborn\s+(?:on\s+|in\s+)?(?:{_DATE}|{_YEAR})"), None, "born"),
    (
        "quasi:age",
        _c(r"\b\d{1,2}[- ]years?[- ]old\b"),
        None,
        "year old|years old|year-old|years-old",
    ),
    ("quasi:age", _c(r"\b(?:aged|age)\s+\d{1,2}\b"), None, "age"),
    (
        "quasi:age",
        _c(
            r"\b(?:he|she|they)\s+(?:is|was|were|'s|had just turned|turned)\s+(?P<d>\d{1,2})\b"
            r"(?!\s*(?:%|percent|km|kilomet|miles|days|months|hours|minutes))"
        ),
        None,
        _AGE_KEYS,
    ),
    (
        "quasi:age",
        _c(
            r"\b(?:son|daughter|husband|wife|brother|sister|he|she|then|now|just|only|barely)"
            r",?\s+(?:then\s+|now\s+|just\s+|only\s+)?(?P<d>(?:1[6-9]|[2-6]\d))\b"
            r"(?!\s*(?:%|percent|km|kilomet|miles|days|months|hours|minutes|years|weeks|times))"
        ),
        None,
        "son|daughter|husband|wife|brother|sister|he |she |then |now |just |only |barely ",
    ),
    (
        "quasi:place",
        _c(
            rf"\b(?P<d>{_PLACE_NAME}),\s+(?:a|the)\s+(?:small\s+|tiny\s+|remote\s+)?(?:village|hamlet)"
        ),
        "village",
        "village|hamlet",
    ),
    (
        "quasi:place",
        _c(rf"\b(?P<d>(?:the\s+)?(?:{_SETTLEMENT})\s+of\s+{_PLACE_NAME})"),
        "village",
        _SETTLEMENT_KEYS,
    ),
    (
        "quasi:place",
        _c(rf"\b(?P<d>{_PLACE_NAME}\s+(?:village|hamlet))\b"),
        "village",
        _SETTLEMENT_KEYS,
    ),
    (
        "quasi:place",
        _c(
            rf"\b(?P<d>(?:a|the)\s+(?:small\s+|tiny\s+)?(?:{_SETTLEMENT})\s+(?:of|with)\s+"
            rf"{_ABOUT}\d(?:[\d,]*\d)?(?:\s+(?:people|inhabitants|residents|souls))?)"
        ),
        "village",
        _SETTLEMENT_KEYS,
    ),
    (
        "quasi:place",
        _c(rf"\b(?P<d>(?:a\s+)?population(?:\s+of)?\s+{_ABOUT}\d(?:[\d,]*\d)?)"),
        "village",
        "population",
    ),
    (
        "quasi:unit",
        _c(rf"\b(?P<d>(?:the\s+)?(?:{_ORD})\s+(?:(?-i:[a-z-]+)\s+){{0,2}}?(?:{_UNIT}))\b"),
        None,
        _UNIT_KEYS,
    ),
    ("quasi:unit", _c(rf"\b(?P<d>(?:the\s+)?(?:{_UNIT_TYPE})\s+(?:{_UNIT}))\b"), None, _UNIT_KEYS),
    (
        "quasi:rank",
        re.compile(_RANK),
        None,
        "corporal|sergeant|lieutenant|captain|major|colonel|warrant",
    ),
    ("quasi:specialty", _c(rf"\b(?:{_SPECIALTY})s?\b"), None, _SPECIALTY_KEYS),
    (
        "quasi:specialty",
        _c(r"\bserved as an?\s+(?P<d>(?:driver|cook|mechanic|rifleman|loader|clerk|signaller))\b"),
        None,
        "served as",
    ),
    (
        "quasi:place",
        re.compile(rf"\b(?P<d>(?:the\s+)?{_PLACE_NAME}\s+[Dd]istrict)\b"),
        "town",
        "district",
    ),
    ("quasi:date", _c(rf"\b(?:on\s+)?(?:the\s+)?{_DATE}"), None, _MONTH.lower()),
    (
        "quasi:occupation",
        _c(
            rf"\b(?:his|her|their|my|the)\s+(?:{_RELATIVE})\s+(?:still\s+|also\s+|used to\s+)?"
            rf"(?P<d>(?:{_JOB})\s[^.,;:!?\n]{{3,60}})"
        ),
        None,
        _RELATIVE,
    ),
    (
        "quasi:occupation",
        re.compile(
            r"\bI\s+(?:still\s+|also\s+|used to\s+)?(?P<d>(?:work|worked|teach|taught|run|ran|head|"
            r"headed|manage|managed)\s[^.,;:!?\n]{3,60})"
        ),
        None,
        "work|teach|taught|run |ran |head|manage",
    ),
    (
        "quasi:occupation",
        _c(
            rf"\b(?:his|her|their|my)\s+(?:{_RELATIVE}),\s+(?P<d>(?:a|an|the)\s+(?:{_JOBS})[^.,;:!?\n]{{0,50}})"
        ),
        None,
        _JOBS,
    ),
    (
        "quasi:place",
        _c(r"\b(?P<d>\d(?:[\d,]*\d)?\s+(?:inhabitants|residents))"),
        "village",
        "inhabitants|residents",
    ),
    (
        "quasi:physical",
        _c(rf"\b(?:{_PHYSICAL})s?(?:\s+(?:on|across|over|from|of)\s+[^.,;!?\n]{{1,40}})?"),
        None,
        _PHYSICAL_KEYS,
    ),
    ("quasi:count", _c(rf"\bone of (?:the\s+)?(?:{_NUMBER})\b"), None, "one of"),
    (
        "quasi:count",
        _c(
            rf"\b(?:with|and)\s+(?:the\s+)?(?:{_NUMBER})\s+(?:other\s+|more\s+|fellow\s+)?"
            r"(?:others|other|more|men|soldiers|servicemen|conscripts|comrades|people)\b"
        ),
        None,
        "other|more|men|soldiers|servicemen|conscripts|comrades|people",
    ),
    (
        "quasi:count",
        _c(r"\bthe only (?:one|man|soldier|woman|person|conscript)\b"),
        None,
        "the only",
    ),
)
# A settlement named after a preposition ("from Kyakhta"): the gazetteer decides.
BARE = re.compile(r"\b(?:from|in|near)\s+(?P<d>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")
BARE_TRIGGER = re.compile(r"\b(?:from|in|near)\s+[A-Z][a-z]")
