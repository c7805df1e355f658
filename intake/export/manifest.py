"""The manifest written next to every export, and the vault's export log entry.

The manifest says which files were written (name, size, SHA-256), under which
policy version and which testimonies went out. It names files only, never a
directory, and carries the export's date, never a time, a user or a machine.
It holds no count of what review redacted: those counts cover text that may
not be published (a transcript left out), so only the vault's log keeps them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import IntakeError
from intake.export.formats import MANIFEST_SUFFIX
from intake.schemas_util import validate_or_raise

SCHEMA = "export-manifest.schema.json"
SUFFIX = MANIFEST_SUFFIX


@dataclass(frozen=True)
class OutputFile:
    path: Path
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def build(
    files: Sequence[OutputFile],
    document: Mapping[str, Any],
    fmt: str,
    disclosure: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``disclosure``: testimony id -> level (low/medium/high) of the details still in it."""
    manifest = {
        "intake_export_manifest": 1,
        "generated_on": document["generated_on"],
        "format": fmt,
        "with_transcript": document["with_transcript"],
        "policy_version": document["policy_version"],
        "files": [{"name": f.path.name, "sha256": f.sha256, "bytes": len(f.data)} for f in files],
        "testimonies": [t["id"] for t in document["testimonies"]],
    }
    if disclosure is not None:
        manifest["disclosure"] = dict(sorted(disclosure.items()))
    validate_or_raise(manifest, SCHEMA, IntakeError, "the export manifest is malformed")
    return manifest


def to_bytes(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
