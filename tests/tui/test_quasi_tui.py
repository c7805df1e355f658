"""Details that still point to one person in the interface: the review screen lists them
with the disclosure level and R acknowledges the risk; the export preview shows each
testimony's level and refuses a high one. The testimony text is fictional."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Static

from intake import review, testimonies
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.review import ReviewScreen
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, unlock
from tests.tui.test_export import leak_list, previewed, verdict

HIGH = (
    "Мой сын, 24-летний контрактник из села Выдумкино, служил в 3-й роте. "
    "Его задержали 19 июля вместе с двумя другими."
)


def rewrite(path: Path, *, approve: bool = False) -> None:
    with Vault.open(path, bytearray(PASSPHRASE.encode())) as vault:
        testimonies.edit(vault, "t-fiction1", {"transcript": HIGH})
        if approve:
            review.accept_defaults(vault, "t-fiction1")
            review.approve(vault, "t-fiction1")


async def open_review(pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await unlock(pilot)
    await pilot.press("r")  # the latest change, at the top: the rewritten testimony
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen) and screen.testimony_id == "t-fiction1"
    return screen


def heading(screen: object) -> str:
    return str(screen.query_one("#heading", Static).render())  # type: ignore[attr-defined]


async def test_review_lists_the_details_with_the_level_and_r_acknowledges_the_risk(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    rewrite(home_vault)
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        table = screen.query_one("#items", DataTable)
        kinds = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
        assert {"quasi:age", "quasi:place", "quasi:unit", "quasi:date"} <= kinds
        assert "disclosure high" in heading(screen)
        await pilot.press("R")
        await settle(pilot)
        assert "acknowledged" in heading(screen)


async def test_the_export_preview_refuses_a_high_level_without_quoting_the_details(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    rewrite(home_vault, approve=True)
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")
        said = verdict(screen) + "\n".join(leak_list(screen))
        assert "REFUSED" in said and "high disclosure level" in said
        assert "disclosure “" in said and ": high" in said
        assert "Выдумкино" not in said and "19 июля" not in said
