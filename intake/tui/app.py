"""The Textual application: wiring only. Screens live in :mod:`intake.tui.screens`.

Two modes: ``gate`` (unlock, first run, or the lock screen) and ``vault`` (the
content screens). Locking records where the user was (:class:`Location`, no
text), saves open editors, switches to the gate, removes every content screen
and closes the vault, dropping its key. Unlocking rebuilds the screens.

What never leaves the screen is kept in by :class:`~intake.tui.guarded.GuardedApp`
(clipboard, screenshot, tracebacks); the command palette offers no screenshot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from intake.tui import screens
from intake.tui.bindings import app_keys, f_key
from intake.tui.guarded import GuardedApp
from intake.tui.idle import IdleWatch, idle_seconds_from_env
from intake.tui.messages import Location, Navigate, Unlocked, WorkFailed
from intake.tui.safety import scrub_environment
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.session import Session
from intake.tui.typeahead import TypeAheadGuard
from intake.wording import counted

if TYPE_CHECKING:
    from intake.store.vault import Vault

_ACTIVITY = (
    events.Key,
    events.MouseDown,
    events.MouseScrollDown,
    events.MouseScrollUp,
    events.Paste,
)


class IntakeApp(GuardedApp):
    CSS_PATH = "app.tcss"
    TITLE = "intake"
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            f_key("f1"),
            Binding("question_mark", "help", "Help", show=False),
            Binding("ctrl+l", "lock", "Lock", priority=True),
            f_key("f12", show=False, priority=True),
            Binding("ctrl+q", "quit", "Quit", priority=True),
            f_key("f10", show=False, priority=True),
            Binding("ctrl+b", "bundles", "Contacts and bundles", show=False),
            f_key("f9", priority=True),  # only once turned on in settings
            f_key("f2", show=False),
        ]
    )

    def __init__(
        self,
        session: Session,
        *,
        idle_seconds: float | None = None,
        secret: bytearray | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.idle = IdleWatch(idle_seconds or idle_seconds_from_env())
        self.typeahead = TypeAheadGuard()
        self.trail: list[Location] = [Location("testimonies")]
        self._secret = secret
        self._locked = False
        self._panic_key = False  # read from the vault's settings at each unlock

    # -- modes ------------------------------------------------------------------
    async def on_mount(self) -> None:
        self.set_interval(1.0, self.check_idle_lock)
        if self.session.unlocked:
            await self._enter_vault()
        else:
            await self._enter_gate(self._gate_screen)

    def _gate_screen(self) -> Screen[Any]:
        if not self.session.exists():
            return screens.FirstRunScreen(self.session)
        secret, self._secret = self._secret, None
        return screens.UnlockScreen(self.session, locked=self._locked, secret=secret)

    async def _enter_gate(self, factory: Any) -> None:
        self.add_mode("gate", factory)
        await self.switch_mode("gate")
        if "vault" in self._modes:
            await self.remove_mode("vault")
        self.refresh_bindings()

    async def _enter_vault(self) -> None:
        base, *above = self.trail
        self.add_mode("vault", lambda: screens.build(base, self.session))
        await self.switch_mode("vault")
        for location in above:
            await self.push_screen(screens.build(location, self.session))
        if "gate" in self._modes:
            await self.remove_mode("gate")
        self._settings_closed()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No Lock key in the footer while there is nothing open to lock; no panic wipe key
        unless it was turned on in settings."""
        if action in ("lock", "settings", "bundles"):
            return self.session.unlocked
        if action == "panic_wipe":
            return self.session.unlocked and self._panic_key
        return True

    # -- settings and the panic wipe --------------------------------------------
    def action_settings(self) -> None:
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.settings import SettingsScreen

        if self.session.unlocked and not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen(self.session), self._settings_closed)

    def _settings_closed(self, _result: object = None) -> None:
        self._panic_key = self.session.panic_key_enabled()
        self.refresh_bindings()

    def action_panic_wipe(self) -> None:
        """Destroy the vault, after two confirmations (the key is off unless turned on)."""
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.settings import PANIC_DETAIL

        if not (self.session.unlocked and self.session.panic_key_enabled()):
            return
        first = ConfirmModal("Destroy this vault for ever?", PANIC_DETAIL)
        self.push_screen(first, self._wipe_confirmed_once)

    def _wipe_confirmed_once(self, yes: bool | None) -> None:

        if yes:
            again = ConfirmModal("Really destroy it? This cannot be undone.")
            self.push_screen(again, self._wipe_confirmed_twice)

    def _wipe_confirmed_twice(self, yes: bool | None) -> None:
        if yes:
            removed = self.session.wipe()
            self.exit(
                message=f"intake: the vault was destroyed ({counted(removed, 'file')} removed)."
            )

    async def on_unlocked(self, message: Unlocked) -> None:
        message.stop()
        self.idle.poke()
        await self._enter_vault()

    async def action_lock(self) -> None:
        """Panic key and idle lock: save, remember where, remove screens, close the vault."""
        if not self.session.unlocked:
            return
        stack = self.screen_stack
        for screen in stack:  # first: saving gives a new testimony the id its place needs
            flush = getattr(screen, "flush", None)
            if callable(flush):
                flush()
        self.trail = [
            place
            for place in (getattr(s, "location", None) for s in stack)
            if isinstance(place, Location)
        ] or self.trail[:1]
        self._locked = True
        await self._enter_gate(self._gate_screen)
        self.session.lock()

    def on_unmount(self) -> None:
        """However the app ends, the vault is closed (screens saved on their own unmount)."""
        self.session.lock()

    def check_idle_lock(self) -> None:
        if self.session.unlocked and self.idle.expired():
            self.call_later(self.action_lock)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, _ACTIVITY):
            self.idle.poke()
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and self.typeahead.drops(event, self.focused)
        ):
            event.stop()  # typed before a dialog opened or closed: see intake.tui.typeahead
            return
        await super().on_event(event)

    def pop_screen(self) -> AwaitComplete:  # a dialog closing or opening restarts the settle
        closing = self.screen
        done = super().pop_screen()
        if isinstance(closing, ModalScreen):
            self.typeahead.dialog_changed()
        return done

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(screen, ModalScreen):
            self.typeahead.dialog_changed()
        return super().push_screen(screen, *args, **kwargs)

    # -- navigation -------------------------------------------------------------
    async def on_navigate(self, message: Navigate) -> None:
        await self.push_screen(screens.build(message.location, self.session))

    async def action_bundles(self) -> None:
        """Contacts, send and receive (ctrl+b, or the command palette)."""
        if self.session.unlocked and getattr(self.screen, "location", None) != Location("contacts"):
            await self.push_screen(screens.build(Location("contacts"), self.session))

    def action_help(self) -> None:
        if isinstance(self.screen, screens.HelpScreen):
            return
        keys = [
            (self.get_key_display(active.binding), _explained(active.binding))
            for active in self.screen.active_bindings.values()
            if active.binding.show and active.binding.description and active.node is not self
        ]
        title = screens.help_title(self.screen)
        self.push_screen(screens.HelpScreen(title, _unique(keys), self.idle.limit))

    # -- the one error handler --------------------------------------------------
    def on_work_failed(self, message: WorkFailed) -> None:
        self.notify(
            f"{message.message}\n{message.hint}",
            title="Could not do that",
            severity="error",
            markup=False,
            timeout=10,
        )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's commands, without the one that saves the screen to an SVG file."""
        for command in super().get_system_commands(screen):
            if command.title.lower() != "screenshot":
                yield command
        yield SystemCommand("Lock", "Close the vault now (ctrl+l)", self.action_lock)
        yield from screen_commands(self, screen)
        if self.session.unlocked:
            yield SystemCommand(
                "Contacts and bundles",
                "Cards, fingerprints, send, receive (ctrl+b)",
                self.action_bundles,
            )
            yield SystemCommand("Settings", "The panic wipe key (f2)", self.action_settings)


def screen_commands(app: GuardedApp, screen: Screen[Any]) -> Iterable[SystemCommand]:
    """Every action of the screen, by its footer label, with its key as the help."""
    for binding in screen.BINDINGS:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        key = app.get_key_display(binding)
        where = f"{key} on this screen" + (f": {binding.tooltip}" if binding.tooltip else "")
        yield SystemCommand(binding.description, where, partial(screen.run_action, binding.action))


def _explained(binding: Binding) -> str:
    """A key's label with what it does in words, when the screen gives them."""
    return f"{binding.description}: {binding.tooltip}" if binding.tooltip else binding.description


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(pairs))


def run_app(
    vault_path: Path,
    vault: Vault | None = None,
    *,
    unlock_note: str | None = None,
    secret: bytearray | None = None,
    read_secret: Callable[[], bytearray] | None = None,
) -> None:
    """Open the interface on ``vault_path``; an already open ``vault`` skips the unlock.

    ``read_secret`` (the command line's ``--passphrase-file``) gives the passphrase the
    unlock screen uses. The vault is closed when the interface ends, however it ends.
    """
    scrub_environment()
    session = Session(vault_path, vault, unlock_note=unlock_note)
    if secret is None and vault is None and read_secret is not None and session.exists():
        secret = read_secret()
    try:
        IntakeApp(session, secret=secret).run()
    finally:
        session.lock()
