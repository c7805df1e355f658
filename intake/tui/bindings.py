"""App keys that a text field can never take as an editing command.

Textual asks the focused widget first: a key the screen binds and a TextArea
also binds (F6 "select line", F7 "select all", ctrl+w "delete word"...) would
be an edit in a text field, and the next typed character would replace what
was selected. :func:`app_keys` makes every such binding a priority binding, so
the key means the same on every tab and in every field. Keys no text field
binds keep their ordinary place (a Select's own escape still closes its list).
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType
from textual.widgets import Input, TextArea


def _keys_of(*classes: type[Input] | type[TextArea]) -> frozenset[str]:
    keys: set[str] = set()
    for cls in classes:
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding):
                keys.update(key.strip() for key in binding.key.split(","))
    return frozenset(keys)


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
