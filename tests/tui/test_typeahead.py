"""Keys typed for a dialog never act on the screen below once the dialog closes.

Once, a path typed quickly into a dialog, then Enter, sent the rest of the typing
to the testimony list, where "d" opened the Delete dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input, Static

from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.testimonies import TestimoniesScreen
from intake.tui.typeahead import SETTLE_SECONDS, TypeAheadGuard
from tests.tui.conftest import FakeClock, settle, type_text, unlock


def key(name: str) -> events.Key:
    return events.Key(name, name if len(name) == 1 else None)


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("d", True),
        ("R", True),
        ("slash", False),  # no character given: see the next table
        ("enter", True),
        ("ctrl+s", False),
        ("alt+1", False),
        ("ctrl+pagedown", False),
        ("f1", False),
        ("escape", False),
        ("tab", False),
    ],
)
def test_just_after_a_dialog_closes_only_typing_keys_are_dropped(name: str, dropped: bool) -> None:
    clock = FakeClock()
    guard = TypeAheadGuard(clock)
    guard.dialog_changed()
    assert guard.drops(key(name), focused=None) is dropped


def test_a_typed_slash_is_dropped_too() -> None:
    guard = TypeAheadGuard(FakeClock())
    guard.dialog_changed()
    assert guard.drops(events.Key("slash", "/"), focused=None)


def test_keys_pass_before_any_dialog_closed_after_the_settle_and_into_a_text_field() -> None:
    clock = FakeClock()
    guard = TypeAheadGuard(clock)
    assert not guard.drops(key("d"), focused=None)
    guard.dialog_changed()
    assert not guard.drops(key("d"), focused=Input())
    clock.advance(SETTLE_SECONDS)
    assert not guard.drops(key("d"), focused=None)


def rows(app: IntakeApp) -> int:
    return app.screen.query_one("#list", DataTable).row_count


@pytest.mark.slow
async def test_typing_on_after_an_import_opens_nothing_and_changes_nothing(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    source = tmp_path / "visit.txt"
    source.write_text("The invented neighbour described a visit.", encoding="utf-8")
    app = new_app()
    clock = FakeClock()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.typeahead = TypeAheadGuard(clock)
        await pilot.press("i")
        await type_text(pilot, str(source))
        await pilot.press("enter")
        await settle(pilot)
        list_screen = app.screen
        assert isinstance(list_screen, TestimoniesScreen)
        await pilot.press("d", "x", "y", "enter", "n", "slash", "a")
        await settle(pilot)
        assert app.screen is list_screen, "no dialog or screen opened"
        assert rows(app) == 4, "nothing deleted, the import kept"
        assert "Testimonies: 4 of 4" in str(app.screen.query_one("#heading", Static).render())
        clock.advance(SETTLE_SECONDS)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmModal), "once settled, d asks to delete again"


async def test_a_confirmation_is_never_answered_by_keys_typed_before_it_opened(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    clock = FakeClock()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.typeahead = TypeAheadGuard(clock)
        await pilot.press("d")
        clock.advance(SETTLE_SECONDS)  # the question read
        await pilot.press("n")  # answered no: the dialog closes
        await settle(pilot)
        await pilot.press("d", "y")  # typed on: neither opens nor confirms a delete
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert rows(app) == 3


def burst(app: IntakeApp, text: str, *then: str) -> None:
    """Keys as a terminal delivers a quick typist's burst: all at once, none handled yet."""
    assert app._driver is not None
    for char in text:
        name = {"/": "slash", "-": "minus", ".": "full_stop", "_": "underscore"}.get(char, char)
        app._driver.send_message(events.Key(name, char))
    for key in then:
        app._driver.send_message(events.Key(key, None))


async def test_a_path_typed_and_entered_in_one_burst_is_imported_whole(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    source = tmp_path / "quick_visit.txt"
    source.write_text("The invented neighbour described a quick visit.", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("i")
        burst(app, str(source), "enter")
        for _ in range(3):
            await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert rows(app) == 4, "the whole path was read, after every typed key"


async def test_a_contact_name_typed_and_entered_in_one_burst_leads_to_the_card_question(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.confirm import LineModal

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+b")
        await settle(pilot)
        await pilot.press("a")
        burst(app, "editor-anna", "enter")
        for _ in range(3):
            await settle(pilot)
        assert isinstance(app.screen, LineModal)
        assert "The card of 'editor-anna'" in str(app.screen.query_one(Static).render())


async def test_a_word_typed_on_the_list_never_deletes_with_its_d_and_its_y(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    clock = FakeClock()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.typeahead = TypeAheadGuard(clock)
        await pilot.press(*"duty")  # as if the search field had the cursor
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal), "d asks"
        clock.advance(SETTLE_SECONDS)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, TestimoniesScreen)
        assert rows(app) == 3, "the y typed before the question opened answered nothing"
