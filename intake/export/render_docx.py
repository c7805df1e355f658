"""DOCX rendering of the export document (python-docx), with no identifying metadata.

python-docx's default template says "python-docx" as author and a 2013 date;
Word documents can also carry the last editor's name and the times of every
part in the zip. Here the core properties are reset (no author, no last editor,
no comments, created and modified at midnight UTC of the export date, revision 1)
and the package is rewritten with one fixed time for every zip entry.

The leak gate reads the saved bytes back: the paragraphs' text, and the text
of every XML part of the package (core properties, styles, settings...).
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import docx

from intake.export.language import words
from intake.export.layout import Block, Rendered, View, blocks

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_TAG = re.compile(r"<[^>]*>")
_STYLE = {"heading": "Title", "title": "Heading 1", "section": "Heading 2", "quote": "Quote"}


def render(document: Mapping[str, Any]) -> Rendered:
    doc = docx.Document()
    _reset_properties(doc, document)
    owners: list[str | None] = []
    for block in blocks(document):
        _add(doc, block)
        owners.append(block.owner)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = _fixed_times(buffer.getvalue())
    return Rendered(data, (_body_view(data, owners), _package_view(data)))


def _add(doc: Any, block: Block) -> None:
    style = _STYLE.get(block.kind)
    paragraph = doc.add_paragraph(style=style)
    run = paragraph.add_run(block.text)
    if block.kind in ("byline", "note", "meta"):
        run.italic = True


def _reset_properties(doc: Any, document: Mapping[str, Any]) -> None:
    props = doc.core_properties
    day = datetime.strptime(document["generated_on"], "%Y-%m-%d").replace(tzinfo=UTC)
    for name in (
        "author",
        "last_modified_by",
        "comments",
        "category",
        "content_status",
        "identifier",
        "keywords",
        "subject",
        "version",
    ):
        setattr(props, name, "")
    props.title = words(document["language"]).heading
    props.language = document["language"]
    props.created = day
    props.modified = day
    props.revision = 1


def _fixed_times(data: bytes) -> bytes:
    """The same package with every entry's time set to ``ZIP_TIME``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def _body_view(data: bytes, owners: list[str | None]) -> View:
    """The paragraphs of the saved document, one per block, in order."""
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    if len(paragraphs) != len(owners):
        # Never expected; the gate then reads every paragraph as the document's own words.
        owners = [None] * len(paragraphs)
    pieces: list[str] = []
    marks: list[tuple[int, str | None]] = [(0, None)]
    length = 0
    for paragraph, owner in zip(paragraphs, owners, strict=True):
        if owner != marks[-1][1]:
            marks.append((length, owner))
        pieces.append(paragraph.text + "\n")
        length += len(pieces[-1])
    return View("".join(pieces), tuple(marks))


def _package_view(data: bytes) -> View:
    """The text of every XML part of the package, tags removed, entities decoded."""
    texts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                xml = package.read(name).decode("utf-8", errors="replace")
                texts.append(html.unescape(_TAG.sub(" ", xml)))
    return View("\n".join(texts))
