"""How often the publication check asks on ordinary text. Prints figures, never asserts.

Run: python bench/check_rate.py [FACTRUEVAL_DIR]

Each text goes through the redactor (NER off) as review's defaults would leave it;
the check (:mod:`intake.check`) then reads the output with the engine's pseudonyms
and tags explained, as the export does. The figure is check hits per 1,000 words
of the output (target: below 2), by rule, with the CPU time the check took.

* the demo texts (:mod:`intake.demo_data`) with the demo registry;
* factRuEval-2016's development texts (Russian news and blogs; the directory of
  ``book_N.txt`` files given as argument, or ``$FACTRUEVAL_DIR``) with an empty
  registry: every name in them is unregistered, so what the check asks about is
  what the engine's own rules left; then again with five registered people of
  common first names, to count near-misses of them asked about in unrelated text.

For factRuEval the hits are also split by the gold annotation (``book_N.spans`` and
``book_N.objects``): on a person's name (the engine without NER missed a name: the
check asks rightly), on a place or organisation, or on nothing annotated. Only the
last two are over-asking. With ``--show N`` it also prints N hits of each rule with a
masked context.

Figures (this revision; the rates do not depend on the machine):

    demo texts, demo registry                      0.00 per 1,000 words
    factrueval-dev, empty registry                 21.5 per 1,000 words
        of which on a person's name (rightly)       9.2
        on a place or organisation                  7.4  (mostly Latin-script names)
        on nothing annotated                        4.6  (chess ratings, quoted titles)
    factrueval-dev, 5 registered people            21.8 (near-misses 0.3: "Лента")
    check CPU time                                 about 60-100k words/s

The target of 2 per 1,000 words holds on the demo texts, not on news: news is
dense with people and companies that no registry lists and the engine without
NER does not tag, and each of them is what the check exists to ask about.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

from intake import demo_data
from intake.check import masked_context
from intake.check.setup import check_for, explained_spans
from intake.redact import Person, Redactor, Registry

_WORD = re.compile(r"[^\W_]+")
# Fictional people with common first names, so near-misses of them are asked about in news.
SAMPLE_REGISTRY = (
    "Сергей Кравченко",
    "Елена Кравченко",
    "Сергей Зуев",
    "Дмитрий Жуковский",
    "Аяс Хертек",
)


def demo() -> tuple[Redactor, list[str]]:
    people = [
        Person(name, aliases=aliases, gender=gender, public=public, role=role)
        for _key, name, aliases, gender, public, role in demo_data.PEOPLE
    ]
    texts = [str(t[f]) for t in demo_data.TESTIMONIES for f in ("title", "summary", "transcript")]
    return Redactor(Registry(people=people)), texts


def factrueval(folder: Path) -> tuple[Redactor, list[str]]:
    texts = [_read(p) for p in sorted(folder.glob("*.txt"))]
    return Redactor(Registry(people=[])), texts


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")


def gold(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Per text: (start, end, "person" | "other") of every annotated entity span."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for objects in sorted(folder.glob("*.objects")):
        spans = {}
        for line in objects.with_suffix(".spans").read_text(encoding="utf-8-sig").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        marked = []
        for line in objects.read_text(encoding="utf-8-sig").splitlines():
            head = line.split("#")[0].split()
            if len(head) >= 3:
                kind = "person" if head[1] == "Person" else "other"
                marked += [(*spans[s], kind) for s in head[2:] if s in spans]
        out[_read(objects.with_suffix(".txt"))] = marked
    return out


def split_by_gold(redactor: Redactor, annotated: dict[str, list[tuple[int, int, str]]]) -> None:
    """Hits as review lists them (the original text, the engine's findings explained), split
    by what the annotators marked there."""
    check = check_for(redactor)
    found: Counter[str] = Counter()
    words = 0
    for text, marked in annotated.items():
        words += len(_WORD.findall(text))
        spans = [(f.start, f.end) for f in redactor.analyze(text)]
        for hit in check.run(text, spans):
            kinds = {k for s, e, k in marked if s < hit.end and hit.start < e}
            where = "person" if "person" in kinds else "place/org" if kinds else "nothing"
            found[f"{hit.kind} on {where}"] += 1
    per = ", ".join(f"{k} {1000 * v / max(words, 1):.2f}" for k, v in sorted(found.items()))
    over = sum(v for k, v in found.items() if not k.endswith("on person"))
    print(f"factrueval-dev, review's reading, per 1,000 words: {per}")
    print(f"factrueval-dev: over-asking (not on a person) {1000 * over / max(words, 1):.2f}")


def measure(name: str, redactor: Redactor, texts: Iterable[str], show: int = 0) -> float:
    """Prints the rate of check hits per 1,000 words of the output, by rule; returns it."""
    check = check_for(redactor)
    kinds: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    words = 0
    cpu = 0.0
    for text in texts:
        output = redactor.redact(text).text
        words += len(_WORD.findall(output))
        started = time.process_time()
        hits = check.run(output, explained_spans(redactor, output))
        cpu += time.process_time() - started
        for hit in hits:
            kinds[hit.kind] += 1
            if shown[hit.kind] < show:
                shown[hit.kind] += 1
                print(f"  {hit.kind:18} {masked_context(output, hit.start, hit.end)}")
    total = sum(kinds.values())
    rate = 1000 * total / max(words, 1)
    by_rule = ", ".join(f"{k} {1000 * v / max(words, 1):.2f}" for k, v in sorted(kinds.items()))
    print(f"{name}: {words} words, {total} hits, {rate:.2f} per 1,000 words ({by_rule})")
    print(f"{name}: check CPU time {cpu:.2f} s ({words / max(cpu, 1e-9) / 1000:.0f}k words/s)")
    return rate


def run() -> list[tuple[str, float, str, bool]]:
    """Rows for bench/run_all.py: the demo rate against its goal; factRuEval's as a figure
    (with ``$FACTRUEVAL_DIR`` set)."""
    rate = measure("demo", *demo())
    rows = [("check hits per 1,000 words, demo texts", rate, "< 2", rate < 2)]
    if folder := os.environ.get("FACTRUEVAL_DIR"):
        news = measure("factrueval-dev", *factrueval(Path(folder)))
        rows.append(("check hits per 1,000 words, factRuEval news", news, "(figure)", True))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factrueval", nargs="?", default=os.environ.get("FACTRUEVAL_DIR"))
    parser.add_argument("--show", type=int, default=0, help="print N hits of each rule")
    args = parser.parse_args()
    measure("demo", *demo(), show=args.show)
    if args.factrueval:
        redactor, texts = factrueval(Path(args.factrueval))
        measure("factrueval-dev", redactor, texts, show=args.show)
        split_by_gold(redactor, gold(Path(args.factrueval)))
        registered = Redactor(Registry(people=[Person(n) for n in SAMPLE_REGISTRY]))
        measure("factrueval-dev, 5 registered people", registered, texts, show=args.show)
    else:
        print("factrueval-dev: no directory given (argument or FACTRUEVAL_DIR)")


if __name__ == "__main__":
    main()
