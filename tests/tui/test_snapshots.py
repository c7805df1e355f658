"""What the screens look like at 80×24 and 120×40 (SVG snapshots of fixed fictional data).

Update after an intended change with ``pytest tests/tui --snapshot-update`` and
look at the report before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from intake.tui.app import IntakeApp
from tests.tui.conftest import settle, type_text, unlock

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def after(*steps: Callable[[Pilot[None]], Any]) -> Callable[[Pilot[None]], Any]:
    async def run(pilot: Pilot[None]) -> None:
        for step in steps:
            await step(pilot)
        await settle(pilot)
        for widget in pilot.app.screen.query("Input, TextArea"):
            # No cursor in a snapshot: a blinking one is drawn or not depending on when
            # the screen is taken. Both widgets hide it and stop the blink timer this way.
            widget._pause_blink(visible=False)  # type: ignore[attr-defined]
        await settle(pilot)

    return run


async def press(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_first_run(
    snap_compare: Any, new_app: Callable[..., IntakeApp], size: tuple[int, int]
) -> None:
    async def typed(pilot: Pilot[None]) -> None:
        await type_text(pilot, "violet lantern")

    assert snap_compare(new_app(), terminal_size=size, run_before=after(typed))


@pytest.mark.parametrize("size", SIZES)
def test_unlock(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp], size: tuple[int, int]
) -> None:
    assert snap_compare(new_app(), terminal_size=size, run_before=after())


def test_unlock_after_a_wrong_passphrase(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    async def wrong(pilot: Pilot[None]) -> None:
        await unlock(pilot, "not the passphrase")

    assert snap_compare(new_app(), run_before=after(wrong))


@pytest.mark.parametrize("size", SIZES)
def test_testimony_list(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp], size: tuple[int, int]
) -> None:
    assert snap_compare(new_app(), terminal_size=size, run_before=after(unlock))


def test_help(snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]) -> None:
    async def help_(pilot: Pilot[None]) -> None:
        await press(pilot, "f1")

    assert snap_compare(new_app(), run_before=after(unlock, help_))


def test_locked(snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]) -> None:
    async def lock(pilot: Pilot[None]) -> None:
        await press(pilot, "ctrl+l")

    assert snap_compare(new_app(), run_before=after(unlock, lock))


async def _open(pilot: Pilot[None], *keys: str) -> None:
    await press(pilot, *keys)


@pytest.mark.parametrize("size", SIZES)
def test_review(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp], size: tuple[int, int]
) -> None:
    async def review(pilot: Pilot[None]) -> None:
        await _open(pilot, "down", "down", "r")  # the Russian testimony

    assert snap_compare(new_app(), terminal_size=size, run_before=after(unlock, review))


def test_editor(snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]) -> None:
    async def editor(pilot: Pilot[None]) -> None:
        await _open(pilot, "down", "down", "o")

    assert snap_compare(new_app(), run_before=after(unlock, editor))


def test_people_with_real_names_hidden(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    async def people(pilot: Pilot[None]) -> None:
        await _open(pilot, "p")

    assert snap_compare(new_app(), run_before=after(unlock, people))


def test_export_choices(
    snap_compare: Any, home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    async def export(pilot: Pilot[None]) -> None:
        await _open(pilot, "x")

    assert snap_compare(new_app(), terminal_size=(120, 40), run_before=after(unlock, export))
