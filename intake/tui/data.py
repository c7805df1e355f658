"""The core calls the screens' workers make, in one place.

Each function takes the open vault (given by :meth:`Session.call`) and returns
plain data. Keeping them here keeps the screens thin: when a core API changes,
this is the module to adapt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.models import Testimony
from intake.wording import counted

if TYPE_CHECKING:
    from intake.models import Person
    from intake.store.vault import Vault


def testimony_rows(vault: Vault) -> list[Any]:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    return list(testimonies.listing(vault))


def search(vault: Vault, query: str) -> list[Any]:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    return list(testimonies.search(vault, query, limit=200))


def delete(vault: Vault, testimony_id: str) -> None:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    testimonies.delete(vault, testimony_id)


def testimony(vault: Vault, testimony_id: str) -> Testimony:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    return testimonies.get(vault, testimony_id)


def people(vault: Vault) -> list[Person]:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake.store import people as store

    return store.all_people(vault.connection)


def editor_data(vault: Vault, testimony_id: str | None) -> tuple[Testimony | None, list[Person]]:
    found = testimony(vault, testimony_id) if testimony_id else None
    return found, people(vault)


def save_testimony(vault: Vault, testimony_id: str | None, fields: dict[str, object]) -> Testimony:
    """Create the testimony (first save) or apply the form's fields to it."""

    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    if testimony_id is None:
        draft = replace(Testimony(id="", title="", transcript=""), **fields)  # type: ignore[arg-type]
        return testimonies.create(vault, draft)
    return testimonies.edit(vault, testimony_id, fields)


def add_person(vault: Vault, answers: dict[str, Any]) -> Person:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import people as service

    return service.register(
        vault,
        answers["name"],
        aliases=answers["aliases"],
        gender=answers["gender"],
        public=answers["public"],
        pseudonym=answers["pseudonym"] or None,
        role=answers["role"],
    )


def edit_person(vault: Vault, person_id: str, answers: dict[str, Any]) -> Person:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import people as service

    changes = {key: answers[key] for key in ("name", "aliases", "public", "role")}
    if answers["gender"] is not None:
        changes["gender"] = answers["gender"]
    new = bool(answers.get("new_pseudonym"))
    if answers["pseudonym"] and not new:
        changes["pseudonym"] = answers["pseudonym"]
    return service.edit(vault, person_id, changes, new_pseudonym=new)


def audit(vault: Vault) -> Any:
    """The audit report, with the unlocked checks run on the vault the interface holds."""
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake.audit import audit_vault

    return audit_vault(vault.path, lambda: _Borrowed(vault))  # type: ignore[arg-type, return-value]


class _Borrowed:
    """The open vault lent to the audit, which closes what it opens: here, nothing."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __getattr__(self, name: str) -> Any:
        return getattr(self._vault, name)

    def close(self) -> None:
        """The interface keeps the vault open; locking closes it."""


@dataclass(frozen=True)
class ExportPreview:
    """What an export would write, and the leak gate's verdict on it (nothing is written)."""

    ready: tuple[str, ...]
    left_out: tuple[tuple[str, str], ...]  # (id, reason)
    text: str  # the redacted output (Markdown when the format is docx)
    leaks: tuple[str, ...]  # the gate's descriptions: kind and position, never the string
    levels: tuple[tuple[str, str], ...] = ()  # (id, disclosure level of what is still kept)


def export_preview(
    vault: Vault, ids: tuple[str, ...], fmt: str, with_transcript: bool, out: str = ""
) -> ExportPreview:
    """The export ``intake export`` would write (the same function makes it), not written."""

    # late: exporters and redaction engine (0.3 s) load only for an export
    from intake.export import publish
    from intake.review import quasi as review_quasi

    chosen = publish.plan(vault, ids)
    left_out = tuple((o.id, o.reason) for o in chosen.left_out)
    if not chosen.ready:
        return ExportPreview((), left_out, "", ())
    target = Path(out or f"intake-export.{fmt}").expanduser()
    ready = publish.prepare(vault, chosen, target, fmt, with_transcript=with_transcript)
    # A .docx is shown as the text of its paragraphs; the other formats as written.
    shown = ready.rendered.views[0].text if fmt == "docx" else ready.rendered.data.decode()
    return ExportPreview(
        ready.testimonies,
        left_out,
        shown,
        _disclosure_refusals(chosen) + tuple(leak.describe() for leak in ready.leaks),
        tuple((r.testimony.id, review_quasi.assessment(r).level) for r in chosen.ready),
    )


def _disclosure_refusals(chosen: Any) -> tuple[str, ...]:
    """Testimonies whose disclosure level blocks the export (no detail text)."""
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake.review import quasi as review_quasi

    threshold = chosen.redactor.policy.disclosure_block
    return tuple(
        f"testimony {r.testimony.id}: {found.level} disclosure level; generalise details "
        "in review or acknowledge the risk (R)"
        for r, found in review_quasi.blocked(chosen.ready, threshold)
    )


def export_write(
    vault: Vault,
    ids: tuple[str, ...],
    fmt: str,
    with_transcript: bool,
    out: str,
    *,
    force: bool = False,
) -> str:
    """Export through the leak gate (which refuses with LeakRefused); return the file name."""

    # late: exporters and redaction engine (0.3 s) load only for an export
    from intake.export import publish

    target = Path(out).expanduser()
    done = publish.export(
        vault, publish.plan(vault, ids), target, fmt, with_transcript=with_transcript, force=force
    )
    return f"{counted(len(done.testimonies), 'testimony')} to {target.name}"
