"""Phone numbers, per region (phonenumbers, the libphonenumber port).

A cheap regex first finds digit runs that could be phones (at least 7 digits);
only those windows go through ``PhoneNumberMatcher``, region by region (with
region=None it finds about half of Russian formats). International numbers
(with "+") are accepted when possible, national ones only when valid, so that
"1 793" or "234" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from phonenumbers import Leniency, PhoneNumberMatcher

from intake.redact.findings import PHONE

REGIONS = ("RU", "UA", "BY", "KZ", "GE", "AM", "AZ", "UZ", "KG", "TJ", "MD", "LT", "LV", "EE",
           "PL", "FI", "DE", "GB", "US", "IL", "TR")
_CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-–]{5,22}\d(?!\w)")
_MIN_DIGITS = 7
_DATE_LIKE = re.compile(r"\d{1,4}[./]\d{1,2}[./]\d{1,4}|(?:19|20)\d\d-[01]\d-[0-3]\d")


def _window_hits(window: str) -> list[tuple[int, int]]:
    leniency = Leniency.POSSIBLE if window.lstrip("(").startswith("+") else Leniency.VALID
    for region in REGIONS:
        spans = [(m.start, m.end) for m in PhoneNumberMatcher(window, region, leniency=leniency)]
        if spans:
            return spans
    return []


def find_phones(text: str) -> Iterator[tuple[str, int, int, float]]:
    """(kind, start, end, score) of every phone number in ``text``."""
    for candidate in _CANDIDATE.finditer(text):
        window = candidate.group()
        if sum(c.isdigit() for c in window) < _MIN_DIGITS or _DATE_LIKE.fullmatch(window):
            continue
        for start, end in _window_hits(window):
            yield PHONE, candidate.start() + start, candidate.start() + end, 1.0
