"""SIGKILL during `intake receive`: the editor's vault is as before, or has the whole bundle.

A researcher seals many testimonies for an editor. Copies of the editor's vault
receive the bundle through the real command line in a child process, killed
after delays spread over the work (from the moment intake's own code starts).
After every kill the copy opens, passes both integrity checks and holds either
none of the bundle (every table as before) or all of it, never part.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake import models
from intake import testimonies as service
from intake.handoff import send
from tests.conftest import PASSPHRASE
from tests.handoff_world import counts, introduce, make_vault, open_vault
from tests.reliability.test_kill_recover_backup_delete import (
    assert_no_live_journal,
    finish,
    intake_argv,
    kill_after,
    launch,
    spread,
    timed_run,
)

pytestmark = pytest.mark.reliability

TESTIMONIES = 150


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """(a closed editor vault, a bundle of TESTIMONIES testimonies sealed for it)."""
    researcher, editor = make_vault(tmp_path / "researcher"), make_vault(tmp_path / "editor")
    with researcher, editor:
        introduce(researcher, "researcher", editor, "editor")
        drafts = (
            models.Testimony(
                id="", title=f"Fictional {n}", transcript=f"Invented account number {n}. " * 200
            )
            for n in range(TESTIMONIES)
        )
        ids = service.create_many(researcher, drafts)
        send.send(researcher, ["editor"], ids, tmp_path / "bundle.age")
    return tmp_path / "editor", tmp_path / "bundle.age"


def fresh_copy(template: Path, where: Path) -> Path:
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(template, where)
    return where


def state(vault_dir: Path) -> dict[str, int]:
    with open_vault(vault_dir) as vault:
        assert vault.verify() == [], "integrity check failed after a kill"
        found = counts(vault.connection)
    assert_no_live_journal(vault_dir)
    return found


@pytest.mark.slow
def test_a_receive_killed_at_any_moment_leaves_all_of_the_bundle_or_none(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    template, bundle = setup
    before = state(template)
    copy = tmp_path / "copy"
    duration = timed_run(argv_for(fresh_copy(template, copy), bundle), f"{PASSPHRASE}\n")
    after = state(copy)
    assert after["testimonies"] == TESTIMONIES and after["bundles_received"] == 1
    outcomes = []
    for delay in spread(duration):
        kill_after(argv_for(fresh_copy(template, copy), bundle), f"{PASSPHRASE}\n", delay)
        found = state(copy)
        assert found in (before, after), found
        outcomes.append("all" if found == after else "none")
    assert "none" in outcomes and "all" in outcomes, outcomes
    process = launch(argv_for(copy, bundle), f"{PASSPHRASE}\n")  # and it can be received after
    finish(process)
    assert process.returncode == 0
    assert state(copy) == after


def argv_for(vault_dir: Path, bundle: Path) -> list[str]:
    return intake_argv(vault_dir, "receive", str(bundle))
