"""The quasi-identifier texts of tests/heldout/quasi/ through the command line.

Each text (all names already removed) is imported into a throwaway vault; `review
--json` is read for findings whose kind starts with "quasi" and for a disclosure
level, and the text is then taken through review --accept-defaults, approval and
export, to see whether the export is written or refused (exit 3). The answers say
which details identify the source and the level a careful editor judges.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.heldout_cli import StepFailed, Vault, hide
from bench.heldout_score import HELDOUT, Case, load_cases

LEVEL_KEYS = ("level", "risk_level", "disclosure_level", "risk")


def quasi_cases(only: list[str] | None = None) -> list[Case]:
    return load_cases(only, HELDOUT / "quasi")


def _level(document: Any) -> str | None:
    """The first disclosure level anywhere in the review document, if there is one."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key in LEVEL_KEYS and isinstance(value, str):
                return value
        document = list(document.values())
    if isinstance(document, list):
        for item in document:
            found = _level(item)
            if found:
                return found
    return None


@dataclass(frozen=True)
class QuasiRun:
    spans: list[tuple[int, int]]  # where the quasi findings are in the text
    kinds: list[str]
    level: str | None
    export: str  # "written", "refused", or "failed at STEP"


def run_quasi(case: Case, work: Path) -> QuasiRun:
    vault = Vault(work)
    try:
        vault.run("init", ["init"], times=2)
        lang = case.lang if case.lang in ("ru", "en") else "ru"
        added = vault.run("add", ["add", str(case.path), "--title", "quasi", "--lang", lang])
        testimony = added.strip().splitlines()[-1].strip()
        vault.run("edit", ["edit", testimony, "--consent-summary", "--consent-quotes"])
        document = json.loads(vault.run("review --json", ["review", testimony, "--json"]))
        vault.run("review", ["review", testimony, "--accept-defaults"])
        vault.run("approve", ["approve", testimony])
    except StepFailed as failed:
        error = f"failed at {failed.step}: {hide(case, failed.done.stderr)}"
        return QuasiRun([], [], None, error)
    quasi = [f for f in document.get("findings", []) if str(f.get("kind", "")).startswith("quasi")]
    out = work / "export.md"
    done = vault.call(["export", "--with-transcript", "--format", "md", "--out", str(out)])
    export = {0: "written", 3: "refused"}.get(done.returncode, f"failed (exit {done.returncode})")
    spans = [(int(f["start"]), int(f["end"])) for f in quasi]
    return QuasiRun(spans, [str(f["kind"]) for f in quasi], _level(document), export)


def matched(case: Case, run: QuasiRun) -> int:
    """How many of the answer's quasi-identifiers overlap a quasi finding."""
    count = 0
    for item in case.answers["quasi_identifiers"]:
        start = case.text.find(item["text"])
        end = start + len(item["text"])
        count += start >= 0 and any(s < end and start < e for s, e in run.spans)
    return count


def report(case: Case, run: QuasiRun) -> tuple[int, int, bool]:
    """Print one line; return (matched, expected, level as judged)."""
    wanted = case.answers["quasi_identifiers"]
    hits = matched(case, run)
    judged = case.answers["level"]
    words = len(case.text.split())
    kinds = ", ".join(sorted(set(run.kinds))) or "none"
    print(
        f"{case.name} ({case.lang}, {words} words): quasi findings {len(run.spans)} "
        f"({kinds}); answer details found {hits}/{len(wanted)}; "
        f"level {run.level or 'none'} (judged {judged}); export {run.export}"
    )
    return hits, len(wanted), run.level == judged
