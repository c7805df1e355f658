"""The shape every rendering shares: a flat list of blocks, and what a renderer returns.

Markdown, HTML and DOCX all walk the same blocks, so they carry the same
words in the same order. A renderer returns the final bytes together with the
text the leak gate reads from those bytes and, for each stretch of that text,
the testimony it belongs to, so a hit can be reported by testimony and position.

Besides the text as written, every renderer gives the gate the same text
*decoded* (:func:`with_decoded`): tags removed, character references resolved
(repeatedly, for double encoding), and Markdown escape and emphasis marks
dropped. A name split by markup inside a word ("Вы<b></b>думкин",
"Вы&#1076;умкин", "Вы**дум**кин") is read whole there in every format, because
some reader of the file (a browser, a Markdown renderer, a CMS pasting it)
may join it.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from intake.export.language import words

BlockKind = Literal[
    "heading", "title", "byline", "meta", "section", "para", "quote", "attribution", "note"
]
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
_MARKS = re.compile(r"[\\*_`~]+")
_ROUNDS = 4  # decoding rounds: "&amp;lt;b&amp;gt;" needs three


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    owner: str | None = None  # the testimony id, None for the document's own words


@dataclass(frozen=True)
class View:
    """A text read from the final bytes, and which testimony each stretch of it belongs to."""

    text: str
    owners: tuple[tuple[int, str | None], ...] = ((0, None),)  # (start offset, id), sorted
    decoded: bool = False  # read through markup (see :func:`decode`), not as written

    def owner_at(self, offset: int) -> str | None:
        """The testimony whose stretch holds ``offset`` (None: the document's own words)."""
        starts = [start for start, _owner in self.owners]
        index = bisect.bisect_right(starts, offset) - 1
        return self.owners[index][1] if index >= 0 else None


@dataclass(frozen=True)
class Rendered:
    """The bytes to write and every view of their text that the leak gate must read."""

    data: bytes
    views: tuple[View, ...]


def blocks(document: Mapping[str, Any]) -> list[Block]:
    out = [Block("heading", words(document["language"]).heading)]
    for testimony in document["testimonies"]:
        out.extend(_testimony_blocks(testimony))
    return out


def _testimony_blocks(t: Mapping[str, Any]) -> list[Block]:
    w, owner = words(t["language"]), t["id"]
    out = [Block("title", t["title"], owner), Block("byline", t["byline"], owner)]
    if t["interview_date"] is not None:
        out.append(Block("meta", f"{w.interview_date}: {t['interview_date']['text']}", owner))
    if t["summary"] is not None:
        out.append(Block("section", w.summary, owner))
        out.extend(Block("para", p, owner) for p in paragraphs(t["summary"]))
    if t["quotes"]:
        out.append(Block("section", w.quotes, owner))
        for quote in t["quotes"]:
            out += [Block("quote", quote, owner), Block("attribution", t["attribution"], owner)]
    if t["transcript"] is not None:
        out.append(Block("section", w.transcript, owner))
        out.extend(Block("para", p, owner) for p in paragraphs(t["transcript"]))
    out.append(Block("note", t["note"], owner))
    return out


def paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text`` (split on blank lines), each with its lines trimmed."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    return out


class Builder:
    """Join rendered pieces while noting where each testimony's pieces start."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.owners: list[tuple[int, str | None]] = [(0, None)]

    def add(self, piece: str, owner: str | None) -> None:
        if owner != self.owners[-1][1]:
            self.owners.append((self.length, owner))
        self.pieces.append(piece)
        self.length += len(piece)

    def view(self) -> View:
        return View("".join(self.pieces), tuple(self.owners))


# A JSON object's key, quotes kept: an export's and a manifest's keys are the tool's own
# field names and the testimonies' ids, never text anyone wrote
_JSON_KEY = re.compile(r'(?<=")(?:[^"\\\n]|\\.)*(?="\s*:)')


# The tool's own values in an export's or a manifest's JSON, in the shapes the schemas fix:
# the export's date, the policy version (its digest's digits read as letters), a file's
# size, a testimony's id and language code. They come from the clock and the code, never
# from a testimony; read, a number redacted in a testimony ("шкафчик № 12") was found in
# December's date.
_TOOL_VALUE = re.compile(
    r'(?<="generated_on": ")[0-9]{4}-[0-9]{2}-[0-9]{2}(?=")'
    r'|(?<="policy_version": ")intake-[0-9A-Za-z.+-]+(?=")'
    r'|(?<="bytes": )[0-9]+(?![0-9])'
    r'|(?<="language": ")(?:ru|en)(?=")'  # a language code: "RU" redacted is not found in it
    r'|(?<="id": ")t-[a-z0-9]{4,32}(?=")'
)


def without_tool_values(text: str) -> str:
    """JSON text with the tool's own values blanked, offsets kept (:data:`_TOOL_VALUE`);
    every value a person or a testimony gave (a file's name, a field) is kept."""
    return _TOOL_VALUE.sub(lambda found: " " * len(found.group()), text)


def without_keys(text: str) -> str:
    """JSON text with its keys blanked, offsets kept: what the leak gate reads of a JSON
    file ("interview_date" is no user name after a messenger's name in the value before)."""
    return _JSON_KEY.sub(lambda found: " " * len(found.group()), text)


def decode(text: str) -> str:
    """``text`` as a reader may end up seeing it: no tags, references resolved, no marks."""
    for _ in range(_ROUNDS):  # marks first: Markdown writes "<!--" as "&lt;\!--"
        plain = html.unescape(_TAG.sub("", _MARKS.sub("", text)))
        if plain == text:
            break
        text = plain
    return text


def decoded(view: View) -> View:
    """``view`` decoded stretch by stretch, so each stretch keeps its testimony."""
    builder = Builder()
    ends = [start for start, _owner in view.owners[1:]] + [len(view.text)]
    for (start, owner), end in zip(view.owners, ends, strict=True):
        builder.add(decode(view.text[start:end]), owner)
    return dataclasses.replace(builder.view(), decoded=True)


def with_decoded(*views: View) -> tuple[View, ...]:
    """``views`` as written, then each of them decoded (what the gate must read)."""
    return (*views, *(decoded(view) for view in views))
