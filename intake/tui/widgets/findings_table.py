"""The review's list of findings: number, field, kind, the text found, what it becomes, and
the decision taken ("—" while undecided).

Column widths are fixed (#, Where, Kind, Decision) and Found and Becomes share
the rest: auto-sized columns were left at their labels' width when the table was
filled behind a dialog. Texts are shown on one line and never read as markup.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable

from intake.tui.safety import one_line, plain

COLUMNS = ("#", "Where", "Kind", "Found", "Becomes", "Decision")
FIXED_WIDTHS = (3, 10, 13, 8)


class FindingsTable(DataTable[Any]):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")

    def fill(self, state: Any, width: int) -> None:
        """Show the items of ``state`` (a ReviewState) on a screen ``width`` columns wide."""
        review, row = state.review, self.cursor_row
        self.clear(columns=True)
        text = max((width - 2 - 2 * 6 - sum(FIXED_WIDTHS)) // 2, 12)
        for label, size in zip(
            COLUMNS, (*FIXED_WIDTHS[:3], text, text, FIXED_WIDTHS[3]), strict=True
        ):
            self.add_column(label, width=size)
        for item, becomes in zip(review.items, state.becomes, strict=True):
            choice = item.choice
            decision = (
                "—"
                if choice is None
                else choice.action
                if choice.action != "replace"
                else "changed"
            )
            self.add_row(
                str(item.number),
                item.field,
                item.finding.kind,
                plain(one_line(review.original(item), text)),
                plain(one_line(becomes, text)),
                decision,
                key=str(item.number),
            )
        self.move_cursor(row=min(row, max(self.row_count - 1, 0)))

    def item(self, state: Any | None) -> Any | None:
        """The review item under the cursor, if any."""
        if state is None or self.row_count == 0:
            return None
        return state.review.items[self.cursor_row]
