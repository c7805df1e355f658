"""Shared fixtures: a cheap-KDF vault, the command line in process and as a real subprocess.

Every test runs with HOME, XDG directories and TMPDIR inside its own temporary
directory, and without the variables of the user's shell that intake or its
libraries read (INTAKE_*, XDG_*, NO_COLOR, COLUMNS...), so nothing reads or
touches the real user's vault or files, two runs on one machine never meet, and
plaintext hunts can search every place intake could have written to.

Creating a vault costs far more than copying one: each test process creates one
empty vault, and every test that needs a vault gets its own copy of it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest

from intake import keys

PASSPHRASE = "correct horse battery staple"  # fictional, test-only
REPO_ROOT = Path(__file__).resolve().parent.parent


# Variables of the user's shell that change what intake or its libraries do. They are
# removed for every test: a test sets the one it is about itself.
# (TEXTUAL_SNAPSHOT_TEMPDIR stays: the snapshot plugin passes its own folder to its workers.)
FOREIGN_PREFIXES = ("INTAKE_", "XDG_", "TEXTUAL")
FOREIGN_NAMES = ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES", "CI", "TMUX")
KEPT_PREFIXES = ("TEXTUAL_SNAPSHOT",)
PRIVATE_DIRS = {  # variable -> folder under the test's private HOME
    "XDG_CACHE_HOME": ".cache",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "run",
    "TMPDIR": "tmp",
}


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the snapshot report (only written when a snapshot differs) into this run's own
    temporary folder, not as a fixed file name in the working directory two runs share."""
    option = "snapshot_report"
    if getattr(session.config.option, option, None) == "snapshot_report.html":
        base = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
        setattr(session.config.option, option, str(base / "snapshot_report.html"))


def _remove_foreign_variables(patch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        foreign = name.startswith(FOREIGN_PREFIXES) or name in FOREIGN_NAMES
        if foreign and not name.startswith(KEPT_PREFIXES):
            patch.delenv(name)


@pytest.fixture(scope="session", autouse=True)
def _no_foreign_variables() -> Iterator[None]:
    """None of the user's variables for the whole run, so that fixtures shared by several
    tests (a template vault, the demo vault) are made without them too."""
    with pytest.MonkeyPatch.context() as patch:
        _remove_foreign_variables(patch)
        yield


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME/XDG/TMPDIR per test, none of the user's INTAKE_*/XDG_*/colour/size
    variables, and the cheap KDF profile (tests only)."""
    _remove_foreign_variables(monkeypatch)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    for name, sub in PRIVATE_DIRS.items():
        (home / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))  # gettempdir() caches its answer
    monkeypatch.setenv(keys.TEST_PROFILE_ENV, "1")
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@dataclass(frozen=True)
class Template:
    """A closed empty vault made once per test process, to be copied: path, recovery key."""

    path: Path
    recovery: str

    def copy_to(self, path: Path) -> Path:
        """A vault at ``path`` with the template's keys and contents (modes kept: 0700/0600)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(self.path, path)
        return path


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One empty vault made with the test KDF profile; tests get copies of it (a copy shares
    its keys and vault id: a test that needs two unrelated vaults creates the second)."""
    from intake.store.vault import Vault

    path = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as patch:  # the test profile is refused without it
        patch.setenv(keys.TEST_PROFILE_ENV, "1")
        secret = bytearray(PASSPHRASE.encode())
        opened, recovery = Vault.create(path, secret, kdf=keys.test_profile())
        opened.close()
    return Template(path, recovery)


@pytest.fixture
def vault(vault_dir: Path, vault_template: Template) -> Iterator[object]:
    """An open vault (a copy of the template); closed after the test."""
    from intake.store.vault import Vault

    opened = Vault.open(vault_template.copy_to(vault_dir), bytearray(PASSPHRASE.encode()))
    yield opened
    opened.close()


@pytest.fixture
def made_vault(vault_dir: Path, vault_template: Template) -> tuple[Path, str]:
    """A closed vault on disk (a copy of the template): (path, recovery key text)."""
    return vault_template.copy_to(vault_dir), vault_template.recovery


T = TypeVar("T")


Recipe = Callable[[Path, "Template"], T]  # (folder to build in, the empty vault) -> description


class Prepared(Protocol):
    """The ``prepared`` fixture: ``prepared(to, recipe)`` -> what ``recipe`` returned."""

    def __call__(self, to: Path, recipe: Recipe[T]) -> T: ...


@pytest.fixture(scope="session")
def _prepared_trees(tmp_path_factory: pytest.TempPathFactory) -> dict[object, tuple[Path, Any]]:
    return {}


@pytest.fixture
def prepared(
    _prepared_trees: dict[object, tuple[Path, Any]],
    tmp_path_factory: pytest.TempPathFactory,
    vault_template: Template,
) -> Prepared:
    """Vaults (a world of them) built once per test process and copied for each test.

    ``prepared(to, recipe)`` runs ``recipe(folder, vault_template)`` the first time a test
    process asks for that recipe (a module-level function that builds everything under
    ``folder``, closes what it opened and returns an immutable description such as ids), then
    puts a copy of the folder at ``to`` (replacing what is there) and returns the description.
    Copies share keys and ids: a test about two independent vaults builds them itself.
    """

    def get(to: Path, recipe: Recipe[T]) -> T:
        if recipe not in _prepared_trees:
            folder = tmp_path_factory.mktemp("prepared") / "tree"
            _prepared_trees[recipe] = (folder, recipe(folder, vault_template))
        folder, result = _prepared_trees[recipe]
        if to.exists():
            shutil.rmtree(to)
        to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(folder, to)
        return result  # type: ignore[no-any-return]

    return get


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
