"""Vault benchmarks: key derivation, start-up, and the cost of encryption. Prints, never asserts.

Run with ``python -m bench.vault`` (add ``--rows N`` for a quicker, smaller run).

- Argon2id with the parameters ``intake init`` would calibrate on this machine.
- Process start to an open vault, minus key derivation: ``python -m intake
  verify`` on a vault made with the cheap test profile, less that profile's cost.
- SQLCipher as intake keys it (raw key, cipher_memory_security ON) against the
  same sqlcipher3 build unkeyed, on one schema: N rows of 5 KB inserted in one
  transaction, an FTS5 index built over them, 100 FTS queries; for 4 KiB and
  16 KiB pages.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

import sqlcipher3

from intake import keys
from intake.store.db import connect

Figure = tuple[str, float, str, bool]
PAGE_SIZES = (4096, 16384)
ROW_BYTES = 5000
QUERIES = 100
PASSPHRASE = "fictional benchmark passphrase"  # noqa: S105 - a throwaway vault
SCHEMA = """
CREATE TABLE testimonies (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);
CREATE VIRTUAL TABLE testimony_fts USING fts5 (
    title, summary, transcript, content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 0');
INSERT INTO testimony_fts (testimony_fts, rank) VALUES ('secure-delete', 1);
"""  # the shape of intake's own search index (migration 2)


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# -- key derivation and start-up ---------------------------------------------------------


def kdf_figures() -> list[Figure]:
    params = keys.calibrate(1.0)
    derive = _seconds(lambda: keys.derive_kek(bytearray(b"x" * 20), keys.new_salt(), params))
    name = (
        f"Argon2id unlock, calibrated t={params.time_cost} "
        f"m={params.memory_kib // 1024} MiB p={params.parallelism} (s)"
    )
    return [(name, derive, "about 1 s (0.5-2.0)", 0.5 <= derive <= 2.0)]


@contextlib.contextmanager
def _test_profile_env() -> Iterator[dict[str, str]]:
    previous = os.environ.get(keys.TEST_PROFILE_ENV)
    os.environ[keys.TEST_PROFILE_ENV] = "1"
    try:
        yield {**os.environ}
    finally:
        if previous is None:
            del os.environ[keys.TEST_PROFILE_ENV]
        else:
            os.environ[keys.TEST_PROFILE_ENV] = previous


def startup_figures(workdir: Path, runs: int = 7) -> list[Figure]:
    from intake.store.vault import Vault

    with _test_profile_env() as env:
        params = keys.test_profile()
        Vault.create(workdir / "startup", bytearray(PASSPHRASE.encode()), kdf=params)[0].close()
        kdf = statistics.median(
            _seconds(lambda: keys.derive_kek(bytearray(b"x" * 20), keys.new_salt(), params))
            for _ in range(runs)
        )
        command = [
            sys.executable,
            "-m",
            "intake",
            "--vault",
            str(workdir / "startup"),
            "--passphrase-file",
            "-",
            "verify",
        ]
        library = [sys.executable, "-c", OPEN_ONLY, str(workdir / "startup")]
        walls = {
            label: statistics.median(
                _seconds(
                    lambda argv=argv: subprocess.run(  # type: ignore[misc]
                        argv,
                        input=PASSPHRASE.encode() + b"\n",
                        env=env,
                        capture_output=True,
                        check=True,
                    )
                )
                for _ in range(runs)
            )
            * 1000
            for label, argv in (("cli", command), ("library", library))
        }
    net = walls["cli"] - kdf * 1000
    return [
        ("'intake verify': process start to exit (ms)", walls["cli"], "(info)", True),
        ("'intake verify' minus KDF (ms)", net, "< 150 ms", net < 150),
        (
            "import intake.store.vault + open, minus KDF (ms)",
            walls["library"] - kdf * 1000,
            "(info)",
            True,
        ),
    ]


OPEN_ONLY = """
import sys
from pathlib import Path
from intake.store.vault import Vault
Vault.open(Path(sys.argv[1]), bytearray(sys.stdin.buffer.readline().rstrip(b"\\n"))).close()
"""


# -- keyed against unkeyed ------------------------------------------------------------------


def _corpus(rows: int, seed: int = 9106) -> tuple[list[tuple[str, str]], list[str]]:
    """Fictional text with a Zipf-like vocabulary (Latin and Cyrillic), and 100 queries."""
    rng = random.Random(seed)
    syllables = ["ka", "mo", "ri", "ten", "vol", "sha", "ко", "ми", "ра", "жен", "вол", "та"]
    vocabulary = sorted(
        {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(30_000)}
    )
    rng.shuffle(vocabulary)
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    words_per_row = ROW_BYTES // 7
    rows_out = []
    for i in range(rows):
        body = " ".join(rng.choices(vocabulary, weights, k=words_per_row))[:ROW_BYTES]
        rows_out.append((f"fictional testimony {i}", body))
    queries = [rng.choice(vocabulary[:2000]) for _ in range(QUERIES // 2)]
    queries += [
        f"{rng.choice(vocabulary[:200])} {rng.choice(vocabulary[:5000])}"
        for _ in range(QUERIES - len(queries))
    ]
    return rows_out, queries


def _open(path: Path, page_size: int, data_key: bytearray | None) -> Any:
    if data_key is not None:
        path.touch(mode=0o600)  # intake's connect never creates a database
        return connect(path, data_key, page_size)  # intake's own settings
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA page_size = {page_size}")
    for pragma in (
        "temp_store = MEMORY",
        "secure_delete = ON",
        "journal_mode = DELETE",
        "synchronous = FULL",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return conn


def _workload(
    path: Path,
    page_size: int,
    data_key: bytearray | None,
    rows: list[tuple[str, str]],
    queries: list[str],
) -> dict[str, float]:
    conn = _open(path, page_size, data_key)

    def insert() -> None:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO testimonies (title, body) VALUES (?, ?)", rows)
        conn.execute("COMMIT")

    def build() -> None:
        conn.execute(
            "INSERT INTO testimony_fts (rowid, title, summary, transcript) "
            "SELECT id, title, '', body FROM testimonies"
        )

    conn.executescript(SCHEMA)
    timings = {"insert": _seconds(insert), "fts build": _seconds(build)}
    conn.close()
    conn = _open(path, page_size, data_key)  # a fresh connection: SQLite's cache is cold

    def search() -> None:
        for query in queries:
            conn.execute(
                "SELECT rowid FROM testimony_fts WHERE testimony_fts MATCH ? "
                "ORDER BY rank LIMIT 20",
                (query,),
            ).fetchall()

    timings["100 queries"] = min(_seconds(search) for _ in range(3))  # best of 3 passes
    conn.close()
    timings["file MiB"] = path.stat().st_size / 2**20
    return timings


GOALS = {"insert": (2.0, "<= 2.0"), "fts build": (2.0, "<= 2.0"), "100 queries": (1.5, "<= 1.5")}


def encryption_figures(workdir: Path, rows: int) -> list[Figure]:
    corpus, queries = _corpus(rows)
    figures: list[Figure] = []
    for page_size in PAGE_SIZES:
        data_key = keys.new_data_key()
        keyed = _workload(workdir / f"keyed-{page_size}.db", page_size, data_key, corpus, queries)
        plain = _workload(workdir / f"plain-{page_size}.db", page_size, None, corpus, queries)
        keys.zero(data_key)
        for step, (limit, goal) in GOALS.items():
            ratio = keyed[step] / plain[step]
            figures.append(
                (f"{step}, {page_size // 1024} KiB pages: keyed (s)", keyed[step], "(info)", True)
            )
            figures.append(
                (
                    f"{step}, {page_size // 1024} KiB pages: keyed/unkeyed",
                    ratio,
                    goal,
                    ratio <= limit,
                )
            )
        figures.append(
            (
                f"file size, {page_size // 1024} KiB pages: keyed/unkeyed",
                keyed["file MiB"] / plain["file MiB"],
                "(info)",
                True,
            )
        )
    return figures


def run(rows: int = 20_000) -> list[Figure]:
    """Every figure as (name, value, goal, met)."""
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        workdir = Path(tmp)
        return [*kdf_figures(), *startup_figures(workdir), *encryption_figures(workdir, rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000, help="rows of 5 KB (default 20000)")
    rows = parser.parse_args().rows
    print(
        f"intake vault benchmark: {rows} rows of {ROW_BYTES} bytes, "
        f"sqlcipher {sqlcipher3.sqlite_version}"
    )
    figures = run(rows)
    width = max(len(name) for name, *_rest in figures)
    for name, value, goal, met in figures:
        mark = "" if goal == "(info)" else ("  met" if met else "  NOT MET")
        print(f"{name:<{width}}  {value:10.3f}  {goal}{mark}")


if __name__ == "__main__":
    main()
