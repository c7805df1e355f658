"""Live re-analysis gives the same spans as analysing the whole edited text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from intake.tui.incremental import changed_span, reanalyse


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


def digits(text: str) -> list[Span]:
    """A stand-in engine: every run of digits is a finding."""
    return [Span("number", m.start(), m.end()) for m in re.finditer(r"\d+", text)]


BASE = "line one 123\nline two 45\nline three\nline four 6789\nend 0"


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t.replace("two 45", "two 4 5"),
        lambda t: t.replace("three", "three 777"),
        lambda t: "99 " + t,
        lambda t: t + " 12",
        lambda t: t.replace("\nline three", ""),
        lambda t: t.replace("123", ""),
        lambda t: t,
    ],
)
def test_the_result_equals_a_full_analysis_of_the_new_text(edit) -> None:  # type: ignore[no-untyped-def]
    new = edit(BASE)
    assert reanalyse(BASE, digits(BASE), new, digits) == digits(new)


def test_only_the_edited_lines_are_analysed_again() -> None:
    seen: list[str] = []

    def spy(text: str) -> list[Span]:
        seen.append(text)
        return digits(text)

    long = "\n".join(f"line {n}" for n in range(1000))
    reanalyse(long, digits(long), long.replace("line 500", "line 5000"), spy)
    assert len(seen) == 1 and len(seen[0]) < 40


def test_the_changed_span_of_an_insertion_and_a_deletion() -> None:
    assert changed_span("abcdef", "abXcdef") == (2, 2, 3)
    assert changed_span("abcdef", "abef") == (2, 4, 2)
    assert changed_span("same", "same") == (4, 4, 4)
