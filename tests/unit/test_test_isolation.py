"""A test run never reads the user's vault, settings or temporary folder.

Every test gets a private HOME, XDG folders and temporary folder inside its own
``tmp_path``, and none of the variables of the user's shell that intake or its
libraries read (``tests/conftest.py``), so two runs on one machine never meet.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from intake import keys
from intake.cli.context import default_vault_path
from tests.conftest import PASSPHRASE, Template

USER_VARIABLES = ("INTAKE_VAULT", "INTAKE_DEBUG", "INTAKE_IDLE_LOCK_SECONDS", "NO_COLOR", "COLUMNS")


def test_the_default_vault_and_every_folder_intake_writes_to_are_inside_the_test(
    tmp_path: Path,
) -> None:
    for place in (
        default_vault_path(),
        Path(tempfile.gettempdir()),
        Path(os.environ["HOME"]),
        Path(os.environ["XDG_STATE_HOME"]),
        Path(os.environ["XDG_RUNTIME_DIR"]),
    ):
        assert place.is_relative_to(tmp_path), place


@pytest.mark.parametrize("name", USER_VARIABLES)
def test_no_variable_of_the_users_shell_reaches_a_test(name: str) -> None:
    assert name not in os.environ


def test_only_the_test_kdf_switch_is_set() -> None:
    assert [n for n in os.environ if n.startswith("INTAKE_")] == [keys.TEST_PROFILE_ENV]


def test_a_copied_vault_is_a_vault_of_its_own_that_opens_with_the_test_passphrase(
    vault_template: Template, tmp_path: Path
) -> None:
    from intake.store.vault import Vault

    first = vault_template.copy_to(tmp_path / "a" / "vault")
    second = vault_template.copy_to(tmp_path / "b" / "vault")
    with Vault.open(first, bytearray(PASSPHRASE.encode())) as vault, vault.transaction() as conn:
        conn.execute("CREATE TABLE only_in_the_first (x)")
    assert oct(first.stat().st_mode & 0o777) == "0o700"
    assert {oct(p.stat().st_mode & 0o777) for p in first.iterdir()} == {"0o600"}
    assert "only_in_the_first" in _tables(first)
    assert "only_in_the_first" not in _tables(second)


def _tables(path: Path) -> set[str]:
    from intake.store.vault import Vault

    with Vault.open(path, bytearray(PASSPHRASE.encode())) as vault:
        rows = vault.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}
