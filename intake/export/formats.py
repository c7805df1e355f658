"""The export formats, listed once: the command line, the interface and the exporter
all read this table (name, label shown in the interface). Also where a manifest
goes. Light on purpose: the interface imports it at start-up."""

from __future__ import annotations

from pathlib import Path

FORMATS: tuple[tuple[str, str], ...] = (
    ("md", "Markdown"),
    ("json", "JSON"),
    ("html", "HTML"),
    ("docx", "Word (docx)"),
)
NAMES: tuple[str, ...] = tuple(name for name, _label in FORMATS)
MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(out: Path) -> Path:
    """Where the manifest of an export written to ``out`` goes: beside it."""
    return out.with_name(out.name + MANIFEST_SUFFIX)
