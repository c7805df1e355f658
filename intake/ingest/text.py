"""The text of a Markdown or .docx file as a reader sees it, and its title.

Markdown is interpreted (CommonMark with tables, by markdown-it-py), not kept
as source: "\\#", "**bold**" and "&amp;" become "#", "bold" and "&", so an
export never publishes a file's markup as words. A link keeps its text and, in
brackets, its address; an image keeps its description; raw HTML keeps only
its text; list items start with "• " or their number; table rows become lines
of cells separated by " | ", where they stand. The title is the first heading.

A .docx is read in document order, paragraphs and tables together (a table
stays where it stands, one line per row), and its title is the first
paragraph styled Heading 1 (else Title).
"""

from __future__ import annotations

import re
from typing import Any

_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
_CELL_SEPARATOR = " | "


def markdown_text(source: str) -> tuple[str | None, str]:
    """(the first heading or None, the text) of Markdown ``source``."""
    # late: markdown-it loads only for .md files
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    out = _Blocks()
    title: str | None = None
    prefixes: list[str] = []
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "list_item_open":
            prefixes.append(f"{token.info}{token.markup} " if token.info else "• ")
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            out.add(_CELL_SEPARATOR.join(row), tight=True)
            row = None
        elif kind == "inline" and row is not None:
            row.append(" ".join(_inline(token.children or []).split()))
        elif kind == "inline":
            text = _inline(token.children or [])
            if title is None and tokens[index - 1].type == "heading_open":
                title = " ".join(text.split())
            out.add("".join(prefixes) + text, tight=tokens[index - 1].hidden)
            prefixes.clear()
        elif kind in ("fence", "code_block"):
            out.add(token.content.rstrip("\n"))
        elif kind == "html_block":
            out.add(_TAG.sub("", token.content).strip())
        elif kind in ("table_close", "bullet_list_close", "ordered_list_close"):
            out.tight = False
    return title, out.text()


class _Blocks:
    """Blocks of text: a blank line between them, one line break inside a tight run
    (the items of a tight list, the rows of a table)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.tight = False

    def add(self, text: str, *, tight: bool = False) -> None:
        if not text.strip():
            return
        if self.parts:
            self.parts.append("\n" if tight and self.tight else "\n\n")
        self.parts.append(text)
        self.tight = tight

    def text(self) -> str:
        return "".join(self.parts)


def _inline(children: list[Any]) -> str:
    out: list[str] = []
    links: list[tuple[str, int]] = []
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "image":
            out.append(child.content)
        elif kind == "link_open":
            links.append((str(child.attrs.get("href", "")), len(out)))
        elif kind == "link_close" and links:
            href, start = links.pop()
            shown = "".join(out[start:])
            if href and href not in (shown, f"mailto:{shown}"):
                out.append(f" ({href})")
        elif kind == "html_inline":
            continue  # a tag: its text, if any, comes as text
    return "".join(out)


def docx_text(document: Any) -> tuple[str | None, str]:
    """(the first Heading 1, else Title, or None; the text) of a python-docx document."""
    # late: python-docx (lxml) loads only for .docx files
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    titles: dict[str, str] = {}
    for element in document.element.body.iterchildren():
        tag = str(element.tag).rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            style = paragraph.style.name if paragraph.style is not None else ""
            if style in ("Heading 1", "Title") and paragraph.text.strip():
                titles.setdefault(style, " ".join(paragraph.text.split()))
            lines.append(paragraph.text)
        elif tag == "tbl":
            lines.extend(_rows(Table(element, document)))
    return titles.get("Heading 1") or titles.get("Title"), "\n".join(lines)


def _rows(table: Any) -> list[str]:
    """One line per row: its cells (a merged cell once) separated by " | "."""
    out = []
    for row in table.rows:
        cells: list[Any] = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        out.append(_CELL_SEPARATOR.join(" ".join(c.text.split()) for c in cells))
    return out
