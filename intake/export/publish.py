"""Export end to end: choose what may go out, redact, render, gate, then write.

Order matters and is the safety argument: the document is built from reviewed,
redacted material only; it is validated; the format is rendered in memory;
the leak gate reads the document, the final bytes, the file name and the
manifest (:func:`prepare`, which the interface's preview calls too, so the
preview is the export); only when the gate finds nothing are the files and
the log entry written, all or nothing (:mod:`intake.export.commit`). A
refusal writes nothing at all. An existing file is replaced only when asked
(``force``), and nothing is ever written inside the vault's folder.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake import __version__, review
from intake.check.setup import check_for, explained_spans
from intake.errors import UsageError
from intake.export import document as doc
from intake.export import manifest, render_docx, render_html, render_md
from intake.export.byline import engine_inflect
from intake.export.commit import write_together
from intake.export.formats import NAMES, manifest_path
from intake.export.gate import Gate, Leak, checked, manifest_view, refuse_if_any
from intake.export.layout import Rendered
from intake.export.selection import LeftOut, Plan, plan
from intake.people import pseudonym_clashes
from intake.redact import Redactor
from intake.review import quasi as review_quasi
from intake.review.items import Review, kept_strings
from intake.store import exports as log
from intake.store import people as people_store
from intake.store.vault import Vault

RENDERERS: dict[str, Callable[[Mapping[str, Any]], Rendered]] = {
    "md": render_md.render,
    "json": doc.render_json,
    "html": render_html.render,
    "docx": render_docx.render,
}
assert tuple(RENDERERS) == NAMES  # noqa: S101 - the list of formats exists once
__all__ = [
    "RENDERERS",
    "Exported",
    "LeftOut",
    "Plan",
    "Prepared",
    "export",
    "plan",
    "policy_version",
    "prepare",
]


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


@dataclass(frozen=True)
class Prepared:
    """An export made in memory and read by the leak gate; nothing is written yet."""

    fmt: str
    out: Path
    options: doc.Options
    document: dict[str, Any]
    rendered: Rendered
    listing: bytes  # the manifest
    leaks: tuple[Leak, ...]
    counts: dict[str, int]  # review decisions per kind, for the vault's own log only

    @property
    def testimonies(self) -> tuple[str, ...]:
        return tuple(t["id"] for t in self.document["testimonies"])


def prepare(
    vault: Vault,
    chosen: Plan,
    out: Path,
    fmt: str = "md",
    *,
    with_transcript: bool = False,
    today: str | None = None,
    disclosure_block: str | None = None,
) -> Prepared:
    """Build, render and gate ``chosen.ready`` as ``fmt`` for ``out``; write nothing."""
    del disclosure_block  # only export refuses by it; the levels go into the manifest
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
    levels = {r.testimony.id: review_quasi.assessment(r).level for r in chosen.ready}
    listing = manifest.to_bytes(
        manifest.build([manifest.OutputFile(out, rendered.data)], document, fmt, levels)
    )
    gate = Gate(chosen.redactor, [o for _, originals in items for o in originals])
    leaks = _leaks(gate, document, rendered, fmt=fmt, out=out, listing=listing)
    leaks += check_leaks(chosen, document)  # the publication check, independent of the engine
    counts = doc.total_counts(i for i, _ in items)
    return Prepared(fmt, out, options, document, rendered, listing, tuple(leaks), counts)


def export(
    vault: Vault,
    chosen: Plan,
    out: Path,
    fmt: str = "md",
    *,
    with_transcript: bool = False,
    today: str | None = None,
    force: bool = False,
    disclosure_block: str | None = None,
) -> Exported:
    """Write ``chosen.ready`` to ``out`` (and its manifest) if the leak gate lets it.

    ``disclosure_block`` overrides the policy's level from which an unacknowledged
    disclosure risk refuses the export."""
    check_target(vault, out, fmt, force=force)
    threshold = disclosure_block or chosen.redactor.policy.disclosure_block
    review_quasi.refuse_if_blocked(chosen.ready, threshold)
    ready = prepare(vault, chosen, out, fmt, with_transcript=with_transcript, today=today)
    refuse_if_any(ready.leaks, _clash_hint(vault) if ready.leaks else None)
    written = (
        manifest.OutputFile(out, ready.rendered.data),
        manifest.OutputFile(manifest_path(out), ready.listing),
    )
    log_id = write_together(vault, written, lambda conn: log.record(conn, _entry(ready, written)))
    return Exported(tuple(f.path for f in written), ready.testimonies, ready.counts, log_id)


def check_leaks(chosen: Plan, document: Mapping[str, Any]) -> list[Leak]:
    """The publication check over the document's published fields; what the reviewers kept
    (in any testimony of the export) is explained."""
    kept = [s for r in chosen.ready for s in kept_strings(r, chosen.redactor)]
    check = check_for(chosen.redactor).with_kept(kept)
    return checked(document, check, lambda text: explained_spans(chosen.redactor, text))


def _clash_hint(vault: Vault) -> str | None:
    """When a pseudonym is another person's real name, that is the likely leak: say so, for
    every person whose pseudonym it is (the first pair alone may not be the one to fix)."""
    clashes = pseudonym_clashes(vault.connection)
    if not clashes:
        return None
    holders = list(dict.fromkeys(holder for holder, _owner in clashes))
    pairs = ", ".join(f"{holder}'s is a real name of {owner}" for holder, owner in clashes)
    commands = ", ".join(f"'intake person edit {holder} --new-pseudonym'" for holder in holders)
    return (
        f"Nothing was written. A pseudonym is another person's real name ({pairs}): "
        f"give each a new one ({commands}), then export again. "
        "Otherwise review the named testimony ('intake review ID')."
    )


def check_target(vault: Vault, out: Path, fmt: str, *, force: bool = False) -> None:
    """Refuse a target that is not a new file in an existing folder outside the vault."""
    if fmt not in RENDERERS:
        raise UsageError(f"unknown export format '{fmt}'", f"Use one of: {', '.join(NAMES)}.")
    listing = manifest_path(out)
    if out.is_dir() or listing.is_dir():
        raise UsageError(
            "--out or its manifest (OUT.manifest.json) names a folder",
            "Give the path of a new file to write. Nothing was written.",
        )
    if not out.parent.is_dir():
        raise UsageError("the folder of --out does not exist", "Create it first.")
    if out.parent.resolve().is_relative_to(vault.path.resolve()):
        raise UsageError(
            "--out is inside the vault's folder",
            "Exports are plaintext: write them outside the vault. Nothing was written.",
        )
    existing = [p for p in (out, listing) if p.exists() or p.is_symlink()]
    if existing and not force:
        raise UsageError(
            f"'{existing[0]}' already exists",
            "Choose another --out, or add --force to replace it. Nothing was written.",
        )


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
    leaks += rendered_leaks(gate, rendered, fmt)
    leaks += gate.scan(out.name, None, "the file name")
    leaks += gate.scan(manifest_view(listing.decode("utf-8")), None, "the manifest")
    return leaks


def rendered_leaks(gate: Gate, rendered: Rendered, fmt: str) -> list[Leak]:
    """Hits in the file as written, then those only its decoded reading adds.

    The decoded views repeat every hit of the written ones; a decoded hit is kept
    only beyond the written hits of its testimony and kind, so a refusal lists
    each leak once and never fewer than there are.
    """
    written = [v for v in rendered.views if not v.decoded]
    decoded = [v for v in rendered.views if v.decoded]
    leaks = gate.rendered(
        Rendered(rendered.data, tuple(written)), f"the {fmt} file", decoded_too=bool(decoded)
    )
    seen = Counter((leak.testimony, leak.kind) for leak in leaks)
    for leak in gate.rendered(Rendered(rendered.data, tuple(decoded)), f"the {fmt} file, decoded"):
        key = (leak.testimony, leak.kind)
        if seen[key] > 0:
            seen[key] -= 1
        else:
            leaks.append(leak)
    return leaks


def _entry(ready: Prepared, files: tuple[manifest.OutputFile, ...]) -> log.ExportEntry:
    return log.ExportEntry(
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        format=ready.fmt,
        with_transcript=ready.options.with_transcript,
        policy_version=ready.options.policy_version,
        files=tuple(
            {"path": str(f.path.resolve()), "sha256": f.sha256, "bytes": len(f.data)} for f in files
        ),
        testimonies=ready.testimonies,
        counts=ready.counts,
    )
