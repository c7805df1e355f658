"""Scale benchmark: how the costs of every command grow with the vault and the registry.

Run: python bench/scale.py [--quick] [--registry-only]

Vaults are built through the library with the cheap test key-derivation profile, in a
folder of the benchmark's own (removed afterwards): one per testimony count N with the
smallest registry, one per registry size P with the smallest N. Each operation then runs
as the real command line in a child process, timed by the child's own CPU time (user +
system, from ``os.wait4``), with its peak resident memory; wall time is printed next to
it but judged by nothing, since a loaded machine stretches it. The figure at the largest
size is divided by the one at the smallest. All names and texts are generated and
fictional.

Sizes: N = 100, 1,000, 10,000 testimonies and P = 50, 500, 2,000 people (``--quick``:
N = 40, 200 and P = 20, 100). Goals (issue "a newsroom's volume"): review and export per
testimony at the largest P within 1.5x of the smallest; list and show at the largest N
within 2x of the smallest; backup peak memory within 1.2x between the two largest N;
person import of 2,000 people under 10 s of CPU.

Last full run (CPU seconds of the child; this machine, two shared cores, load average 4):

    figure                          smallest   middle   largest   ratio   goal
    start-up: python + click 0.051, intake --help 0.120, redact --no-ner 0.660
                                                      --help / floor  2.37x   <= 2x    missed
    add (N = 100 / 1,000 / 10,000)     0.531    0.557     0.580   1.09x
    list                               0.181    0.199     0.235   1.30x   <= 2x    met
    search                             0.248    0.274     0.307   1.24x
    show                               0.179    0.193     0.161   0.90x   <= 2x    met
    verify                             0.214    0.287     0.930   4.36x
    backup                             0.211    0.283     0.920   4.37x
    backup peak RSS, N = 10,000 / 1,000            45.7 MiB at 10,000   1.00x   <= 1.2x  met
    person import (P = 50/500/2,000)   0.660    0.770     1.643           < 10 s   met
    review --accept-defaults           1.153    1.191     1.372   1.19x   <= 1.5x  met
    approve                            1.038    1.174     1.529   1.47x
    export of 100                      2.488    3.451     4.088   1.64x   <= 1.5x  missed

That run shared the machine with other work (exports at P = 500 took 7.8 s of wall time
for 3.5 s of CPU), and CPU time stretches under such load too. The same P sweep alone,
at a load average of 2, a moment later: review 1.038 / 1.015 / 1.209 (1.16x), approve
0.908 / 0.947 / 1.099 (1.21x), export of 100 2.564 / 2.706 / 3.292 (1.28x), person
import 0.520 / 0.689 / 1.347. Five alternating exports of the same two vaults (P = 50,
P = 2,000) at a load average of 4: 2.65-2.92 s against 3.76-3.94 s (1.36x median).

Registered forms are read through the vault's word index, so a command reads only the
forms its text's words can hold, and the publication check works out its table of
registered names once per distinct name word (0.04 s for 2,000 people, where it took
0.9 s once per person) and compares a text's words with it by edit distance only where
the letters allow. What still grows with P in this benchmark is mostly the texts, not
the registry: each vault's testimonies name its own people, so at P = 2,000 the 100
exported testimonies name about 1,500 different people (50 at P = 50), and every
distinct name is read from the index, parsed and checked once (measured in process, an
export at P = 2,000 spends about 0.22 s more reading the index, 0.12 s more in the rules
for unregistered names, 0.06 s more comparing words with registered names, and 0.16 s
more freeing what it read when the process exits). With the registry of 2,000 and texts
naming only 50 of them, export of 100 took 1.15x of P = 50 before the check's table was
made per word.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

Row = tuple[str, float, str, bool]
PASSPHRASE = "fictional scale benchmark passphrase"  # noqa: S105 - a throwaway vault
FULL = ((100, 1000, 10000), (50, 500, 2000))
QUICK = ((40, 200), (20, 100))
EXPORTED = 100  # testimonies per export, fewer when the vault has fewer
FIRST_M = ["Иван", "Евгений", "Дмитрий", "Алексей", "Сергей", "Андрей", "Николай", "Павел"]
FIRST_F = ["Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана"]
SYLLABLES = ["вы", "ду", "не", "бы", "при", "со", "чи", "ма", "ро", "зу", "ке", "ля", "фо"]
LINES = [
    "Мой сын {p} служил в в/ч {unit}, и в марте его забрали после повестки.",
    "Мы звонили {p} на номер 8 (900) 000-{a:02d}-{b:02d}, но он не отвечал.",
    "Из 234 военнослужащих батальона отказались многие; {p} был среди них.",
    "Мать говорит, что {p} держат в подвале, а командир угрожал ему.",
    "Потом нам сказали, что писать жалобы бесполезно, но мы писали каждую неделю.",
]


@dataclass(frozen=True)
class Measure:
    """One child process: CPU seconds (user + system), wall seconds, peak RSS in MiB."""

    cpu: float
    wall: float
    rss_mib: float


def fictional_people(count: int, seed: int = 7) -> list[dict[str, str]]:
    """``count`` distinct invented people as registry entries (surnames from syllables)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    people: list[dict[str, str]] = []
    while len(people) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        if stem in seen:
            continue
        seen.add(stem)
        female = rng.random() < 0.4
        first = rng.choice(FIRST_F if female else FIRST_M)
        surname = stem + ("кова" if female else "ков")
        people.append({"name": f"{first} {surname}", "gender": "f" if female else "m"})
    return people


def testimony_text(rng: random.Random, names: Sequence[str], lines: int = 28) -> str:
    def line() -> str:
        return rng.choice(LINES).format(
            p=rng.choice(names),
            unit=rng.randint(10000, 99999),
            a=rng.randint(0, 99),
            b=rng.randint(0, 99),
        )

    return " ".join(line() for _ in range(lines))


def build_vault(directory: Path, n: int, people: list[dict[str, str]]) -> list[str]:
    """A vault of ``n`` testimonies naming ``people``; returns the testimony ids. The
    first ``EXPORTED`` are reviewed with the defaults and approved, ready to export."""
    from intake import keys, review, testimonies
    from intake.models import Consent, Interview, Testimony
    from intake.people import importing as people_import
    from intake.redact import Person as RegistryPerson
    from intake.store.vault import Vault

    rng = random.Random(n * 31 + len(people))
    vault, _ = Vault.create(directory, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    with vault:
        people_import.import_people(vault, [RegistryPerson.from_json(p) for p in people])
        names = [p["name"] for p in people]
        drafts = (
            Testimony(
                id="",
                title="Свидетельство матери",
                transcript=testimony_text(rng, names),
                summary=testimony_text(rng, names, 3),
                interview=Interview(language="ru", date="2026-03-14"),
                consent=Consent(publish_summary=True, publish_quotes=True),
            )
            for _ in range(n)
        )
        ids = testimonies.create_many(vault, drafts)
        redactor = review.redactor_for(vault)
        for tid in ids[:EXPORTED]:
            review.accept_defaults(vault, tid, redactor)
            review.approve(vault, tid, redactor)
    return ids


SPAWNER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    started = time.perf_counter()
    with open(job["stdin"] or os.devnull, "rb") as source:
        child = subprocess.Popen(job["argv"], stdin=source, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, env=job["env"])
        error = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
    print(json.dumps({"code": os.waitstatus_to_exitcode(status),
                      "cpu": usage.ru_utime + usage.ru_stime,
                      "wall": time.perf_counter() - started,
                      "rss_mib": usage.ru_maxrss / 1024,
                      "error": error.decode("utf-8", "replace")[-400:]}), flush=True)
"""


class Spawner:
    """A small process, started before the benchmark grows, that starts every child: on
    Linux a child's peak memory counts the memory of the process it was forked from, so
    children forked from the benchmark itself would all report the benchmark's size."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, argv: list[str], stdin: Path | None) -> dict[str, object]:
        assert self._process.stdin is not None and self._process.stdout is not None
        job = {"argv": argv, "env": {**os.environ, "INTAKE_TEST_KDF": "1"}, "stdin": stdin}
        self._process.stdin.write(json.dumps(job, default=str) + "\n")
        self._process.stdin.flush()
        result: dict[str, object] = json.loads(self._process.stdout.readline())
        return result

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait()


_SPAWNER: list[Spawner] = []


def run_cli(vault: Path, args: Sequence[str], stdin: bytes | None = None) -> Measure:
    """Run ``intake ARGS`` on ``vault`` in a child; its own CPU time and peak memory."""
    secret = vault.parent / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    source = None
    if stdin is not None:
        source = vault.parent / "stdin.bin"
        source.write_bytes(stdin)
    command = [sys.executable, "-m", "intake", "--vault", str(vault), "--passphrase-file"]
    result = _SPAWNER[0].run([*command, str(secret), *args], source)
    if result["code"] != 0:
        last = str(result["error"]).strip().splitlines()[-2:]
        raise RuntimeError(f"intake {args[0]} exited {result['code']}: {' / '.join(last)}")
    return Measure(float(result["cpu"]), float(result["wall"]), float(result["rss_mib"]))  # type: ignore[arg-type]


def startup(scratch: Path) -> dict[str, Measure]:
    """Start-up: Python importing click (the floor), ``intake --help``, ``intake redact
    --no-ner`` of a short text; the least CPU of three runs each."""
    text = scratch / "short.txt"
    text.write_text("Мы звонили Ивану Выдумкову вечером.\n", encoding="utf-8")
    commands = {
        "python + click (floor)": [sys.executable, "-c", "import click"],
        "intake --help": [sys.executable, "-m", "intake", "--help"],
        "intake redact --no-ner": [sys.executable, "-m", "intake", "redact", "--no-ner", str(text)],
    }
    figures: dict[str, Measure] = {}
    for label, argv in commands.items():
        runs = [_SPAWNER[0].run(argv, None) for _ in range(3)]
        best = min(runs, key=lambda r: float(r["cpu"]))  # type: ignore[arg-type]
        figures[label] = Measure(float(best["cpu"]), float(best["wall"]), float(best["rss_mib"]))  # type: ignore[arg-type]
    return figures


def per_n(vault: Path, ids: list[str], scratch: Path) -> dict[str, Measure]:
    """The figures that grow with the number of testimonies."""
    one = scratch / "one.txt"
    one.write_text(testimony_text(random.Random(1), ["Иван Выдумков"]), encoding="utf-8")
    backup = scratch / "backup"
    shutil.rmtree(backup, ignore_errors=True)
    figures = {
        "add": run_cli(vault, ["add", str(one)]),
        "list": run_cli(vault, ["list"]),
        "search": run_cli(vault, ["search", "подвале"]),
        "show": run_cli(vault, ["show", ids[len(ids) // 2]]),
        "verify": run_cli(vault, ["verify"]),
        "backup": run_cli(vault, ["backup", str(backup)]),
    }
    shutil.rmtree(backup, ignore_errors=True)
    return figures


def per_p(
    vault: Path, ids: list[str], people: list[dict[str, str]], scratch: Path
) -> dict[str, Measure]:
    """The figures that grow with the number of registered people."""
    count = min(EXPORTED, len(ids))
    out = scratch / "export.md"
    for path in (out, out.with_name(out.name + ".manifest.json")):
        path.unlink(missing_ok=True)
    registry = json.dumps({"people": people}, ensure_ascii=False).encode()
    fresh = scratch / "fresh"
    _empty_vault(fresh)
    figures = {
        "person import": run_cli(fresh, ["person", "import", "-"], stdin=registry),
        "review --accept-defaults": run_cli(vault, ["review", ids[-1], "--accept-defaults"]),
        "approve": run_cli(vault, ["approve", ids[-1]]),
    }
    try:
        figures[f"export of {count}"] = run_cli(vault, ["export", "--out", str(out), *ids[:count]])
    except RuntimeError as error:  # a refusal by the leak gate is a result, not a crash
        print(f"  {error}", file=sys.stderr)
        figures[f"export of {count}"] = Measure(float("nan"), float("nan"), float("nan"))
    shutil.rmtree(fresh, ignore_errors=True)
    return figures


def _empty_vault(path: Path) -> None:
    from intake import keys
    from intake.store.vault import Vault

    shutil.rmtree(path, ignore_errors=True)
    vault, _ = Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    vault.close()


def _sweep(
    sizes: Sequence[int], build: Callable[[int, Path], dict[str, Measure]], root: Path, label: str
) -> dict[int, dict[str, Measure]]:
    results: dict[int, dict[str, Measure]] = {}
    for size in sizes:
        print(f"  {label} = {size}...", file=sys.stderr, flush=True)
        folder = root / f"{label}{size}"
        folder.mkdir()
        results[size] = build(size, folder)
        shutil.rmtree(folder, ignore_errors=True)
    return results


Results = tuple[dict[int, dict[str, Measure]], dict[int, dict[str, Measure]], dict[str, Measure]]


def measure(quick: bool, registry_only: bool = False) -> Results:
    n_sizes, p_sizes = QUICK if quick else FULL
    everyone = fictional_people(max(p_sizes))

    def by_n(n: int, folder: Path) -> dict[str, Measure]:
        ids = build_vault(folder / "vault", n, everyone[: p_sizes[0]])
        return per_n(folder / "vault", ids, folder)

    def by_p(p: int, folder: Path) -> dict[str, Measure]:
        ids = build_vault(folder / "vault", n_sizes[0], everyone[:p])
        return per_p(folder / "vault", ids, everyone[:p], folder)

    _SPAWNER.append(Spawner())  # before the benchmark's own memory grows
    try:
        with tempfile.TemporaryDirectory(prefix="intake-scale-") as tmp:
            os.environ.setdefault("INTAKE_TEST_KDF", "1")  # the benchmark's own vaults
            root = Path(tmp)
            started = startup(root)
            n_sweep = {} if registry_only else _sweep(n_sizes, by_n, root, "N")
            return n_sweep, _sweep(p_sizes, by_p, root, "P"), started
    finally:
        _SPAWNER.pop().close()


GOALS = {  # figure -> (what is compared, limit of the ratio largest/smallest)
    "list": ("cpu", 2.0),
    "show": ("cpu", 2.0),
    "review --accept-defaults": ("cpu", 1.5),
    "export": ("cpu", 1.5),
}


def rows(
    by_n: dict[int, dict[str, Measure]],
    by_p: dict[int, dict[str, Measure]],
    started: dict[str, Measure],
) -> list[Row]:
    out: list[Row] = []
    floor = started["python + click (floor)"].cpu
    for label, m in started.items():
        out.append((f"start-up, {label}: CPU s", m.cpu, "(figure)", True))
        out.append((f"start-up, {label}: wall s", m.wall, "(figure)", True))
    helped = started["intake --help"].cpu
    out.append(
        ("start-up, intake --help: CPU / floor", helped / floor, "<= 2.0x", helped / floor <= 2)
    )
    for label, table in (("N", by_n), ("P", by_p)):
        if not table:
            continue
        sizes = sorted(table)
        for figure in table[sizes[0]]:
            for size in sizes:
                m = table[size][figure]
                out.append((f"{figure}, {label}={size}: CPU s", m.cpu, "(figure)", True))
                out.append((f"{figure}, {label}={size}: wall s", m.wall, "(figure)", True))
            out.append(_ratio(figure, label, table, sizes))
    if by_n:
        out.append(_backup_rss(by_n))
    largest = max(by_p)
    cpu = by_p[largest]["person import"].cpu
    out.append((f"person import of {largest}: CPU s", cpu, "< 10 s", cpu < 10))
    out.extend(_peaks(by_n, by_p))
    return out


def _ratio(figure: str, label: str, table: dict[int, dict[str, Measure]], sizes: list[int]) -> Row:
    first, last = table[sizes[0]][figure].cpu, table[sizes[-1]][figure].cpu
    ratio = last / first if first > 0 else float("inf")
    key = "export" if figure.startswith("export") else figure
    name = f"{figure}: CPU {label}={sizes[-1]} / {label}={sizes[0]}"
    if key in GOALS:
        limit = GOALS[key][1]
        return (name, ratio, f"<= {limit}x", ratio <= limit)
    return (name, ratio, "(figure)", True)


def _backup_rss(by_n: dict[int, dict[str, Measure]]) -> Row:
    sizes = sorted(by_n)
    low, high = by_n[sizes[-2]]["backup"].rss_mib, by_n[sizes[-1]]["backup"].rss_mib
    ratio = high / low
    return (f"backup peak RSS N={sizes[-1]} / N={sizes[-2]}", ratio, "<= 1.2x", ratio <= 1.2)


def _peaks(by_n: dict[int, dict[str, Measure]], by_p: dict[int, dict[str, Measure]]) -> list[Row]:
    out: list[Row] = []
    for label, table in (("N", by_n), ("P", by_p)):
        if not table:
            continue
        largest = max(table)
        for figure, m in table[largest].items():
            out.append((f"{figure}, {label}={largest}: peak RSS MiB", m.rss_mib, "(figure)", True))
    return out


def run(quick: bool = False, registry_only: bool = False) -> list[Row]:
    """(figure, value, goal, met) rows."""
    return rows(*measure(quick, registry_only))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    parser.add_argument(
        "--registry-only", action="store_true", help="only the sweep over registry sizes (P)"
    )
    args = parser.parse_args()
    table = run(args.quick, args.registry_only)
    width = max(len(r[0]) for r in table)
    print(f"{'figure':{width}} {'value':>10}  {'goal':9} met")
    for figure, value, goal, met in table:
        print(f"{figure:{width}} {value:10.3f}  {goal:9} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
