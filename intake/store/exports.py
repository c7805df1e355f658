"""The export log: one entry per export written, inside the encrypted vault.

An entry says when, in which format, under which policy version, which files
(path, size, SHA-256) and which testimonies went out, with counts of findings
per kind. It holds no testimony text and no names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake.store.db import Connection, translate_errors


@dataclass(frozen=True)
class ExportEntry:
    at: str
    format: str
    with_transcript: bool
    policy_version: str
    files: tuple[dict[str, Any], ...]  # {"path", "sha256", "bytes"}
    testimonies: tuple[str, ...]
    counts: dict[str, int]
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "format": self.format,
            "with_transcript": self.with_transcript,
            "policy_version": self.policy_version,
            "files": list(self.files),
            "testimonies": list(self.testimonies),
            "counts": dict(self.counts),
        }


def record(conn: Connection, entry: ExportEntry) -> int:
    """Add an entry (inside a transaction); return its id."""
    with translate_errors():
        cursor = conn.execute(
            "INSERT INTO export_log (at, format, with_transcript, policy_version, files,"
            " testimonies, counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.at,
                entry.format,
                int(entry.with_transcript),
                entry.policy_version,
                json.dumps(list(entry.files), ensure_ascii=False),
                json.dumps(list(entry.testimonies)),
                json.dumps(entry.counts, sort_keys=True),
            ),
        )
    return int(cursor.lastrowid)


def entries(conn: Connection) -> list[ExportEntry]:
    """Every entry, oldest first."""
    with translate_errors():
        rows = conn.execute(
            "SELECT id, at, format, with_transcript, policy_version, files, testimonies, counts"
            " FROM export_log ORDER BY id"
        ).fetchall()
    return [
        ExportEntry(
            at=row[1],
            format=row[2],
            with_transcript=bool(row[3]),
            policy_version=row[4],
            files=tuple(json.loads(row[5])),
            testimonies=tuple(json.loads(row[6])),
            counts=json.loads(row[7]),
            id=row[0],
        )
        for row in rows
    ]
