"""The real `intake` command in a real terminal (tmux, 80×24): unlock, list, lock, quit.

Skipped only when tmux is not installed (CI installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.tui.conftest import make_vault

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed; this test drives a real terminal"
)


def intake_command() -> list[str]:
    script = Path(sys.executable).with_name("intake")
    return [str(script)] if script.exists() else [sys.executable, "-m", "intake"]


class Terminal:
    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "intake")

    def ended(self, limit: float = 30.0) -> bool:
        """True once the session is gone (its command exited)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            alive = subprocess.run(
                ["tmux", "-L", self.socket, "has-session", "-t", "intake"],
                capture_output=True,
                check=False,
            )
            if alive.returncode != 0:
                return True
            time.sleep(0.2)
        return False

    def wait_for(self, text: str, limit: float = 60.0) -> str:
        """The screen once it shows ``text`` (a bound on waiting, not a timing check)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def settled(self, text: str, limit: float = 60.0) -> str:
        """The screen once it shows ``text`` and two captures 0.3 s apart agree: under load a
        capture can fall in the middle of the terminal's redraw, old rows not yet overwritten."""
        shown = self.wait_for(text, limit)
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            time.sleep(0.3)
            again = self.screen()
            if again == shown:
                return shown
            shown = again
        raise AssertionError(f"the screen never settled; it was:\n{shown}")


@pytest.fixture
def terminal(isolated_env: Path) -> Iterator[Terminal]:
    term = Terminal(f"intake-test-{uuid.uuid4().hex[:8]}")
    yield term
    subprocess.run(["tmux", "-L", term.socket, "kill-server"], capture_output=True, check=False)


@pytest.mark.slow
def test_the_real_command_unlocks_and_lists_testimonies_at_80_by_24(
    terminal: Terminal, tmp_path: Path
) -> None:
    vault = make_vault(tmp_path / "vault")
    env = {
        "HOME": os.environ["HOME"],
        "TMPDIR": os.environ["TMPDIR"],
        "INTAKE_TEST_KDF": "1",
        "PATH": os.environ.get("PATH", ""),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    command = [
        "env",
        "-i",
        *(f"{k}={v}" for k, v in env.items()),
        *intake_command(),
        "--vault",
        str(vault),
    ]
    terminal.tmux(
        "new-session",
        "-d",
        "-s",
        "intake",
        "-x",
        "80",
        "-y",
        "24",
        " ".join(f"'{part}'" for part in command),
    )
    terminal.wait_for("Unlock the vault")
    # The first paint can come before the input has focus; a person would not type
    # within the first instant either. (A settling pause, not a timing check.)
    time.sleep(1.0)
    terminal.tmux("send-keys", "-t", "intake", "-l", PASSPHRASE)
    terminal.tmux("send-keys", "-t", "intake", "Enter")
    shown = terminal.wait_for("Testimonies: 3 of 3")
    for title in ("Brother [redacted] speaks", "A wife's account", "Мать о сыне [имя] в части"):
        assert title in shown
    assert PASSPHRASE not in shown
    assert "q Quit" in shown and "Lock" in shown, "the keys are in the footer"
    terminal.tmux("send-keys", "-t", "intake", "C-l")
    locked = terminal.settled("Locked. The vault is closed.")
    assert "Brother" not in locked
    terminal.tmux("send-keys", "-t", "intake", "C-q")
    assert terminal.ended(), "ctrl+q quits the interface"
