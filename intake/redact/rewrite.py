"""Helpers of the engine's output side: the words around a replacement, mapping output
spans back to the input, findings from recognizer hits, and pausing the collector."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from intake.redact.findings import Applied, Finding
from intake.redact.normalize import Normalized
from intake.redact.operators import agree_preposition

_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(об|о|со|с)( )$", re.IGNORECASE)
RecognizerHit = tuple[str, str, int, int, float]  # (recognizer, kind, start, end, score)


def findings_of(norm: Normalized, hits: Iterable[RecognizerHit]) -> list[Finding]:
    """Findings in original offsets for hits in ``norm``'s views."""
    if not norm.shifts:
        return [Finding(kind, start, end, score, name) for name, kind, start, end, score in hits]
    out: list[Finding] = []
    for name, kind, start, end, score in hits:
        o_start, o_end = norm.span(start, end)
        out.append(Finding(kind, o_start, o_end, score, name))
    return out


def word_before(text: str, start: int) -> str:
    """The word just before ``start``, when only spaces separate them ("" otherwise)."""
    chunk = text[max(0, start - 40) : start]
    stripped = chunk.rstrip()
    index = len(stripped)
    if index == len(chunk):
        return ""
    while index > 0 and (stripped[index - 1].isalnum() or stripped[index - 1] == "_"):
        index -= 1
    return stripped[index:]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during one redaction. It allocates tens of
    thousands of small acyclic objects, and the collections they trigger walk the whole
    expanded registry (a quarter of the time on a 1 MB text); reference counting still
    frees them. Safe across threads: the collector is enabled again by whoever paused it
    first."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def with_preposition(text: str, floor: int, start: int, replacement: str) -> tuple[int, str]:
    """Widen a pseudonym's span over the preposition before it when the pseudonym needs
    the other form of it ("о Евгении" -> "об Олеге")."""
    before = _PREPOSITION_BEFORE.search(text, max(floor, start - 4), start)
    if before is None:
        return start, replacement
    preposition = before.group(1)
    agreed = agree_preposition(preposition, replacement)
    if agreed == preposition:
        return start, replacement
    return before.start(), agreed + before.group(2) + replacement


# After a mention's last dot, on its line: a new sentence's first letter. (At a line's end
# the dot is read as the initial's alone: "Подпись: Мухина Г. П.")
_NEW_SENTENCE = re.compile(r"[ \t]+[«\"„(]?[A-ZА-ЯЁ]")


def keep_sentence_end(text: str, finding: Finding, replacement: str, next_start: int) -> str:
    """``replacement`` with the dot of a mention's last initial when that dot also ends the
    sentence ("спросила про Кравца А. И. Дежурный сказал" keeps its full stop); not when
    the next word is the next finding ("Мухин Е. Андрей Мухин": two people listed)."""
    start, end = finding.start, finding.end
    if text[end - 1 : end] != "." or end - start < 2 or replacement.endswith("."):
        return replacement
    after = _NEW_SENTENCE.match(text, end)
    if after is None or after.end() - 1 >= next_start:
        return replacement
    return replacement + "."


def covering(start: int, end: int, applied: Sequence[Applied]) -> tuple[Applied | None, int]:
    """The replacement (in text order) whose text in the output meets ``[start, end)`` of
    the output, if any, and how much longer the output is than the original before it."""
    shift = 0
    for a in applied:
        out_start = a.start + shift
        if end <= out_start:
            break
        if start < out_start + len(a.replacement):
            return a, shift
        shift += len(a.replacement) - (a.end - a.start)
    return None, shift


def to_original(hit: Finding, applied: list[Applied]) -> Finding | None:
    """Map a span of the output back to the original text."""
    a, shift = covering(hit.start, hit.end, applied)
    if a is not None:
        return Finding(hit.kind, a.start, a.end, hit.score, "sweep", owner=hit.owner)
    start = hit.start - shift
    return Finding(
        hit.kind,
        start,
        start + hit.length,
        hit.score,
        "sweep",
        owner=hit.owner,
        case=hit.case,
        script=hit.script,
        owners=hit.owners,
    )
