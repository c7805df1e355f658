"""The testimony list's table: titles and metadata only, in a chosen order.

Columns have fixed widths that fit 80 columns: auto-sized ones were left at
their labels' width ("approv", "2026-12") when the table was filled while its
screen was not shown. Refilling keeps the cursor on the same testimony wherever
it moved to.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable

from intake.tui.safety import one_line, plain

SORTS = ("updated", "created", "title", "status")
STATUSES = (None, "draft", "reviewed", "approved", "published")


def ordered(rows: list[Any], sort: str, status: str | None) -> list[Any]:
    """Rows of one status (or all), sorted: newest change first, oldest first, A-Z, by status."""
    kept = [row for row in rows if status is None or row.status == status]
    if sort == "updated":
        return sorted(kept, key=lambda row: row.updated_at, reverse=True)
    if sort == "title":
        return sorted(kept, key=lambda row: row.title.casefold())
    if sort == "status":
        return sorted(kept, key=lambda row: (STATUSES.index(row.status), row.title.casefold()))
    return sorted(kept, key=lambda row: row.created_at)


class TestimonyTable(DataTable[Any]):
    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def fill(self, rows: list[Any], width: int) -> None:
        """Show ``rows`` on a screen ``width`` columns wide."""
        cursor, current = self.cursor_row, self.current()
        self.clear(columns=True)
        wide = width >= 100
        title = max(width - (52 if wide else 46), 16)
        for label, size in (
            ("Title", title),
            ("Status", 9),
            ("Lang", 4),
            ("Created", 10),
            ("Updated", 16 if wide else 10),
        ):
            self.add_column(label, width=size, key=label.lower())
        for row in rows:
            updated = row.updated_at[:16].replace("T", " ") if wide else row.updated_at[:10]
            self.add_row(
                plain(one_line(row.title, title)),
                row.status,
                row.language,
                row.created_at[:10],
                updated,
                key=row.id,
            )
        ids = [row.id for row in rows]
        self.move_cursor(
            row=ids.index(current) if current in ids else min(cursor, max(len(rows) - 1, 0))
        )

    def current(self) -> str | None:
        """The id of the testimony under the cursor."""
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return str(key.value)
