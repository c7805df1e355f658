"""The publication check: reads the final text with detectors of its own, fails closed.

The redaction engine replaces what its form table and patterns know; the leak
gate refuses what they know. Neither sees a form nobody expected: a diminutive
("Серёжкин"), a misspelling ("Кравчинко"), an unregistered surname, a call sign,
a card number that fails its checksum. This package reads the text again
without the engine's form table and reports every word or code it cannot
explain, as a finding the review must decide (default: redact) and, at export,
as a reason to refuse until it is decided. Over-asking is cheap; a leak is not.

Rules: :mod:`intake.check.near_names`, :mod:`intake.check.near_terms` (registered terms),
:mod:`intake.check.capitalised`, :mod:`intake.check.numbers`; what they take as ordinary
text: :mod:`intake.check.english`
(Latin words, brands, titles), :mod:`intake.check.runs` (title case, lists of regions),
:mod:`intake.check.around` (journeys, firms, routes),
:mod:`intake.check.things` (газета «Труд»),
:mod:`intake.check.known` (towns in Latin, organisations in Cyrillic),
:mod:`intake.check.ratings` (ratings, sums, and the cues that keep a number asked).
The text is folded with the engine's normalisation (:mod:`intake.redact.normalize`), so
disguised letters are read as letters.
"""

from intake.check.core import CAPITALISED, KINDS, NEAR_NAME, NEAR_TERM, NUMBER, Check, Hit
from intake.check.words import masked_context

__all__ = [
    "CAPITALISED",
    "KINDS",
    "NEAR_NAME",
    "NEAR_TERM",
    "NUMBER",
    "Check",
    "Hit",
    "masked_context",
]
