"""Export benchmark: 1,000 approved testimonies to Markdown through the leak gate.

Prints figures, never asserts. Run: python bench/export.py [COUNT]

Set-up (not timed): a vault with the test key-derivation profile, 60 registered
people, COUNT generated testimonies (summary, ~2 KB transcript, two quotes),
each reviewed with the policy's defaults and approved. Timed: choosing what may
go out (every testimony re-analysed so no finding is undecided), then the
export itself (redaction, document, validation, Markdown, gate, atomic writes).
All names and numbers are generated and fictional.
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

FIRST = ["Иван", "Евгений", "Дмитрий", "Алексей", "Сергей", "Андрей", "Николай", "Павел"]
STEMS = ["Выдумк", "Небывал", "Придуман", "Сочинен", "Примерн", "Вымышлен"]
LINES = [
    "Мой сын {p} служил в в/ч {unit}, и в марте его забрали после повестки.",
    "Мы звонили {p} на номер 8 (900) 000-{a:02d}-{b:02d}, но он не отвечал.",
    "Из 234 военнослужащих батальона отказались многие; {p} был среди них.",
    "Мать говорит, что {p} держат в подвале, а командир угрожал ему.",
    "Потом нам сказали, что писать жалобы бесполезно, но мы писали каждую неделю.",
]
Row = tuple[str, float, str, bool]


def _names(rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {stem}{suffix}ов" for stem in STEMS for suffix in "абвгдежзик"]


def _testimony(rng: random.Random, names: list[str]) -> object:
    from intake.models import Consent, Interview, Testimony

    def line() -> str:
        return rng.choice(LINES).format(
            p=rng.choice(names),
            unit=rng.randint(10000, 99999),
            a=rng.randint(0, 99),
            b=rng.randint(0, 99),
        )

    transcript = " ".join(line() for _ in range(28))
    summary = " ".join(line() for _ in range(4))
    return Testimony(
        id="",
        title="Свидетельство матери",
        transcript=transcript,
        summary=summary,
        interview=Interview(language="ru", date="2026-03-14"),
        consent=Consent(publish_summary=True, publish_quotes=True),
    )


def _prepare(directory: Path, count: int) -> object:
    from intake import keys, people, review, testimonies
    from intake.models import Gender
    from intake.store.vault import Vault

    rng = random.Random(5)
    vault, _ = Vault.create(
        directory / "vault", bytearray(b"bench passphrase"), kdf=keys.test_profile()
    )
    names = _names(rng)
    for name in names:
        people.register(vault, name, gender=Gender.MALE)
    # A pseudonym drawn before someone of that first name was registered: redrawn, as the
    # CLI's warning tells a user to (the leak gate would refuse the export otherwise).
    people.redraw_clashing_pseudonyms(vault)
    ids = testimonies.create_many(vault, (_testimony(rng, names) for _ in range(count)))  # type: ignore[misc]
    redactor = review.redactor_for(vault)
    for tid in ids:
        sentences = list(dict.fromkeys(testimonies.get(vault, tid).transcript.split(". ")))
        for sentence in sentences[1:3]:
            review.add_quote(vault, tid, sentence)
        review.accept_defaults(vault, tid, redactor)
        review.approve(vault, tid, redactor)
    return vault


def run(count: int = 1000) -> list[Row]:
    """(figure, value, goal, met) rows."""
    os.environ.setdefault("INTAKE_TEST_KDF", "1")  # the bench's own throwaway vault
    from intake import review
    from intake.export import publish

    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        vault = _prepare(directory, count)
        prepared = time.perf_counter() - started
        started = time.perf_counter()
        redactor = review.redactor_for(vault)  # type: ignore[arg-type]
        chosen = publish.plan(vault, (), redactor)  # type: ignore[arg-type]
        planned = time.perf_counter() - started
        started = time.perf_counter()
        done = publish.export(vault, chosen, directory / "out.md", "md")  # type: ignore[arg-type]
        exported = time.perf_counter() - started
        size = (directory / "out.md").stat().st_size
        vault.close()  # type: ignore[attr-defined]
    total = planned + exported
    return [
        ("set-up: review and approve (s, not timed)", prepared, "(figure)", True),
        (
            "testimonies exported",
            float(len(done.testimonies)),
            f"{count}",
            len(done.testimonies) == count,
        ),
        ("Markdown written (MB)", size / 1e6, "(figure)", True),
        ("choose + re-analyse every testimony (s)", planned, "(figure)", True),
        ("redact, render, gate, write (s)", exported, "(figure)", True),
        (f"{count} approved testimonies to Markdown (s)", total, "< 5 s", total < 5),
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rows = run(count)
    print(f"{'figure':46} {'value':>10}  {'goal':8} met")
    for figure, value, goal, met in rows:
        print(f"{figure:46} {value:10.3f}  {goal:8} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
