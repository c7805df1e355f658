"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported.

A child process opens the vault and adds testimonies in a loop, printing each id
only after `create` returned (the transaction committed). The parent kills it at
a random moment, then opens the vault: both integrity checks pass and every
reported testimony is there, whole.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake import keys
from intake import testimonies as service
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.reliability

ROUNDS = 50

CHILD = r"""
import sys
from intake.models import Testimony
from intake import testimonies
from intake.store.vault import Vault

passphrase = bytearray(sys.stdin.buffer.readline().rstrip(b"\n"))
vault = Vault.open(__import__("pathlib").Path(sys.argv[1]), passphrase)
print("ready", flush=True)
n = 0
while True:
    n += 1
    body = f"Fictional crash-test testimony {sys.argv[2]}-{n}. " * 100
    t = testimonies.create(vault, Testimony(id="", title=f"crash {sys.argv[2]}-{n}",
                                            transcript=body))
    print(t.id, len(body), flush=True)
"""


def _run_round(vault_dir: Path, round_no: int, delay: float) -> list[tuple[str, int]]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), str(round_no)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, keys.TEST_PROFILE_ENV: "1"},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out = child.stdout.read()
    child.wait(timeout=30)
    reported = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:  # a line cut by the kill is not a report
            reported.append((parts[0], int(parts[1])))
    return reported


@pytest.mark.slow
def test_killed_writers_lose_no_committed_testimony(vault_dir: Path) -> None:
    Vault.create(vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())[0].close()
    rng = random.Random("crash-rounds")
    committed: dict[str, int] = {}
    for round_no in range(ROUNDS):
        committed.update(_run_round(vault_dir, round_no, rng.uniform(0.0, 0.25)))
        with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
            assert vault.verify() == [], f"round {round_no}: integrity check failed"
            present = {item.id for item in service.listing(vault)}
            missing = set(committed) - present
            assert not missing, f"round {round_no}: committed testimonies lost: {missing}"
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        for testimony_id, length in committed.items():
            assert len(service.get(vault, testimony_id).transcript) == length
    assert len(committed) > ROUNDS, "the writer hardly ran; the test proved little"
