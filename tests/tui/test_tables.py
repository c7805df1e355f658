"""Tables at 80 columns: fixed column widths that fit, so nothing is cut or squeezed.

Auto-sized columns were once left at their labels' width ("approv", "2026-12")
when a table was filled while its screen was behind another one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable

from intake.tui.app import IntakeApp
from tests.tui.conftest import settle, unlock


@pytest.mark.parametrize(
    ("keys", "table"),
    [((), "#list"), (("down", "down", "r"), "#items"), (("p",), "#list"), (("a",), "#list")],
    ids=["testimonies", "review", "people", "audit"],
)
async def test_every_column_has_a_fixed_width_and_the_table_fits_80_columns(
    home_vault: Path, new_app: Callable[..., IntakeApp], keys: tuple[str, ...], table: str
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        shown = app.screen.query_one(table, DataTable)
        assert shown.row_count > 0
        columns = shown.ordered_columns
        assert [c.label.plain for c in columns if c.auto_width] == []
        assert sum(c.get_render_width(shown) for c in columns) <= 78  # and a scrollbar


async def test_audit_check_titles_are_shown_whole(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        table = app.screen.query_one("#list", DataTable)
        titles = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "Key derivation of slot 'passphrase'" in titles
        assert table.ordered_columns[1].width >= max(len(t) for t in titles)
