"""Reading a testimony from a file or standard input: .txt, .md, .docx or .json.

Everything is read into memory (never into a temporary file) and checked before
anything reaches the vault. Markdown is interpreted and a .docx read in document
order, tables where they stand (:mod:`intake.ingest.text`); the title is the
first heading (else the file name, which the export flags for a real title).
Checks: size (over 10 MB is refused before reading), strict
UTF-8, emptiness, a readable .docx, a .json valid against the testimony schema.
Error messages name the file and what is wrong, never its content.
"""

from __future__ import annotations

import io
import json
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from intake.documents import testimony_from_document
from intake.errors import InputError
from intake.ingest.encodings import likely_encoding, utf16_with_bom
from intake.ingest.text import docx_text, markdown_text
from intake.models import Interview, Status, Testimony
from intake.schemas_util import first_error, json_problem

MAX_BYTES = 10 * 1024 * 1024
MAX_UNPACKED = 32 * 1024 * 1024  # a .docx is a zip: its parts, unpacked, are bounded too
# What zipfile raises on a damaged archive (a bad header, method, version, stream or flag).
_ZIP_DAMAGE = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    EOFError,
    OSError,
    zlib.error,
    struct.error,
    NotImplementedError,
    RuntimeError,
)
FORMATS = ("txt", "md", "docx", "json")
_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".json": "json",
}
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


def load(source: str, *, fmt: str | None = None, stdin: BinaryIO | None = None) -> Testimony:
    """Read ``source`` (a path, or '-' for standard input) into an unsaved testimony.

    The result has no id and no times yet; person references from a .json are
    left as given for the caller to resolve against the vault.
    """
    label = "standard input" if source == "-" else f"'{source}'"
    fmt = fmt or _format_of(source)
    data = _read_stdin(stdin) if source == "-" else _read_file(Path(source))
    stem = "" if source == "-" else Path(source).stem
    if fmt == "docx":
        title, text = _docx_text(data, label)
        return _plain(text, title or stem, label)
    text = decode(data, label)
    if fmt == "json":
        return from_json(text, label)
    title = None
    if fmt == "md":
        title, text = markdown_text(text)
    return _plain(text, title or stem, label)


def _format_of(source: str) -> str:
    if source == "-":
        return "txt"
    fmt = _SUFFIXES.get(Path(source).suffix.lower())
    if fmt is None:
        raise InputError(
            f"'{source}' has an unknown file type",
            "Import .txt, .md, .docx or .json files, or give --format.",
        )
    return fmt


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"'{path}' is not a file", "Give the path of a file to import.")
        if size > MAX_BYTES:
            raise InputError(
                f"'{path}' is larger than 10 MB",
                "Split the transcript into smaller files. Nothing was written.",
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(
            f"cannot read '{path}': {error.strerror}", "Check the path and its permissions."
        ) from None
    return _checked_size(data, f"'{path}'")


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    return _checked_size(stream.read(MAX_BYTES + 1), "standard input")


def _checked_size(data: bytes, label: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{label} is larger than 10 MB",
            "Split the transcript into smaller parts. Nothing was written.",
        )
    if not data.strip():
        raise InputError(f"{label} is empty", "Nothing was written. Import a file with text.")
    return data


def decode(data: bytes, label: str) -> str:
    """Strict UTF-8 or UTF-16 with a byte-order mark (which is dropped); no NUL bytes."""
    text = utf16_with_bom(data)
    try:
        text = data.decode("utf-8-sig") if text is None else text
    except UnicodeDecodeError as error:
        guess = likely_encoding(data)
        looks = f"; it looks like {guess}" if guess else ""
        raise InputError(
            f"{label} is not valid UTF-8 (first bad byte at offset {error.start}){looks}",
            "Save the file as UTF-8 text (in most editors: Save as, Encoding: UTF-8) and "
            "import it again. Nothing was written.",
        ) from None
    if "\x00" in text:
        guess = likely_encoding(data) or "a binary file"
        raise InputError(
            f"{label} contains NUL bytes: it looks like {guess}",
            "Import .txt, .md, .docx or .json files, text saved as UTF-8. Nothing was written.",
        )
    return text


def _docx_text(data: bytes, label: str) -> tuple[str | None, str]:
    # late: python-docx (lxml) loads only for .docx files
    import docx
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError

    broken = (OpcError, PythonDocxError, SyntaxError, *_ZIP_DAMAGE)  # lxml's is a SyntaxError
    _check_unpacked_size(data, label)
    try:
        document = docx.Document(io.BytesIO(data))
    except broken as error:  # name the kind of damage, never the content
        raise InputError(
            f"{label} is not a readable .docx file ({_docx_damage(error)})",
            "Open it in a word processor and save it again as .docx.",
        ) from None
    return docx_text(document)


def _docx_damage(error: BaseException) -> str:
    """The kind of damage in words, never an exception's class name."""
    if isinstance(error, _ZIP_DAMAGE):
        return "the archive inside is damaged or cut short"
    if isinstance(error, SyntaxError):
        return "a part of it is not well-formed XML"
    return "it is not a Word document, or a part is missing"


def _check_unpacked_size(data: bytes, label: str) -> None:
    """Refuse a .docx whose parts unpack to more than MAX_UNPACKED, before unpacking any.

    The sizes are the archive's own declarations; reading a part stops at its declared
    size, so a part cannot unpack to more than it declares. Without this bound a small file
    packed with repetitive XML would take gigabytes of memory to parse.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except _ZIP_DAMAGE:
        return  # damaged: reading it as a .docx reports the damage in words
    if unpacked > MAX_UNPACKED:
        raise InputError(
            f"{label} unpacks to more than 32 MB: it is not a plain transcript",
            "Save the text alone as .txt or .docx and import that. Nothing was written.",
        )


def _plain(text: str, title: str, label: str) -> Testimony:
    text = text.strip()
    if not text:
        raise InputError(f"{label} has no text", "Nothing was written. Import a file with text.")
    interview = Interview(language=detect_language(text))
    title = " ".join(title.split())[:200]
    return Testimony(id="", title=title or "untitled", transcript=text, interview=interview)


def detect_language(text: str, sample: int = 20_000) -> str:
    """'ru' when Cyrillic letters are at least a third of the letters, else 'en'.

    Only the first ``sample`` characters are counted: enough to tell, and cheap.
    """
    text = text[:sample]
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    return "ru" if cyrillic and cyrillic * 2 >= latin else "en"


def from_json(text: str, label: str) -> Testimony:
    """A testimony from a JSON document valid against ``testimony.schema.json``."""
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates)
    except (json.JSONDecodeError, _DuplicateKey) as error:
        where = json_problem(error) if isinstance(error, json.JSONDecodeError) else "an object"
        raise InputError(
            f"{label} is not valid JSON ({where})",
            "Check the file with a JSON validator. Nothing was written.",
        ) from None
    problem = first_error(document, "testimony.schema.json")
    if problem is not None:
        raise InputError(
            f"{label} does not follow testimony.schema.json ({problem})",
            "Fix the document and import it again. Nothing was written.",
        )
    testimony = testimony_from_document(document)
    _check_quotes(testimony, label)
    # A new testimony in this vault: review and approval happen here, whatever the file says.
    return replace(testimony, id="", status=Status.DRAFT, created_at="", updated_at="", history=())


def _check_quotes(testimony: Testimony, label: str) -> None:
    for index, quote in enumerate(testimony.quotes):
        if not 0 <= quote.start < quote.end <= len(testimony.transcript):
            raise InputError(
                f"{label}: quote {index} lies outside the transcript (at $.quotes[{index}])",
                "Fix the quote's start and end.",
            )


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        raise _DuplicateKey("duplicate key")
    return dict(pairs)
