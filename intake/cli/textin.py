"""Sensitive free text (names, aliases, quotes, search terms, places) kept off the command line.

Why: while a command runs, its arguments are readable by every local account in
the process list (``ps``, ``/proc/PID/cmdline``, unless /proc is mounted with
``hidepid=2``), and shells save them to history files in plaintext. So every
command that takes such text also takes it without argv:

- the argument omitted at a terminal: intake asks for it (typed, not echoed to argv);
- the argument omitted with standard input not a terminal: it is read from standard
  input (after the passphrase line when ``--passphrase-file -`` shares it);
- ``--...-file F|-`` options: the first line of F (or the next line of standard input);
  options that take several values read one value per line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from intake.errors import UsageError

MAX_TEXT_BYTES = 1024 * 1024


def _decode(data: bytes, what: str, place: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(
            f"the {what} read from {place} is not valid UTF-8 text",
            "Save it as UTF-8. Nothing was written.",
        ) from None
    return text.removeprefix("\ufeff")


def _stdin_line() -> bytes:
    """One line of standard input, read byte by byte so that nothing after it is consumed."""
    line = bytearray()
    stream = sys.stdin.buffer
    while len(line) <= MAX_TEXT_BYTES:
        byte = stream.read(1)
        if not byte or byte == b"\n":
            return bytes(line).removesuffix(b"\r")
        line += byte
    raise UsageError("a line of standard input is too long", "Use at most 1 MiB per line.")


def _file_bytes(path: str, what: str) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        raise UsageError(f"cannot read the {what} file: {error.strerror}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise UsageError(f"the {what} file is too large", "Use at most 1 MiB.")
    return data


def _not_empty(text: str, what: str, place: str) -> str:
    if not text.strip():
        raise UsageError(
            f"the {what} read from {place} is empty",
            "Give it on its own line, in the order the command's help lists them.",
        )
    return text


def line_from(source: str, what: str) -> str:
    """One value: the next line of standard input ('-') or the first line of a file."""
    if source == "-":
        return _not_empty(_decode(_stdin_line(), what, "standard input"), what, "standard input")
    text = _decode(_file_bytes(source, what), what, "the file")
    return _not_empty(text.splitlines()[0] if text else "", what, "the file")


def lines_from(source: str, what: str) -> tuple[str, ...]:
    """Several values, one per line (blank lines skipped): the rest of standard input or a file."""
    if source == "-":
        text = _decode(sys.stdin.buffer.read(MAX_TEXT_BYTES + 1), what, "standard input")
    else:
        text = _decode(_file_bytes(source, what), what, "the file")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def asked(what: str, *, whole: bool = False) -> str:
    """A value whose argument was omitted: asked at a terminal, else read from standard input
    (one line, or all of what is left when ``whole``)."""
    if sys.stdin.isatty():
        return _not_empty(click.prompt(what.capitalize(), prompt_suffix=": "), what, "the prompt")
    if not whole:
        return line_from("-", what)
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise UsageError(f"the {what} on standard input is too large", "Use at most 1 MiB.")
    text = _decode(data, what, "standard input").removesuffix("\n").removesuffix("\r")
    return _not_empty(text, what, "standard input")


def option_or_file(value: str | None, source: str | None, what: str, option: str) -> str | None:
    """An option given either as text (visible in the process list) or as ``--...-file``."""
    if value is not None and source is not None:
        raise UsageError(f"{option} and {option}-file exclude each other", "Give only one.")
    return line_from(source, what) if source is not None else value
