"""Two processes on one vault: one works, the other is told "vault in use"; nothing breaks.

A vault is held by one process at a time (an exclusive lock on its directory).
The interface keeps the vault open for a whole session, so the long holder here
is the interface's own session object in a child process, writing on request.
While it holds the vault, every command of the command line that would open it
fails at once with exit 1, "vault in use" and a hint, and writes nothing. Two
command-line writers started at the same instant: each either writes or is
refused in those words, and every write that was reported is in the vault.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake import keys
from intake import testimonies as service
from intake.store import people as people_store
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, Result

pytestmark = pytest.mark.reliability

Cli = Callable[..., Result]
IN_USE = "intake: error: vault in use by another intake process"
HINT = "hint: Close the other intake window or command and try again."

# The interface's session in a child process: opens the vault, then obeys stdin lines.
HOLDER = r"""
import sys
from pathlib import Path
from intake import testimonies
from intake.models import Testimony
from intake.tui.session import Session

session = Session(Path(sys.argv[1]))
session.open(bytearray(sys.stdin.readline().rstrip("\n").encode()))
print("holding", flush=True)
for line in sys.stdin:
    if line.strip() == "add":
        draft = Testimony(id="", title="written by the holder",
                          transcript="Fictional text written while holding the vault.")
        print(session.call(lambda vault: testimonies.create(vault, draft)).id, flush=True)
    elif line.strip() == "release":
        break
session.lock()
print("released", flush=True)
"""


class Holder:
    """A child process holding the vault open, as the interface does."""

    def __init__(self, vault_dir: Path) -> None:
        self.vault_dir = vault_dir
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(vault_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, keys.TEST_PROFILE_ENV: "1"},
        )
        self._say(PASSPHRASE)
        assert self._hear() == "holding"

    def _say(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def _hear(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def add(self) -> str:
        self._say("add")
        return self._hear()

    def release(self) -> None:
        self._say("release")
        assert self._hear() == "released"
        self.process.communicate(timeout=30)
        assert self.process.returncode == 0

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=30)


@pytest.fixture
def ids(made_vault: tuple[Path, str], cli: Cli) -> dict[str, str]:
    """A testimony and a person in the vault: {"testimony": id, "person": id}."""
    added = cli("add", "-", stdin=b"Fictional testimony about a basement.")
    person = cli("person", "add", "Евгений Выдумкин", "--gender", "m")
    assert added.code == 0 and person.code == 0, added.stderr + person.stderr
    return {"testimony": added.stdout.split()[-1], "person": person.stdout.split()[-1]}


@pytest.fixture
def holder(ids: dict[str, str], vault_dir: Path) -> Iterator[Holder]:
    held = Holder(vault_dir)
    yield held
    if held.process.poll() is None:
        held.kill()


def counts(vault_dir: Path) -> tuple[int, int]:
    """(testimonies, people), after both integrity checks pass."""
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        assert vault.verify() == []
        return (len(service.listing(vault)), len(people_store.all_people(vault.connection)))


COMMANDS = {
    "add": (("add", "-"), b"A second fictional testimony."),
    "edit": (("edit", "{testimony}", "--title", "Changed"), b""),
    "delete": (("delete", "{testimony}", "--yes"), b""),
    "person add": (("person", "add", "Ольга Примерова"), b""),
    "person edit": (("person", "edit", "{person}", "--new-pseudonym"), b""),
    "review": (("review", "{testimony}", "--accept-defaults"), b""),
    "passwd": (("passwd", "--new-passphrase-file", "-"), b"a new fictional passphrase\n"),
    "backup": (("backup", "{tmp}/backup"), b""),
    "list": (("list",), b""),
    "search": (("search", "basement"), b""),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_while_the_interface_holds_the_vault_a_command_is_refused_and_writes_nothing(
    cli: Cli, holder: Holder, ids: dict[str, str], tmp_path: Path, command: str
) -> None:
    args, stdin = COMMANDS[command]
    result = cli(*(a.format(**ids, tmp=tmp_path) for a in args), stdin=stdin)
    assert (result.code, result.stderr.splitlines()) == (1, [IN_USE, HINT])
    assert result.stdout == ""
    assert not (tmp_path / "backup").exists()
    holder.add()  # the holder is unharmed and still writes
    holder.release()
    assert counts(holder.vault_dir) == (2, 1)
    assert cli("show", ids["testimony"]).code == 0  # the old passphrase, the old title


def test_the_holder_writes_between_refused_commands_and_every_write_is_kept(
    cli: Cli, holder: Holder, vault_dir: Path
) -> None:
    written = []
    for n in range(5):
        written.append(holder.add())
        refused = cli("add", "-", stdin=f"Fictional refused testimony {n}.".encode())
        assert refused.code == 1 and IN_USE in refused.stderr
    holder.release()
    assert counts(vault_dir) == (1 + len(written), 1)
    assert cli("add", "-", stdin=b"Fictional testimony after the release.").code == 0
    assert counts(vault_dir) == (2 + len(written), 1)


def test_a_holder_killed_with_sigkill_frees_the_vault_at_once(
    cli: Cli, holder: Holder, vault_dir: Path
) -> None:
    holder.add()
    holder.kill()
    assert cli("add", "-", stdin=b"Fictional testimony after the kill.").code == 0
    assert counts(vault_dir) == (3, 1)


# Waits for a go file so that several writers open the vault at the same instant.
RACER = r"""
import os, sys, time
from intake.cli import main
print("ready", flush=True)
while not os.path.exists(sys.argv[1]):
    time.sleep(0.001)
main(sys.argv[2:])
"""
ROUNDS = 4
WRITERS = 3


def race(vault_dir: Path, go: Path, source: Path) -> list[tuple[int, str, str]]:
    """Start WRITERS `add` commands at once; return (exit code, stdout, stderr) of each."""
    racers = []
    for _ in range(WRITERS):
        racer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                RACER,
                str(go),
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                "-",
                "add",
                "--allow-duplicate",  # the writers import the same file on purpose
                str(source),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, keys.TEST_PROFILE_ENV: "1"},
        )
        assert racer.stdin is not None and racer.stdout is not None
        racer.stdin.write(PASSPHRASE + "\n")
        racer.stdin.close()
        assert racer.stdout.readline().strip() == "ready"
        racers.append(racer)
    go.touch()
    results = []
    for racer in racers:
        assert racer.stdout is not None and racer.stderr is not None
        out, err = racer.stdout.read(), racer.stderr.read()
        racer.stdout.close()
        racer.stderr.close()
        results.append((racer.wait(timeout=120), out, err))
    go.unlink()
    return results


@pytest.mark.slow
def test_writers_started_together_either_write_or_are_told_the_vault_is_in_use(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    vault_dir = made_vault[0]
    source = tmp_path / "testimony.txt"
    source.write_text("Fictional testimony written by a racing writer. " * 200, encoding="utf-8")
    reported: list[str] = []
    refusals = 0
    for _ in range(ROUNDS):
        results = race(vault_dir, tmp_path / "go", source)
        for code, out, err in results:
            if code == 0:
                reported.append(out.split()[-1])
            else:
                assert (code, err.splitlines()) == (1, [IN_USE, HINT]), err
                refusals += 1
        assert any(code == 0 for code, _, _ in results), "a refusal must mean another wrote"
        with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
            assert vault.verify() == []
            assert sorted(row.id for row in service.listing(vault)) == sorted(reported)
    assert refusals > 0, "the writers never met; the test proved little"
    assert len(set(reported)) == len(reported)
