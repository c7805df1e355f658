"""Counts in words for messages: "1 finding", "4 findings", never "finding(s)"."""

from __future__ import annotations

IRREGULAR = {"testimony": "testimonies", "copy": "copies", "entry": "entries"}


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` and the noun in the number it takes (``plural`` for irregular nouns)."""
    if count == 1:
        return f"1 {singular}"
    many = plural or IRREGULAR.get(singular) or f"{singular}s"
    return f"{count} {many}"
