"""The editor: create and edit a testimony, saved into the vault without a draft file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, SelectionList, TabbedContent, TextArea

from intake import testimonies
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.editor import EditorScreen
from tests.conftest import PASSPHRASE
from tests.tui.conftest import open_editor, settle, unlock
from tests.tui.pace import read_screen


def stored(path: Path, testimony_id: str):  # type: ignore[no-untyped-def]
    with Vault.open(path, bytearray(PASSPHRASE.encode())) as vault:
        return testimonies.get(vault, testimony_id)


def every_file(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


TAB_FIRST = {
    "transcript": "transcript-text",
    "summary": "summary-text",
    "details": "title",
    "consent": "publish-summary",
    "people": "source",
}


async def focus_on(pilot: Pilot[None], field: str) -> None:
    """Wait for the tab switch to be handled and the field to take the cursor."""
    for _ in range(50):
        if pilot.app.focused is not None and pilot.app.focused.id == field:
            return
        await pilot.pause()
    raise AssertionError(f"#{field} never took the cursor")


async def to_tab(pilot: Pilot[None], pane: str) -> None:
    """Press ctrl+pagedown until ``pane`` shows, its first field with the cursor."""
    for _ in TAB_FIRST:
        if pilot.app.screen.query_one(TabbedContent).active == pane:
            break
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
    await focus_on(pilot, TAB_FIRST[pane])


async def test_a_new_testimony_is_saved_once_it_has_a_title_and_a_transcript(
    home_vault: Path, new_app: Callable[..., IntakeApp], isolated_env: Path
) -> None:
    files_before = every_file(isolated_env)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot, "n")
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        editor.query_one("#transcript-text", TextArea).load_text("Invented words [имя].")
        await to_tab(pilot, "details")
        editor.query_one("#title", Input).value = "A new fictional account"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert editor.testimony_id is not None
        testimony_id = editor.testimony_id
        assert "All changes saved" in str(editor.query_one("#heading").render())
    saved = stored(home_vault, testimony_id)
    assert saved.title == "A new fictional account"
    assert saved.transcript == "Invented words [имя]."
    assert every_file(isolated_env) - files_before == set(), "no draft or temporary file"


async def test_editing_details_consent_and_people_is_saved_automatically(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("down", "down")  # the oldest change: the Russian testimony
        await open_editor(pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.testimony_id == "t-fiction1"
        await to_tab(pilot, "summary")
        editor.query_one("#summary-text", TextArea).load_text("A mother speaks of her son.")
        await to_tab(pilot, "consent")
        editor.query_one("#publish-quotes", Checkbox).value = True
        await to_tab(pilot, "people")
        editor.query_one("#subjects", SelectionList).select("p-fiction2")
        await pilot.pause()
        editor.flush()  # what leaving or locking does; the timer would do it a moment later
        await settle(pilot)
    saved = stored(home_vault, "t-fiction1")
    assert saved.summary == "A mother speaks of her son."
    assert saved.consent.publish_quotes and saved.consent.publish_summary
    assert saved.subjects == ("p-fiction2",)
    assert saved.source == "p-fiction1"


async def test_a_bad_date_is_explained_and_not_saved(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        editor = app.screen
        await to_tab(pilot, "details")
        editor.query_one("#date", Input).value = "last spring"
        await pilot.pause()
        assert "YYYY-MM-DD" in str(editor.query_one("#heading").render())


@pytest.mark.slow
async def test_the_people_tab_offers_pseudonyms_never_real_names(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        await to_tab(pilot, "people")
        subjects = app.screen.query_one("#subjects", SelectionList)
        prompts = [
            str(subjects.get_option_at_index(i).prompt) for i in range(subjects.option_count)
        ]
        assert prompts == ["Иван", "Maria"]


@pytest.mark.slow
async def test_locking_in_the_editor_saves_and_unlocking_reopens_it(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        testimony_id = editor.testimony_id
        editor.query_one("#transcript-text", TextArea).insert(" Added before the lock.")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert not app.session.unlocked
        await unlock(pilot)
        assert isinstance(app.screen, EditorScreen)
        assert app.screen.testimony_id == testimony_id
        text = app.screen.query_one("#transcript-text", TextArea).text
        assert text.startswith(" Added before the lock.") or "Added before the lock." in text


@pytest.mark.slow
async def test_ctrl_pagedown_goes_round_the_tabs_with_the_cursor_in_each_first_field(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        for key, first in (
            ("ctrl+pagedown", "summary-text"),
            ("ctrl+pagedown", "title"),
            ("ctrl+pagedown", "publish-summary"),
            ("ctrl+pagedown", "source"),
            ("ctrl+pagedown", "transcript-text"),
            ("ctrl+pageup", "source"),
        ):
            await pilot.press(key)
            await focus_on(pilot, first)


async def test_tab_moves_from_field_to_field_without_stopping_on_a_container(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        await to_tab(pilot, "consent")
        await pilot.pause()
        visited = []
        for _ in range(5):
            await pilot.press("tab")
            visited.append(app.focused.id if app.focused else None)
        assert visited[:4] == ["publish-quotes", "real-name", "wishes", "withdrawn"]


async def test_a_key_typed_after_a_tab_key_adds_to_the_field_and_never_replaces_it(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        title = app.screen.query_one("#title", Input).value
        await to_tab(pilot, "details")
        await pilot.pause()
        await pilot.press("X")
        assert app.screen.query_one("#title", Input).value in (title + "X", "X" + title)


async def title_emptied(pilot: Pilot[None]) -> tuple[EditorScreen, str, str]:
    """Open the first testimony, add to its transcript and empty its title: (editor, id,
    the title it had)."""
    await unlock(pilot)
    await open_editor(pilot)
    editor = pilot.app.screen
    assert isinstance(editor, EditorScreen) and editor.testimony_id is not None
    title = editor.query_one("#title", Input).value
    editor.query_one("#transcript-text", TextArea).insert("Invented words. ")
    editor.query_one("#title", Input).value = ""
    await pilot.pause()
    return editor, editor.testimony_id, title


async def test_an_empty_title_is_explained_and_what_was_typed_is_kept(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.confirm import ConfirmModal

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        editor, testimony_id, title = await title_emptied(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "needs a title" in "\n".join(n.message for n in app._notifications)
        assert "needs a title" in str(editor.query_one("#heading").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal), "leaving asks before dropping anything"
        await read_screen(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen_stack[-1] is editor
        assert editor.query_one("#transcript-text", TextArea).text.startswith("Invented words. ")
    assert stored(home_vault, testimony_id).title == title


async def test_locking_with_an_empty_title_saves_the_rest_under_the_last_title(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        _, testimony_id, title = await title_emptied(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert "last saved title" in "\n".join(n.message for n in app._notifications)
    saved = stored(home_vault, testimony_id)
    assert saved.transcript.startswith("Invented words. ")
    assert saved.title == title


@pytest.mark.slow
async def test_a_new_testimony_saved_by_locking_is_the_one_reopened(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot, "n")
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        editor.query_one("#transcript-text", TextArea).load_text("Invented words, no title.")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await settle(pilot)
        await unlock(pilot)
        reopened = app.screen
        assert isinstance(reopened, EditorScreen) and reopened.testimony_id is not None
        assert reopened.query_one("#title", Input).value == "Untitled"
        assert reopened.query_one("#transcript-text", TextArea).text == "Invented words, no title."


async def test_a_paste_larger_than_a_testimony_is_refused_and_the_text_is_unchanged(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual import events

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        area = app.screen.query_one("#transcript-text", TextArea)
        area.focus()
        await pilot.pause()
        before = area.text
        huge = "Fictional pasted words. " * (testimonies.MAX_TEXT_CHARS // 24 + 1)
        app.post_message(events.Paste(huge))
        await settle(pilot)
        assert area.text == before
        assert any("Nothing was pasted" in str(n.message) for n in app._notifications)
        app.post_message(events.Paste("A small fictional paste."))
        await settle(pilot)
        assert "A small fictional paste." in area.text


async def test_on_the_people_tab_space_marks_the_first_person_at_once(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await open_editor(pilot)
        await to_tab(pilot, "people")
        subjects = app.screen.query_one("#subjects", SelectionList)
        subjects.focus()
        await pilot.pause()
        before = set(subjects.selected)
        await pilot.press("space")
        await pilot.pause()
        assert len(set(subjects.selected) ^ before) == 1
