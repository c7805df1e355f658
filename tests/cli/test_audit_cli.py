"""`intake audit` as an auditor runs it: exit codes, JSON, 80 columns, colour only on a TTY."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from intake import keys
from intake.cli import cli as intake_group
from intake.schemas_util import first_error
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, run_intake

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.KdfParams(3, 65536, 4))[0].close()
    return path


@pytest.fixture
def sound(floor_template: Path, tmp_path: Path) -> Path:
    """A vault that passes every check (RFC 9106 floor parameters, not the test profile)."""
    return Path(shutil.copytree(floor_template, tmp_path / "sound"))


def test_a_sound_vault_passes_with_exit_0_in_lines_of_at_most_80_columns(
    cli: Any, sound: Path
) -> None:
    result = cli("audit", vault=sound)
    assert result.code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == f"intake audit of {sound}"  # the path alone may be longer
    assert max(len(line) for line in lines[1:]) <= 80
    assert "27 checks: 27 pass, 0 warn, 0 fail (exit code 0)" in lines[-1]
    assert not ANSI.search(result.stdout)  # not a terminal: no colour


def test_no_unlock_asks_for_no_passphrase_and_names_what_it_did_not_check(
    cli: Any, sound: Path
) -> None:
    result = cli("audit", "--no-unlock", vault=sound, passphrase=False)
    assert result.code == 0
    assert "Not checked (they need the passphrase)" in result.stdout
    assert "Page authentication" not in result.stdout.split("Not checked")[0]


@pytest.mark.parametrize(
    ("weaken", "code"),
    [
        (lambda p: None, 0),
        (lambda p: p.chmod(0o750), 1),
        (lambda p: (p / "draft.txt").write_text("A fictional draft.\n"), 2),
    ],
)
def test_the_exit_code_is_the_worst_status_and_json_agrees(
    cli: Any, sound: Path, weaken: Any, code: int
) -> None:
    weaken(sound)
    result = cli("audit", "--json", vault=sound)
    document = json.loads(result.stdout)
    assert first_error(document, "audit-report.schema.json") is None
    assert result.code == document["summary"]["exit_code"] == code


def test_a_wrong_passphrase_still_prints_the_checks_that_need_none(
    cli: Any, sound: Path, tmp_path: Path
) -> None:
    (tmp_path / "wrong").write_text("not the passphrase\n")
    result = cli(
        "--passphrase-file", str(tmp_path / "wrong"), "audit", vault=sound, passphrase=False
    )
    assert result.code == 2
    assert re.search(r"^PASS +Header format", result.stdout, re.M)
    assert re.search(r"^FAIL +Unlock with the passphrase +wrong passphrase", result.stdout, re.M)
    assert "Traceback" not in result.stderr


def test_without_any_passphrase_source_the_unlock_fails_and_says_how_to_give_one(
    cli: Any, sound: Path
) -> None:
    result = cli("audit", vault=sound, passphrase=False)
    assert result.code == 2
    assert "--passphrase-file" in result.stdout


def test_a_missing_vault_is_reported_as_a_failure(cli: Any, tmp_path: Path) -> None:
    result = cli("audit", vault=tmp_path / "nothing-here", passphrase=False)
    assert result.code == 2 and "Vault directory" in result.stdout


def test_help_documents_the_exit_codes(cli: Any) -> None:
    result = cli("audit", "--help", passphrase=False)
    assert result.code == 0
    for line in (
        "0  every check passed",
        "1  at least one check warns",
        "2  at least one check failed",
    ):
        assert line in result.stdout


@pytest.mark.parametrize(
    ("color", "no_color", "coloured"), [(True, "", True), (False, "", False), (True, "1", False)]
)
def test_statuses_are_coloured_only_on_a_terminal_and_never_with_no_color(
    sound: Path, monkeypatch: pytest.MonkeyPatch, color: bool, no_color: str, coloured: bool
) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    sound.chmod(0o750)
    result = CliRunner().invoke(
        intake_group, ["--vault", str(sound), "audit", "--no-unlock"], color=color
    )
    assert result.exit_code == 1
    assert bool(ANSI.search(result.output)) is coloured
    assert "WARN" in ANSI.sub("", result.output)


def test_the_real_command_prints_a_valid_json_report(sound: Path) -> None:
    done = run_intake("--vault", str(sound), "audit", "--no-unlock", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert first_error(document, "audit-report.schema.json") is None
    assert document["unlocked"] is False and document["skipped"]


def test_a_missing_vault_is_one_check_in_the_count(cli: Any, tmp_path: Path) -> None:
    result = cli("audit", "--no-unlock", vault=tmp_path / "nowhere", passphrase=False)
    assert result.code == 2
    assert result.stdout.splitlines()[-1] == "1 check: 0 pass, 0 warn, 1 fail (exit code 2)"


def test_an_emptied_database_is_not_measured_as_a_page_of_zeros(cli: Any, sound: Path) -> None:
    (sound / "vault.db").write_bytes(b"")
    result = cli("audit", "--no-unlock", "--json", vault=sound, passphrase=False)
    checks = {c["id"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["db.file"]["status"] == "FAIL"
    assert checks["db.encrypted"]["measured"] == "nothing to measure: the file is empty"
    assert "bits/byte over" not in result.stdout
