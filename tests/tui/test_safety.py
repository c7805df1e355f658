"""Nothing sensitive leaves the screen: clipboard, screenshots, tracebacks, logs, markup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static

from intake.errors import InputError
from intake.tui.app import IntakeApp
from intake.tui.jobs import run_plain
from intake.tui.messages import CopyRedacted
from intake.tui.widgets.passphrase import PassphraseInput
from tests.tui.conftest import settle, type_text, unlock

NAME = "Грант Вымыслов"  # fictional


class Notes:
    def __init__(self, app: IntakeApp) -> None:
        self.seen: list[str] = []
        real = app.notify

        def record(message: str, **kwargs: object) -> None:
            self.seen.append(f"{kwargs.get('title', '')}: {message}")
            real(message, **kwargs)  # type: ignore[arg-type]

        app.notify = record  # type: ignore[method-assign]


async def test_the_app_refuses_to_copy_anything_to_the_clipboard(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.copy_to_clipboard(NAME)
        assert app.clipboard == ""
        field = app.screen.query_one(PassphraseInput)
        await type_text(pilot, "secret words typed")
        field.select_all()
        await pilot.press("ctrl+c")
        field.action_copy()
        field.action_cut()
        assert app.clipboard == ""
        assert field.value == "secret words typed", "cut removed nothing either"


async def test_only_the_explicit_copy_redacted_action_reaches_the_clipboard(
    home_vault: Path,
    new_app: Callable[..., IntakeApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[str] = []
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app._driver, "write", written.append)
        app.post_message(CopyRedacted("Жена Ивана рассказала"))
        await pilot.pause()
        assert any(chunk.startswith("\x1b]52;c;") for chunk in written)
        assert app.clipboard == "", "no copy is kept in the app afterwards"
        written.clear()
        app.copy_to_clipboard(NAME)
        assert not any("\x1b]52" in chunk for chunk in written)


async def test_the_command_palette_offers_no_screenshot_and_screenshots_write_nothing(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles
        assert "Lock" in titles
        app.action_screenshot(path=str(tmp_path))
        app.deliver_screenshot()
        await pilot.pause()
        assert not list(tmp_path.glob("*.svg"))


async def test_a_worker_error_shows_message_and_hint_and_an_unexpected_one_only_its_type(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        notes = Notes(app)

        def expected() -> None:
            raise InputError("the file is empty", "Import a file with text.")

        def unexpected() -> None:
            raise RuntimeError(f"boom near {NAME}")

        for job in (expected, unexpected):
            run_plain(app.screen, job, lambda _none: CopyRedacted(""))
            await settle(pilot)
        assert notes.seen[0] == "Could not do that: the file is empty\nImport a file with text."
        assert notes.seen[1].startswith("Could not do that: internal error (RuntimeError)")
        assert all(NAME not in note for note in notes.seen)


async def test_an_unexpected_crash_prints_its_type_and_no_traceback_or_content(
    home_vault: Path, new_app: Callable[..., IntakeApp], capsys: pytest.CaptureFixture[str]
) -> None:
    app = new_app()

    def crash() -> None:
        raise ValueError(f"secret {NAME}")

    with pytest.raises(ValueError, match="secret"):
        async with app.run_test(size=(80, 24)) as pilot:
            app.call_later(crash)
            await pilot.pause()
    shown = capsys.readouterr().err
    assert "internal error (ValueError)" in shown
    assert NAME not in shown and "Traceback" not in shown


async def test_user_text_with_brackets_is_shown_literally_never_as_markup(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("slash")
        await type_text(pilot, "служил")
        await pilot.press("enter")
        await settle(pilot)
        snippet = app.screen.query_one("#snippet", Static)
        assert "[номер]" in str(snippet.render())


def test_textual_log_file_and_devtools_switches_are_removed_before_the_interface_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual import constants

    from intake.tui.safety import scrub_environment

    monkeypatch.setenv("TEXTUAL_LOG", "/somewhere/textual.log")
    monkeypatch.setenv("TEXTUAL", "devtools,debug")
    monkeypatch.setattr(constants, "LOG_FILE", "/somewhere/textual.log")
    scrub_environment()
    import os

    assert "TEXTUAL_LOG" not in os.environ and "TEXTUAL" not in os.environ
    assert constants.LOG_FILE is None
