"""The interface's panic wipe key: off by default, turned on in settings (confirmed), and
then destroying the vault only after two confirmations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Switch

from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.settings import SettingsScreen
from tests.tui.conftest import settle, unlock
from tests.tui.pace import read_screen


async def _turn_on(pilot, app: IntakeApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f2")
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    app.screen.query_one(Switch).value = True
    await settle(pilot)
    assert isinstance(app.screen, ConfirmModal)
    await read_screen(pilot)
    await pilot.press("y")
    await settle(pilot)
    await pilot.press("escape")
    await settle(pilot)


async def test_the_panic_key_does_nothing_until_it_is_turned_on(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        await unlock(pilot)
        await pilot.press("f9")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmModal)
        assert app.session.unlocked and (home_vault / "header.json").exists()


async def test_turned_on_and_confirmed_twice_it_destroys_the_vault(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        await unlock(pilot)
        await _turn_on(pilot, app)
        await pilot.press("f9")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)  # asked a second time
        assert (home_vault / "header.json").exists()
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
    assert not home_vault.exists()
    assert not app.session.unlocked


async def test_a_no_at_the_second_question_destroys_nothing(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        await unlock(pilot)
        await _turn_on(pilot, app)
        await pilot.press("f9", "y")
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert app.session.unlocked and (home_vault / "header.json").exists()


async def test_declining_the_confirmation_leaves_the_key_off(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        await unlock(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.screen.query_one(Switch).value = True
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one(Switch).value is False
        assert not app.session.panic_key_enabled()


async def test_the_wipe_is_never_confirmed_twice_by_one_burst_of_keys(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        await unlock(pilot)
        await _turn_on(pilot, app)
        await read_screen(pilot)
        await pilot.press("f9", "y", "y", "enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal), "the second question is still asked"
        assert (home_vault / "header.json").exists() and app.session.unlocked
