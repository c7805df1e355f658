"""Markdown rendering of the export document.

Testimony text is escaped so that nothing in it becomes markup in any common
renderer (Python-Markdown old and new, CommonMark, markdown-it with linkify):
``<``, ``>`` and ``&`` become character references (Python-Markdown does not
honour a backslash before ``<``, so ``\\<script>`` would still be raw HTML
there); emphasis, code, link and image punctuation is backslash-escaped; a
character that begins a block at a line start (a heading, list, quote, rule or
setext underline) becomes a reference; a URL scheme, ``www.`` and ``@`` are
broken so no linkifier makes a link. The exporter's own markup is only
headings, emphasis, block quotes, line breaks and a rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from intake.export.layout import Block, Builder, Rendered, View, blocks, with_decoded

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
_ENTITY = re.compile("[&<>|~]")
_BACKSLASHED = re.compile(r"([\\`*_\[\]{}!])")
# What begins a block at a line start: heading, list (bullet or ordered), rule, setext line.
_LINE_START = re.compile(r"^(\s*)(?:([-+=#])|(\d+)([.)]))", re.MULTILINE)
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]{1,30}):(?=\S)")
_WWW = re.compile(r"(?i)\b(www)\.")
_AT = re.compile(r"(?<=\w)@|@(?=\w)")
_RULE = "---\n\n"


def _line_start(match: re.Match[str]) -> str:
    indent, mark, digits, dot = match.groups()
    if mark is not None:
        return f"{indent}&#{ord(mark)};"
    return f"{indent}{digits}&#{ord(dot)};"


def escape(text: str) -> str:
    """``text`` with nothing left that a Markdown renderer would turn into markup."""
    escaped = _ENTITY.sub(lambda m: _ENTITIES[m.group()], text)
    escaped = _BACKSLASHED.sub(r"\\\1", escaped)
    escaped = _SCHEME.sub(r"\1&#58;", escaped)
    escaped = _WWW.sub(r"\1&#46;", escaped)
    escaped = _AT.sub("&#64;", escaped)
    return _LINE_START.sub(_line_start, escaped)


def _lines(text: str, prefix: str = "") -> str:
    """Each line of ``text`` escaped, joined with hard line breaks."""
    return "  \n".join(prefix + escape(line) for line in text.split("\n"))


_WRAP = {
    "heading": "# {}\n\n",
    "title": "## {}\n\n",
    "byline": "*{}*\n\n",
    "meta": "{}\n\n",
    "section": "### {}\n\n",
    "attribution": "> — *{}*\n\n",
    "note": "*{}*\n\n" + _RULE,
}


def _block(block: Block) -> str:
    if block.kind == "quote":
        return _lines(block.text, "> ") + "  \n"  # its attribution follows in the same quote
    if block.kind == "para":
        return _lines(block.text) + "\n\n"
    return _WRAP[block.kind].format(escape(" ".join(block.text.split())))


def render(document: Mapping[str, Any]) -> Rendered:
    builder = Builder()
    for block in blocks(document):
        builder.add(_block(block), block.owner)
    view = builder.view()
    text = view.text.removesuffix(_RULE).rstrip("\n") + "\n"
    return Rendered(text.encode("utf-8"), with_decoded(View(text, view.owners)))
