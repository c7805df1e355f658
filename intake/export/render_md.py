"""Markdown rendering of the export document.

Testimony text is escaped so that nothing in it becomes markup: no heading,
list, link, image, emphasis, raw HTML or character reference comes from what a
source said (an escaped ``&`` keeps "&#1048;" from turning into a letter later).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from intake.export.layout import Block, Builder, Rendered, View, blocks

_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_RULE = "---\n\n"
_LINE_START = re.compile(r"^(\s*)(-|\+|=|#|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """``text`` with every Markdown-significant character backslash-escaped."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _lines(text: str, prefix: str = "") -> str:
    """Each line of ``text`` escaped, joined with hard line breaks."""
    return "  \n".join(prefix + escape(line) for line in text.split("\n"))


_WRAP = {
    "heading": "# {}\n\n",
    "title": "## {}\n\n",
    "byline": "*{}*\n\n",
    "meta": "{}\n\n",
    "section": "### {}\n\n",
    "note": "*{}*\n\n" + _RULE,
}


def _block(block: Block) -> str:
    if block.kind == "quote":
        return _lines(block.text, "> ") + "\n\n"
    if block.kind == "para":
        return _lines(block.text) + "\n\n"
    return _WRAP[block.kind].format(escape(" ".join(block.text.split())))


def render(document: Mapping[str, Any]) -> Rendered:
    builder = Builder()
    for block in blocks(document):
        builder.add(_block(block), block.owner)
    view = builder.view()
    text = view.text.removesuffix(_RULE).rstrip("\n") + "\n"
    return Rendered(text.encode("utf-8"), (View(text, view.owners),))
