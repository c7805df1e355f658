"""App keys that a text field can never take as an editing command.

Textual asks the focused widget first: a key the screen binds and a TextArea
also binds (F6 "select line", F7 "select all", ctrl+w "delete word"...) would
be an edit in a text field, and the next typed character would replace what
was selected. :func:`app_keys` makes every such binding a priority binding, so
the key means the same on every tab and in every field. Keys no text field
binds keep their ordinary place (a Select's own escape still closes its list).

:data:`F_KEYS` is the one table of function keys: each means the same on every
screen and tab (a test reads every screen's bindings against it). Screens use
other keys for their own commands (the editor's tabs: ctrl+pagedown, ctrl+pageup).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType
from textual.widgets import Input, TextArea

if TYPE_CHECKING:
    from textual.dom import DOMNode


def _keys_of(*classes: type[Input] | type[TextArea]) -> frozenset[str]:
    keys: set[str] = set()
    for cls in classes:
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding):
                keys.update(key.strip() for key in binding.key.split(","))
    return frozenset(keys)


F_KEYS: dict[str, tuple[str, str]] = {
    "f1": ("help", "Help"),
    "f2": ("settings", "Settings"),
    "f9": ("panic_wipe", "Wipe"),  # only once turned on in settings
    "f10": ("quit", "Quit"),
    "f12": ("lock", "Lock"),
}
"""Every function key the interface uses: key -> (action, label), the same everywhere."""


def f_key(key: str, *, show: bool = True, priority: bool = False) -> Binding:
    """The binding of function key ``key``, with its one action and label from F_KEYS."""
    action, label = F_KEYS[key]
    return Binding(key, action, label, show=show, priority=priority)


TEXT_FIELD_KEYS = _keys_of(TextArea, Input)
"""Every key a TextArea or an Input binds to an editing or selecting command."""


def takes_text_field_key(binding: Binding) -> bool:
    return any(key.strip() in TEXT_FIELD_KEYS for key in binding.key.split(","))


def app_keys(bindings: list[BindingType]) -> list[BindingType]:
    """``bindings`` with each one a text field also binds made a priority binding."""
    return [
        replace(b, priority=True)
        if isinstance(b, Binding) and not b.priority and takes_text_field_key(b)
        else b
        for b in bindings
    ]


def after_typing(node: DOMNode, callback: Callable[[], object]) -> None:
    """Run ``callback`` once the focused field has handled every key already sent to it.

    A priority binding (Enter in a one-line dialog, ctrl+s, ctrl+w) runs as soon as
    its key arrives, while the characters typed just before it may still wait in the
    field's queue: a path typed and Enter in one burst read an empty field. The
    callback is queued behind them instead.
    """
    target = node.app.focused or node
    target.call_later(callback)
