"""SIGKILL during `intake passwd`: at every instant the old or the new passphrase opens the vault.

Two complementary attacks on the same promise:

- a sweep: the real ``python -m intake passwd`` is killed after delays spread
  over a whole run (interpreter start, Argon2id to open, Argon2id for the new
  slot, header write, exit), many times in a row on one vault;
- named points: a wrapper pauses ``passwd`` at an exact step of the header
  rewrite (before the new key is derived, temp file empty or half written,
  before fsync, before rename, before the directory fsync) and is killed there.

After every kill the vault must open with the old or the new passphrase, pass
both integrity checks, and the next ``passwd`` must work despite any stray temp
file. The vault uses the RFC 9106 floor parameters (not the test profile) so
that key derivation takes a real share of the run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake import keys
from intake.errors import WrongPassphrase
from intake.store.vault import DB_FILE, HEADER_FILE, Vault

pytestmark = pytest.mark.reliability

FIRST = "first fictional passphrase"
SWEEP_KILLS = 32
FLOOR = keys.KdfParams(keys.FLOOR_TIME_COST, keys.FLOOR_MEMORY_KIB, keys.FLOOR_PARALLELISM)


@pytest.fixture
def floor_vault(vault_dir: Path) -> Path:
    Vault.create(vault_dir, bytearray(FIRST.encode()), kdf=FLOOR)[0].close()
    return vault_dir


def passwd_command(vault_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "intake",
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        "-",
        "passwd",
        "--new-passphrase-file",
        "-",
    ]


def start(
    command: list[str], old: str, new: str, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    assert process.stdin is not None
    process.stdin.write(f"{old}\n{new}\n".encode())
    process.stdin.close()
    return process


def finish(process: subprocess.Popen[bytes]) -> bytes:
    """Wait for the process to end; return its stderr (stdin is already closed)."""
    process.wait(timeout=120)
    assert process.stderr is not None and process.stdout is not None
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    return err


def which_opens(vault_dir: Path, old: str, new: str) -> str:
    """Return the passphrase that opens the vault (after checking its integrity)."""
    for candidate in (old, new):
        try:
            opened = Vault.open(vault_dir, bytearray(candidate.encode()))
        except WrongPassphrase:
            continue
        with opened:
            assert opened.verify() == [], "integrity check failed after a kill"
        return candidate
    raise AssertionError("neither the old nor the new passphrase opens the vault")


def stray_temps(vault_dir: Path) -> list[str]:
    known = (HEADER_FILE, DB_FILE, "changes.json")
    return sorted(p.name for p in vault_dir.iterdir() if p.name not in known)


def timed_full_run(vault_dir: Path, old: str, new: str) -> float:
    """One uninterrupted passwd; its duration only places the kill delays."""
    started = time.monotonic()
    process = start(passwd_command(vault_dir), old, new)
    err = finish(process)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


@pytest.mark.slow
def test_killing_passwd_at_any_moment_leaves_the_old_or_the_new_passphrase_working(
    floor_vault: Path,
) -> None:
    current = "second fictional passphrase"
    duration = timed_full_run(floor_vault, FIRST, current)
    outcomes: list[str] = []
    # The sweep spans one measured run; on a loaded machine a run can take longer than
    # measured, so the sweep goes on past it (bounded) until a kill lands after the change.
    delays = [duration * 1.1 * i / (SWEEP_KILLS - 1) for i in range(SWEEP_KILLS)]
    extra = [duration * factor for factor in (1.5, 2, 3, 5, 8)]
    for i, delay in enumerate(delays + extra):
        if i >= SWEEP_KILLS and "new" in outcomes:
            break
        new = f"sweep fictional passphrase {i:02d}"
        process = start(passwd_command(floor_vault), current, new)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        finish(process)
        opened_with = which_opens(floor_vault, current, new)
        outcomes.append("new" if opened_with == new else "old")
        current = opened_with
    assert "old" in outcomes and "new" in outcomes, outcomes  # the sweep spanned the change
    assert timed_full_run(floor_vault, current, "final fictional passphrase") > 0
    assert stray_temps(floor_vault) == []
    assert which_opens(floor_vault, current, "final fictional passphrase") == (
        "final fictional passphrase"
    )


# A wrapper that runs intake's command line and stops dead at one named step.
PAUSING_WRAPPER = r"""
import os, pathlib, sys, time
from intake import fsutil, keys

POINT = os.environ["INTAKE_KILL_POINT"]

def pause(name):
    if name == POINT:
        sys.stdout.write("at " + name + "\n")
        sys.stdout.flush()
        time.sleep(120)

real_derive, derived = keys.derive_kek, []
def derive(*args):
    derived.append(1)
    if len(derived) == 2:
        pause("before deriving the new key")
    return real_derive(*args)
keys.derive_kek = derive

real_write, writes = os.write, []
def write(fd, data):
    writes.append(1)
    if len(writes) == 1:
        pause("temp file created, empty")
        if POINT == "temp file half written":
            half = bytes(data)[: len(data) // 2]
            real_write(fd, half)
            pause("temp file half written")
    return real_write(fd, data)
os.write = write

real_fsync, syncs = os.fsync, []
def fsync(fd):
    syncs.append(1)
    if len(syncs) == 1:
        pause("temp file written, not synced")
    return real_fsync(fd)
os.fsync = fsync

real_replace = pathlib.Path.replace
def replace(self, target):
    pause("temp file synced, not renamed")
    return real_replace(self, target)
pathlib.Path.replace = replace

real_fsync_dir = fsutil.fsync_dir
def fsync_dir(directory):
    pause("renamed, directory not synced")
    return real_fsync_dir(directory)
fsutil.fsync_dir = fsync_dir

from intake.cli import main
main(sys.argv[1:])
"""

POINTS = [
    ("before deriving the new key", "old", False),
    ("temp file created, empty", "old", True),
    ("temp file half written", "old", True),
    ("temp file written, not synced", "old", True),
    ("temp file synced, not renamed", "old", True),
    ("renamed, directory not synced", "new", False),
]


@pytest.mark.parametrize(("point", "expected", "leaves_temp"), POINTS, ids=[p[0] for p in POINTS])
def test_killing_passwd_at_a_named_step_of_the_header_rewrite(
    floor_vault: Path,
    point: str,
    expected: str,
    leaves_temp: bool,
) -> None:
    new = "second fictional passphrase"
    command = [sys.executable, "-c", PAUSING_WRAPPER, *passwd_command(floor_vault)[3:]]
    process = start(command, FIRST, new, env={"INTAKE_KILL_POINT": point})
    assert process.stdout is not None
    reached = process.stdout.readline().decode().strip()
    process.send_signal(signal.SIGKILL)
    err = finish(process)
    assert reached == f"at {point}", err.decode()
    assert which_opens(floor_vault, FIRST, new) == (FIRST if expected == "old" else new)
    assert bool(stray_temps(floor_vault)) == leaves_temp, stray_temps(floor_vault)
    current = FIRST if expected == "old" else new
    assert timed_full_run(floor_vault, current, "third fictional passphrase") > 0
    assert stray_temps(floor_vault) == []
    assert which_opens(floor_vault, current, "third fictional passphrase") == (
        "third fictional passphrase"
    )
