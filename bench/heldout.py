"""Score the command-line tool on the held-out testimony texts in tests/heldout/.

Run: python bench/heldout.py [--ner/--no-ner] [--only NAME]... [--workflow/--no-workflow]
     python bench/heldout.py --dir tests/heldout/set2   (another set in the same format)
     python bench/heldout.py --check      (only check that every answer string occurs in its text)
     python bench/heldout.py --quasi      (the quasi-identifier texts of tests/heldout/quasi/)

For each text it runs `intake redact --registry ... --json` and, unless --no-workflow,
a whole vault workflow through the command line (init, person add, term add, add, consent,
review --accept-defaults, approve, export --with-transcript --format md), each in a
temporary folder of its own. It prints, per text and in total: registered-name
forms and identifiers that survive (masked: first letter and dots), must-keep
strings lost (masked too), unregistered names caught, expected pseudonym forms
present, and whether the export was written or refused (exit 3) and what the
refusal named. It measures; it asserts nothing and changes nothing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from bench.heldout_cli import RedactRun, WorkflowRun, run_redact, run_workflow  # noqa: E402
from bench.heldout_quasi import quasi_cases, run_quasi  # noqa: E402
from bench.heldout_quasi import report as quasi_report  # noqa: E402
from bench.heldout_score import (  # noqa: E402
    HELDOUT,
    Case,
    Score,
    answer_problems,
    load_cases,
    score,
    unescape_markdown,
)

Row = tuple[str, str, str, str]
SHOWN = 10  # masked strings listed per line before "+N more"


def _listed(items: list[str]) -> str:
    if not items:
        return ""
    extra = f", +{len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return " [" + ", ".join(items[:SHOWN]) + extra + "]"


@dataclass
class Totals:
    """Sums over the texts of one mode."""

    texts: int = 0
    leaked_words: int = 0
    words: int = 0
    leaked_ids: int = 0
    ids: int = 0
    texts_leaking: int = 0
    lost: int = 0
    keep: int = 0
    names_missed: int = 0
    names: int = 0
    forms_found: int = 0
    forms: int = 0
    status: dict[str, int] = field(default_factory=dict)
    refusals_naming: int = 0
    refusals_disclosure: int = 0
    quoted: int = 0
    second_reviews: int = 0

    def add(self, result: Score) -> None:
        self.texts += 1
        self.leaked_words += len(result.leaked_words)
        self.leaked_ids += len(result.leaked_ids)
        self.words, self.ids = (
            self.words + result.redact_total[0],
            self.ids + result.redact_total[1],
        )
        self.texts_leaking += bool(result.leaked_words or result.leaked_ids)
        self.lost, self.keep = self.lost + len(result.lost), self.keep + result.keep_total
        self.names_missed += len(result.names_missed)
        self.names += result.names_total
        self.forms_found, self.forms = (
            self.forms_found + result.forms_found,
            self.forms + result.forms_total,
        )


def score_line(result: Score) -> str:
    words, ids = result.redact_total
    names_caught = result.names_total - len(result.names_missed)
    leaked = len(result.leaked_words)
    return (
        f"name forms and call signs surviving {leaked}/{words}{_listed(result.leaked_words)}; "
        f"identifiers surviving {len(result.leaked_ids)}/{ids}{_listed(result.leaked_ids)}; "
        f"kept {result.keep_total - len(result.lost)}/{result.keep_total}{_listed(result.lost)}; "
        f"unregistered caught {names_caught}/{result.names_total}{_listed(result.names_missed)}; "
        f"pseudonym forms present {result.forms_found}/{result.forms_total}"
    )


def report_redact(case: Case, run: RedactRun, totals: Totals, label: str) -> None:
    if run.output is None:
        totals.status["failed"] = totals.status.get("failed", 0) + 1
        print(f"  {label:<16} FAILED {run.error}")
        return
    result = score(case, run.output)
    totals.add(result)
    print(f"  {label:<16} {run.findings} findings; {score_line(result)}")


def report_workflow(case: Case, run: WorkflowRun, totals: Totals) -> None:
    totals.status[run.status] = totals.status.get(run.status, 0) + 1
    totals.quoted += run.quoted
    totals.second_reviews += run.reviews > 1
    if run.reviews > 1:
        print(f"  {'workflow':<16} approve found undecided findings after the first review")
    if run.status == "written":
        result = score(case, unescape_markdown(run.output))
        totals.add(result)
        manifest = score(case, run.manifest)
        in_manifest = len(manifest.leaked_words) + len(manifest.leaked_ids)
        print(
            f"  {'workflow':<16} export WRITTEN; {score_line(result)}; manifest leaks {in_manifest}"
        )
    elif run.status == "refused":
        totals.refusals_naming += run.named > 0
        totals.refusals_disclosure += run.kind.startswith("disclosure")
        print(
            f"  {'workflow':<16} export REFUSED (exit 3), naming {run.named} item(s), "
            f"kinds: {run.kind}; answer strings quoted in clear: {run.quoted}"
        )
        if run.kind == "?":
            print(f"  {'workflow':<16} unparsed refusal (masked): {run.error}")
    else:
        print(f"  {'workflow':<16} FAILED at {run.error}")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def print_totals(label: str, totals: Totals) -> None:
    print(f"\n{label} ({totals.texts} texts scored, status {dict(sorted(totals.status.items()))}):")
    print(
        f"  name forms and call signs surviving: {totals.leaked_words} of {totals.words}; "
        f"identifiers surviving: {totals.leaked_ids} of {totals.ids}; "
        f"texts with any: {totals.texts_leaking}"
    )
    kept = totals.keep - totals.lost
    print(f"  must-keep kept: {kept} of {totals.keep} ({_percent(kept, totals.keep)})")
    caught = totals.names - totals.names_missed
    share = _percent(caught, totals.names)
    print(f"  unregistered names caught: {caught} of {totals.names} ({share})")
    print(f"  expected pseudonym forms present: {totals.forms_found} of {totals.forms}")
    if totals.second_reviews:
        print(f"  approvals that needed a second review --accept-defaults: {totals.second_reviews}")
    if totals.status.get("refused"):
        print(
            f"  refusals naming at least one item: {totals.refusals_naming} of "
            f"{totals.status['refused']}; for the disclosure level (not the leak gate): "
            f"{totals.refusals_disclosure}; answer strings quoted in messages: {totals.quoted}"
        )


def run_cases(cases: list[Case], ner: bool, workflow: bool) -> dict[str, Totals]:
    mode = "ner" if ner else "no-ner"
    totals = {"redact": Totals(), "workflow": Totals()}
    for case in cases:
        print(f"{case.name} ({case.lang}, {len(case.text.split())} words, {case.answers['kind']})")
        with tempfile.TemporaryDirectory(prefix="intake-heldout-") as work:
            report_redact(
                case, run_redact(case, ner, Path(work)), totals["redact"], f"redact --{mode}"
            )
        if workflow:
            with tempfile.TemporaryDirectory(prefix="intake-heldout-") as work:
                report_workflow(case, run_workflow(case, ner, Path(work)), totals["workflow"])
    print_totals(f"intake redact --{mode}", totals["redact"])
    if workflow:
        print_totals(
            f"vault workflow (review --accept-defaults{' --ner' if ner else ''})",
            totals["workflow"],
        )
    return totals


def check(cases: list[Case]) -> int:
    bad = 0
    for case in cases:
        problems = answer_problems(case)
        bad += bool(problems)
        print(f"{case.name}: {'ok' if not problems else 'not in the text:' + _listed(problems)}")
    return 1 if bad else 0


def run_quasi_cases(only: list[str] | None) -> int:
    hits = wanted = levels = 0
    cases = quasi_cases(only)
    for case in cases:
        with tempfile.TemporaryDirectory(prefix="intake-heldout-") as work:
            found, expected, same = quasi_report(case, run_quasi(case, Path(work)))
        hits, wanted, levels = hits + found, wanted + expected, levels + same
    print(
        f"\nquasi-identifiers found: {hits} of {wanted}; level as judged: {levels} of {len(cases)}"
    )
    return 0


def run(quick: bool = False) -> list[Row]:
    """Rows for bench/run_all.py: the redaction figures without NER (and no workflow when quick)."""
    totals = run_cases(load_cases(), ner=False, workflow=not quick)
    rows: list[Row] = []
    for mode, total in totals.items():
        if total.texts:
            leaks = total.leaked_words + total.leaked_ids
            kept = _percent(total.keep - total.lost, total.keep)
            rows.append((f"heldout {mode}: strings surviving", str(leaks), "0", str(leaks == 0)))
            rows.append((f"heldout {mode}: must-keep kept", kept, ">= 98%", "see value"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ner", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--workflow", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--only", action="append", metavar="NAME", help="a text, e.g. ru-04")
    parser.add_argument(
        "--dir",
        type=Path,
        default=HELDOUT,
        metavar="PATH",
        help="the folder of NAME.txt and NAME.json pairs (default: the first set, tests/heldout)",
    )
    parser.add_argument("--check", action="store_true", help="only check the answer files")
    parser.add_argument("--quasi", action="store_true", help="score the quasi-identifier texts")
    args = parser.parse_args(argv)
    if args.quasi:
        return run_quasi_cases(args.only)
    if not args.dir.is_dir():
        parser.error(f"--dir: no such folder: {args.dir}")
    cases = load_cases(args.only, args.dir.resolve())
    if not cases:
        parser.error(f"no held-out text in {args.dir} matches --only")
    if args.check:
        return check(cases)
    started = time.process_time()
    run_cases(cases, args.ner, args.workflow)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"\nCPU time: {time.process_time() - started:.1f} s here, "
        f"{children.ru_utime + children.ru_stime:.1f} s in intake"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
