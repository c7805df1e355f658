"""Which testimonies may go out, and why the others stay in.

A testimony is left out when its consent does not allow publication or was
withdrawn, when it is not approved, when its title is only the name of the
file it was imported from (or "untitled": a file name is no headline and may
name someone), or when its review is not complete now (a finding appeared or
a decision went stale since approval: the text, the quotes or the registry
changed). Each one left out comes with its reason, never the title itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake import review, testimonies
from intake.redact import Redactor
from intake.review.items import Review
from intake.store.vault import Vault
from intake.wording import counted

# One word with a file name's punctuation: "interview_2026-03", "notes.v2", "audio-17".
_FILE_NAME = re.compile(r"^\S*(?:[_.]|\d-|-\d)\S*$")


def title_problem(title: str) -> str | None:
    """Why ``title`` cannot head a publication (it looks like a file name), or None."""
    if title.strip().lower() in ("", "untitled") or _FILE_NAME.match(title.strip()):
        return "its title looks like a file name; give it a real one ('intake edit ID --title')"
    return None


@dataclass(frozen=True)
class LeftOut:
    id: str
    reason: str


@dataclass(frozen=True)
class Plan:
    redactor: Redactor
    ready: tuple[Review, ...]
    left_out: tuple[LeftOut, ...]


def plan(vault: Vault, ids: Sequence[str] = (), redactor: Redactor | None = None) -> Plan:
    """Sort the given testimonies (default: every one) into ready and left out.

    An unknown id is an error (nothing is exported).
    """
    redactor = redactor or review.redactor_for(vault)
    wanted = list(dict.fromkeys(ids)) or [t.id for t in testimonies.listing(vault)]
    ready: list[Review] = []
    left_out: list[LeftOut] = []
    for testimony_id in wanted:
        testimony = testimonies.get(vault, testimony_id)
        blocker = testimony.export_blocker() or title_problem(testimony.title)
        if blocker is not None:
            left_out.append(LeftOut(testimony_id, blocker))
            continue
        checked = review.load(vault, testimony_id, redactor, testimony)
        if not checked.complete:
            left_out.append(
                LeftOut(
                    testimony_id,
                    f"{counted(len(checked.undecided), 'undecided finding')} "
                    "since approval; review it again",
                )
            )
            continue
        ready.append(checked)
    return Plan(redactor, tuple(ready), tuple(left_out))
