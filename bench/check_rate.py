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
  over-asking. Texts 15-20 (a court observer's notes, a social network post with comments,
  an e-mail thread, a timeline, a hospital discharge summary, an NGO report) were written
  after the rules of the first 14 were tuned, texts 21-23 (a soldier's letter home, an
  asylum statement, a call to a unit's duty officer) after those of the first 20, and
  texts 24-26 (a statement of facts for a court, a journalist's notebook, a hotline's log)
  after every rule, and no rule was tuned on them: each batch is measured apart as well;
* factRuEval-2016's development texts (Russian news and blogs; the directory of
  ``book_N.txt`` files given as argument, or ``$FACTRUEVAL_DIR``) with an empty
  registry: every name in them is unregistered, so what the check asks about is
  what the engine's own rules left; then again with five registered people of
  common first names, to count near-misses of them asked about in unrelated text.
  Its hits are split by the gold annotation (``book_N.spans``, ``book_N.objects``):
  on a person's name (the engine missed a name: the check asks rightly), on a place
  or organisation, or on nothing annotated. Only the last two are over-asking.

With ``--show N`` it also prints N hits of each rule with a masked context; with
``--classes``, the over-asked hits (NER off) grouped by shape: rule, script, quoted or
not, and what the Russian dictionary knows of the word.

Figures (this revision; the rates do not depend on the machine), per 1,000 words:

    review's reading                     NER off    NER on
    demo texts, demo registry               0.00      0.00
    bench/testimonies (1-26), registry      2.60      1.80
        over-asking (not in asked.txt)      2.40      1.60   (before: 1.40 and 0.60)
        texts 1-14                          1.54      0.77   (before: 1.15 and 0.38)
        texts 15-20, written afterwards     1.62      1.62   (before: 0.00 and 0.00)
        texts 21-23, written later          5.08      3.38   (unchanged)
        texts 24-26, written last           3.56      1.78   (before: 1.78 and 0.00)
        (asked.txt: a call sign, three document or case numbers, asked rightly)
    factrueval-dev, empty registry          4.29      1.59
        on a person's name (rightly)        1.05      0.15
        on a place or organisation          2.40      0.73
        on nothing annotated                0.85      0.70
    export's reading (NER off)
    factrueval-dev, empty registry          5.24  (the word after a name's tag: 1.02)
    factrueval-dev, 5 registered people     5.48  (near-misses 0.32 more: "Лента")
    check CPU time                          about 50k words/s on news

This revision asks about more, to fail closed on classes that reached exports: a
Cyrillic word the dictionary does not hold opening a sentence ("Гогита", but also
"Репост", "Созвон"), a name opening a list's item, in a speaker's label or after a
header's name field, a dialogue's label that names no role ("Гром:"), initials standing
alone (an NGO's own "whom we call N." is asked), a quoted place word after a
capitalised one ("Алиев «Мир»"), a registered first name's first three letters with a
name's ending ("Гуля" of Гульнара), numbers read out in words. The rise on the
testimonies is those: two neologisms opening a sentence, a surname-like English word
opening a list's item ("Link"), an initial.

Before this revision, over-asking on news (not on a person) was 3.1 with NER off and
1.4 with NER on. What is left with NER off is mostly a class the check
must keep asking about: capitalised Cyrillic words the dictionary does not hold that no
list explains (districts and regions abroad, "Бенрате", "Тоттенхэме", "Гагаузии"; names
in quotes after the word for a firm, «Алтек», «Архнадзор», which can be a founder's
surname), Latin words that are no English word and stand after no word for a firm
("Vestas", "Corus", "Depeche Mode") and quoted dictionary words with no noun for the thing
before them (московского «Центра», a band). With NER on, natasha's place and organisation
tags explain most of them. On the testimonies the rest is a quoted English word (a call
sign?), a formation («Шторм»), a car («Логане»), small towns no list holds (Соледар,
Ozinki: the same shape as a home village), a messenger named like a first name («Максе»)
and "свет", which the dictionary also reads as the genitive plural of a registered
"Света".
What earlier revisions read as ordinary, each with look-alikes still asked: English
titles in title case, lists of regions, towns on a river, Russian words in Latin letters,
foreign towns of a GeoNames list after a preposition or on a journey, Latin names after
the word for a firm or joined by a dot as a site's, named craft (шаттл «Дискавери») and
routes (Москва — Ростов).
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
from intake.check import Hit, masked_context, morph
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
    "bench/testimonies 21-23": (21, 23),
    "bench/testimonies 24-26": (24, 26),
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
    classes: bool = False,
) -> float:
    """Hits as review lists them (the original text, the engine's findings explained), per
    1,000 words, by rule and, with ``annotated``, by what the annotators marked there; with
    ``expected``, hits on those strings count as rightly asked; with ``classes``, the hits not
    asked rightly grouped by shape (:func:`shape`). Returns the over-asking rate when
    annotated or expected, else the total."""
    redactor = Redactor(registry, ner=ner)
    check = check_for(redactor)
    found: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    shapes: dict[str, list[str]] = {}
    words = 0
    for text in texts:
        words += len(_WORD.findall(text))
        for hit in check.run(text, [(f.start, f.end) for f in redactor.analyze(text)]):
            where = _where(hit, (annotated or {}).get(text))
            if expected is not None:
                where = " rightly" if text[hit.start : hit.end] in expected else " over"
            found[f"{hit.kind}{where}"] += 1
            if classes and not where.endswith(("on person", "rightly")):
                context = masked_context(text, hit.start, hit.end)
                shapes.setdefault(shape(text, hit), []).append(context)
            if shown[hit.kind] < show:
                shown[hit.kind] += 1
                print(f"  {hit.kind:18} {masked_context(text, hit.start, hit.end)}")
    per = ", ".join(f"{k} {1000 * v / max(words, 1):.2f}" for k, v in sorted(found.items()))
    total = 1000 * sum(found.values()) / max(words, 1)
    label = f"{name}, review's reading, NER {'on' if ner else 'off'}"
    print(f"{label}: {words} words, {total:.2f} per 1,000 words ({per})")
    for group, contexts in sorted(shapes.items(), key=lambda item: -len(item[1])):
        print(f"  {len(contexts):4} {group}: {'; '.join(contexts[:2])}")
    if annotated is None and expected is None:
        return total
    right = ("on person", "rightly")
    over = 1000 * sum(v for k, v in found.items() if not k.endswith(right)) / max(words, 1)
    print(f"{label}: over-asking (not rightly asked) {over:.2f}")
    return over


def shape(text: str, hit: Hit) -> str:
    """The class of a hit, to group what the check asks about: its rule, script, whether it
    stands alone in quotes, has a hyphen or digits, and what the Russian dictionary knows."""
    word = text[hit.start : hit.end]
    script = "Latin" if word.isascii() else "Cyrillic"
    quoted = text[hit.start - 1 : hit.start] in "«\"“'" and hit.start > 0
    parts = [hit.kind, script, "quoted" if quoted else "", "hyphen" if "-" in word else ""]
    if any(c.isdigit() for c in word):
        parts.append("digits")
    elif script == "Cyrillic":
        parts.append(morph.classify(word.lower()))
    return " ".join(part for part in parts if part)


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
    for first, last in ((15, 20), (21, 23), (24, 26)):  # written after the rules were tuned
        name = f"testimonies {first}-{last}"
        new = review_rate(name, *testimonies(first, last), ner=False, expected=rightly_asked())
        rows.append((f"check over-asking per 1,000 words, {name}", new, "(figure)", True))
    if folder := os.environ.get("FACTRUEVAL_DIR"):
        news = review_rate("factrueval-dev", *factrueval(Path(folder)), ner=False)
        rows.append(("check hits per 1,000 words, factRuEval news", news, "(figure)", True))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factrueval", nargs="?", default=os.environ.get("FACTRUEVAL_DIR"))
    parser.add_argument("--show", type=int, default=0, help="print N hits of each rule")
    parser.add_argument(
        "--classes", action="store_true", help="group the over-asked hits by shape (NER off)"
    )
    args = parser.parse_args()
    for ner in (False, True):
        review_rate("demo", *demo(), ner=ner)
        for name, (first, last) in PARTS.items():
            group = args.classes and not ner and name == "bench/testimonies"
            corpus = testimonies(first, last)
            review_rate(name, *corpus, ner=ner, expected=rightly_asked(), classes=group)
    measure("bench/testimonies", *testimonies(), show=args.show)
    if not args.factrueval:
        print("factrueval-dev: no directory given (argument or FACTRUEVAL_DIR)")
        return
    folder = Path(args.factrueval)
    annotated = gold(folder)
    for ner in (False, True):
        group = args.classes and not ner
        news = factrueval(folder)
        review_rate("factrueval-dev", *news, ner=ner, annotated=annotated, classes=group)
    registry, texts = factrueval(folder)
    measure("factrueval-dev", registry, texts, show=args.show)
    sample = Registry(people=[Person(n) for n in SAMPLE_REGISTRY])
    measure("factrueval-dev, 5 registered people", sample, texts, show=args.show)


if __name__ == "__main__":
    main()
