"""Keys the footer and the help screen show: only keys that do something, none cut."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from intake.tui.app import IntakeApp
from intake.tui.screens import HelpScreen, RecoveryKeyScreen
from intake.tui.screens.confirm import LineModal
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen

NEW_PASSPHRASE = "violet lantern quartz meadow"


def footer(app: IntakeApp) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


async def test_the_lock_key_is_offered_only_while_the_vault_is_open(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Lock" not in footer(app)
        await unlock(pilot)
        assert "Lock" in footer(app)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert "Lock" not in footer(app)


@pytest.mark.slow
async def test_the_recovery_key_screen_shows_its_enter_key_and_enter_confirms(
    new_app: Callable[..., IntakeApp],
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await type_text(pilot, NEW_PASSPHRASE)
            await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecoveryKeyScreen)
        assert "I wrote it down" in footer(app)
        recovery = str(app.screen.query_one("#recovery").render())
        await type_text(pilot, recovery[-4:].lower())
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.unlocked


async def test_a_one_line_question_shows_how_to_answer(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, LineModal)
        assert footer(app) == ["OK", "Cancel"]


async def test_help_is_titled_in_words_and_wraps_instead_of_cutting(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert str(app.screen.query_one(".title", Static).render()) == "Keys: testimonies"
        assert [w for w in app.screen.query("*") if w.max_scroll_x > 0] == []


async def test_question_mark_opens_help_which_explains_the_flow_and_types_in_a_field(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual.widgets import Input

    from intake.tui.screens.help import HelpScreen

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        flow = str(app.screen.query_one("#flow").render())
        for step in ("p People", "n writes", "i imports", "r Review", "x Export"):
            assert step in flow
        shown = app.screen.query_one("#flow").region
        assert shown.height >= 5 and shown.bottom <= 24, "the flow is seen whole at 80x24"
        await read_screen(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#search")
        await pilot.press("question_mark")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        assert app.screen.query_one("#search", Input).value == "?"


async def test_the_command_palette_lists_every_action_of_the_screen(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.people import PeopleScreen

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for title in ("New", "Open", "Review", "Import", "Delete", "People", "Export", "Audit"):
            assert title in commands, title
        assert "Screenshot" not in commands
        assert (
            commands["Import"].help == "i on this screen: import a .txt, .md, .docx or .json file"
        )
        await commands["People"].callback()
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
