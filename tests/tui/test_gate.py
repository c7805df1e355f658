"""First run, unlock, the panic key and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.cli.context import default_vault_path
from intake.tui.app import IntakeApp
from intake.tui.screens import FirstRunScreen, RecoveryKeyScreen, UnlockScreen
from intake.tui.screens.testimonies import TestimoniesScreen
from intake.tui.widgets.passphrase import PassphraseInput
from tests.conftest import PASSPHRASE
from tests.tui.conftest import FakeClock, settle, type_text, unlock

NEW_PASSPHRASE = "violet lantern quartz meadow"


def status_text(app: IntakeApp) -> str:
    return str(app.screen.query_one("#status").render())


@pytest.mark.slow
async def test_with_no_vault_the_first_run_creates_one_and_shows_the_recovery_key_once(
    new_app: Callable[..., IntakeApp],
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, FirstRunScreen)
        await pilot.press(*NEW_PASSPHRASE, "enter", *NEW_PASSPHRASE, "enter")
        await settle(pilot)
        assert isinstance(app.screen, RecoveryKeyScreen)
        recovery = str(app.screen.query_one("#recovery").render())
        assert len(recovery.split("-")) == 13
        await pilot.press(*recovery[-4:], "enter")
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert (default_vault_path() / "header.json").is_file()


async def test_first_run_refuses_a_short_passphrase_and_two_different_ones(
    new_app: Callable[..., IntakeApp],
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "short one")
        await pilot.press("enter")
        await type_text(pilot, "short one")
        await pilot.press("enter")
        assert "at least 12 characters" in status_text(app)
        assert "Too short" in str(app.screen.query_one("#strength").render())
        for field in app.screen.query(PassphraseInput):
            field.clear()
        app.screen.query_one("#first").focus()
        await pilot.pause()
        await type_text(pilot, NEW_PASSPHRASE)
        await pilot.press("enter")
        await type_text(pilot, "violet lantern quartz meadoW")
        await pilot.press("enter")
        assert "differ" in status_text(app)
        assert not default_vault_path().exists()


async def test_the_recovery_key_must_be_confirmed_by_typing_its_last_group(
    new_app: Callable[..., IntakeApp],
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await type_text(pilot, NEW_PASSPHRASE)
            await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"ZZZZ", "enter")
        assert isinstance(app.screen, RecoveryKeyScreen)
        assert "not the last group" in status_text(app)


async def test_a_wrong_passphrase_is_refused_clearly_then_the_right_one_unlocks(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        await pilot.press(*"not the passphrase", "enter")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert "Wrong passphrase" in status_text(app)
        assert app.screen.query_one(PassphraseInput).value == ""
        assert not app.session.unlocked
        await unlock(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert app.session.unlocked


async def test_key_derivation_shows_a_progress_state_while_it_runs(
    home_vault: Path, new_app: Callable[..., IntakeApp], monkeypatch: object
) -> None:
    import threading

    from intake.tui.session import Session

    release = threading.Event()
    real_open = Session.open

    def slow_open(self: Session, passphrase: bytearray) -> None:
        release.wait(timeout=30)
        real_open(self, passphrase)

    monkeypatch.setattr(Session, "open", slow_open)  # type: ignore[attr-defined]
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        assert "Deriving the key" in status_text(app)
        assert app.screen.query_one("#busy").display
        assert app.screen.query_one(PassphraseInput).disabled
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)


@pytest.mark.slow
async def test_the_panic_key_closes_the_vault_and_unlocking_returns_where_the_user_was(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await pilot.press("escape")
        for key in ("ctrl+l", "f12"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)
            assert len(app.screen_stack) == 1, "every content screen is removed"
            assert not app.session.unlocked
            assert "Locked" in str(app.screen.query_one(".title").render())
            await unlock(pilot)
            assert isinstance(app.screen, TestimoniesScreen)


async def test_the_vault_locks_itself_after_the_idle_time_and_a_key_press_resets_it(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    clock = FakeClock()
    app = new_app(idle_seconds=300)
    app.idle.clock = clock
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        clock.advance(299)
        await pilot.press("s")
        clock.advance(299)
        app.check_idle_lock()
        await settle(pilot)
        assert app.session.unlocked, "a key press restarted the idle time"
        clock.advance(2)
        app.check_idle_lock()
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert not app.session.unlocked


def test_the_idle_time_comes_from_the_environment_with_five_minutes_by_default(
    monkeypatch: object,
) -> None:
    from intake.tui.idle import idle_seconds_from_env

    setenv = monkeypatch.setenv  # type: ignore[attr-defined]
    assert idle_seconds_from_env() == 300
    setenv("INTAKE_IDLE_LOCK_SECONDS", "42")
    assert idle_seconds_from_env() == 42
    for bad in ("", "never", "-5", "0"):
        setenv("INTAKE_IDLE_LOCK_SECONDS", bad)
        assert idle_seconds_from_env() == 300


async def test_the_demo_opens_unlocked_and_its_lock_screen_shows_the_passphrase(
    home_vault: Path,
) -> None:
    from intake.tui.session import Session

    note = f"Demo vault (fictional data). Its passphrase: {PASSPHRASE}"
    session = Session(default_vault_path(), unlock_note=note)
    app = IntakeApp(session, secret=bytearray(PASSPHRASE.encode()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen), "the demo opens unlocked"
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert PASSPHRASE in str(app.screen.query_one("#note").render())
