"""The footer at 80 columns: every key of every screen shows its whole label."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets._footer import FooterKey

from intake.tui.app import IntakeApp
from tests.tui.conftest import settle, unlock


def cut_labels(app: IntakeApp) -> list[str]:
    """Labels of the footer's keys that are drawn narrower than their text."""
    cut = []
    for key in app.screen.query(FooterKey):
        label = f"{key.key_display} {key.description}".strip()
        if key.size.width < cell_len(label):
            cut.append(label)
    return cut


@pytest.mark.parametrize(
    "keys",
    [("o",), ("r",), ("x",), ("p",), ("a",)],
    ids=["editor", "review", "export", "people", "audit"],
)
async def test_no_footer_label_is_cut_at_80_columns(
    home_vault: Path, new_app: Callable[..., IntakeApp], keys: tuple[str, ...]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert cut_labels(app) == []
        await pilot.press(*keys)
        await settle(pilot)
        assert app.screen.query(FooterKey), "the screen shows its keys"
        assert cut_labels(app) == []
