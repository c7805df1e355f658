"""People (pseudonyms; real names only after the passphrase again) and the audit report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Input

from intake.tui.app import IntakeApp
from intake.tui.screens.audit import AuditScreen
from intake.tui.screens.confirm import PassphraseModal
from intake.tui.screens.people import PeopleScreen
from intake.tui.screens.person_form import PersonModal
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen


def cells(app: IntakeApp) -> list[list[str]]:
    table = app.screen.query_one("#list", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_people(pilot) -> None:  # type: ignore[no-untyped-def]
    await unlock(pilot)
    await pilot.press("p")
    await settle(pilot)


async def test_people_show_pseudonyms_and_hide_real_names(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        assert isinstance(app.screen, PeopleScreen)
        shown = " ".join(" ".join(row) for row in cells(app))
        assert "Иван" in shown and "Maria" in shown
        assert "Грант" not in shown and "Zelda" not in shown and "Гриша" not in shown


async def test_reveal_asks_for_the_passphrase_and_refuses_a_wrong_one(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        await pilot.press("v")
        assert isinstance(app.screen, PassphraseModal)
        await unlock(pilot, "a wrong passphrase")
        people = app.screen_stack[-2]
        assert isinstance(people, PeopleScreen) and not people.revealed
        assert "Грант" not in str(people.query_one("#list", DataTable).get_row_at(0))
        assert isinstance(app.screen, PassphraseModal), "the dialog stays for another try"
        assert "wrong passphrase" in str(app.screen.query_one("#status").render())
        await unlock(pilot, PASSPHRASE)
        assert people.revealed and app.screen_stack[-1] is people
        shown = str(app.screen.query_one("#heading").render()) + " ".join(
            n.message for n in app._notifications
        )
        assert "wrong passphrase" not in shown, "the refusal went away with the right one"
        assert ["Иван", "", "", "", "Грант Вымыслов", "Гриша"] in cells(app)
        await read_screen(pilot)
        await pilot.press("h")
        assert "Грант" not in str(cells(app))


async def test_a_new_person_gets_a_pseudonym_and_editing_needs_a_reveal(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, PersonModal)
        await type_text(pilot, "Ромуальд Придумкин")
        app.screen.query_one("#role", Input).value = "brother"
        await pilot.press("ctrl+s")
        await settle(pilot)
        rows = cells(app)
        assert len(rows) == 3
        new = rows[-1]
        assert new[0] and new[0] != "Ромуальд Придумкин" and new[2] == "brother"
        await pilot.press("e")
        assert isinstance(app.screen, PeopleScreen), "no edit form before a reveal"


async def test_the_audit_report_is_colour_coded_and_explains_the_highlighted_check(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AuditScreen)
        table = app.screen.query_one("#list", DataTable)
        statuses = {
            str(table.get_row_at(i)[0]): table.get_row_at(i)[0].style
            for i in range(table.row_count)
        }
        assert statuses["PASS"] == "bold green"
        assert statuses["FAIL"] == "bold red", "a test-profile vault fails the KDF checks"
        assert "Expected:" in str(app.screen.query_one("#detail").render())
        assert app.session.unlocked, "the audit borrowed the vault and left it open"
        await pilot.press("escape")
        assert not isinstance(app.screen, AuditScreen)


async def test_tab_in_the_person_form_goes_round_the_fields_only(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        ring = []
        for _ in range(6):
            ring.append(app.focused.id if app.focused else None)
            await pilot.press("tab")
        assert ring == ["name", "aliases", "gender", "role", "public", "pseudonym"]
        assert app.focused is not None and app.focused.id == "name"


async def test_a_refused_registration_keeps_the_form_open_with_the_reason(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual.widgets import Select

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, PersonModal)
        await type_text(pilot, "Qwill Fictus")  # no gender can be told from this name
        form.query_one("#role", Input).value = "cousin"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form, "the form stays open"
        assert form.query_one("#name", Input).value == "Qwill Fictus"
        assert form.query_one("#role", Input).value == "cousin"
        problem = str(form.query_one("#problem").render())
        assert "male or female" in problem and "Give the gender" in problem
        form.query_one("#gender", Select).value = "m"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        assert "cousin" in [row[2] for row in cells(app)]


async def test_editing_can_draw_a_new_pseudonym_as_the_command_line_does(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual.widgets import Checkbox

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(pilot)
        await pilot.press("v")
        await unlock(pilot, PASSPHRASE)
        before = next(row[0] for row in cells(app) if row[4] == "Грант Вымыслов")
        assert cells(app)[0][4] == "Грант Вымыслов", "the cursor is on him"
        await read_screen(pilot)
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, PersonModal)
        form.query_one("#new-pseudonym", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        after = next(row[0] for row in cells(app) if row[4] == "Грант Вымыслов")
        assert after and after != before
