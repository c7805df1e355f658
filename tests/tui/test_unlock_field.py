"""The unlock field gives up the passphrase the moment it is read: it is empty before the
key derivation starts, whether the passphrase turns out right or wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intake.tui.app import IntakeApp
from intake.tui.widgets.passphrase import PassphraseInput
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, type_text


async def test_the_passphrase_field_is_empty_as_soon_as_enter_is_pressed(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        field = app.screen.query_one(PassphraseInput)
        await type_text(pilot, "a fictional wrong passphrase")
        await pilot.press("enter")
        assert field.value == ""  # before the worker has even finished deriving
        await settle(pilot)
        assert not app.session.unlocked
        assert app.screen.query_one(PassphraseInput).value == ""


async def test_a_right_passphrase_leaves_nothing_in_the_field_it_was_typed_into(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test() as pilot:
        field = app.screen.query_one(PassphraseInput)
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        assert field.value == ""
        await settle(pilot)
        assert app.session.unlocked
        assert field.value == ""
