"""Testimonies already holding a transcript: importing the same file twice is asked about."""

from __future__ import annotations

from intake.store.db import Connection, translate_errors


def same_transcript(conn: Connection, transcript: str) -> list[str]:
    """The ids of testimonies whose transcript is exactly ``transcript``, oldest first."""
    with translate_errors():
        rows = conn.execute(
            "SELECT id FROM testimonies WHERE transcript = ? ORDER BY num", (transcript,)
        ).fetchall()
    return [str(row[0]) for row in rows]
