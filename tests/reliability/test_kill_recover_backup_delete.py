"""SIGKILL during `recover`, `backup`, `delete` and `add`: the vault always comes back whole.

Each command runs as the real command line in a child process and is killed
with SIGKILL after delays spread over its work (measured from the moment its
own code starts, so the kills do not all land in the interpreter's start-up).
After every kill:

- the vault opens with the old or the new passphrase (and still with the
  recovery key), and both integrity checks pass;
- a killed `delete` left the testimony whole or removed it, never half;
  a killed `add` left the testimony whole or did not add it;
- a killed `backup` left the source untouched and, for the backup directory,
  no directory, an empty one or a copy that verifies (the copy is built under a
  hidden temporary name and renamed into place once verified).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from intake import keys, models, people
from intake import testimonies as service
from intake.errors import WrongPassphrase
from intake.models import Gender
from intake.store.vault import DB_FILE, HEADER_FILE, Vault
from tests.conftest import PASSPHRASE

VAULT_FILES = sorted([HEADER_FILE, DB_FILE, "changes.json"])

pytestmark = pytest.mark.reliability

KILLS = 8
JOURNAL = f"{DB_FILE}-journal"
NEW = "a new fictional passphrase"
TESTIMONIES = 12

# Runs intake's command line; says "go" on stderr when intake's own code starts.
STARTER = r"""
import sys
from intake.cli import main
sys.stderr.write("go\n")
sys.stderr.flush()
main(sys.argv[1:])
"""


def intake_argv(vault: Path, *args: str, passphrase: bool = True) -> list[str]:
    head = ["--vault", str(vault)] + (["--passphrase-file", "-"] if passphrase else [])
    return [sys.executable, "-c", STARTER, *head, *args]


def launch(argv: Sequence[str], stdin: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, keys.TEST_PROFILE_ENV: "1"},
    )
    assert process.stdin is not None and process.stderr is not None
    process.stdin.write(stdin.encode())
    process.stdin.close()
    assert process.stderr.readline() == b"go\n"
    return process


def finish(process: subprocess.Popen[bytes]) -> tuple[str, str]:
    """Wait for the end (stdin is already closed); return stdout and stderr."""
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    process.wait(timeout=120)
    return out.decode(), err.decode()


def kill_after(argv: Sequence[str], stdin: str, delay: float) -> tuple[str, str]:
    process = launch(argv, stdin)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    return finish(process)


def timed_run(argv: Sequence[str], stdin: str) -> float:
    """One uninterrupted run from 'go' to exit; its length only places the kills."""
    return timed_output(argv, stdin)[0]


def timed_output(argv: Sequence[str], stdin: str) -> tuple[float, str]:
    process = launch(argv, stdin)
    started = time.monotonic()
    out, err = finish(process)
    assert process.returncode == 0, err
    return time.monotonic() - started, out


def spread(duration: float, count: int = KILLS) -> list[float]:
    """Delays from 0 to 1.5 times the run: before, during and after the work."""
    return [duration * 1.5 * i / (count - 1) for i in range(count)]


def opens_with(vault_dir: Path, *candidates: str) -> str:
    """The candidate passphrase that opens the vault, after both integrity checks pass."""
    for candidate in candidates:
        try:
            opened = Vault.open(vault_dir, bytearray(candidate.encode()))
        except WrongPassphrase:
            continue
        with opened:
            assert opened.verify() == [], "integrity check failed after a kill"
        return candidate
    raise AssertionError("no expected passphrase opens the vault")


def vault_files(vault_dir: Path) -> list[str]:
    return sorted(p.name for p in vault_dir.iterdir())


def transcript(n: int) -> str:
    return (
        f"Fictional testimony number {n}, keyword Kestrelword{n:02d}. "
        f"Мать рассказывает о сыне, номер {n}. "
    ) * 400


@pytest.fixture
def filled(vault_dir: Path) -> tuple[Path, str, dict[str, str]]:
    """A vault with people and testimonies: (path, recovery key, {id: transcript})."""
    vault, recovery = Vault.create(
        vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile()
    )
    with vault:
        people.register(vault, "Евгений Выдумкин", gender=Gender.MALE, pseudonym="Иван")
        texts = {}
        for n in range(TESTIMONIES):
            created = service.create(
                vault, models.Testimony(id="", title=f"Fictional {n}", transcript=transcript(n))
            )
            texts[created.id] = created.transcript
    return vault_dir, recovery, texts


def assert_whole(vault_dir: Path, expected: dict[str, str]) -> set[str]:
    """Every testimony present is whole and found by its keyword; returns the ids present."""
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        assert vault.verify() == []
        present = {row.id for row in service.listing(vault)}
        for tid in present & set(expected):
            assert service.get(vault, tid).transcript == expected[tid]
            keyword = expected[tid].split("keyword ", 1)[1].split(".", 1)[0]
            assert [hit.id for hit in service.search(vault, keyword)] == [tid]
    assert_no_live_journal(vault_dir)
    return present


def assert_no_live_journal(vault_dir: Path) -> None:
    """Once the vault was opened again, a journal is gone (rolled back) or invalidated.

    A writer killed before its journal was synced leaves one whose header is zeroed (or,
    killed just after creating it, an empty one):
    SQLite ignores it, and the next write replaces and deletes it.
    """
    assert set(vault_files(vault_dir)) <= {*VAULT_FILES, JOURNAL}
    if (vault_dir / JOURNAL).exists():
        # SQLite's definition of a hot journal: it exists, is not empty and its header is
        # not zeroed. A writer killed just after creating the file leaves it empty.
        header = (vault_dir / JOURNAL).read_bytes()[:8]
        assert header in (b"", bytes(8)), "a hot journal survived"


def test_killing_recover_at_any_moment_leaves_the_old_or_the_new_passphrase_working(
    filled: tuple[Path, str, dict[str, str]],
) -> None:
    vault_dir, recovery, texts = filled
    argv = intake_argv(
        vault_dir,
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        passphrase=False,
    )
    current = PASSPHRASE
    duration = timed_run(argv, f"{recovery}\n{NEW} 0\n")
    current = f"{NEW} 0"
    outcomes: list[str] = []
    # On a loaded machine a run can take several times the measured one: after the sweep,
    # later kills (doubling the delay) until one lands after the change.
    later = [duration * 3 * 2**n for n in range(5)]
    for i, delay in enumerate([*spread(duration), *later], start=1):
        if i > KILLS and "new" in outcomes:
            break
        new = f"{NEW} {i}"
        kill_after(argv, f"{recovery}\n{new}\n", delay)
        opened_with = opens_with(vault_dir, current, new)
        outcomes.append("new" if opened_with == new else "old")
        current = opened_with
        recovery_key = keys.parse_recovery_key(bytearray(recovery.encode()))
        Vault.open_with_recovery(vault_dir, recovery_key).close()  # the recovery slot is intact
    assert "old" in outcomes and "new" in outcomes, outcomes
    assert timed_run(argv, f"{recovery}\n{NEW} final\n") > 0
    assert opens_with(vault_dir, f"{NEW} final") == f"{NEW} final"
    assert vault_files(vault_dir) == VAULT_FILES, "a stray temp file was left"
    with Vault.open(vault_dir, bytearray(f"{NEW} final".encode())) as vault:
        assert len(service.listing(vault)) == len(texts)


def test_killing_delete_leaves_the_testimony_whole_or_gone(
    filled: tuple[Path, str, dict[str, str]],
) -> None:
    vault_dir, _recovery, texts = filled
    ids = sorted(texts)
    duration = timed_run(intake_argv(vault_dir, "delete", ids[0], "--yes"), PASSPHRASE + "\n")
    outcomes = []
    for victim, delay in zip(ids[1:], spread(duration), strict=False):
        kill_after(intake_argv(vault_dir, "delete", victim, "--yes"), PASSPHRASE + "\n", delay)
        present = assert_whole(vault_dir, texts)
        outcomes.append("kept" if victim in present else "gone")
        assert present >= set(ids[len(outcomes) + 1 :]), "a testimony not being deleted was lost"
    assert "kept" in outcomes and "gone" in outcomes, outcomes
    assert timed_run(intake_argv(vault_dir, "delete", ids[-1], "--yes"), PASSPHRASE + "\n") > 0
    assert vault_files(vault_dir) == VAULT_FILES


@pytest.mark.slow
def test_killing_add_leaves_the_testimony_whole_or_not_added(
    filled: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    vault_dir, _recovery, texts = filled
    expected = dict(texts)
    source = tmp_path / "incoming.txt"
    source.write_text(transcript(99), encoding="utf-8")
    argv = intake_argv(vault_dir, "add", "--allow-duplicate", str(source))  # run repeatedly
    duration, out = timed_output(argv, PASSPHRASE + "\n")
    expected[out.split()[-1]] = transcript(99).strip()
    outcomes = []
    for n, delay in enumerate(spread(duration), start=100):
        source.write_text(transcript(n), encoding="utf-8")
        before = assert_whole(vault_dir, expected)
        out, _ = kill_after(argv, PASSPHRASE + "\n", delay)
        after = assert_whole(vault_dir, expected)
        added = after - before
        assert before <= after and len(added) <= 1
        reported = out.split()[-1:] if out.strip() else []
        assert set(reported) <= after, "an id that add printed is not in the vault"
        for tid in added:
            with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
                assert service.get(vault, tid).transcript == transcript(n).strip()
            expected[tid] = transcript(n).strip()
        outcomes.append("added" if added else "not added")
    assert "added" in outcomes and "not added" in outcomes, outcomes
    assert timed_run(argv, PASSPHRASE + "\n") > 0
    assert vault_files(vault_dir) == VAULT_FILES


def backup_state(out: Path) -> str:
    """'absent', 'empty', 'verified' (opens and passes both checks) or 'half'."""
    if not out.exists():
        return "absent"
    if not any(out.iterdir()):
        return "empty"
    try:
        opened = Vault.open(out, bytearray(PASSPHRASE.encode()))
    except Exception:  # noqa: BLE001 - any refusal to open means a half backup
        return "half"
    with opened:
        return "verified" if opened.verify() == [] else "half"


def test_killing_backup_never_harms_the_vault_and_a_backup_with_a_header_always_verifies(
    filled: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    vault_dir, _recovery, texts = filled
    duration = timed_run(
        intake_argv(vault_dir, "backup", str(tmp_path / "timed")), PASSPHRASE + "\n"
    )
    states = []
    for i, delay in enumerate(spread(duration)):
        out = tmp_path / f"backup-{i}"
        kill_after(intake_argv(vault_dir, "backup", str(out)), PASSPHRASE + "\n", delay)
        assert assert_whole(vault_dir, texts) == set(texts)
        state = backup_state(out)
        if (out / HEADER_FILE).exists():
            assert state == "verified", f"kill {i}: a backup with a header does not verify"
        states.append(state)
    assert "absent" in states and "verified" in states, states


# A wrapper that runs intake's command line and stops dead at one named step of a backup.
PAUSING_BACKUP = r"""
import os, sys, time
from intake.store import backup

POINT = os.environ["INTAKE_KILL_POINT"]

def pause(name):
    if name == POINT:
        sys.stdout.write("at " + name + "\n")
        sys.stdout.flush()
        time.sleep(120)

real_mkdir = backup.make_private_dir
def make_private_dir(path):
    real_mkdir(path)
    pause("backup directory created, empty")
backup.make_private_dir = make_private_dir

real_write, writes = os.write, []
def write(fd, data):
    writes.append(1)
    if len(writes) == 1 and POINT == "database copy half written":
        real_write(fd, bytes(data)[: len(data) // 2])
        pause(POINT)
    return real_write(fd, data)
os.write = write

real_integrity = backup.integrity_problems
def integrity_problems(conn):
    pause("database copied, header not yet")
    return real_integrity(conn)
backup.integrity_problems = integrity_problems

real_fsync_dir, dir_syncs = backup.fsync_dir, []
def fsync_dir(directory):
    dir_syncs.append(1)
    pause("header copied, directory not synced" if len(dir_syncs) == 1
          else "renamed into place, parent not synced")
    return real_fsync_dir(directory)
backup.fsync_dir = fsync_dir

from intake.cli import main
main(sys.argv[1:])
"""

BACKUP_POINTS = [
    pytest.param("backup directory created, empty", id="directory-created"),
    pytest.param("database copy half written", id="database-half-written"),
    pytest.param("database copied, header not yet", id="database-copied"),
    pytest.param("header copied, directory not synced", id="header-copied"),
    pytest.param("renamed into place, parent not synced", id="renamed"),
]


@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_a_backup_killed_at_a_named_step_leaves_no_directory_or_one_that_verifies(
    filled: tuple[Path, str, dict[str, str]], tmp_path: Path, point: str
) -> None:
    vault_dir, _recovery, texts = filled
    out = tmp_path / "backup"
    argv = [
        sys.executable,
        "-c",
        PAUSING_BACKUP,
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        "-",
        "backup",
        str(out),
    ]
    process = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "INTAKE_KILL_POINT": point},
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{PASSPHRASE}\n".encode())
    process.stdin.close()
    reached = process.stdout.readline().decode().strip()
    process.send_signal(signal.SIGKILL)
    _, err = finish(process)
    assert reached == f"at {point}", err
    assert assert_whole(vault_dir, texts) == set(texts)
    assert backup_state(out) in ("absent", "empty", "verified"), vault_files(out)
    if backup_state(out) != "verified":  # the user simply runs the same backup again
        assert timed_run(intake_argv(vault_dir, "backup", str(out)), PASSPHRASE + "\n") > 0
    assert backup_state(out) == "verified"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], (
        "a hidden partial copy was left behind"
    )
