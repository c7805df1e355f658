"""A footer that wraps its keys onto more lines, so every key shows at 80 columns.

Textual's footer is one line and cuts off what does not fit; here the keys are
laid out in a grid of as many columns as the terminal's width allows.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

CELL = 12  # the widest "key Label" we use, plus a space


class KeyFooter(Footer):
    DEFAULT_CSS = """
    KeyFooter {
        layout: grid;
        height: auto;
        max-height: 4;
        grid-gutter: 0;
        grid-rows: 1;
    }
    """

    def __init__(self) -> None:
        super().__init__(show_command_palette=False, compact=True)

    def compose(self) -> ComposeResult:
        yield from super().compose()
        keys = max(1, self.styles.grid_size_columns or 1)
        self.styles.grid_size_columns = min(keys, max(1, self.app.size.width // CELL))

    def on_resize(self) -> None:
        self.refresh(recompose=True)
