"""Why a registered form or an identifier survived a held-out export: the class, never the string.

Run: python bench/heldout_why.py [--dir tests/heldout/set2] [--only NAME]... [--no-ner]

For each text whose export is written, each surviving answer string is located in the
export and described by what the publication check and the engine see there: whether
the check, run on the export alone, names it (and with which kind), which of the
engine's findings explain it, and the word's traits the check's rules read (script,
capital, sentence start, quotation, dictionary reading). The string itself is shown
masked, as bench/heldout.py shows it. This finds the class a survivor belongs to, so
that a rule can be written for the class and tested on text of its own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    del sys.path[0]
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from bench.heldout_cli import run_workflow  # noqa: E402
from bench.heldout_score import (  # noqa: E402
    HELDOUT,
    Case,
    _pattern,
    blank_out,
    fold,
    is_identifier,
    load_cases,
    mask,
    unescape_markdown,
)
from intake.check import morph  # noqa: E402
from intake.check.near_names import in_lower_case_line  # noqa: E402
from intake.check.setup import check_for  # noqa: E402
from intake.check.words import Text  # noqa: E402
from intake.redact import Redactor  # noqa: E402
from intake.redact.policy import Policy  # noqa: E402
from intake.redact.registry import Registry  # noqa: E402


def _traits(case: Case, output: str, start: int, end: int) -> str:
    redactor = Redactor(Registry.from_json(case.answers["registry"]), policy=Policy.default())
    check = check_for(redactor)
    hits = [h.kind for h in check.run(output) if h.start < end and start < h.end]
    found = [f.kind for f in redactor.analyze(output) if f.start < end and start < f.end]
    view = Text.of(output)
    words = [w for w in view.words if w.start < end and start < w.end]
    parts = [f"check={','.join(hits) or '-'}", f"engine={','.join(found) or '-'}"]
    text = view.norm.clean
    for w in words[:3]:
        lower = w.clean.lower()
        traits = [
            "latin" if w.clean.isascii() else "cyr",
            "Cap" if w.capitalised else "low",
            "initial" if w.initial else "mid",
            "quoted" if w.quoted else "",
            "near" if check.names.matches(w.folded) else "not-near",
            f"dict={morph.classify(lower)}" if not w.clean.isascii() else "",
            "common" if not w.clean.isascii() and morph.mostly_common(lower) else "",
            "form" if check.names.is_form(w.folded, suffixed=True) else "",
            "lcline" if in_lower_case_line(view.norm.clean, w.start) else "",
            f"{w.clean[:1]}{'.' * (len(w.clean) - 1)}",
            f"next={text[w.end : w.end + 2]!r}",
        ]
        parts.append(" ".join(t for t in traits if t))
    return "; ".join(parts)


def explain(case: Case, output: str) -> list[str]:
    text = unescape_markdown(output)
    folded = fold(text)
    checked = blank_out(folded, case.answers["must_keep"])
    lines = []
    for needle in case.answers["must_redact"]:
        for match in _pattern(needle).finditer(checked):
            kind = "id" if is_identifier(needle) else "form"
            traits = _traits(case, folded, *match.span())
            lines.append(f"  {kind} {mask(needle)}: {traits}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HELDOUT)
    parser.add_argument("--only", action="append")
    parser.add_argument("--no-ner", action="store_true")
    args = parser.parse_args(argv)
    for case in load_cases(args.only, args.dir.resolve()):
        with tempfile.TemporaryDirectory(prefix="intake-why-") as work:
            run = run_workflow(case, not args.no_ner, Path(work))
        if run.status != "written":
            print(f"{case.name}: {run.status} {run.kind} {run.error[:200]}")
            continue
        lines = explain(case, run.output)
        print(f"{case.name}: written, {len(lines)} surviving")
        print("\n".join(lines), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
