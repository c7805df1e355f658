"""A footer that wraps its keys onto more lines, so every key shows at 80 columns.

Textual's footer is one line and cuts off what does not fit; here the keys are
laid out in a grid with as many columns as the widest "key Label" allows at the
terminal's width, so no label is ever cut ("f2 Transcript", "^y Copy redacted").
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

GAP = 2  # spaces between two keys


def cell_width(key: FooterKey) -> int:
    """The width of one key's label as drawn in the compact footer, plus the gap."""
    label = f"{key.key_display} {key.description}" if key.description else key.key_display
    return cell_len(label) + GAP


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
        keys = sorted(super().compose(), key=self._place)
        widest = max((cell_width(k) for k in keys if isinstance(k, FooterKey)), default=1)
        self.styles.grid_size_columns = max(1, min(len(keys), self.app.size.width // widest))
        yield from keys

    def _place(self, widget: object) -> int:
        """The screen's keys in the order it declares them (a priority key, which
        Textual lists first, keeps its place), after the field's and before the app's."""
        if not isinstance(widget, FooterKey):
            return 0
        actions = [b.action for b in self.screen.BINDINGS if isinstance(b, Binding)]
        if widget.action in actions:
            return actions.index(widget.action) + 1
        is_app_key = any(
            isinstance(b, Binding) and b.action == widget.action for b in self.app.BINDINGS
        )
        return len(actions) + 1 if is_app_key else 0

    def on_resize(self) -> None:
        self.refresh(recompose=True)
