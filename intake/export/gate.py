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

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from intake.errors import LeakRefused
from intake.export.layout import Rendered

# Finding kinds that are not leaks even when a scanner reports them.
NOT_LEAKS = frozenset({"public_person", "pseudonym", "tag"})


class _Finding(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...


class Scanner(Protocol):
    """What the gate needs of the redaction engine."""

    def scan_for_leaks(self, text: str,
                       extra_strings: Sequence[str] = ()) -> Sequence[_Finding]: ...


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
    """Scans strings with one scanner and one set of original strings that must not appear."""

    def __init__(self, scanner: Scanner, originals: Sequence[str] = ()) -> None:
        self._scanner = scanner
        self._originals = tuple(sorted({s for s in originals if s.strip()}))

    def scan(self, text: str, testimony: str | None, where: str) -> list[Leak]:
        hits = self._scanner.scan_for_leaks(text, self._originals)
        return [Leak(testimony, where, f.kind, f.start) for f in hits if f.kind not in NOT_LEAKS]

    def document(self, document: Mapping[str, Any]) -> list[Leak]:
        """Every string of the export document, field by field."""
        leaks: list[Leak] = []
        for key in ("policy_version", "generated_on"):
            leaks += self.scan(str(document[key]), None, key)
        for testimony in document["testimonies"]:
            for where, text in _strings(testimony):
                leaks += self.scan(text, testimony["id"], where)
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


def refuse_if_any(leaks: Sequence[Leak]) -> None:
    """Raise :class:`LeakRefused` naming the first leak (never its text) if there is one."""
    if not leaks:
        return
    more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
    raise LeakRefused(f"export refused by the leak gate: {leaks[0].describe()}{more}; "
                      "nothing was written")
