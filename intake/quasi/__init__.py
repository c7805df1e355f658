"""Details that still point to one person once names are gone (quasi-identifiers).

A testimony with every name replaced can still identify its source: an exact
age, a small home village, a company number, the date of a detention, a
relative's workplace, a scar, "one of three who refused". This package finds
such details (:func:`find_details`, spans only), offers generalisations that
keep the text grammatical (:func:`options`), and scores what remains with the
rules in ``intake/data/quasi_rules.json`` (:func:`assess`): a level low, medium
or high, explained in plain words without quoting the details.

What it does not do: it cannot know how many people really share a detail,
reads only the patterns it has (a detail worded otherwise is missed), and never
changes the text by itself: the reviewer chooses.
"""

from __future__ import annotations

from intake.quasi.detect import Detail, find_details
from intake.quasi.generalise import options
from intake.quasi.score import LEVELS, Assessment, assess, at_least, rules

PREFIX = "quasi:"

__all__ = [
    "LEVELS",
    "PREFIX",
    "Assessment",
    "Detail",
    "assess",
    "at_least",
    "find_details",
    "is_quasi",
    "options",
    "rules",
]


def is_quasi(kind: str) -> bool:
    return kind.startswith(PREFIX)
