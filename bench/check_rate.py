"""How often the publication check asks on ordinary text. Prints figures, never asserts.

Run: python bench/check_rate.py [FACTRUEVAL_DIR] [--show N]

The figure is check hits per 1,000 words (target: below 2), by rule, read two ways:

* review's reading (what ``intake review`` lists, and so what ``review --accept-defaults``
  redacts): the original text, every finding of the engine explained; with NER off
  (``--no-ner``, the default) and on (``--ner``: natasha tags people, places and
  organisations the rules miss, so the check reads fewer of them);
* the export's reading: the engine's output (NER off) with its pseudonyms and tags
  explained, with the CPU time the check took.

Texts:

* the demo texts (:mod:`intake.demo_data`) with the demo registry;
* ``bench/testimonies/``: fictional testimonies (interviews, messenger messages,
  official letters, lawyers' notes; Russian, English, mixed) with their registry; the
  strings of ``asked.txt`` are ones the check is right to ask about, the rest is
  over-asking;
* factRuEval-2016's development texts (Russian news and blogs; the directory of
  ``book_N.txt`` files given as argument, or ``$FACTRUEVAL_DIR``) with an empty
  registry: every name in them is unregistered, so what the check asks about is
  what the engine's own rules left; then again with five registered people of
  common first names, to count near-misses of them asked about in unrelated text.
  Its hits are split by the gold annotation (``book_N.spans``, ``book_N.objects``):
  on a person's name (the engine missed a name: the check asks rightly), on a place
  or organisation, or on nothing annotated. Only the last two are over-asking.

With ``--show N`` it also prints N hits of each rule with a masked context.

Figures (this revision; the rates do not depend on the machine), per 1,000 words:

    review's reading                     NER off    NER on
    demo texts, demo registry               0.00      0.00
    bench/testimonies, its registry         3.84      2.69   (before: 25.7 and 23.4)
        over-asking (not in asked.txt)      2.69      1.54
        (asked.txt: a call sign, two document references, asked rightly)
    factrueval-dev, empty registry          5.30      1.70   (before: 12.8 and 7.0)
        on a person's name (rightly)        1.20      0.12
        on a place or organisation          2.98      0.77   (before: 6.9)
        on nothing annotated                1.12      0.81   (before: 4.7)
    export's reading (NER off)
    factrueval-dev, empty registry          5.40
    factrueval-dev, 5 registered people     5.59  (near-misses 0.28: "Лента")
    check CPU time                          about 30-70k words/s (a first Latin word
                                            loads the word lists: about 0.3 s once)

Over-asking on news (not on a person) is 4.1 with NER off and 1.6 with NER on (before
this revision: 11.6 and 6.9). What is left with NER off is mostly a class the check
must keep asking about: capitalised Cyrillic words the dictionary does not hold (1.7:
foreign towns and firms written in Cyrillic, "Бенрате", «Алтек», «Дискавери», the same
shape as a surname nobody registered) and Latin words that are no English word (1.6:
"Vestas", "Corus"). With NER on, natasha's place and organisation tags explain most of
them. On the testimonies the rest is English words that are also common surnames
("the Western Military District", "Law", "Duty": asked on purpose), a quoted English
word (a call sign?), a formation («Шторм»), a car («Логане») and a town that is also a
surname with no preposition before it ("Москва — Ростов").
"""

from __future__ import annotations

import argparse
import json
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
from intake.check import Hit, masked_context
from intake.check.setup import check_for, explained_spans
from intake.redact import Person, Redactor, Registry

_WORD = re.compile(r"[^\W_]+")
CORPUS = Path(__file__).resolve().parent / "testimonies"
# The corpus, and apart: the first texts, and the ones written later so that the figure is not
# tuned to the first ones alone.
PARTS = {
    "bench/testimonies": (1, 99),
    "bench/testimonies 01-14": (1, 14),
    "bench/testimonies 15-20": (15, 20),
}
# Fictional people with common first names, so near-misses of them are asked about in news.
SAMPLE_REGISTRY = (
    "Сергей Кравченко",
    "Елена Кравченко",
    "Сергей Зуев",
    "Дмитрий Жуковский",
    "Аяс Хертек",
)


def demo() -> tuple[Registry, list[str]]:
    people = [
        Person(name, aliases=aliases, gender=gender, public=public, role=role)
        for _key, name, aliases, gender, public, role in demo_data.PEOPLE
    ]
    texts = [str(t[f]) for t in demo_data.TESTIMONIES for f in ("title", "summary", "transcript")]
    return Registry(people=people), texts


def rightly_asked() -> frozenset[str]:
    """Strings of bench/testimonies/ the check is right to ask about (asked.txt)."""
    lines = (CORPUS / "asked.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def testimonies(first: int = 1, last: int = 99) -> tuple[Registry, list[str]]:
    """The fictional testimonies of bench/testimonies/ numbered ``first`` to ``last`` and the
    people registered for them."""
    data = json.loads((CORPUS / "registry.json").read_text(encoding="utf-8"))
    people = [
        Person(p["name"], aliases=tuple(p["aliases"]), gender=p["gender"], public=p["public"])
        for p in data["people"]
    ]
    paths = sorted(CORPUS.glob("[0-9]*.txt"))
    return Registry(people=people), [
        _read(p) for p in paths if first <= int(p.name.split("_")[0]) <= last
    ]


def factrueval(folder: Path) -> tuple[Registry, list[str]]:
    return Registry(people=[]), [_read(p) for p in sorted(folder.glob("*.txt"))]


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


def review_rate(
    name: str,
    registry: Registry,
    texts: Iterable[str],
    *,
    ner: bool,
    annotated: dict[str, list[tuple[int, int, str]]] | None = None,
    expected: frozenset[str] | None = None,
    show: int = 0,
) -> float:
    """Hits as review lists them (the original text, the engine's findings explained), per
    1,000 words, by rule and, with ``annotated``, by what the annotators marked there; with
    ``expected``, hits on those strings count as rightly asked. Returns the over-asking
    rate when annotated or expected, else the total."""
    redactor = Redactor(registry, ner=ner)
    check = check_for(redactor)
    found: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    words = 0
    for text in texts:
        words += len(_WORD.findall(text))
        for hit in check.run(text, [(f.start, f.end) for f in redactor.analyze(text)]):
            where = _where(hit, (annotated or {}).get(text))
            if expected is not None:
                where = " rightly" if text[hit.start : hit.end] in expected else " over"
            found[f"{hit.kind}{where}"] += 1
            if shown[hit.kind] < show:
                shown[hit.kind] += 1
                print(f"  {hit.kind:18} {masked_context(text, hit.start, hit.end)}")
    per = ", ".join(f"{k} {1000 * v / max(words, 1):.2f}" for k, v in sorted(found.items()))
    total = 1000 * sum(found.values()) / max(words, 1)
    label = f"{name}, review's reading, NER {'on' if ner else 'off'}"
    print(f"{label}: {words} words, {total:.2f} per 1,000 words ({per})")
    if annotated is None and expected is None:
        return total
    right = ("on person", "rightly")
    over = 1000 * sum(v for k, v in found.items() if not k.endswith(right)) / max(words, 1)
    print(f"{label}: over-asking (not rightly asked) {over:.2f}")
    return over


def _where(hit: Hit, marked: list[tuple[int, int, str]] | None) -> str:
    if marked is None:
        return ""
    kinds = {k for s, e, k in marked if s < hit.end and hit.start < e}
    return " on " + ("person" if "person" in kinds else "place/org" if kinds else "nothing")


def measure(name: str, registry: Registry, texts: Iterable[str], show: int = 0) -> float:
    """The export's reading: check hits per 1,000 words of the engine's output (NER off), by
    rule; returns the rate."""
    redactor = Redactor(registry)
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
    print(f"{name}, export's reading: {words} words, {total} hits, {rate:.2f} ({by_rule})")
    print(f"{name}: check CPU time {cpu:.2f} s ({words / max(cpu, 1e-9) / 1000:.0f}k words/s)")
    return rate


def run() -> list[tuple[str, float, str, bool]]:
    """Rows for bench/run_all.py: the demo and bench/testimonies rates (review's reading, NER
    off) against their goal; factRuEval's as a figure (with ``$FACTRUEVAL_DIR`` set)."""
    rate = review_rate("demo", *demo(), ner=False)
    rows = [("check hits per 1,000 words, demo texts", rate, "< 2", rate < 2)]
    own = review_rate("bench/testimonies", *testimonies(), ner=False, expected=rightly_asked())
    rows.append(("check over-asking per 1,000 words, bench/testimonies", own, "< 2", own < 2))
    if folder := os.environ.get("FACTRUEVAL_DIR"):
        news = review_rate("factrueval-dev", *factrueval(Path(folder)), ner=False)
        rows.append(("check hits per 1,000 words, factRuEval news", news, "(figure)", True))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factrueval", nargs="?", default=os.environ.get("FACTRUEVAL_DIR"))
    parser.add_argument("--show", type=int, default=0, help="print N hits of each rule")
    args = parser.parse_args()
    for ner in (False, True):
        review_rate("demo", *demo(), ner=ner)
        for name, (first, last) in PARTS.items():
            review_rate(name, *testimonies(first, last), ner=ner, expected=rightly_asked())
    measure("bench/testimonies", *testimonies(), show=args.show)
    if not args.factrueval:
        print("factrueval-dev: no directory given (argument or FACTRUEVAL_DIR)")
        return
    folder = Path(args.factrueval)
    annotated = gold(folder)
    for ner in (False, True):
        review_rate("factrueval-dev", *factrueval(folder), ner=ner, annotated=annotated)
    registry, texts = factrueval(folder)
    measure("factrueval-dev", registry, texts, show=args.show)
    sample = Registry(people=[Person(n) for n in SAMPLE_REGISTRY])
    measure("factrueval-dev, 5 registered people", sample, texts, show=args.show)


if __name__ == "__main__":
    main()
