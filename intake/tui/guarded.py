"""An App that keeps testimonies on the screen: no clipboard, no screenshot, no traceback.

What it protects: text shown in the interface (testimonies, real names) from
leaving it by the clipboard (OSC 52), by Textual's screenshot (an SVG file of
the screen) or by a crash report (Textual's traceback shows local variables).
The one way to the clipboard is the export preview's "copy redacted", which
posts :class:`CopyRedacted`. A paste larger than a testimony may be is refused
before any widget sees it (the editor would freeze, and the vault refuses to
save it anyway). Limits: the terminal itself (its scrollback, its
own screenshots and logs) is outside the application's reach.
"""

from __future__ import annotations

import os

from rich.text import Text
from textual import events
from textual.app import App

from intake.tui.jobs import INTERNAL_HINT
from intake.tui.messages import CopyRedacted


class GuardedApp(App[None]):
    ALLOW_SELECT = False  # no mouse selection that could be copied

    def __init__(self) -> None:
        super().__init__()
        self._clipboard_open = False

    def _handle_exception(self, error: Exception) -> None:
        """Unexpected errors: the type only. Textual's traceback shows local variables."""
        if os.environ.get("INTAKE_DEBUG") == "1":
            super()._handle_exception(error)
            return
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.append(
            Text(f"intake: internal error ({type(error).__name__})\nhint: {INTERNAL_HINT}")
        )
        self._close_messages_no_wait()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste) and len(event.text) > _max_text_chars():
            self.notify(
                f"That paste is {len(event.text):,} characters; a testimony holds at "
                f"most {_max_text_chars():,}. Nothing was pasted: split it, or import it "
                "as a file.",
                severity="error",
                timeout=10,
            )
            return
        await super().on_event(event)

    def copy_to_clipboard(self, text: str) -> None:
        if not self._clipboard_open:
            self.notify(
                "Copying is disabled: testimonies never go to the clipboard. Use the "
                "export preview's 'copy redacted' key.",
                severity="warning",
            )
            return
        super().copy_to_clipboard(text)

    def on_copy_redacted(self, message: CopyRedacted) -> None:
        self._clipboard_open = True
        try:
            super().copy_to_clipboard(message.text)
        finally:
            self._clipboard_open = False
            self._clipboard = ""
        self.notify("Redacted text copied to the clipboard.")

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        self.notify(
            "Screenshots are disabled: they would write testimonies to a file.", severity="warning"
        )

    def deliver_screenshot(self, *args: object, **kwargs: object) -> None:
        self.action_screenshot()


def _max_text_chars() -> int:
    from intake.testimonies import MAX_TEXT_CHARS  # late: start-up does not need the store

    return MAX_TEXT_CHARS
