"""The testimony list: what it shows, filter, sort, search, import and delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal, LineModal
from intake.tui.screens.testimonies import TestimoniesScreen
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen


def titles(app: IntakeApp) -> list[str]:
    table = app.screen.query_one("#list", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


def row(app: IntakeApp, title: str) -> list[str]:
    table = app.screen.query_one("#list", DataTable)
    for i in range(table.row_count):
        cells = [str(cell) for cell in table.get_row_at(i)]
        if cells[0] == title:
            return cells
    raise AssertionError(f"no row titled {title!r}")


async def test_the_list_shows_titles_literally_with_status_language_and_dates(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert row(app, "Мать о сыне [имя] в части")[1:] == [
            "draft",
            "ru",
            "2025-03-01",
            "2025-03-01",
        ]
        assert row(app, "Brother [redacted] speaks")[1:3] == ["approved", "en"]
        assert titles(app)[0] == "Brother [redacted] speaks", "newest change first"


async def test_sort_and_status_filter_cycle_with_one_key(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("s")
        assert titles(app)[0] == "Мать о сыне [имя] в части", "oldest first"
        await pilot.press("s")
        assert titles(app) == sorted(titles(app), key=str.casefold), "by title"
        await pilot.press("s", "s", "f", "f", "f")
        assert titles(app) == ["Brother [redacted] speaks"], "approved only"
        heading = str(app.screen.query_one("#heading").render())
        assert "status: approved" in heading


async def test_full_text_search_finds_an_inflected_name_and_escape_clears_it(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("slash")
        await type_text(pilot, "refuse")
        await pilot.press("enter")
        await settle(pilot)
        assert titles(app) == ["A wife's account"]
        assert "refused" in str(app.screen.query_one("#snippet").render())
        await pilot.press("escape")
        assert len(titles(app)) == 3


async def test_a_text_file_is_imported_as_a_new_draft(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    source = tmp_path / "visit.txt"
    source.write_text("The invented neighbour described a visit.", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("i")
        assert isinstance(app.screen, LineModal)
        await type_text(pilot, str(source))
        await pilot.press("enter")
        await settle(pilot)
        assert row(app, "visit")[1:3] == ["draft", "en"]


async def test_delete_asks_first_and_no_keeps_the_testimony(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        first = titles(app)[0]
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert first in titles(app)
        await read_screen(pilot)
        await pilot.press("d")
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert first not in titles(app)
        assert len(titles(app)) == 2


async def test_the_cursor_stays_on_the_same_testimony_when_the_order_changes(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, TestimoniesScreen)
        await pilot.press("down", "down")
        chosen = screen._current()
        await pilot.press("s")  # oldest first: the chosen testimony moves to the top
        await pilot.pause()
        assert screen._current() == chosen


async def test_an_empty_vault_says_how_to_add_the_first_testimony_and_person(
    isolated_env: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.cli.context import default_vault_path
    from tests.tui.conftest import make_vault

    make_vault(default_vault_path(), filled=False)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        note = str(app.screen.query_one("#snippet").render())
        assert "No testimonies yet: press n to write one or i to import" in note
        await pilot.press("p")
        await settle(pilot)
        assert "press a to add a person" in str(app.screen.query_one("#heading").render())


async def test_an_import_error_keeps_the_dialog_open_with_the_path_to_fix(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    from textual.widgets import Input

    from intake.tui.screens.import_dialog import ImportModal

    missing = str(tmp_path / "no-such-visit.txt")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("i")
        dialog = app.screen
        assert isinstance(dialog, ImportModal)
        await type_text(pilot, missing)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog, "the dialog stays open on an error"
        assert dialog.query_one(Input).value == missing
        said = str(dialog.query_one("#status").render())
        assert "no-such-visit" in said or "cannot" in said or "not" in said, said
        assert app.focused is dialog.query_one(Input)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert len(titles(app)) == 3


async def test_a_large_vault_is_listed_a_page_at_a_time_and_the_end_adds_the_next(
    isolated_env: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from dataclasses import replace

    from intake.store import testimonies as testimony_store
    from intake.store.vault import Vault
    from intake.tui.screens.testimonies import PAGE
    from tests.conftest import PASSPHRASE
    from tests.tui.conftest import TESTIMONIES, make_vault

    path = make_vault(isolated_env / "big", filled=False)
    total = 2 * PAGE + 50  # a few hundred fictional testimonies
    with Vault.open(path, bytearray(PASSPHRASE.encode())) as vault, vault.transaction() as conn:
        for n in range(total):
            stamp = f"2025-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z"
            testimony_store.insert(
                conn,
                replace(
                    TESTIMONIES[1],
                    id=f"t-many{n}",
                    title=f"Account {n:03d}",
                    created_at=stamp,
                    updated_at=stamp,
                ),
            )
    app = new_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        table = app.screen.query_one("#list", DataTable)
        assert table.row_count == PAGE
        heading = str(app.screen.query_one("#heading").render())
        assert f"Testimonies: {total} of {total}" in heading and f"first {PAGE} listed" in heading
        await pilot.press("s", "s")  # by title: Account 000 first
        assert titles(app)[:2] == ["Account 000", "Account 001"] and table.row_count == PAGE
        await pilot.press("ctrl+end")
        await settle(pilot)
        assert table.row_count == 2 * PAGE
        assert titles(app)[table.cursor_row] == f"Account {PAGE - 1:03d}", "the cursor stays"
        await pilot.press("ctrl+end")
        await settle(pilot)
        await pilot.press("ctrl+end")
        await settle(pilot)
        assert table.row_count == total and titles(app)[-1] == f"Account {total - 1:03d}"
        assert "listed" not in str(app.screen.query_one("#heading").render())
        await pilot.press("f")  # drafts: none
        assert table.row_count == 0
        await pilot.press("f")  # reviewed, as they all are: the first page again
        assert table.row_count == PAGE
