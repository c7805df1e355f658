"""Export: preview and leak-gate verdict first, a confirmation, then the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from textual.widgets import Checkbox, Input, OptionList, SelectionList, Static

from intake import review, testimonies
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.export import ExportScreen
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, unlock
from tests.tui.pace import read_screen


def approve_with(path: Path, person: Literal["redact", "keep"]) -> None:
    """Give t-fiction1 a summary naming the source, decide (person: 'redact' or 'keep';
    everything else redacted) and approve it."""
    with Vault.open(path, bytearray(PASSPHRASE.encode())) as vault:
        testimonies.edit(vault, "t-fiction1", {"summary": "Грант Вымыслов отказался ехать."})
        loaded = review.load(vault, "t-fiction1")
        choices = {
            item.number: review.Choice(person if item.finding.kind == "person" else "redact")
            for item in loaded.items
        }
        review.decide(vault, "t-fiction1", choices)
        review.approve(vault, "t-fiction1")


async def open_export(pilot, out: Path) -> ExportScreen:  # type: ignore[no-untyped-def]
    await unlock(pilot)
    await pilot.press("x")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    chosen = screen.query_one("#chosen", SelectionList)
    chosen.deselect_all()
    chosen.select("t-fiction1")
    screen.query_one("#out", Input).value = str(out)
    await pilot.pause()
    return screen


async def previewed(pilot, out: Path) -> ExportScreen:  # type: ignore[no-untyped-def]
    """The export screen for t-fiction1, with its preview made (ctrl+r)."""
    screen = await open_export(pilot, out)
    await pilot.press("ctrl+r")
    await settle(pilot)
    return screen


def verdict(screen: ExportScreen) -> str:
    return str(screen.query_one("#verdict", Static).render())


def leak_list(screen: ExportScreen) -> list[str]:
    listing = screen.query_one("#leaks", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_an_export_the_gate_refuses_cannot_be_written(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "keep")
    out = tmp_path / "out.md"
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, out)
        assert "REFUSED" in verdict(screen)
        hits = leak_list(screen)
        assert any("person" in hit for hit in hits)
        assert not any("Грант" in hit or "Вымыслов" in hit for hit in hits)
        await pilot.press("ctrl+w")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmModal)
    assert not out.exists()


async def test_a_clean_export_is_previewed_confirmed_then_written(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "redact")
    out = tmp_path / "out.md"
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, out)
        assert "passed" in verdict(screen)
        preview = str(screen.query_one("#preview", Static).render())
        assert "Грант" not in preview and "Вымыслов" not in preview
        await pilot.press("ctrl+w")
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert not out.exists(), "no means nothing is written"
        await read_screen(pilot)
        await pilot.press("ctrl+w")
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
    text = out.read_text(encoding="utf-8")
    assert "Вымыслов" not in text and "+7 900" not in text


def notes(app: IntakeApp) -> str:
    return "\n".join(n.message for n in app._notifications)


async def test_a_refused_export_says_so_when_asked_to_write(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "keep")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")
        await pilot.press("ctrl+w")
        await pilot.pause()
        assert "leak gate refused" in notes(app)
        assert "Preview first" not in notes(app), "a preview was made"
        assert "nothing can be written" in verdict(screen)


async def test_changing_an_option_clears_the_preview_it_no_longer_matches(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "redact")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")
        assert str(screen.query_one("#preview", Static).render()).strip()
        screen.query_one("#transcript", Checkbox).toggle()
        await pilot.pause()
        assert str(screen.query_one("#preview", Static).render()).strip() == ""
        assert verdict(screen).startswith("Preview: ctrl+r")


async def test_the_confirmation_counts_in_words_and_an_empty_path_is_refused(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "redact")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")
        await pilot.press("ctrl+w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "Write 1 testimony as md?" in str(app.screen.query_one(".title").render())
        await read_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        screen.query_one("#out", Input).value = " "
        await pilot.press("ctrl+w")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmModal)
        assert "Give the file to write to" in notes(app)


async def test_what_is_left_out_is_named_by_title_and_list_labels_fit(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")  # t-fiction1: a draft
        assert "“Мать о сыне [имя] в части”" in verdict(screen)
        chosen = screen.query_one("#chosen", SelectionList)
        width = chosen.scrollable_content_region.width - 4  # the check box and a space
        prompts = [str(chosen.get_option_at_index(i).prompt) for i in range(chosen.option_count)]
        assert all(len(prompt) <= width for prompt in prompts), (prompts, width)


async def test_the_format_menu_opens_above_the_footer(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    from textual.widgets import Select
    from textual.widgets._select import SelectOverlay

    from intake.tui.widgets.footer import KeyFooter

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot, tmp_path / "out.md")
        screen.query_one("#format", Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        menu = screen.query_one(SelectOverlay)
        assert menu.region.bottom <= screen.query_one(KeyFooter).region.y


@pytest.mark.slow
async def test_the_choices_survive_an_idle_lock_and_unlock(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    from textual.widgets import Select

    from tests.tui.conftest import FakeClock

    clock = FakeClock()
    app = new_app(idle_seconds=300)
    app.idle.clock = clock
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot, tmp_path / "out.md")
        screen.query_one("#chosen", SelectionList).select("t-fiction2")
        screen.query_one("#format", Select).value = "json"
        screen.query_one("#transcript", Checkbox).value = True
        await pilot.pause()
        clock.advance(301)
        app.check_idle_lock()
        await settle(pilot)
        assert not app.session.unlocked
        await unlock(pilot)
        again = app.screen
        assert isinstance(again, ExportScreen) and again is not screen
        assert again.query_one("#format", Select).value == "json"
        assert again.query_one("#transcript", Checkbox).value is True
        assert sorted(again.query_one("#chosen", SelectionList).selected) == [
            "t-fiction1",
            "t-fiction2",
        ]
        assert again.query_one("#out", Input).value.endswith(".json")


@pytest.mark.slow
async def test_a_refusal_lists_every_hit_in_a_list_that_scrolls(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    approve_with(home_vault, "keep")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await previewed(pilot, tmp_path / "out.md")
        count = int(verdict(screen).split("(")[1].split(" ")[0])
        listing = screen.query_one("#leaks", OptionList)
        assert listing.display and listing.option_count == count > 1
        listing.focus()
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted == count - 1  # the last hit is reachable by keyboard
        screen.query_one("#transcript", Checkbox).toggle()
        await pilot.pause()
        assert listing.option_count == 0 and not listing.display  # only for its own options


async def test_space_marks_the_first_testimony_at_once(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("x")
        await settle(pilot)
        chosen = app.screen.query_one("#chosen", SelectionList)
        before = set(chosen.selected)
        await pilot.press("space")
        await pilot.pause()
        assert len(set(chosen.selected) ^ before) == 1, "space toggled the first testimony"
