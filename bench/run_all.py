"""Run every benchmark and print one table: figure, value, goal, met or not.

Run: python bench/run_all.py [--quick]

Each module in bench/ that defines ``run()`` returning (figure, value, goal, met)
rows is run in turn. ``--quick`` is passed on as ``run(quick=True)`` to the
benchmarks that accept it; the others run as they are. A benchmark that fails
to run becomes one row saying so; the table is printed all the same, and the
exit code is 1 if any benchmark failed to run or missed a goal.

Each benchmark's whole run is given in wall time and in CPU time (this process and
its children, user + system): on a loaded machine the wall time stretches while the
CPU time stays near what the work costs, so a goal is best read against CPU figures
(``bench/scale.py`` gives both for every figure it measures).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import resource
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))  # so that "bench.vault" imports from a clone

BENCHMARKS = (
    "vault",
    "intake",
    "redact",
    "export",
    "tui",
    "limits",
    "check_rate",
    "handoff",
    "shred",
    "scale",
)
Row = tuple[str, str, str, str]  # benchmark/figure, value, goal, met


def _value(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_one(name: str, quick: bool) -> list[Row]:
    """The rows of one benchmark, or one row saying why it did not run."""
    if not (HERE / f"{name}.py").is_file():
        return []
    started, cpu_started = time.perf_counter(), cpu_seconds()
    try:
        module = importlib.import_module(f"bench.{name}")
        run = module.run
        takes_quick = "quick" in inspect.signature(run).parameters
        rows = run(quick=True) if quick and takes_quick else run()
        result = [
            (f"{name}: {figure}", _value(value), str(goal), "yes" if met else "NO")
            for figure, value, goal, met in rows
        ]
    except Exception as error:  # noqa: BLE001 - a broken benchmark is a row, not a crash
        last = traceback.extract_tb(error.__traceback__)[-1:]
        where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
        return [(f"{name}: did not run ({type(error).__name__}{where})", "-", "-", "FAILED")]
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    return [
        *result,
        (f"{name}: whole benchmark, wall (s)", f"{seconds:.1f}", "(figure)", "yes"),
        (f"{name}: whole benchmark, CPU (s)", f"{cpu:.1f}", "(figure)", "yes"),
    ]


def print_table(rows: list[Row]) -> None:
    headers = ("figure", "value", "goal", "met")
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(4)]
    for row in [headers, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smaller runs, for benchmarks that support it"
    )
    parser.add_argument("--only", nargs="*", choices=BENCHMARKS, help="run only these")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name in args.only or BENCHMARKS:
        print(f"running {name}...", file=sys.stderr, flush=True)
        rows.extend(run_one(name, args.quick))
    print_table(rows)
    return 0 if all(row[3] in ("yes",) for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
