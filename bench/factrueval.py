"""Person-name precision and recall on factRuEval-2016's development part (empty registry).

The fair measure of the corpus README: gold = the name/surname/patronymic/nickname spans
of Person objects; a gold span counts as found when one redacting finding covers it;
precision is the share of redacting name findings that overlap a gold person span. Parts
of public figures the policy keeps on purpose (kept public-person findings) are left out
of both and counted. Run: python bench/factrueval.py [corpus folder] [--errors]
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

_PARTS = frozenset({"name", "surname", "patronymic", "nickname"})
_NAME_KINDS = frozenset({"name", "person", "ambiguous"})
_ROOT = Path(__file__).resolve().parent.parent
# The corpus sits in shared/ beside the repository (or one level up); INTAKE_FACTRUEVAL
# names another folder.
DEFAULT = next(
    (
        p
        for p in (
            Path(os.environ.get("INTAKE_FACTRUEVAL", _ROOT / "missing")),
            _ROOT.parent / "shared/corpora/factrueval-dev",
            _ROOT.parent.parent / "shared/corpora/factrueval-dev",
        )
        if (p / "devset").is_dir()
    ),
    _ROOT.parent / "shared/corpora/factrueval-dev",
)


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    findings: int = 0
    correct: int = 0
    public: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0


def gold_spans(book: Path) -> list[tuple[int, int]]:
    spans: dict[str, tuple[str, int, int]] = {}
    for line in book.with_suffix(".spans").read_text("utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 4:
            spans[parts[0]] = (parts[1], int(parts[2]), int(parts[2]) + int(parts[3]))
    out = []
    for line in book.with_suffix(".objects").read_text("utf-8-sig").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 2 and parts[1] == "Person":
            for span_id in parts[2:]:
                kind, start, end = spans.get(span_id, ("", 0, 0))
                if kind in _PARTS:
                    out.append((start, end))
    return sorted(set(out))


def score(folder: Path, ner: bool) -> Score:
    from intake.redact import Redactor, Registry

    redactor = Redactor(Registry(), ner=ner)
    result = Score()
    for book in sorted((folder / "devset").glob("*.txt")):
        text = book.read_text("utf-8-sig").replace("\r\n", "\n")
        _add(result, text, gold_spans(book), redactor.analyze(text), redactor)
    return result


def _add(result: Score, text: str, gold: list[tuple[int, int]], found: list, redactor) -> None:  # type: ignore[no-untyped-def, type-arg]
    public = [f for f in found if f.kind == "public_person"]
    names = [f for f in found if f.kind in _NAME_KINDS and redactor.policy.redacts(f.kind)]
    for start, end in gold:
        if any(p.start < end and start < p.end for p in public):
            result.public += 1
            continue
        result.gold += 1
        if any(f.start <= start and end <= f.end for f in names):
            result.found += 1
        else:
            result.misses.append(_context(text, start, end))
    for f in names:
        result.findings += 1
        if any(f.start < end and start < f.end for start, end in gold):
            result.correct += 1
        else:
            result.wrong.append(f"{f.recognizer}: {_context(text, f.start, f.end)}")


def _context(text: str, start: int, end: int) -> str:
    return f"{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 30]}".replace(
        "\n", " "
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else DEFAULT
    for ner in (False, True):
        s = score(folder, ner)
        label = "with NER" if ner else "no NER"
        print(
            f"{label:9} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"(gold parts {s.gold}, public figures' parts kept by policy {s.public}, "
            f"name findings {s.findings})"
        )
        if "--errors" in sys.argv:
            for line in s.misses:
                print("  MISS", line)
            for line in s.wrong:
                print("  WRONG", line)


if __name__ == "__main__":
    main()
