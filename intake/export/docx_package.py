"""What python-docx's template leaves in a package, removed before an export is written.

Its ``app.xml`` claims "Microsoft Macintosh Word" 14 and a Normal.dotm template;
``settings.xml`` holds a ``w14:docId`` and revision ids that every file made
from the template shares (they would link one newsroom's exports together);
``customXml`` carries a fixed GUID; ``stylesWithEffects.xml`` is a Word 2010
leftover; and the package ships a thumbnail of some other document. Every zip
entry also gets one fixed time, so the file says nothing of when it was made
beyond the date in its core properties.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
DROPPED = re.compile(r"^(docProps/thumbnail\.\w+|customXml/.*|word/stylesWithEffects\.xml)$")
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"/>\n'
)
_RELATIONSHIP = re.compile(rb"<Relationship [^>]*Target=\"([^\"]+)\"[^>]*/>")
_OVERRIDE = re.compile(rb"<Override [^>]*PartName=\"/([^\"]+)\"[^>]*/>")
_SETTINGS_DROPPED = frozenset({"docId", "rsids", "savePreviewPicture"})


def neutral_settings(doc: Any) -> None:
    """Remove the template's document id, revision ids and preview request."""
    settings = doc.settings.element
    for element in list(settings):
        if str(element.tag).rsplit("}", 1)[-1] in _SETTINGS_DROPPED:
            settings.remove(element)


def repack(data: bytes) -> bytes:
    """The same package without the template's leftovers, every entry at ``ZIP_TIME``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if DROPPED.match(info.filename):
                continue
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, _cleaned(info.filename, source.read(info.filename)))
    return out.getvalue()


def _cleaned(name: str, content: bytes) -> bytes:
    if name == "docProps/app.xml":
        return APP_XML
    if name.endswith(".rels"):
        return _RELATIONSHIP.sub(
            lambda m: b"" if _dropped_target(m.group(1)) else m.group(), content
        )
    if name == "[Content_Types].xml":
        return _OVERRIDE.sub(
            lambda m: b"" if DROPPED.match(m.group(1).decode()) else m.group(), content
        )
    return content


def _dropped_target(target: bytes) -> bool:
    path = target.decode().lstrip("/").removeprefix("../")
    return bool(DROPPED.match(path) or DROPPED.match(f"word/{path}"))


def parts(data: bytes) -> Iterator[str]:
    """The text of every XML part of the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                yield package.read(name).decode("utf-8", errors="replace")
