"""Shared fixtures: a cheap-KDF vault, the command line in process and as a real subprocess.

Every test runs with HOME, XDG directories and TMPDIR inside its own temporary
directory, so nothing touches the real user's files and plaintext hunts can
search every place intake could have written to.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake import keys

PASSPHRASE = "correct horse battery staple"  # fictional, test-only
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME/XDG/TMPDIR per test and the cheap KDF profile (tests only)."""
    home = tmp_path / "home"
    for sub in ("", ".cache", ".local/share", ".config", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setenv(keys.TEST_PROFILE_ENV, "1")
    monkeypatch.delenv("INTAKE_VAULT", raising=False)
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    """An open vault made with the test KDF profile; closed after the test."""
    from intake.store.vault import Vault

    opened, _recovery = Vault.create(
        vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile()
    )
    yield opened
    opened.close()


@pytest.fixture
def made_vault(vault_dir: Path) -> tuple[Path, str]:
    """A closed vault on disk: (path, recovery key text)."""
    from intake.store.vault import Vault

    opened, recovery = Vault.create(
        vault_dir, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile()
    )
    opened.close()
    return vault_dir, recovery


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


class _FakeStdin(io.TextIOWrapper):
    def isatty(self) -> bool:
        return False


def _stdin_for(data: bytes) -> _FakeStdin:
    return _FakeStdin(io.BytesIO(data), encoding="utf-8")


Cli = Callable[..., Result]  # the ``cli`` fixture: cli("list", stdin=b"...") -> Result


@pytest.fixture
def cli(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Cli:
    """Run intake's command line in this process: cli("list", stdin=b"...", passphrase=True).

    With ``passphrase`` (default) the test passphrase is the first line of stdin.
    """
    from intake.cli import main

    def run(
        *args: str, stdin: bytes = b"", passphrase: bool = True, vault: Path | None = None
    ) -> Result:
        argv = ["--vault", str(vault or vault_dir)]
        if passphrase:
            argv += ["--passphrase-file", "-"]
            stdin = PASSPHRASE.encode() + b"\n" + stdin
        monkeypatch.setattr(sys, "stdin", _stdin_for(stdin))
        capsys.readouterr()
        try:
            main([*argv, *args])
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def run_intake(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """Run the real `python -m intake` in a subprocess (the environment of the test)."""
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
