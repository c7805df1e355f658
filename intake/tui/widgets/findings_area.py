"""An editable transcript with the redaction engine's findings highlighted by kind.

Findings are character spans of the whole text; Textual's text area highlights
per line in UTF-8 byte columns, so each span is converted (and split across
lines). The text is never interpreted as markup. The highlight hook used here
(``_build_highlight_map`` filling ``_highlights``) is Textual's own mechanism
for syntax highlighting, pinned to Textual 8.

Typing keeps the highlights live: each edit is analysed again in a worker, only
around the edit (:mod:`intake.tui.incremental`), so typing never waits for the
engine; results for an older version of the text are dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from rich.style import Style
from textual import on
from textual.widgets import TextArea
from textual.widgets.text_area import TextAreaTheme

from intake.redact.kinds import colours
from intake.review.items import NOT_REVIEWED
from intake.tui.incremental import reanalyse
from intake.tui.jobs import run_plain
from intake.tui.messages import FindingsReady

COLOURS = colours()  # the table of kinds: intake.redact.kinds
THEME = TextAreaTheme(
    name="intake-findings",
    syntax_styles={
        f"finding.{kind}": Style(color="#000000", bgcolor=colour, bold=True)
        for kind, colour in COLOURS.items()
    },
)


class FindingsArea(TextArea):
    def __init__(self, *, id: str | None = None) -> None:
        self.findings: Sequence[Any] = ()
        self.version = 0  # of the findings shown: the text version they were computed for
        self._edits = 0  # the text version: one more per edit
        self._base: tuple[str, Sequence[Any]] = ("", ())  # a text and its findings
        self._engine: tuple[Any, str] | None = None  # the redactor and the language
        super().__init__(id=id, soft_wrap=True, show_line_numbers=False)
        self.register_theme(THEME)
        self.theme = "intake-findings"

    def review(self, text: str, findings: Sequence[Any], redactor: Any, lang: str) -> None:
        """Show the saved ``text`` with the review's ``findings``; edits are analysed from it."""
        self._base, self._engine = (text, findings), (redactor, lang)
        if self.text != text:
            self.load_text(text)
        self.show_findings(findings, self._edits)

    @on(TextArea.Changed)
    def _reanalyse(self) -> None:
        (old, found), engine = self._base, self._engine
        if engine is None or self.text == old:
            return
        self._edits += 1
        version, text, (redactor, lang) = self._edits, self.text, engine

        def analyse(part: str) -> list[Any]:
            return [f for f in redactor.analyze(part, lang) if f.kind not in NOT_REVIEWED]

        run_plain(
            self,
            lambda: (text, reanalyse(old, found, text, analyse)),
            lambda result: FindingsReady(version, *result),
            exclusive=True,
            group="analyse",
        )

    def on_findings_ready(self, message: FindingsReady) -> None:
        message.stop()
        if message.version == self._edits:
            self._base = (message.text, message.findings)
            self.show_findings(message.findings, message.version)

    def show_findings(self, findings: Sequence[Any], version: int) -> None:
        self.findings, self.version = findings, version
        self._build_highlight_map()
        self.refresh()

    def _build_highlight_map(self) -> None:
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        if not self.findings:
            return
        lines = self.text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        for finding in self.findings:
            name = f"finding.{finding.kind}"
            for row, start, end in _rows(starts, lines, finding.start, finding.end):
                text = lines[row]
                highlights[row].append((len(text[:start].encode()), len(text[:end].encode()), name))

    def location_of(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset in the text."""
        before = self.text[:offset]
        row = before.count("\n")
        return row, offset - (before.rfind("\n") + 1)


def _rows(starts: list[int], lines: list[str], start: int, end: int) -> list[tuple[int, int, int]]:
    """The (row, start column, end column) pieces of a span of the whole text."""
    pieces = []
    row = bisect_right(starts, start) - 1
    while row < len(lines) and starts[row] < end:
        first = max(start - starts[row], 0)
        last = min(end - starts[row], len(lines[row]))
        if last > first:
            pieces.append((row, first, last))
        row += 1
    return pieces
