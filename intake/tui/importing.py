"""Importing a file from the interface, as ``intake add`` does: a transcript already in
the vault is asked about first, and a pseudonym that reads as a name in the new
testimony is redrawn (nothing exported yet) or reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from intake.tui.safety import one_line

if TYPE_CHECKING:
    from intake.store.vault import Vault


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: ``title`` of the new testimony, or None when it was not made
    because testimonies ``same`` already hold this transcript."""

    title: str | None
    same: list[str] = field(default_factory=list)
    redrawn: list[str] = field(default_factory=list)  # people whose pseudonym was redrawn
    clashing: list[str] = field(default_factory=list)  # people who need a new one by hand


def import_file(vault: Vault, path: str, *, allow_duplicate: bool = False) -> ImportOutcome:
    """Import a .txt/.md/.docx/.json file as a new draft, unless its transcript is already
    in the vault and ``allow_duplicate`` is False."""
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import ingest, people, testimonies
    from intake.store.duplicates import same_transcript

    draft = ingest.load(str(Path(path).expanduser()))
    if not allow_duplicate and (same := same_transcript(vault.connection, draft.transcript)):
        return ImportOutcome(None, same)
    created = testimonies.create(vault, draft)
    named = people.pseudonyms_named_in(vault, [created.title, created.summary, created.transcript])
    redrawn, clashing = people.settle_clashes(vault, named)
    return ImportOutcome(created.title, redrawn=redrawn, clashing=clashing)


def outcome_note(outcome: ImportOutcome) -> str:
    """What to tell the person once a testimony was imported."""
    lines = [f"Imported: {one_line(outcome.title or '', 60)}"]
    lines += [
        f"The pseudonym of {pid} read as a name in it; nothing was exported yet, so it was redrawn."
        for pid in outcome.redrawn
    ]
    lines += [
        f"The pseudonym of {pid} reads as a name in it: give it a new one before "
        "exporting (p People, v, e, Draw a new pseudonym)."
        for pid in outcome.clashing
    ]
    return "\n".join(lines)
