"""The demo's passphrase is shown wherever the demo asks for it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from intake.cli.context import default_vault_path
from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import PassphraseModal
from intake.tui.screens.unlock import UnlockScreen
from intake.tui.session import Session
from tests.tui.conftest import settle, unlock

NOTE = "Demo vault (fictional data). Its passphrase: invented-words-for-a-demo"


def shown(screen: object) -> str:
    return " ".join(str(s.render()) for s in screen.query(Static))  # type: ignore[attr-defined]


async def test_the_unlock_screen_and_the_reveal_dialog_both_show_the_demo_passphrase(
    home_vault: Path,
) -> None:
    app = IntakeApp(Session(default_vault_path(), unlock_note=NOTE))
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        assert NOTE in shown(app.screen)
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, PassphraseModal)
        assert NOTE in shown(app.screen)


async def test_an_ordinary_vault_shows_no_note_in_the_reveal_dialog(home_vault: Path) -> None:
    app = IntakeApp(Session(default_vault_path()))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, PassphraseModal)
        assert "passphrase:" not in shown(app.screen).lower()
