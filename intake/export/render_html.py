"""HTML rendering of the export document: one self-contained page.

Every piece of text is escaped (``html.escape`` with quotes), so testimony text
can never become markup or script. The page carries no metadata beyond its
language and a generic title: no author, generator, path or time. A
Content-Security-Policy forbids every script, frame, form, image, font and
remote fetch; only the page's own style sheet (allowed by its hash) applies.
Each article says its language. The leak gate reads the page as written and
decoded (tags removed, references resolved), so an escaped name is still seen.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Mapping
from typing import Any

from intake.export.language import words
from intake.export.layout import Block, Builder, Rendered, blocks, with_decoded

_STYLE = (
    "body{font-family:serif;max-width:42em;margin:2em auto;padding:0 1em;"
    "line-height:1.5}blockquote{border-left:3px solid #888;margin-left:0;"
    "padding-left:1em}.byline,.note,.attribution{font-style:italic}.meta{color:#555}"
    "hr{margin:3em 0}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{_STYLE_HASH}'; "
    "img-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def _text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=True) for line in text.split("\n"))


_WRAP = {
    "heading": "<h1>{}</h1>\n",
    "title": '<article lang="{lang}">\n<h2>{}</h2>\n',
    "byline": '<p class="byline">{}</p>\n',
    "meta": '<p class="meta">{}</p>\n',
    "section": "<h3>{}</h3>\n",
    "quote": "<blockquote>\n<p>{}</p>\n",
    "attribution": '<footer class="attribution">— {}</footer>\n</blockquote>\n',
    "note": '<p class="note">{}</p>\n</article>\n<hr>\n',
    "para": "<p>{}</p>\n",
}


def _block(block: Block, languages: Mapping[str | None, str]) -> str:
    # Each article says its own language: a mixed export's page is "en", and a screen
    # reader or a hyphenator would read a Russian testimony as English otherwise.
    return _WRAP[block.kind].format(_text(block.text), lang=languages.get(block.owner, "en"))


def render(document: Mapping[str, Any]) -> Rendered:
    language = document["language"]
    head = (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(words(language).heading)}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n"
    )
    raw = Builder()
    pieces: list[tuple[str, str | None]] = [(head, None)]
    languages = {t["id"]: t["language"] for t in document["testimonies"]}
    pieces += [(_block(block, languages), block.owner) for block in blocks(document)]
    last, owner = pieces[-1]
    pieces[-1] = (last.removesuffix("<hr>\n"), owner)  # a rule only between articles
    pieces.append(("</body>\n</html>\n", None))
    for piece, owner in pieces:
        raw.add(piece, owner)
    page = raw.view()
    return Rendered(page.text.encode("utf-8"), with_decoded(page))
