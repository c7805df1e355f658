"""SIGKILL during `intake passwd --rekey`: the old vault with the old secrets, or the new
one with the new secrets; never a mix, never a vault nothing opens.

As in test_passwd_kill.py: a sweep of kills spread over whole runs of the real
command, and a wrapper that stops at each named step of the rotation (pending
database written, pending record written, header committed, database swapped).
After every kill exactly one of the two passphrases opens the vault, with the
recovery key of the same generation, both integrity checks pass, the testimony
is there, and an old header no longer opens a rotated vault.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from pathlib import Path

import pytest

from intake import keys
from intake.errors import IntakeError
from intake.store.vault import HEADER_FILE, Vault
from tests.reliability.test_passwd_kill import FIRST, FLOOR, finish, start

pytestmark = pytest.mark.reliability

SWEEP_KILLS = 16
MARKER = ("marker", "a fictional row that must survive every rotation")
RECOVERY = re.compile(rb"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){12}\b")


@pytest.fixture
def floor_vault(vault_dir: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(vault_dir, bytearray(FIRST.encode()), kdf=FLOOR)
    with vault, vault.transaction() as conn:
        conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)", MARKER)
    return vault_dir, recovery


def rekey_command(vault_dir: Path) -> list[str]:
    return [
        *(sys.executable, "-m", "intake", "--vault", str(vault_dir)),
        *("--passphrase-file", "-", "passwd", "--rekey", "--new-passphrase-file", "-"),
    ]


def _opens(vault_dir: Path, passphrase: str) -> bool:
    try:
        vault = Vault.open(vault_dir, bytearray(passphrase.encode()))
    except IntakeError:
        return False
    with vault:
        assert vault.verify() == [], "integrity check failed after a kill"
        row = vault.connection.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (MARKER[0],)
        ).fetchone()
        assert row == (MARKER[1],), "the data did not survive the rotation"
    return True


def _recovery_opens(vault_dir: Path, recovery: str) -> bool:
    key = keys.parse_recovery_key(bytearray(recovery.encode()))
    try:
        Vault.open_with_recovery(vault_dir, key).close()
    except IntakeError:
        return False
    return True


def generation(vault_dir: Path, old: str, new: str, recoveries: tuple[str, str | None]) -> str:
    """'old' or 'new': which secrets open the vault (exactly one generation must)."""
    old_opens, new_opens = _opens(vault_dir, old), _opens(vault_dir, new)
    assert old_opens != new_opens, (old_opens, new_opens)
    which = "old" if old_opens else "new"
    recovery = recoveries[0] if which == "old" else recoveries[1]
    assert recovery is not None, "the vault rotated before its new recovery key was shown"
    assert _recovery_opens(vault_dir, recovery)
    return which


@pytest.mark.slow
def test_killing_passwd_rekey_at_any_moment_leaves_one_whole_generation(
    floor_vault: tuple[Path, str],
) -> None:
    vault_dir, recovery = floor_vault
    started = time.monotonic()
    warmup = start(rekey_command(vault_dir), FIRST, "warm-up fictional passphrase")
    out = warmup.stdout.read() if warmup.stdout else b""
    assert finish(warmup) is not None and warmup.returncode == 0
    duration = time.monotonic() - started
    first_key = RECOVERY.search(out)
    assert first_key is not None
    current, recovery = "warm-up fictional passphrase", first_key.group(0).decode()
    outcomes = []
    for i in range(SWEEP_KILLS):
        new = f"sweep fictional passphrase {i:02d}"
        process = start(rekey_command(vault_dir), current, new)
        time.sleep(duration * 1.2 * i / (SWEEP_KILLS - 1))
        process.send_signal(signal.SIGKILL)
        shown = process.stdout.read() if process.stdout else b""
        finish(process)
        match = RECOVERY.search(shown)
        which = generation(
            vault_dir, current, new, (recovery, match.group(0).decode() if match else None)
        )
        outcomes.append(which)
        if which == "new" and match is not None:
            current, recovery = new, match.group(0).decode()
    assert "old" in outcomes and "new" in outcomes, outcomes


PAUSING_WRAPPER = r"""
import os, pathlib, sys, time
from intake.store import rekey, vault

POINT = os.environ["INTAKE_KILL_POINT"]

def pause(name):
    if name == POINT:
        sys.stdout.write("at " + name + "\n")
        sys.stdout.flush()
        time.sleep(120)

real_export = rekey.export
def export(*args):
    value = real_export(*args)
    pause("pending database written")
    return value
rekey.export = export

real_record = rekey.write_pending_record
def write_pending_record(*args):
    real_record(*args)
    pause("pending record written")
rekey.write_pending_record = write_pending_record

real_atomic = vault.atomic_write
def atomic_write(path, data):
    real_atomic(path, data)
    if path.name == "header.json":
        pause("header committed")
vault.atomic_write = atomic_write

real_replace = pathlib.Path.replace
def replace(self, target):
    result = real_replace(self, target)
    if pathlib.Path(target).name == "vault.db":
        pause("database swapped, record not")
    return result
pathlib.Path.replace = replace

from intake.cli import main
main(sys.argv[1:])
"""

POINTS = [
    ("pending database written", "old"),
    ("pending record written", "old"),
    ("header committed", "new"),
    ("database swapped, record not", "new"),
]


@pytest.mark.parametrize(("point", "expected"), POINTS, ids=[p[0] for p in POINTS])
def test_killing_passwd_rekey_at_a_named_step(
    floor_vault: tuple[Path, str], point: str, expected: str
) -> None:
    vault_dir, recovery = floor_vault
    old_header = (vault_dir / HEADER_FILE).read_bytes()
    new = "second fictional passphrase"
    command = [sys.executable, "-c", PAUSING_WRAPPER, *rekey_command(vault_dir)[3:]]
    process = start(command, FIRST, new, env={"INTAKE_KILL_POINT": point})
    assert process.stdout is not None
    shown = b""
    while not shown.endswith(b"\n") or not shown.splitlines()[-1].startswith(b"at "):
        line = process.stdout.readline()
        assert line, "the wrapper ended before its stop"
        shown += line
    process.send_signal(signal.SIGKILL)
    finish(process)
    assert shown.splitlines()[-1].decode() == f"at {point}"
    new_recovery = RECOVERY.search(shown)
    assert new_recovery is not None, "the new recovery key is shown before any change"
    which = generation(vault_dir, FIRST, new, (recovery, new_recovery.group(0).decode()))
    assert which == expected
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "changes.json",
        "header.json",
        "vault.db",
    ]
    if which == "new":
        (vault_dir / HEADER_FILE).write_bytes(old_header)
        assert not _opens(vault_dir, FIRST), "an old header opened a rotated vault"


def recover_rekey_command(vault_dir: Path) -> list[str]:
    return [
        *(sys.executable, "-c", PAUSING_WRAPPER, "--vault", str(vault_dir), "recover", "--rekey"),
        *("--recovery-key-file", "-", "--new-passphrase-file", "-"),
    ]


@pytest.mark.parametrize(("point", "expected"), POINTS, ids=[p[0] for p in POINTS])
def test_killing_recover_rekey_at_a_named_step_keeps_the_recovery_key_working(
    floor_vault: tuple[Path, str], point: str, expected: str
) -> None:
    vault_dir, recovery = floor_vault
    new = "recovered fictional passphrase"
    process = start(
        recover_rekey_command(vault_dir), recovery, new, env={"INTAKE_KILL_POINT": point}
    )
    assert process.stdout is not None
    reached = process.stdout.readline().decode().strip()
    process.send_signal(signal.SIGKILL)
    finish(process)
    assert reached == f"at {point}"
    assert generation(vault_dir, FIRST, new, (recovery, recovery)) == expected


def test_a_rotation_killed_right_after_creating_its_pending_file_leaves_the_vault_whole(
    floor_vault: tuple[Path, str],
) -> None:
    """The kill that lands between creating the pending database and writing its first
    page leaves an empty file, which SQLite opens under any key: the next open must drop
    it, never put it in the vault's place."""
    vault_dir, _recovery = floor_vault
    (vault_dir / "vault.db.rekey").touch(mode=0o600)
    assert _opens(vault_dir, FIRST), "the vault and its data must open as before"
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "changes.json",
        "header.json",
        "vault.db",
    ]
