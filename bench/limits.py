"""Limits benchmark: a 10 MB transcript redacted (no NER) and imported. Prints figures.

Run: python bench/limits.py. The transcript is generated and fictional: one
registered name in several case forms every ten sentences, a phone number every
forty, ordinary sentences between them.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

MB = 1024 * 1024
FORMS = ("Евгений Выдумкин", "Евгения Выдумкина", "Выдумкину", "Evgeny Vydumkin")
FILLER = (
    "Мать говорит, что сына держат в подвале вместе с другими, командир угрожал.",
    "Потом они долго ехали на автобусе, и никто не объяснял, куда и зачем.",
    "She said the conditions were cold and that nobody explained anything to them.",
    "Связь была плохая, мы разговаривали по несколько минут раз в неделю.",
)
Row = tuple[str, float, str, bool]


def transcript(size: int = 10 * MB, seed: str = "ten megabytes") -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size - 200:
        n = len(parts)
        if n % 10 == 0:
            line = f"Жена {rng.choice(FORMS)} рассказала, что его забрали."
        elif n % 40 == 5:
            line = f"Мы звонили на +7 900 000-{rng.randrange(100):02d}-{rng.randrange(100):02d}."
        else:
            line = rng.choice(FILLER)
        line += "\n" if n % 6 == 0 else " "
        parts.append(line)
        total += len(line.encode())
    return "".join(parts)


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def run(quick: bool = False) -> list[Row]:
    """(figure, value, goal, met) rows; ``quick`` uses 1 MB instead of 10 MB."""
    os.environ.setdefault("INTAKE_TEST_KDF", "1")  # the bench's own throwaway vault
    from intake import keys, models, testimonies
    from intake.redact import Person, Redactor, Registry
    from intake.store.vault import Vault

    size_mb = 1 if quick else 10
    text = transcript(size_mb * MB)
    redactor = Redactor(
        Registry([Person("Евгений Выдумкин", gender="m", pseudonym="Иван")]), ner=False
    )
    redactor.redact(text[:2000])  # loads the lexicons once
    redact_s = _timed(lambda: redactor.redact(text))
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "vault", bytearray(b"fictional bench passphrase"), kdf=keys.test_profile()
        )
        with vault:
            draft = models.Testimony(id="", title="ten megabytes", transcript=text)
            import_s = _timed(lambda: testimonies.create(vault, draft))
    budget = size_mb  # the redaction benchmark's goal: at least 1 MB/s
    return [
        (
            f"redact a {size_mb} MB transcript, no NER (s)",
            redact_s,
            f"< {budget} s",
            redact_s < budget,
        ),
        (f"store and index a {size_mb} MB transcript (s)", import_s, "(figure)", True),
    ]


def main() -> None:
    rows = run(quick="--quick" in sys.argv[1:])
    print(f"{'figure':44} {'value':>10}  {'goal':10} met")
    for figure, value, goal, met in rows:
        print(f"{figure:44} {value:10.2f}  {goal:10} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
