"""Sensitive terms in the interface (as `intake term add/list/remove`), and an import of a
transcript already in the vault, which asks first (as `intake add`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from intake import terms
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal, PassphraseModal
from intake.tui.screens.import_dialog import ImportModal
from intake.tui.screens.term_form import TermModal
from intake.tui.screens.terms import TermsScreen
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen

VILLAGE = "Выдумкино-на-Нигде"  # invented


def cells(app: IntakeApp) -> list[list[str]]:
    table = app.screen.query_one("#list", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def heading(app: IntakeApp) -> str:
    return str(app.screen.query_one("#heading", Static).render())


async def add_term(pilot, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TermModal)
    await type_text(pilot, text)
    await pilot.press("enter")  # to the label
    await type_text(pilot, label)
    await pilot.press("enter")
    await settle(pilot)


async def test_terms_are_added_hidden_revealed_with_the_passphrase_and_removed(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TermsScreen)
        assert "None yet: a adds one" in heading(app)
        await add_term(pilot, VILLAGE, "village")
        assert isinstance(app.screen, TermsScreen)
        assert cells(app) == [["1", "••••••", "village"]], "the term itself stays hidden"
        await read_screen(pilot)
        await pilot.press("v")
        assert isinstance(app.screen, PassphraseModal)
        await unlock(pilot, PASSPHRASE)
        assert cells(app) == [["1", VILLAGE, "village"]]
        await read_screen(pilot)
        await pilot.press("h")
        assert VILLAGE not in str(cells(app))
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert cells(app) == []
        await read_screen(pilot)
        await add_term(pilot, "Школа номер Вымысел", "")
    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as vault:
        assert terms.list_terms(vault) == [("Школа номер Вымысел", None)]


async def test_a_term_already_registered_keeps_the_form_open_with_a_hint_in_keys(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await add_term(pilot, VILLAGE, "village")
        await read_screen(pilot)
        await add_term(pilot, VILLAGE.upper(), "village")
        form = app.screen
        assert isinstance(form, TermModal), "the form stays open"
        said = str(form.query_one("#status", Static).render())
        assert "already registered" in said and "v on the terms screen shows them" in said
        assert "intake term" not in said
        assert form.query_one("#term", Input).value == VILLAGE.upper()


async def test_importing_a_transcript_already_in_the_vault_asks_first(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    source = tmp_path / "visit.txt"
    source.write_text("The invented neighbour described a visit.", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        for answer, rows in (("first", 4), ("n", 4), ("y", 5)):
            await read_screen(pilot)
            await pilot.press("i")
            await type_text(pilot, str(source))
            await pilot.press("enter")
            await settle(pilot)
            if answer != "first":
                assert isinstance(app.screen, ConfirmModal), "asked before a second copy"
                assert "already in the vault" in str(app.screen.query_one(Static).render())
                await read_screen(pilot)
                await pilot.press(answer)
                await settle(pilot)
            if answer == "n":
                dialog = app.screen
                assert isinstance(dialog, ImportModal), "no keeps the dialog, path kept"
                assert "Not imported" in str(dialog.query_one("#status", Static).render())
                assert dialog.query_one(Input).value == str(source)
                await pilot.press("escape")
                await settle(pilot)
            assert len(cells(app)) == rows, answer


@pytest.mark.slow
async def test_locking_on_the_terms_screen_returns_there_with_the_terms_hidden(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.people import PeopleScreen

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await add_term(pilot, VILLAGE, "village")
        await pilot.press("ctrl+l")
        await settle(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, TermsScreen)
        assert isinstance(app.screen_stack[-2], PeopleScreen)
        assert cells(app) == [["1", "••••••", "village"]]
