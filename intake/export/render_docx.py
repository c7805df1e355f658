"""DOCX rendering of the export document (python-docx), with no identifying metadata.

The document has styles of its own (``Intake Title``, ``Intake Byline``,
``Intake Quote``, ``Intake Note``, ``Intake Body``...), A4 pages, the proofing
language of each article on its words, and each testimony after the first on a
new page. python-docx's template says "python-docx" as author, a 2013 date,
"Microsoft Macintosh Word" 14 as the application, a document id shared by
every file made from it, and ships a thumbnail; all of that is removed or
reset: no author, no last editor, created and modified at midnight UTC of the
export date, revision 1, a neutral ``app.xml``, no ``docId``/``rsid``, no
thumbnail, no custom XML, and one fixed time for every zip entry.

The leak gate reads the saved bytes back: the paragraphs' text (as written and
decoded), and the text of every XML part of the package.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from intake.export import docx_package
from intake.export.language import words
from intake.export.layout import Block, Rendered, View, blocks, with_decoded

_TAG = re.compile(r"<[^>]*>")
LOCALES = {"ru": "ru-RU", "en": "en-GB"}
# kind -> (style name, based on, size in points, bold, italic, indent in mm)
STYLES: dict[str, tuple[str, str, float, bool, bool, float]] = {
    "heading": ("Intake Heading", "Title", 24, True, False, 0),
    "title": ("Intake Title", "Heading 1", 18, True, False, 0),
    "byline": ("Intake Byline", "Normal", 11, False, True, 0),
    "meta": ("Intake Meta", "Normal", 10, False, False, 0),
    "section": ("Intake Section", "Heading 2", 13, True, False, 0),
    "para": ("Intake Body", "Normal", 11, False, False, 0),
    "quote": ("Intake Quote", "Normal", 11, False, False, 10),
    "attribution": ("Intake Attribution", "Normal", 10, False, True, 10),
    "note": ("Intake Note", "Normal", 9, False, True, 0),
}


def render(document: Mapping[str, Any]) -> Rendered:
    doc = docx.Document()
    _page(doc)
    _styles(doc, document["language"])
    _reset_properties(doc, document)
    languages = {t["id"]: t["language"] for t in document["testimonies"]}
    owners: list[str | None] = []
    for block in blocks(document):
        _add(doc, block, languages.get(block.owner or "", document["language"]), owners)
        owners.append(block.owner)
    docx_package.neutral_settings(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = docx_package.repack(buffer.getvalue())
    return Rendered(data, (*with_decoded(_body_view(data, owners)), _package_view(data)))


def _page(doc: Any) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(25))


def _styles(doc: Any, language: str) -> None:
    for name, based_on, size, bold, italic, indent in STYLES.values():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[based_on]
        style.quick_style = True
        font = style.font
        font.size, font.bold, font.italic = Pt(size), bold, italic
        font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.left_indent = Mm(indent)
        style.paragraph_format.space_after = Pt(6)
        _language(style.element.get_or_add_rPr(), language)


def _add(doc: Any, block: Block, language: str, owners: list[str | None]) -> None:
    paragraph = doc.add_paragraph(style=STYLES[block.kind][0])
    text = block.text if block.kind != "attribution" else f"— {block.text}"
    run = paragraph.add_run(text)
    _language(run._r.get_or_add_rPr(), language)
    if block.kind == "title" and any(owner is not None for owner in owners):
        paragraph.paragraph_format.page_break_before = True  # each testimony on its own page


def _language(rpr: Any, language: str) -> None:
    """Mark the words for spelling and hyphenation in ``language``."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), LOCALES.get(language, "en-GB"))


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
    props.language = LOCALES.get(document["language"], "en-GB")
    props.created = day
    props.modified = day
    props.revision = 1


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
    """The text of every XML part of the package, tags removed, entities decoded, and the
    dates the tool writes into its properties (the export's day) left out: the tool's own,
    like the date of a JSON export (:func:`intake.export.layout.without_tool_values`)."""
    return View(
        "\n".join(
            html.unescape(_TAG.sub(" ", _OWN_DATES.sub(" ", xml)))
            for xml in docx_package.parts(data)
        )
    )


# The core properties' dates as :func:`_reset_properties` writes them: the export's day
_OWN_DATES = re.compile(
    r"(?:(?<=<dcterms:created xsi:type=\"dcterms:W3CDTF\">)"
    r"|(?<=<dcterms:modified xsi:type=\"dcterms:W3CDTF\">))"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z(?=</dcterms:)"
)
