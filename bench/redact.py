"""Redaction benchmarks: prints figures, never asserts. Run: python bench/redact.py

Figures: start-up (import), registry expansion for 1,000 people, throughput on a
~1 MB generated Russian/English corpus with 1,000 registered people without NER
(the first redaction, which assigns pseudonyms with cold caches, and the same
text again) and with NER, re-analysis of a 20 KB text (the TUI's live preview),
NER on sentences it must read (unregistered names and places in each), and the
extra CPU time of the quasi-identifier analysis over redaction. All
people and numbers are generated and fictional.

Measured on a shared 2-core machine (figures vary by a factor of two with load;
compare runs made one after the other):

    figure                                   before    after
    registry expansion, 1,000 people (s)     1.3-1.7   0.8-0.9   (again in one process: 0.3)
    throughput, no NER (MB/s)                0.25-0.32 0.8-1.06  (same text again: 1.2)
    re-analysis of 20 KB, no NER (ms)        44-50     16-24
    throughput, NER (KB/s)                   52-70     420-780   (NER reads only sentences
                                                                  with something left to find)
    throughput, NER, every sentence read     -         105-110 KB/s

Since then every figure is CPU time of this process (time.process_time), and the
50-person rows were added (a vault's size; goal >= 1 MB/s, < 30 ms): measured 1.16 MB/s
and 20 ms, with the 1,000-person first pass at 0.95 MB/s, after unregistered-name rules
that read every capitalised word (places, ambiguity, public figures' full names).

Then person-name precision and recall on factRuEval-2016's development part with an
empty registry (bench/factrueval.py; with NER: precision 0.957, recall 0.989; without:
precision 0.944, recall 0.940 when measured: without NER an unknown capitalised word
inside a sentence is tagged, which costs precision on foreign places).

Then the hot paths were made faster without changing one redaction (bench/redact_diff.py
saves every finding and replacement on factRuEval-dev, the bench testimonies and a
generated corpus, with NER off and on, and compares a later run with it): regexes
written from a rare first character (digits, separators, Latin letters) instead of a
look-behind tried at every position, the skeleton's translation table finding every
common character, the sweep's view of the output spliced from the input's whenever no
edit cuts a word, one pass for the echoes of found names, cached skeletons of mentions,
and the pseudonym pool filtered once per text. Old and new code measured one after the
other (CPU time, best of five; median within 3 %):

    figure                                          before     after
    throughput, no NER, 50 people (MB/s)            0.90-0.94  1.24-1.30  (first pass 1.18-1.22)
    re-analysis of 20 KB, 50 people (ms)            25-27      19-20
    throughput, no NER, 1,000 people, first (MB/s)  0.75-0.77  1.05-1.09
    ID cue words on factRuEval text (ms per MB)     30         13

Later recognizers (secrets, unit columns, account ids, more cued numbers) took the
50-person throughput to 0.83 MB/s in one run; cue words' heads were then found in one
Aho-Corasick pass instead of a regex alternation tried at every position, a cue-less
IBAN search was dropped (the publication check asks about such numbers), and a unit
column is read only in a text with a table. The recognizers on the generated corpus
went from 337 to 248-283 ms per MB. Best of five, one after the other, the code before
these recognizers and after all of it both measure 1.02 MB/s; single runs vary from 0.7
to 1.02 on this machine.

Then the scans of a whole text were rewritten again without changing one redaction:
case-blind regexes read the lower-cased text case-sensitively (cues.Blind), scans start
from an ASCII digit (the clean view reads every script's digits as ASCII) or from a
capital instead of a look-behind tried at every position. The machine's load moves CPU
time by a factor of two, so the instructions were counted too (callgrind, one redaction
of 200 KB of the generated corpus, 50 people): 2.64 billion before, 2.00 after (-24 %).
CPU time, old and new code one after the other:

    figure                                          quiet hour   busy hour
    50 people, best of five (MB/s)                  0.91-1.04 -> 1.21-1.38   0.71-0.74 -> 0.79-0.92
    50 people, first pass as measured here (MB/s)   0.85-0.90 -> 1.03-1.08   0.45-0.57 -> 0.54-0.86
    re-analysis of 20 KB, 50 people (ms)            22-24 -> 19-20           42-51 -> 25-26

Later rules (an identifier's number said again alone or in words, wards and beds, plates
after a vehicle's field, more dates of birth) took the same count from 1.90 to 1.92
billion instructions; the first version of the number said again cost 12 % more (a scan of
every identifier per number, then a look-behind tried at every position), and was
rewritten before it was kept.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

FIRST_M = [
    "Иван",
    "Евгений",
    "Дмитрий",
    "Алексей",
    "Сергей",
    "Андрей",
    "Николай",
    "Артём",
    "Павел",
    "Олег",
    "Баир",
    "Айдар",
    "Магомед",
    "Тимур",
    "Роман",
    "Игорь",
]
FIRST_F = ["Мария", "Любовь", "Ольга", "Анна", "Ирина", "Юлия", "Ксения", "Дарья", "Нина"]
STEMS = [
    "Горшен",
    "Зайц",
    "Соколь",
    "Кузнец",
    "Лебед",
    "Морозь",
    "Волк",
    "Медвед",
    "Орл",
    "Журавл",
    "Сорок",
    "Пахом",
    "Дашие",
    "Цырен",
    "Ооржак",
    "Баран",
    "Голуб",
    "Ершь",
]
RU_LINES = [
    "Жена {p} рассказала, что его забрали в в/ч {unit} после повестки.",
    "Мы звонили {p} на номер 8 (900) 000-{a:02d}-{b:02d}, но он не отвечал.",
    "Из 234 военнослужащих батальона 1 793 отказались; {p} был среди них.",
    "Мать говорит, что {p} держат в подвале, а командир угрожал ему.",
]
# Sentences NER must read: capitalised words no registered name or pattern covers.
NER_LINES = [
    "Сосед {u} видел, как его увезли из Читы в Ростов на автобусе.",
    "По словам {u}, в Луганске их держали в здании бывшей школы.",
    "{u} из Улан-Удэ рассказал о том же командире.",
]
UNKNOWN = ["Пахомов", "Цырендоржиев", "Аюшеев", "Гаджиев", "Бабич", "Оюн Салчак", "Тагиров"]
EN_LINES = [
    "His wife said {p} was taken to military unit {unit} in 2023.",
    "Write to test{a}@example.org or call +7 900 000 {a:02d} {b:02d} about {p}.",
    "Reporters counted 1,793 detained, including {p}, aged 34.",
]


def registry_doc(count: int, rng: random.Random) -> dict[str, object]:
    people = []
    for i in range(count):
        female = rng.random() < 0.4
        first = rng.choice(FIRST_F if female else FIRST_M)
        letter = "абвгдежзиклмнопрстуфх"[i % 21]
        surname = rng.choice(STEMS) + f"{letter}ов" + ("а" if female else "")
        people.append({"name": f"{first} {surname}", "gender": "f" if female else "m"})
    return {"people": people}


def corpus(size: int, names: list[str], rng: random.Random) -> str:
    lines: list[str] = []
    total = 0
    while total < size:
        template = rng.choice(RU_LINES if rng.random() < 0.6 else EN_LINES)
        line = template.format(
            p=rng.choice(names),
            unit=rng.randint(10000, 99999),
            a=rng.randint(0, 99),
            b=rng.randint(0, 99),
        )
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
    return "\n".join(lines)


def ner_corpus(size: int, rng: random.Random) -> str:
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(rng.choice(NER_LINES).format(u=rng.choice(UNKNOWN)))
    return "\n".join(lines)


def _timed(action: object) -> float:
    """CPU seconds of this process (the machine is shared: wall time varies with load)."""
    start = time.process_time()
    action()  # type: ignore[operator]
    return time.process_time() - start


def _small_registry_rows(rng: random.Random) -> list[tuple[str, float, str, bool]]:
    """Throughput and re-analysis on a 50-person registry, the size of a real vault."""
    from intake.redact import Redactor, Registry

    registry = Registry.from_json(registry_doc(50, rng))
    redactor = Redactor(registry, ner=False)
    text = corpus(1_000_000, [p.name for p in registry.people], rng)
    redactor.redact(text[:2000])
    seconds = _timed(lambda: redactor.redact(text))
    rate = len(text.encode("utf-8")) / 1e6 / seconds
    preview = text[:20_000]
    redactor.analyze(preview, "auto")
    again = min(_timed(lambda: redactor.analyze(preview, "auto")) for _ in range(5))
    return [
        ("throughput, no NER, 50 people (MB/s CPU)", rate, ">= 1 MB/s", rate >= 1),
        ("re-analysis of 20 KB, 50 people (ms CPU)", again * 1000, "< 30 ms", again < 0.03),
    ]


def _cpu(action: object) -> float:
    start = time.process_time()
    action()  # type: ignore[operator]
    return time.process_time() - start


def quasi_cost(redactor: object, text: str) -> list[tuple[str, float, str, bool]]:
    """CPU time of the quasi-identifier analysis (details found, then their
    generalisations, as review computes them) against the redaction of the same text."""
    from intake.quasi import find_details
    from intake.review import quasi as review_quasi

    review_quasi.findings_of(text[:2000], [])  # loads the gazetteer and the analyser once
    redact = min(_cpu(lambda: redactor.redact(text)) for _ in range(2))  # type: ignore[attr-defined]
    found = min(_cpu(lambda: find_details(text)) for _ in range(2))
    offered = min(_cpu(lambda: review_quasi.findings_of(text, [])) for _ in range(2))
    share, with_options = 100 * found / redact, 100 * offered / redact
    return [
        ("quasi analysis, extra CPU over redaction (%)", share, "< 20 %", share < 20),
        ("  with every generalisation offered (%)", with_options, "(figure)", True),
    ]


def run() -> list[tuple[str, float, str, bool]]:
    """(figure, value, goal, met) rows."""
    rows: list[tuple[str, float, str, bool]] = []
    code = "import intake.redact, intake.cli"
    began = time.perf_counter()  # a child process: wall time
    subprocess.run([sys.executable, "-c", code], check=True)
    startup = time.perf_counter() - began
    rows.append(("start-up: import (s)", startup, "< 1 s", startup < 1))
    from intake.redact import Redactor, Registry

    rng = random.Random(7)
    rows += _small_registry_rows(rng)
    registry = Registry.from_json(registry_doc(1000, rng))
    holder: list[Redactor] = []
    expansion = _timed(lambda: holder.append(Redactor(registry, ner=False)))
    rows.append(("registry expansion, 1,000 people (s)", expansion, "(figure)", True))
    redactor = holder[0]
    names = [p.name for p in registry.people]
    text = corpus(1_000_000, names, rng)
    megabytes = len(text.encode("utf-8")) / 1e6
    redactor.redact(text[:2000])  # loads the name lexicon once
    seconds = _timed(lambda: redactor.redact(text))  # first: pseudonyms assigned, caches cold
    rows.append(
        ("throughput, no NER (MB/s)", megabytes / seconds, ">= 1 MB/s", megabytes / seconds >= 1)
    )
    warm = min(_timed(lambda: redactor.redact(text)) for _ in range(2))
    rows.append(("throughput, no NER, same text again (MB/s)", megabytes / warm, "(figure)", True))
    rows += quasi_cost(redactor, text)
    preview = text[:20_000]
    redactor.analyze(preview, "auto")
    again = min(_timed(lambda: redactor.analyze(preview, "auto")) for _ in range(5))
    rows.append(("re-analysis of 20 KB, no NER (ms)", again * 1000, "< 30 ms", again < 0.03))
    again = _timed(lambda: Redactor(registry, ner=False))
    rows.append(("registry expansion again, same process (s)", again, "(figure)", True))
    ner = Redactor(registry, ner=True)
    load = _timed(lambda: ner.redact("Его увезли в Ростов."))
    rows.append(("NER model load (s)", load, "(figure)", True))
    sample = text[:300_000]
    kb = len(sample.encode("utf-8")) / 1000
    ner_seconds = _timed(lambda: ner.redact(sample))
    rows.append(
        ("throughput, NER (KB/s)", kb / ner_seconds, ">= 100 KB/s", kb / ner_seconds >= 100)
    )
    unknown = ner_corpus(100_000, rng)
    kb = len(unknown.encode("utf-8")) / 1000
    read_all = _timed(lambda: ner.redact(unknown))
    rows.append(("throughput, NER, every sentence read (KB/s)", kb / read_all, "(figure)", True))
    return rows + factrueval_rows()


def factrueval_rows() -> list[tuple[str, float, str, bool]]:
    """Person-name precision and recall on factRuEval-2016's development part (see
    bench/factrueval.py), when the corpus is there."""
    import importlib.util

    path = Path(__file__).resolve().parent / "factrueval.py"
    spec = importlib.util.spec_from_file_location("factrueval", path)
    if spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    sys.modules["factrueval"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    if not (module.DEFAULT / "devset").is_dir():
        return []
    rows = []
    for ner, goal in ((True, 0.97), (False, 0.9)):
        s = module.score(module.DEFAULT, ner)
        label = "NER" if ner else "no NER"
        rows.append(
            (f"factRuEval dev, {label}: precision", s.precision, ">= 0.95", s.precision >= 0.95)
        )
        rows.append((f"factRuEval dev, {label}: recall", s.recall, f">= {goal}", s.recall >= goal))
    return rows


def main() -> None:
    rows = run()
    print(f"{'figure':46} {'value':>10}  {'goal':12} met")
    for figure, value, goal, met in rows:
        print(f"{figure:46} {value:10.3f}  {goal:12} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
