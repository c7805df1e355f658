"""Live re-analysis of an edited text: only the lines around the edit are analysed again.

Typing changes a few characters of a long transcript. The findings before the
edit stay where they are, those after it move by the length difference, and
only the edited lines (with one line of context on each side) go through the
engine again. The full analysis still runs on the saved text (the review's own
findings, which decisions are made on); this only keeps the highlights live.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

Analyse = Callable[[str], Sequence[Any]]


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, end in old, end in new) of the one region that differs."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, end_new


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the line before ``start`` to the line after ``end``."""
    first = text.rfind("\n", 0, start)
    first = text.rfind("\n", 0, max(first, 0)) + 1 if first > 0 else 0
    last = text.find("\n", end)
    last = text.find("\n", last + 1) if last >= 0 else -1
    return first, len(text) if last < 0 else last


def reanalyse(old: str, findings: Sequence[Any], new: str, analyse: Analyse) -> list[Any]:
    """The findings of ``new``, given those of ``old``; only the edited lines are analysed."""
    start, end_old, end_new = changed_span(old, new)
    first, last = _window(new, start, end_new)
    delta = end_new - end_old
    last_old = last - delta
    kept = [f for f in findings if f.end <= first]
    kept += [
        replace(f, start=f.start + delta, end=f.end + delta)
        for f in findings
        if f.start >= last_old
    ]
    fresh = [replace(f, start=f.start + first, end=f.end + first) for f in analyse(new[first:last])]
    return sorted(kept + fresh, key=lambda f: (f.start, f.end))
