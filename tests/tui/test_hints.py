"""Every hint the interface shows names keys and fields, not command-line options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input

from intake.tui.app import IntakeApp
from intake.tui.hints import for_interface
from intake.tui.screens.person_form import PersonModal
from tests.tui.conftest import settle, type_text, unlock


@pytest.mark.parametrize(
    ("core", "shown"),
    [
        (
            "Give the gender, m or f (--gender on the command line). Nothing was written.",
            "Give the gender, m or f (the Gender field). Nothing was written.",
        ),
        (
            "Add --new-pseudonym to draw another one. Nothing was written.",
            "Tick Draw a new pseudonym. Nothing was written.",
        ),
        (
            "Choose a name that is no form of anyone's name, or leave --pseudonym out to "
            "draw one. Nothing was written.",
            "Choose a name that is no form of anyone's name, or leave the Pseudonym field "
            "empty to draw one. Nothing was written.",
        ),
        (
            "give each a new one ('intake person edit p-invented --new-pseudonym'), then "
            "export again.",
            "give each a new one (p People, v, e on p-invented, Draw a new pseudonym), then "
            "export again.",
        ),
        (
            "Decide each one, or take the policy's decisions for all ('intake review "
            "t-invented --accept-defaults' on the command line), then approve.",
            "Decide each one, or take the policy's decisions for all (d Defaults in "
            "review), then approve.",
        ),
        (
            "Nothing was written. Generalise details ('intake review t-x', --redact N takes "
            "the first generalisation) or acknowledge the risk ('intake review t-x "
            "--accept-risk').",
            "Nothing was written. Generalise details (r Review, c on a detail offers "
            "generalisations) or acknowledge the risk (R in review).",
        ),
        (
            "decide it in review ('intake review ID' lists it; the default redacts it), "
            "approve, and export again.",
            "decide it in review (r Review lists it; the default redacts it), approve, and "
            "export again.",
        ),
        ("See the terms with 'intake term list'.", "v on the terms screen shows them."),
        (
            "Import .txt, .md, .docx or .json files, or give --format.",
            "Import .txt, .md, .docx or .json files.",
        ),
        (
            "Choose another --out, or add --force to replace it. Nothing was written.",
            "Choose another file. Nothing was written.",
        ),
        ("the folder of --out does not exist", "the folder of the Write to path does not exist"),
        ("Create it first.", "Create it first."),
    ],
)
def test_a_command_line_hint_is_said_in_keys_and_fields(core: str, shown: str) -> None:
    assert for_interface(core) == shown


async def test_the_person_form_asks_for_the_gender_by_its_field(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, PersonModal)
        await type_text(pilot, "Qwill Fictus")  # no gender can be told from this name
        assert form.query_one("#name", Input).value == "Qwill Fictus"
        await pilot.press("ctrl+s")
        await settle(pilot)
        problem = str(form.query_one("#problem").render())
        assert "(the Gender field)" in problem and "--gender" not in problem


async def test_help_says_what_each_key_does_in_words(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from rich.console import Console
    from textual.widgets import Static

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await settle(pilot)
        console = Console(width=76, record=True)
        with console.capture() as captured:
            console.print(app.screen.query_one("#keys", Static).content)
        listed = " ".join(captured.get().split())
        assert "Delete: delete the highlighted one (asks first)" in listed
        assert "Import: import a .txt, .md, .docx or .json file" in listed
