"""Fixtures for the interface: a vault filled with fixed fictional data, and Pilot helpers.

All names, places and events here are invented. Ids and times are fixed so that
snapshots are the same on every run. The filled vault is made once per test
process and copied for each test (creating and filling it costs far more).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from intake import keys
from intake.cli.context import default_vault_path
from intake.models import Consent, Interview, Person, Status, Testimony
from intake.store import people as people_store
from intake.store import testimonies as testimony_store
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.session import Session
from intake.tui.typeahead import TypeAheadGuard
from tests.conftest import PASSPHRASE, Template
from tests.tui.pace import ReadingClock


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (Pilot needs one; no plugin required)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


FIXED = "2025-03-0{day}T10:00:00Z"

PEOPLE = (
    Person(id="p-fiction1", name="Грант Вымыслов", pseudonym="Иван", aliases=("Гриша",)),
    Person(id="p-fiction2", name="Zelda Inventa", pseudonym="Maria"),
)

TESTIMONIES = (
    Testimony(
        id="t-fiction1",
        title="Мать о сыне [имя] в части",
        transcript="Мой сын Грант Вымыслов служил в части [номер]. Звоните +7 900 000-00-00.",
        interview=Interview(language="ru", date="2025-02"),
        consent=Consent(publish_summary=True),
        source="p-fiction1",
        status=Status.DRAFT,
    ),
    Testimony(
        id="t-fiction2",
        title="A wife's account",
        transcript="Zelda Inventa said her husband refused to go back.",
        interview=Interview(language="en"),
        status=Status.REVIEWED,
    ),
    Testimony(
        id="t-fiction3",
        title="Brother [redacted] speaks",
        transcript="The brother spoke about the unit and the village of Nowhere.",
        interview=Interview(language="en"),
        status=Status.APPROVED,
    ),
)


def fill(vault: Vault) -> None:
    """Insert the fictional people and testimonies with fixed ids and times."""
    from dataclasses import replace

    from intake.models import Status

    with vault.transaction() as conn:
        for person in PEOPLE:
            people_store.insert(conn, person, FIXED.format(day=1))
        for day, testimony in enumerate(TESTIMONIES, start=1):
            stamp = FIXED.format(day=day)
            testimony_store.insert(
                conn,
                replace(
                    testimony, status=Status(testimony.status), created_at=stamp, updated_at=stamp
                ),
            )


def make_vault(path: Path, *, filled: bool = True) -> Path:
    vault, _recovery = Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    with vault:
        if filled:
            fill(vault)
    return path


@pytest.fixture(autouse=True)
def _finer_idle_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """After each key, Pilot sleeps until the process looks idle, judged over windows of
    20 ms (less than 5 % CPU in one): every key then costs at least two windows of sleep.
    Windows of 5 ms with the same 5 % judge the same way, four times sooner. Pilot's wait for
    the screen's messages, which is what the tests rely on, is unchanged."""
    import textual._wait as wait

    monkeypatch.setattr(wait, "SLEEP_GRANULARITY", 0.005)
    monkeypatch.setattr(wait, "SLEEP_IDLE", 0.005 / 20)


@pytest.fixture(scope="session")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The filled vault, made once per test process (a recovery key is never asked of it)."""
    with pytest.MonkeyPatch.context() as patch:  # the test profile is refused without it
        patch.setenv(keys.TEST_PROFILE_ENV, "1")
        path = make_vault(tmp_path_factory.mktemp("filled") / "vault")
    return Template(path, recovery="")


@pytest.fixture
def home_vault(isolated_env: Path, filled_template: Template) -> Path:
    """A filled vault at the default path (shown on screen as ~/.local/share/intake/vault)."""
    return filled_template.copy_to(default_vault_path())


@pytest.fixture
def new_app(isolated_env: Path) -> Callable[..., IntakeApp]:
    """An app on the vault at ``path`` (default: the home vault). Animations are off: a test
    looks at where the interface ends, and every frame of a scroll or tab underline would be
    drawn and waited for. The type-ahead guard reads a ReadingClock (see tests.tui.pace)."""

    def build(path: Path | None = None, **kwargs: object) -> IntakeApp:
        app = IntakeApp(Session(path or default_vault_path()), **kwargs)  # type: ignore[arg-type]
        app.animation_level = "none"
        app.typeahead = TypeAheadGuard(ReadingClock())
        return app

    return build


async def settle(pilot: Pilot[None]) -> None:
    """Let workers finish and their messages be handled: a message a worker posts may start
    another worker, so wait again while any is pending (three rounds at most). A worker an
    exclusive one of its group replaced (an older list reload) is cancelled on purpose."""
    for _ in range(3):
        for worker in list(pilot.app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
        if not pilot.app.workers:
            return


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Put ``text`` into the focused input as if typed (key by key is slow under Pilot)."""
    from textual.widgets import Input

    focused = pilot.app.focused
    assert isinstance(focused, Input), f"no input has the focus ({focused!r})"
    focused.insert_text_at_cursor(text)
    await pilot.pause()


async def unlock(pilot: Pilot[None], passphrase: str = PASSPHRASE) -> None:
    await type_text(pilot, passphrase)
    await pilot.press("enter")
    await settle(pilot)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def open_editor(pilot: Pilot[None], key: str = "o") -> None:
    await pilot.press(key)
    await settle(pilot)
