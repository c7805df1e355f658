"""Sealed-bundle benchmark: send and receive 1,000 testimonies between two vaults.

Prints figures, never asserts. Run: python bench/handoff.py [COUNT]

Set-up (not timed): a researcher's and an editor's vault with the test
key-derivation profile, each the other's verified contact; the researcher has 60
registered people and COUNT generated testimonies (summary, ~2 KB transcript),
each reviewed with the policy's defaults, so their decisions travel too.
Timed in CPU seconds (``time.process_time``): ``send`` (payload, the people the
texts name, signature, age encryption, atomic write, read-back) and ``receive``
(decryption, signature, schema, merge and import in one transaction).
All names and numbers are generated and fictional.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))  # so that "bench.export" imports from a clone

Row = tuple[str, float, str, bool]


def _prepare(directory: Path, count: int) -> tuple[object, object, list[str]]:
    from bench.export import _names, _testimony
    from intake import keys, people, review, testimonies
    from intake.handoff import contacts, identity
    from intake.models import Gender
    from intake.store.vault import Vault

    rng = random.Random(7)
    made = [
        Vault.create(directory / n, bytearray(b"bench passphrase"), kdf=keys.test_profile())[0]
        for n in ("researcher", "editor")
    ]
    researcher, editor = made
    contacts.add(researcher, "editor", identity.ensure(editor).card.text)
    contacts.add(editor, "researcher", identity.ensure(researcher).card.text)
    names = _names(rng)
    for name in names:
        people.register(researcher, name, gender=Gender.MALE)
    ids = testimonies.create_many(researcher, (_testimony(rng, names) for _ in range(count)))  # type: ignore[misc]
    redactor = review.redactor_for(researcher)
    for tid in ids:
        review.accept_defaults(researcher, tid, redactor)
    return researcher, editor, ids


def run(count: int = 1000, quick: bool = False) -> list[Row]:
    """(figure, value, goal, met) rows; ``quick`` sends 100 testimonies."""
    count = 100 if quick else count
    os.environ.setdefault("INTAKE_TEST_KDF", "1")  # the bench's own throwaway vaults
    from intake.handoff import receive, send

    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        directory = Path(tmp)
        started = time.process_time()
        researcher, editor, ids = _prepare(directory, count)
        prepared = time.process_time() - started
        out = directory / "bundle.age"
        started = time.process_time()
        send.send(researcher, ["editor"], ids, out)  # type: ignore[arg-type]
        sent = time.process_time() - started
        size = out.stat().st_size
        started = time.process_time()
        incoming = receive.open_bundle(editor, receive.read(out))  # type: ignore[arg-type]
        receipt = receive.import_bundle(editor, incoming, file_name=out.name)  # type: ignore[arg-type]
        received = time.process_time() - started
        for vault in (researcher, editor):
            vault.close()  # type: ignore[attr-defined]
    added = receipt.counts.get("testimonies added", 0)
    return [
        ("set-up: 2 vaults, review (CPU s, not timed)", prepared, "(figure)", True),
        ("testimonies received", float(added), f"{count}", added == count),
        ("bundle size (MB)", size / 1e6, "(figure)", True),
        ("bundle size per testimony (KB)", size / count / 1e3, "(figure)", True),
        (f"send {count} testimonies (CPU s)", sent, "< 10 s", sent < 10),
        (f"receive {count} testimonies (CPU s)", received, "< 10 s", received < 10),
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rows = run(count)
    print(f"{'figure':46} {'value':>10}  {'goal':8} met")
    for figure, value, goal, met in rows:
        print(f"{figure:46} {value:10.3f}  {goal:8} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
