"""No key the app binds ever edits or selects text in a field: it means the same everywhere.

Once, F6 (the People tab) was the text area's "select line" on the Transcript tab,
so the next typed key replaced a line of the transcript and autosave stored it.
Here every app key is pressed in every text field of every content screen, and
the field must hold the same text with nothing selected afterwards.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TabbedContent, TabPane, TextArea

from intake.tui import screens as screens_package
from intake.tui.app import IntakeApp
from intake.tui.bindings import F_KEYS, TEXT_FIELD_KEYS
from intake.tui.typeahead import TypeAheadGuard
from tests.handoff_world import introduce, make_vault, open_vault
from tests.tui.conftest import settle, unlock
from tests.tui.pace import ReaderClock

NOT_PRESSED = {"quit", "lock"}  # they leave the vault; tests/tui/test_safety.py covers them
NAMED_KEYS = {"escape", "enter", "tab", "delete", "backspace", "home", "end", "insert"}


def _screen_classes() -> list[type[Screen[object]]]:
    found: dict[str, type[Screen[object]]] = {}
    for info in pkgutil.iter_modules(screens_package.__path__):
        module = importlib.import_module(f"intake.tui.screens.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                found[cls.__qualname__] = cls
    return list(found.values())


def _bindings(owner: type[object]) -> list[Binding]:
    return [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding)]


@pytest.mark.parametrize("owner", [IntakeApp, *_screen_classes()], ids=lambda c: c.__name__)
def test_a_key_a_text_field_also_binds_is_always_the_apps(owner: type[object]) -> None:
    for binding in _bindings(owner):
        shared = {k.strip() for k in binding.key.split(",")} & TEXT_FIELD_KEYS
        assert not shared or binding.priority, f"{binding.key} would edit a text field"


def _is_command_key(key: str) -> bool:
    """A key that types nothing: ctrl+s, f6, escape (not 'n' or '/')."""
    return "+" in key or key in NAMED_KEYS or (key[0] == "f" and key[1:].isdigit())


def app_keys_of(screen: Screen[object]) -> list[str]:
    keys: list[str] = []
    for binding in [*_bindings(IntakeApp), *_bindings(type(screen))]:
        if binding.action in NOT_PRESSED:
            continue
        keys += [k.strip() for k in binding.key.split(",") if _is_command_key(k.strip())]
    return list(dict.fromkeys(keys))


def _text(field: Input | TextArea) -> str:
    return field.value if isinstance(field, Input) else field.text


async def _reveal(pilot: Pilot[None], field: Input | TextArea) -> None:
    """Show the tab a field is on and put the cursor in it."""
    for pane in field.ancestors:
        if isinstance(pane, TabPane):
            tabs = next(a for a in pane.ancestors if isinstance(a, TabbedContent))
            tabs.active = pane.id or ""
            await pilot.pause()
    field.focus()
    await pilot.pause()


Opener = Callable[[Pilot[None]], Awaitable[None]]


async def _back_to(pilot: Pilot[None], screen: Screen[object], reopen: Opener) -> Screen[object]:
    """Close whatever a key opened above ``screen``; reopen it if the key left it."""
    app = pilot.app
    while app.screen is not screen and screen in app.screen_stack:
        app.pop_screen()
        await settle(pilot)
    if app.screen is screen:
        return screen
    await reopen(pilot)
    return app.screen


async def press_every_app_key_in_every_field(pilot: Pilot[None], reopen: Opener) -> int:
    await reopen(pilot)
    screen = pilot.app.screen
    ids = [f.id for f in screen.query("Input, TextArea") if f.id]
    assert ids, f"no text field with an id on {type(screen).__name__}"
    pressed = 0
    for field_id in ids:
        for key in app_keys_of(screen):
            field = screen.query_one(f"#{field_id}")
            assert isinstance(field, Input | TextArea)
            await _reveal(pilot, field)
            if not isinstance(field, Input):
                field.move_cursor((0, 2))
            before = _text(field)
            await pilot.press(key)
            await settle(pilot)
            assert _text(field) == before, f"{key} changed #{field_id}"
            assert field.selection.is_empty, f"{key} selected text in #{field_id}"
            pressed += 1
            screen = await _back_to(pilot, screen, reopen)
    return pressed


async def _to_list(pilot: Pilot[None]) -> None:
    while len(pilot.app.screen_stack) > 1:
        pilot.app.pop_screen()
        await settle(pilot)


def _opens(*keys: str) -> Opener:
    async def reopen(pilot: Pilot[None]) -> None:
        await _to_list(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return reopen


async def _editor(pilot: Pilot[None]) -> None:
    await _opens("o")(pilot)
    pilot.app.screen.query_one("#title", Input).value = "An invented title"
    pilot.app.screen.query_one("#date", Input).value = "2025-02"
    await settle(pilot)


@pytest.mark.parametrize(
    "reopen",
    [
        _editor,
        _opens("r"),
        _opens("x"),
        _opens("p", "a"),
        _opens("p", "v"),
        _opens("p", "t", "a"),
        _opens("i"),
        _opens("slash"),
        _opens("ctrl+b", "a"),
        _opens("ctrl+b", "s"),
        _opens("ctrl+b", "r"),
    ],
    ids=[
        "editor",
        "review",
        "export",
        "person form",
        "passphrase again",
        "term form",
        "import dialog",
        "list search",
        "contact name",
        "send dialog",
        "receive dialog",
    ],
)
@pytest.mark.slow
async def test_no_app_key_edits_or_selects_text_in_any_field(
    home_vault: Path, new_app: Callable[..., IntakeApp], reopen: Opener
) -> None:
    with make_vault(home_vault.parent / "a-contact") as other, open_vault(home_vault) as home:
        introduce(home, "home", other, "a-contact")  # the send dialog needs a contact
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        app.typeahead = TypeAheadGuard(ReaderClock())  # dialogs close and open all the time
        assert await press_every_app_key_in_every_field(pilot, reopen) > 0


def _f_keys(binding: Binding) -> list[str]:
    return [k.strip() for k in binding.key.split(",") if k.strip()[1:].isdigit() and k[0] == "f"]


@pytest.mark.parametrize("owner", [IntakeApp, *_screen_classes()], ids=lambda c: c.__name__)
def test_every_function_key_means_what_the_one_table_says(owner: type[object]) -> None:
    for binding in _bindings(owner):
        for key in _f_keys(binding):
            assert key in F_KEYS, f"{owner.__name__} binds {key}, which is not in F_KEYS"
            assert binding.action == F_KEYS[key][0], f"{key} is {binding.action} here"


def test_the_table_gives_help_settings_lock_and_quit_their_usual_function_keys() -> None:
    assert {key: action for key, (action, _label) in F_KEYS.items()} == {
        "f1": "help",
        "f2": "settings",
        "f9": "panic_wipe",
        "f10": "quit",
        "f12": "lock",
    }
    assert {k for b in _bindings(IntakeApp) for k in _f_keys(b)} == set(F_KEYS)
