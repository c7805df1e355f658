"""How long `intake shred` takes on a large vault (the goal: under a second for any size).

Run: python -m bench.shred [--quick]

A throwaway vault's database is grown to 512 MiB (64 MiB with --quick) of random
bytes, as a large vault's ciphertext would be, then shredded. Prints the wall time
(the wipe waits on the disk: fsync and unlink) and the CPU time it used.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, object, str, bool]
MIB = 1024 * 1024


def _grow(path: Path, size: int) -> None:
    with path.open("ab") as handle:
        for _ in range(size // (8 * MIB)):
            handle.write(os.urandom(8 * MIB))
        handle.flush()
        os.fsync(handle.fileno())


def run(quick: bool = False) -> list[Row]:
    os.environ.setdefault("INTAKE_TEST_KDF", "1")  # the bench's own throwaway vault
    from intake import keys
    from intake.store.shred import shred
    from intake.store.vault import Vault

    size = (64 if quick else 512) * MIB
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as tmp:
        path = Path(tmp) / "vault"
        vault, _ = Vault.create(
            path, bytearray(b"fictional bench passphrase"), kdf=keys.test_profile()
        )
        vault.close()
        _grow(path / "vault.db", size)
        wall, cpu = time.perf_counter(), time.process_time()
        shred(path)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    label = f"shred a {size // MIB} MiB vault"
    return [(f"{label}, wall (s)", wall, "< 1", wall < 1.0), (f"{label}, CPU (s)", cpu, "-", True)]


if __name__ == "__main__":
    for figure, value, goal, met in run(quick="--quick" in sys.argv):
        print(f"{figure}: {value:.3f} (goal {goal}: {'met' if met else 'MISSED'})")
