"""The leak gate: the last check before an export's bytes touch the disk. Nothing skips it.

What it protects against: a real identifier reaching a publication through a
wrong review decision, a missed finding, a pseudonym equal to a real name, a
template, or a renderer. It reads every string of the export document and then
every view of the final bytes (see :class:`intake.export.layout.Rendered`) and
the manifest, and asks the redaction engine's ``scan_for_leaks`` for every
registered non-public person and term in all their forms (case forms,
transliterations, look-alike letters and invisible characters folded), every
pattern recognizer (phones, e-mails, units, IDs...), and every original string
of a finding the review decided to redact, in any testimony of the export (but a word
the export writes of its own, its note's or its labels': a table's header "Имена"
redacted in a testimony says nothing of anyone in "Имена и подробности ... изменены").

Because the engine only sees what it knows, the document's published fields
are also read by the publication check (:mod:`intake.check`, :meth:`Gate.checked`),
which has detectors of its own: near-misses of registered names, capitalised
words and long codes nothing explains. Its hits are findings the review lists
and must decide; one left undecided refuses the export too.

Any hit refuses the whole export. The refusal names every hit: the testimony,
the place (field or file), the character offset and kind, and for a check hit
a short context in which the string is masked (first character only), never
the string that leaked. Limits: the engine's scans see what it can recognise;
the check sees what its rules describe (see each rule's limits).
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from intake.check import KINDS as CHECK_KINDS
from intake.check import Check, masked_context
from intake.errors import LeakRefused
from intake.export.language import own_phrases, own_words
from intake.export.layout import Rendered, without_keys, without_tool_values
from intake.redact.normalize import skeleton
from intake.wording import article

# A character reference of HTML or Markdown ("&#124;", "&#x7C;", "&amp;"), or a Markdown
# backslash escape of a punctuation mark ("\_", "\*").
_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|\\[!-/:-@\[-`{-~]"
)

# Finding kinds that are not leaks even when a scanner reports them.
NOT_LEAKS = frozenset({"public_person", "pseudonym", "tag"})
EXTRA = "extra"  # the recognizer name of hits on the original strings given to the scanner
SEPARATOR = "\n\n"  # between the document's strings when they are read in one pass
CHECKED_FIELDS = ("title", "byline", "summary", "quotes", "transcript")  # published words


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
    context: str = ""  # for a check hit: the words around it, the hit itself masked

    def describe(self) -> str:
        owner = f"testimony {self.testimony}" if self.testimony else "the export's own text"
        shown = f" {self.context}" if self.context else ""
        return f"{article(self.kind)} in {owner}, {self.where}, at character {self.offset}{shown}"


@functools.cache
def _own_keys() -> frozenset[str]:
    """The words the export writes of its own, folded as the gate compares them."""
    return frozenset(skeleton(word) for word in own_words())


class Gate:
    """Scans texts with one scanner and the original strings that must not appear.

    ``originals`` are (kind, text) pairs: a hit on one is reported with its kind.
    """

    def __init__(self, scanner: Scanner, originals: Sequence[tuple[str, str]] = ()) -> None:
        self._scanner = scanner
        # not a word the export writes of its own: a table's header "Имена" asked about and
        # redacted in a testimony is a word of the note "Имена и подробности ... изменены",
        # which says nothing of anyone
        own = _own_keys()
        self._originals = tuple(
            sorted({t for _kind, t in originals if t.strip() and skeleton(t).strip() not in own})
        )
        self._kinds = {skeleton(text).strip(): kind for kind, text in originals}

    def scan(self, text: str, testimony: str | None, where: str) -> list[Leak]:
        hits = self._scanner.scan_for_leaks(text, self._originals)
        own = _own_phrases_in(text) if hits else []
        return [
            Leak(testimony, where, self._kind(f, text), f.start)
            for f in hits
            if f.kind not in NOT_LEAKS
            # the tool's own byline around the names it shows: "An anonymous source" is no
            # registered Vietnamese An, whom a form of the engine's reads in it
            and not any(start <= f.start and f.end <= end for start, end in own)
        ]

    def _kind(self, hit: _Finding, text: str) -> str:
        if hit.recognizer != EXTRA:
            return hit.kind
        return self._kinds.get(skeleton(text[hit.start : hit.end]).strip(), "redacted detail")

    def document(self, document: Mapping[str, Any]) -> list[Leak]:
        """Every string of the export's testimonies, read in one pass, reported field by
        field. The document's own values (its date, the policy version) are the tool's
        (:func:`intake.export.layout.without_tool_values`), and so are a testimony's id and
        language code (:data:`_FIXED`)."""
        places: list[tuple[str | None, str]] = []
        texts: list[str] = []
        for testimony in document["testimonies"]:
            for where, text in _strings(testimony):
                if where in _FIXED:
                    continue
                places.append((testimony["id"], where))
                texts.append(text)
        starts = list(itertools.accumulate((len(t) + len(SEPARATOR) for t in texts), initial=0))
        leaks = []
        for hit in self.scan(SEPARATOR.join(texts), None, ""):
            index = bisect.bisect_right(starts, hit.offset) - 1
            testimony, where = places[index]
            leaks.append(Leak(testimony, where, hit.kind, hit.offset - starts[index]))
        return leaks

    def rendered(
        self, rendered: Rendered, where: str, decoded_too: bool | None = None
    ) -> list[Leak]:
        """Every view of the final bytes; a hit is attributed to the testimony it sits in.
        Where a view decoded through markup is read too, character references in the
        views as written are blanked first: "&#124;" is markup, and its digits would read
        as a number ("по делу ... &#124;" as a case number); their letters are in the
        decoded view. ``decoded_too``: the caller reads the decoded views apart."""
        leaks: list[Leak] = []
        decoded = any(v.decoded for v in rendered.views) if decoded_too is None else decoded_too
        for view in rendered.views:
            back: Callable[[int], int] = _same
            text = view.text
            if decoded and not view.decoded:
                text, back = _without_references(view.text)
            for hit in self.scan(text, None, where):
                offset = back(hit.offset)
                leaks.append(Leak(view.owner_at(offset), where, hit.kind, offset))
        return leaks


# A hex digest the manifest writes: a file's SHA-256, the build in the tool's version
_DIGEST = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{12,}(?![0-9A-Za-z])")


# The manifest's values that its schema fixes: its own version, the format, whether the
# transcript is in, the testimonies' ids and their disclosure levels
_MANIFEST_VALUE = re.compile(
    r'(?<="intake_export_manifest": )[0-9]+(?![0-9])'
    r'|(?<="format": ")[a-z]+(?=")'
    r"|(?<=\"with_transcript\": )(?:true|false)"
    r'|"t-[a-z0-9]{4,32}"'
    r'|(?<=": ")(?:low|medium|high)(?=")'
)


def manifest_view(text: str) -> str:
    """The manifest's text as the gate reads it, offsets kept: its hex digests, its keys and
    its other values of the tool's own (the date, the policy version, the sizes, its own
    version, the format, the testimonies' ids and levels) blanked. A digest's digits, read
    as the letters they look like, can spell a short name ("…89da709f…" reads "dato"); a
    key can hold a word someone decided to redact elsewhere ("policy_version" after a
    vCard's "VERSION"); the date holds a number someone decided to redact ("12" in
    December), and so does the manifest's version (a room "1" in a table of rooms). The
    values the user gives, such as the file's name, are read."""
    blanked = _DIGEST.sub(lambda found: " " * len(found.group()), without_tool_values(text))
    blanked = _MANIFEST_VALUE.sub(lambda found: " " * len(found.group()), blanked)
    return without_keys(blanked)


def _same(offset: int) -> int:
    return offset


def _without_references(text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` with each character reference read as the punctuation it encodes ("15&#46;09"
    as "15.09": Markdown's escape of a date at a line's start) or blanked when it encodes a
    letter or digit, each backslash escape as the mark it escapes ("u/snow\\_fall" as
    "u/snow_fall", not a shorter handle "u/snow" a pattern reads where the document had
    none), and a function from its offsets back to ``text``'s."""
    pieces, starts, origins, position, length = [], [0], [0], 0, 0
    for found in _REFERENCE.finditer(text):
        written = found.group()
        plain = written[1] if written[0] == "\\" else html.unescape(written)
        if len(plain) != 1 or plain.isalnum():
            plain = " " * len(found.group())
        pieces += [text[position : found.start()], plain]
        length += found.start() - position
        starts.append(length)
        origins.append(found.start())
        length += len(plain)
        starts.append(length)
        origins.append(found.end())
        position = found.end()
    pieces.append(text[position:])

    def back(offset: int) -> int:
        index = bisect.bisect_right(starts, offset) - 1
        return origins[index] + (offset - starts[index])

    return "".join(pieces), back


def checked(
    document: Mapping[str, Any],
    check: Check,
    explained: Callable[[str], Sequence[tuple[int, int]]],
) -> list[Leak]:
    """Every hit of the publication check in each published field of each testimony.

    ``explained(text)`` gives the spans the engine wrote (pseudonyms, tags) or keeps by
    policy; ``check`` carries the strings the reviewer decided to keep."""
    leaks = []
    for testimony in document["testimonies"]:
        fields = {name: testimony.get(name) for name in CHECKED_FIELDS}
        for where, text in _strings(fields):
            spans = list(explained(text))
            if where == "byline" or where.endswith(".attribution"):
                spans += _own_phrases_in(text)  # the tool's words around the names it shows
            hits = check.run(text, spans)
            spans = [(h.start, h.end) for h in hits]
            for hit in hits:
                context = masked_context(text, hit.start, hit.end, hidden=spans)
                leaks.append(Leak(testimony["id"], where, hit.kind, hit.start, context))
    return leaks


def _own_phrases_in(text: str) -> list[tuple[int, int]]:
    """Spans of the phrases the tool writes in a byline or an attribution ("An anonymous
    source": "An" is no near-miss of a registered Anh there)."""
    spans: list[tuple[int, int]] = []
    for phrase in own_phrases():
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + len(phrase))
    return spans


# A testimony's values that the export's schema fixes: its id ("t-" and letters and digits)
# and its language ("ru" or "en"). The tool writes them; read, a string redacted in the
# testimony ("RU" of a transcript's "RU:" labels) was found in the language code.
_FIXED = frozenset({"id", "language"})


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
    """Raise :class:`LeakRefused` naming every leak (never its text) if there is one."""
    if not leaks:
        return
    count = f" ({len(leaks)} hits)" if len(leaks) > 1 else ""
    listed = "; ".join(leak.describe() for leak in leaks)
    if hint is None and any(leak.kind in CHECK_KINDS for leak in leaks):
        hint = CHECK_HINT
    raise LeakRefused(f"export refused by the leak gate{count}: {listed}", hint)


CHECK_HINT = (
    "Nothing was written. Each check: hit is a word or number the publication check cannot "
    "explain: decide it in review ('intake review ID' lists it; the default redacts it), "
    "approve, and export again."
)
