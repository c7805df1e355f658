"""Export end to end: choose what may go out, redact, render, gate, then write.

Order matters and is the safety argument: the document is built from reviewed,
redacted material only; it is validated; every format is rendered in memory;
the leak gate reads the document, the final bytes and the manifest; only when
the gate finds nothing are the files written (atomically), and then the export
is recorded in the vault's log. A refusal writes nothing at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake import __version__, review, review_quasi
from intake.errors import UsageError
from intake.export import document as doc
from intake.export import manifest, render_docx, render_html, render_md
from intake.export.byline import engine_inflect
from intake.export.gate import Gate, Leak, refuse_if_any
from intake.export.layout import Rendered
from intake.export.selection import LeftOut, Plan, plan
from intake.fsutil import atomic_write
from intake.people import pseudonym_clashes
from intake.redact import Redactor
from intake.review_items import Review
from intake.store import exports as log
from intake.store import people as people_store
from intake.store.vault import Vault

RENDERERS: dict[str, Callable[[Mapping[str, Any]], Rendered]] = {
    "md": render_md.render,
    "json": doc.render_json,
    "html": render_html.render,
    "docx": render_docx.render,
}
__all__ = ["RENDERERS", "Exported", "LeftOut", "Plan", "export", "plan", "policy_version"]


@dataclass(frozen=True)
class Exported:
    files: tuple[Path, ...]  # the export, then its manifest
    testimonies: tuple[str, ...]
    counts: dict[str, int]
    log_id: int


def policy_version(redactor: Redactor) -> str:
    """Names the policy by content: intake's version and a digest of its actions."""
    actions = json.dumps(dict(sorted(redactor.policy.actions.items())), sort_keys=True)
    return f"intake-{__version__}+{hashlib.sha256(actions.encode()).hexdigest()[:12]}"


def export(
    vault: Vault,
    chosen: Plan,
    out: Path,
    fmt: str = "md",
    *,
    with_transcript: bool = False,
    today: str | None = None,
    disclosure_block: str | None = None,
) -> Exported:
    """Write ``chosen.ready`` to ``out`` (and its manifest) if the leak gate lets it.

    ``disclosure_block`` overrides the policy's level from which an unacknowledged
    disclosure risk refuses the export."""
    _check_target(out, fmt)
    threshold = disclosure_block or chosen.redactor.policy.disclosure_block
    review_quasi.refuse_if_blocked(chosen.ready, threshold)
    options = doc.Options(
        today or datetime.now(UTC).date().isoformat(),
        policy_version(chosen.redactor),
        with_transcript,
        "year" if chosen.redactor.policy.action("date") != "keep" else "month",
    )
    people = {p.id: p for p in people_store.all_people(vault.connection)}
    items = [_redacted_testimony(r, chosen.redactor) for r in chosen.ready]
    document = doc.build((i for i, _ in items), people, options, engine_inflect)
    rendered = RENDERERS[fmt](document)
    counts = doc.total_counts(document)
    files = [manifest.OutputFile(out, rendered.data)]
    levels = {r.testimony.id: review_quasi.assessment(r).level for r in chosen.ready}
    listing = manifest.to_bytes(manifest.build(files, document, fmt, counts, levels))
    gate = Gate(chosen.redactor, [o for _, originals in items for o in originals])
    leaks = _leaks(gate, document, rendered, fmt=fmt, out=out, listing=listing)
    refuse_if_any(leaks, _clash_hint(vault) if leaks else None)
    atomic_write(out, rendered.data)
    atomic_write(manifest.manifest_path(out), listing)
    written = [*files, manifest.OutputFile(manifest.manifest_path(out), listing)]
    log_id = _record(vault, options, written, document, fmt=fmt)
    return Exported(
        (out, manifest.manifest_path(out)),
        tuple(t["id"] for t in document["testimonies"]),
        counts,
        log_id,
    )


def _clash_hint(vault: Vault) -> str | None:
    """When a pseudonym is another person's real name, that is the likely leak: say so."""
    clashes = pseudonym_clashes(vault.connection)
    if not clashes:
        return None
    holder, owner = clashes[0]
    more = f" ({len(clashes) - 1} more such pair(s))" if len(clashes) > 1 else ""
    return (
        f"Nothing was written. The pseudonym of {holder} is a real name of {owner}{more}: "
        "give it a new one "
        f"('intake person edit {holder} --new-pseudonym'), then export again. "
        "Otherwise review the named testimony ('intake review ID')."
    )


def _check_target(out: Path, fmt: str) -> None:
    if fmt not in RENDERERS:
        raise UsageError(f"unknown export format '{fmt}'", "Use md, json, html or docx.")
    if out.is_dir():
        raise UsageError("--out names a directory", "Give the path of the file to write.")
    if not out.parent.is_dir():
        raise UsageError("the folder of --out does not exist", "Create it first.")


def _redacted_testimony(
    r: Review, redactor: Redactor
) -> tuple[doc.RedactedTestimony, tuple[tuple[str, str], ...]]:
    red = review.redacted(r, redactor)
    fields = red.fields
    quotes = tuple(fields.get(f"quote:{n}", "") for n in range(1, len(r.testimony.quotes) + 1))
    item = doc.RedactedTestimony(
        r.testimony,
        fields.get("title", r.testimony.title),
        fields.get("summary", ""),
        quotes,
        fields.get("transcript", ""),
        r.counts(),
    )
    return item, red.originals


def _leaks(
    gate: Gate,
    document: Mapping[str, Any],
    rendered: Rendered,
    *,
    fmt: str,
    out: Path,
    listing: bytes,
) -> list[Leak]:
    leaks = gate.document(document)
    leaks += gate.rendered(rendered, f"the {fmt} file")
    leaks += gate.scan(out.name, None, "the file name")
    leaks += gate.scan(listing.decode("utf-8"), None, "the manifest")
    return leaks


def _record(
    vault: Vault,
    options: doc.Options,
    files: Sequence[manifest.OutputFile],
    document: Mapping[str, Any],
    *,
    fmt: str,
) -> int:
    entry = log.ExportEntry(
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        format=fmt,
        with_transcript=options.with_transcript,
        policy_version=options.policy_version,
        files=tuple(
            {"path": str(f.path.resolve()), "sha256": f.sha256, "bytes": len(f.data)} for f in files
        ),
        testimonies=tuple(t["id"] for t in document["testimonies"]),
        counts=doc.total_counts(document),
    )
    with vault.transaction() as conn:
        return log.record(conn, entry)
