"""`intake demo` leaves no throwaway vault behind unasked, and says where one is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_without_the_interface_it_says_how_to_remove_the_demo_vault(
    cli: Any, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(isolated_env))
    result = cli("demo", "--no-open", passphrase=False)
    assert result.code == 0, result.stderr
    removal = result.stdout.splitlines()[-1]
    assert removal.startswith("Remove it when done with: rm -r ")
    folder = Path(removal.removeprefix("Remove it when done with: rm -r "))
    assert (folder / "vault").is_dir()


def test_closing_the_interface_removes_the_demo_vault_unless_kept(
    cli: Any, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(isolated_env))
    monkeypatch.setattr("intake.cli.demo_cmd.interactive", lambda: True)
    opened: list[Path] = []
    monkeypatch.setattr("intake.tui.app.run_app", lambda path, **_: opened.append(path))
    removed = cli("demo", passphrase=False)
    assert removed.code == 0, removed.stderr
    assert "Removed the demo vault." in removed.stdout
    assert opened and not opened[0].exists()
    kept = cli("demo", "--keep", passphrase=False)
    assert "Kept the demo vault; remove it with: rm -r " in kept.stdout
    assert opened[1].is_dir()
