"""What keeps testimony text off everything but the screen.

- :func:`plain` turns user text into a ``Text`` object, never parsed as markup:
  testimonies contain brackets such as "[имя]" that markup would eat or misread.
- :func:`scrub_environment` removes Textual's log file and devtools switches
  before the interface starts: a log file would receive every logged event,
  key presses included, in plaintext. ``INTAKE_DEBUG=1`` keeps them, on purpose.
"""

from __future__ import annotations

import os

from rich.text import Text

_LOGGING_VARIABLES = ("TEXTUAL_LOG", "TEXTUAL")


def plain(text: str, style: str = "") -> Text:
    """User text for a widget: displayed as is, never interpreted as markup."""
    return Text(text, style=style, no_wrap=False)


def one_line(text: str, width: int) -> str:
    """The first line of ``text``, cut to ``width`` characters (for tables)."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


def scrub_environment() -> None:
    if os.environ.get("INTAKE_DEBUG") == "1":
        return
    for name in _LOGGING_VARIABLES:
        os.environ.pop(name, None)
    # late: textual reads these variables when first imported: they go first
    from textual import constants

    setattr(constants, "LOG_FILE", None)  # noqa: B010 - Final in textual; neutralised on purpose
