"""English generalisations that keep the sentence grammatical.

"a 24-year-old" -> "a twenty-something", "aged 24" -> "in his twenties",
"on 19 July" -> "in July" / "in the summer", "the village of Klyuchi" -> "a
village" / "a village in Buryatia", "the 3rd company" -> "a company" / "a
unit", "one of three" -> "one of several".
"""

from __future__ import annotations

import re

from intake.quasi.patterns_en import MONTHS

SEASONS = ("winter", "spring", "summer", "autumn")
DECADES = {1: "teens", 2: "twenties", 3: "thirties", 4: "forties", 5: "fifties", 6: "sixties"}
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}
_NUMBER = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.I)
_VERBS = {"is a": "is employed", "was a": "was employed", "is the": "is employed"}


def age(text: str, pronoun: str) -> list[str]:
    number = int(re.search(r"\d+", text).group())  # type: ignore[union-attr]
    decade = DECADES.get(number // 10)
    if re.search(r"year[- ]old$", text) and "years old" not in text:
        return [f"{_TENS[number // 10]}-something"] if number // 10 in _TENS else ["young"]
    if decade is None:
        return []
    return [f"in {pronoun} {decade}"]


def birth(text: str) -> list[str]:
    year = int(re.search(r"(?:19|20)\d{2}", text).group())  # type: ignore[union-attr]
    part = "early" if year % 10 < 4 else "mid" if year % 10 < 7 else "late"
    return [f"born in the {part} {year // 10 * 10}s", f"born in the {year // 10 * 10}s"]


_PREPOSITIONS = ("by", "until", "till", "before", "after", "since", "from", "to", "around")


def date(text: str, before: str = "") -> list[str]:
    """ "on 19 July" -> "in July"; after "until" or "by": "mid-July", "the summer"."""
    month = next((i for i, m in enumerate(MONTHS) if m.lower() in text.lower()), None)
    if month is None:
        return []
    year_match = re.search(r"(?:19|20)\d{2}", text)
    year = f" {year_match.group()}" if year_match else ""
    season = SEASONS[(month + 1) % 12 // 3]
    if before in _PREPOSITIONS and not text.lower().startswith("on "):
        return [f"mid-{MONTHS[month]}{year}", f"the {season}" + (f" of{year}" if year else "")]
    out = [f"in {MONTHS[month]}{year}", f"in the {season}" + (f" of{year}" if year else "")]
    return out + ([f"in{year}"] if year else [])


def place(text: str, size: str | None, region: str | None) -> list[str]:
    lower = text.lower()
    if "population" in lower:
        return ["a small population"]
    counted = re.search(r"(\d[\d,]*)\s+(inhabitants|residents)", lower)
    if counted:
        few = "thousand" if int(counted.group(1).replace(",", "")) >= 1000 else "hundred"
        return [f"a few {few} {counted.group(2)}"]
    if re.search(r"\d", text):
        return ["a small village"]
    if lower.endswith("district"):
        return ["a district"] + ([f"a district {region}"] if region else [])
    noun = "village" if "village" in lower or "hamlet" in lower else "small town"
    if " " not in text.strip():  # a bare town name: "from Kyakhta"
        noun = "small town" if size == "town" else "small settlement"
    out = [f"a {noun}"]
    return out + ([f"a {noun} {region}"] if region else [])


def unit(text: str) -> list[str]:
    noun = text.rsplit(maxsplit=1)[-1].lower()
    return [f"a {noun}", "a unit"]


def serviceman(text: str) -> list[str]:
    return [
        "servicemen" if text.lower().endswith("s") and not text.endswith("ss") else "serviceman"
    ]


def count(text: str) -> list[str]:
    lower = text.lower()
    if lower.startswith("the only"):
        return ["one of the few"]
    match = _NUMBER.search(text)
    if match is None:
        return []
    return [text[: match.start()] + "several" + text[match.end() :]]


def occupation(text: str) -> list[str]:
    for start, general in _VERBS.items():
        if text.lower().startswith(start):
            return [general]
    first = text.split(maxsplit=1)[0]
    return ["[occupation]"] if first.lower() in ("a", "an", "the") else [first]


def physical(text: str) -> list[str]:
    del text
    return ["[distinctive feature]"]
