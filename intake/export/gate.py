"""The leak gate: the last check before an export's bytes touch the disk. Nothing skips it.

What it protects against: a real identifier reaching a publication through a
wrong review decision, a missed finding, a pseudonym equal to a real name, a
template, or a renderer. It reads every string of the export document and then
every view of the final bytes (see :class:`intake.export.layout.Rendered`) and
the manifest, and asks the redaction engine's ``scan_for_leaks`` for every
registered non-public person and term in all their forms (case forms,
transliterations, look-alike letters and invisible characters folded), every
pattern recognizer (phones, e-mails, units, IDs...), and every original string
of a finding the review decided to redact, in any testimony of the export.

Any hit refuses the whole export. The refusal names the testimony, the place
(field or file) and the character offset and kind of the first hit, never the
string that leaked. Limits: it sees what the engine can recognise; an
identifier nobody registered and no pattern describes (a nickname, a rare
detail) is caught only by review, which is why review comes first.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from intake.errors import LeakRefused
from intake.export.layout import Rendered
from intake.redact.normalize import skeleton

# Finding kinds that are not leaks even when a scanner reports them.
NOT_LEAKS = frozenset({"public_person", "pseudonym", "tag"})
EXTRA = "extra"  # the recognizer name of hits on the original strings given to the scanner
SEPARATOR = "\n\n"  # between the document's strings when they are read in one pass


class _Finding(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def recognizer(self) -> str: ...


class Scanner(Protocol):
    """What the gate needs of the redaction engine."""

    def scan_for_leaks(
        self, text: str, extra_strings: Sequence[str] = ()
    ) -> Sequence[_Finding]: ...


@dataclass(frozen=True)
class Leak:
    testimony: str | None  # None: the document's own words, a file name or the manifest
    where: str  # a field ("summary", "quotes[1]") or an output ("the md file")
    kind: str
    offset: int

    def describe(self) -> str:
        owner = f"testimony {self.testimony}" if self.testimony else "the export's own text"
        return f"a {self.kind} in {owner}, {self.where}, at character {self.offset}"


class Gate:
    """Scans texts with one scanner and the original strings that must not appear.

    ``originals`` are (kind, text) pairs: a hit on one is reported with its kind.
    """

    def __init__(self, scanner: Scanner, originals: Sequence[tuple[str, str]] = ()) -> None:
        self._scanner = scanner
        self._originals = tuple(sorted({text for _kind, text in originals if text.strip()}))
        self._kinds = {skeleton(text).strip(): kind for kind, text in originals}

    def scan(self, text: str, testimony: str | None, where: str) -> list[Leak]:
        hits = self._scanner.scan_for_leaks(text, self._originals)
        return [
            Leak(testimony, where, self._kind(f, text), f.start)
            for f in hits
            if f.kind not in NOT_LEAKS
        ]

    def _kind(self, hit: _Finding, text: str) -> str:
        if hit.recognizer != EXTRA:
            return hit.kind
        return self._kinds.get(skeleton(text[hit.start : hit.end]).strip(), "redacted detail")

    def document(self, document: Mapping[str, Any]) -> list[Leak]:
        """Every string of the export document, read in one pass, reported field by field."""
        places: list[tuple[str | None, str]] = [(None, "policy_version"), (None, "generated_on")]
        texts = [str(document["policy_version"]), str(document["generated_on"])]
        for testimony in document["testimonies"]:
            for where, text in _strings(testimony):
                places.append((testimony["id"], where))
                texts.append(text)
        starts = list(itertools.accumulate((len(t) + len(SEPARATOR) for t in texts), initial=0))
        leaks = []
        for hit in self.scan(SEPARATOR.join(texts), None, ""):
            index = bisect.bisect_right(starts, hit.offset) - 1
            testimony, where = places[index]
            leaks.append(Leak(testimony, where, hit.kind, hit.offset - starts[index]))
        return leaks

    def rendered(self, rendered: Rendered, where: str) -> list[Leak]:
        """Every view of the final bytes; a hit is attributed to the testimony it sits in."""
        leaks: list[Leak] = []
        for view in rendered.views:
            for hit in self.scan(view.text, None, where):
                leaks.append(Leak(view.owner_at(hit.offset), where, hit.kind, hit.offset))
        return leaks


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, string) for every string inside ``node``."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")


def refuse_if_any(leaks: Sequence[Leak], hint: str | None = None) -> None:
    """Raise :class:`LeakRefused` naming the first leak (never its text) if there is one."""
    if not leaks:
        return
    more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
    raise LeakRefused(f"export refused by the leak gate: {leaks[0].describe()}{more}", hint)
