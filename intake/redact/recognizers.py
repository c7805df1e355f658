"""The recognizers the engine iterates: one interface, one registry.

A recognizer reads a text (its :class:`~intake.redact.normalize.Normalized` views)
and returns findings, spans in the original text, never rewritten text. It may
look at what the recognizers before it found (the NER reads only sentences with
something left to find). The engine runs them in the order of its registry;
operators, not recognizers, rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Protocol

from intake.redact import patterns, unregistered
from intake.redact.findings import TAG, Finding
from intake.redact.matcher import Matcher
from intake.redact.normalize import Normalized
from intake.redact.resolve import union_spans
from intake.redact.rewrite import findings_of

_TAG_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")


class Recognizer(Protocol):
    name: str

    def find(self, norm: Normalized, found: Sequence[Finding]) -> list[Finding]:
        """Findings in ``norm``'s original text; ``found``: those of earlier recognizers."""
        ...


class Registered:
    """Registered people and terms (or pseudonyms in use) by their forms."""

    def __init__(self, name: str, matcher: Callable[[], Matcher]) -> None:
        self.name, self._matcher = name, matcher  # a callable: the matcher may be rebuilt

    def find(self, norm: Normalized, found: Sequence[Finding]) -> list[Finding]:
        return self._matcher().find(norm)


class Tags:
    """Category tags already in the text ("[телефон]"): redacting twice changes nothing."""

    name = "tag"

    def __init__(self, words: Collection[str]) -> None:
        self._words = words

    def find(self, norm: Normalized, found: Sequence[Finding]) -> list[Finding]:
        return [
            Finding(TAG, m.start(), m.end(), 1.0, "tag")
            for m in _TAG_RE.finditer(norm.original)
            if m.group()[1:-1].removesuffix("\\") in self._words  # Markdown's "\[card\]" too
        ]


class Patterns:
    """Phones, e-mails, handles, unit and ID numbers... (:mod:`intake.redact.patterns`)."""

    name = "patterns"

    def find(self, norm: Normalized, found: Sequence[Finding]) -> list[Finding]:
        return findings_of(norm, patterns.run_all(norm.clean))


class Names:
    """Names nobody registered: rules, and the NER when ``ner()`` (:mod:`.names`)."""

    name = "names"

    def __init__(self, ner: Callable[[], bool]) -> None:
        self._ner = ner

    def find(self, norm: Normalized, found: Sequence[Finding]) -> list[Finding]:
        ner = self._ner()
        covered = None  # NER reads only sentences with something left to find
        if ner and not norm.shifts:
            covered = union_spans([(f.start, f.end) for f in found])
        return findings_of(norm, unregistered.find_all(norm.clean, ner, covered))
