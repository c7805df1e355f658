"""The vault commands as a user meets them: init, passwd, recover, backup, verify, --help."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest

from intake.store.vault import DB_FILE, HEADER_FILE, Vault
from tests.conftest import PASSPHRASE, Result, run_intake

NEW_PASSPHRASE = "another fictional passphrase"
RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){12}\b")
Cli = Callable[..., Result]


def file_hashes(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def with_passphrase(
    cli: Cli, passphrase: str, *args: str, stdin: bytes = b"", vault: Path | None = None
) -> Result:
    """Run a command with ``passphrase`` (not the fixture's) as the first line of stdin."""
    return cli(
        "--passphrase-file",
        "-",
        *args,
        stdin=passphrase.encode() + b"\n" + stdin,
        passphrase=False,
        vault=vault,
    )


def assert_error(result: Result, code: int, *phrases: str) -> None:
    """A failure the contract's way: exit code, 'intake: error:' line, hint, no traceback."""
    assert result.code == code, result
    lines = result.stderr.splitlines()
    errors = [i for i, line in enumerate(lines) if line.startswith("intake: error: ")]
    assert len(errors) == 1, result.stderr
    assert lines[errors[0] + 1].startswith("hint: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for phrase in phrases:
        assert phrase in result.stderr, (phrase, result.stderr)


# -- init ----------------------------------------------------------------------------------


def test_init_creates_a_vault_and_prints_the_recovery_key_in_groups(
    cli: Cli,
    vault_dir: Path,
) -> None:
    result = cli("init")
    assert result.code == 0, result
    assert RECOVERY_KEY.search(result.stdout), result.stdout
    assert "shown once" in result.stderr
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted(
        [DB_FILE, HEADER_FILE, "changes.json"]
    )
    assert cli("verify").code == 0


@pytest.mark.parametrize(
    ("passphrase", "accepted"),
    [
        ("short pass", False),  # 10 characters
        ("elevenchars", False),
        ("пароль-тест", False),  # 11 characters, 21 bytes: characters are what counts
        ("twelve chars", True),
        ("пароль-тест1", True),
    ],
)
def test_init_refuses_passphrases_under_twelve_characters(
    cli: Cli,
    vault_dir: Path,
    passphrase: str,
    accepted: bool,
) -> None:
    result = with_passphrase(cli, passphrase, "init")
    if accepted:
        assert result.code == 0, result
    else:
        assert_error(result, 2, "too short", "at least 12 characters")
        assert not vault_dir.exists()


def test_init_refuses_an_existing_vault_and_leaves_it_alone(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    assert_error(cli("init"), 1, "already exists")
    assert file_hashes(vault_dir) == before


# -- passphrases -----------------------------------------------------------------------------


def test_a_wrong_passphrase_is_refused_with_exit_2_and_changes_no_byte(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    result = with_passphrase(cli, "not the passphrase at all", "verify")
    assert_error(result, 2, "wrong passphrase (or not an intake vault)", "recover")
    assert file_hashes(vault_dir) == before


def test_without_a_terminal_or_a_passphrase_file_the_error_says_so(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    result = cli("verify", passphrase=False)
    assert_error(result, 2, "not a terminal", "--passphrase-file")


def _all_commands(group: click.Group) -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield name, command
        if isinstance(command, click.Group):
            for sub_name, sub in _all_commands(command):
                yield f"{name} {sub_name}", sub


def test_no_option_anywhere_takes_a_secret_as_its_value() -> None:
    from intake.cli import cli as group

    secretive = re.compile(r"pass|secret|key|password|pin", re.IGNORECASE)
    commands = [("intake", group), *_all_commands(group)]
    for name, command in commands:
        for param in command.params:
            named = [o for o in param.opts + param.secondary_opts if secretive.search(o)]
            if isinstance(param, click.Argument):
                assert not named, (name, param.name)
            for option in named:
                takes_no_value = isinstance(param, click.Option) and param.is_flag
                assert takes_no_value or option.endswith("-file"), (name, option)
                assert not getattr(param, "envvar", None), (name, option)


def test_passwd_retires_the_old_passphrase_and_the_recovery_key_still_works(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, recovery = made_vault
    db_before = file_hashes(vault_dir)[DB_FILE]
    result = cli("passwd", "--new-passphrase-file", "-", stdin=NEW_PASSPHRASE.encode() + b"\n")
    assert result.code == 0, result
    assert "Passphrase changed" in result.stderr
    assert file_hashes(vault_dir)[DB_FILE] == db_before
    assert_error(cli("verify"), 2, "wrong passphrase")
    assert with_passphrase(cli, NEW_PASSPHRASE, "verify").code == 0
    third = "a third fictional passphrase"
    recovered = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{recovery}\n{third}\n".encode(),
        passphrase=False,
    )
    assert recovered.code == 0, recovered


def test_passwd_refuses_a_short_new_passphrase_and_keeps_the_old_one(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    before = file_hashes(vault_dir)
    assert_error(cli("passwd", "--new-passphrase-file", "-", stdin=b"too short\n"), 2, "too short")
    assert file_hashes(vault_dir) == before
    assert cli("verify").code == 0


def test_recover_sets_a_new_passphrase_and_keeps_the_recovery_key(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    _vault_dir, recovery = made_vault
    result = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{recovery.lower()}\n{NEW_PASSPHRASE}\n".encode(),
        passphrase=False,
    )
    assert result.code == 0, result
    assert "recovery key still works" in result.stderr
    assert_error(cli("verify"), 2, "wrong passphrase")
    assert with_passphrase(cli, NEW_PASSPHRASE, "verify").code == 0
    again = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{recovery}\n{PASSPHRASE}\n".encode(),
        passphrase=False,
    )
    assert again.code == 0, again
    assert cli("verify").code == 0


def _typo(recovery: str) -> str:
    position = 12  # inside the third group
    return recovery[:position] + ("7" if recovery[position] != "7" else "8") + recovery[13:]


@pytest.mark.parametrize(
    ("mangle", "says"),
    [(_typo, "typo"), (lambda _key: "not a recovery key at all", "not a recovery key")],
    ids=["one wrong character", "something else"],
)
def test_recover_reports_a_mistyped_recovery_key_and_changes_nothing(
    cli: Cli,
    made_vault: tuple[Path, str],
    mangle: Callable[[str], str],
    says: str,
) -> None:
    vault_dir, recovery = made_vault
    before = file_hashes(vault_dir)
    result = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{mangle(recovery)}\n{NEW_PASSPHRASE}\n".encode(),
        passphrase=False,
    )
    assert_error(result, 2, says)
    assert file_hashes(vault_dir) == before


# -- backup and verify -----------------------------------------------------------------------


def test_verify_says_ok_on_a_sound_vault(cli: Cli, made_vault: tuple[Path, str]) -> None:
    result = cli("verify")
    assert result.code == 0, result
    assert result.stdout.startswith("ok")


def test_a_backup_verifies_with_the_same_passphrase(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
) -> None:
    out = tmp_path / "backup"
    result = cli("backup", str(out))
    assert result.code == 0, result
    verified = cli("verify", vault=out)
    assert verified.code == 0, verified
    assert verified.stdout.startswith("ok")


@pytest.mark.parametrize("where", ["non-empty directory", "inside the vault"])
def test_a_backup_is_refused_into_a_non_empty_directory_or_inside_the_vault(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    where: str,
) -> None:
    vault_dir, _recovery = made_vault
    if where == "inside the vault":
        out = vault_dir / "copy"
    else:
        out = tmp_path / "busy"
        out.mkdir()
        (out / "keep.txt").write_text("someone's file")
    before = file_hashes(vault_dir)
    assert_error(cli("backup", str(out)), 1, "not empty" if "empty" in where else "inside")
    assert file_hashes(vault_dir) == before


@pytest.fixture
def filled_vault(made_vault: tuple[Path, str]) -> Path:
    """A closed vault with enough rows to span many pages."""
    vault_dir, _recovery = made_vault
    with (
        Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as opened,
        opened.transaction() as conn,
    ):
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.executemany(
            "INSERT INTO notes VALUES (?)", [(f"fictional note {i} " * 40,) for i in range(200)]
        )
    return vault_dir


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


DAMAGE: list[tuple[str, str, Callable[[bytes], bytes], str]] = [
    (
        "a flipped byte in a middle page",
        DB_FILE,
        lambda d: _flip(d, len(d) // 2 + 100),
        "database is damaged",
    ),
    ("a flipped byte in the first page", DB_FILE, lambda d: _flip(d, 100), "database"),
    ("a truncated database", DB_FILE, lambda d: d[: len(d) // 2], "database"),
    ("a database cut mid-page", DB_FILE, lambda d: d[: len(d) // 2 + 1000], "database"),
    ("a flipped byte in the header", HEADER_FILE, lambda d: _flip(d, len(d) // 2), "header"),
    (
        "an edited header",
        HEADER_FILE,
        lambda d: d.replace(b'"parallelism": 1', b'"parallelism": 2'),
        "header",
    ),
    ("a truncated header", HEADER_FILE, lambda d: d[:200], "header"),
]


@pytest.mark.parametrize(("_name", "target", "damage", "says"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_verify_reports_damage_in_words_with_a_non_zero_exit_and_overwrites_nothing(
    filled_vault: Path,
    _name: str,
    target: str,
    damage: Callable[[bytes], bytes],
    says: str,
) -> None:
    path = filled_vault / target
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)
    before = file_hashes(filled_vault)
    result = run_intake(
        "--vault",
        str(filled_vault),
        "--passphrase-file",
        "-",
        "verify",
        stdin=PASSPHRASE.encode() + b"\n",
    )
    stderr = result.stderr.decode()
    assert result.returncode != 0
    assert stderr.startswith("intake: error: "), stderr
    assert says in stderr.splitlines()[0]
    assert "Traceback" not in stderr
    assert file_hashes(filled_vault) == before


def test_a_missing_database_is_reported_and_not_created(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    (vault_dir / DB_FILE).unlink()
    assert_error(cli("verify"), 1, "database")
    assert not (vault_dir / DB_FILE).exists()


def test_a_vault_held_by_another_process_is_reported_as_in_use(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from intake.store.vault import Vault\n"
            f"v = Vault.open(Path({str(vault_dir)!r}), bytearray({PASSPHRASE!r}.encode()))\n"
            "print('open', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"open\n"
        assert_error(cli("verify"), 1, "vault in use")
        assert_error(
            cli("passwd", "--new-passphrase-file", "-", stdin=NEW_PASSPHRASE.encode() + b"\n"),
            1,
            "vault in use",
        )
    finally:
        holder.kill()
        holder.wait()
    assert cli("verify").code == 0  # the kernel dropped the dead holder's lock


# -- help ------------------------------------------------------------------------------------


def test_intake_help_lists_every_command(cli: Cli) -> None:
    from intake.cli import cli as group

    result = cli("--help", passphrase=False)
    assert result.code == 0, result
    assert "--passphrase-file" in result.stdout
    for name in group.commands:
        assert name in result.stdout


def _command_names() -> list[str]:
    from intake.cli import cli as group

    return [name for name, _command in _all_commands(group)]


@pytest.mark.parametrize("name", _command_names())
def test_every_command_has_help_that_describes_it(cli: Cli, name: str) -> None:
    from intake.cli import cli as group

    command: click.Command = group
    for part in name.split():
        assert isinstance(command, click.Group)
        command = command.commands[part]
    result = cli(*name.split(), "--help", passphrase=False)
    assert result.code == 0, result
    assert f"Usage: intake {name}" in result.stdout
    summary = command.get_short_help_str(limit=200).rstrip(".")
    assert len(summary) >= 10, f"'{name}' has no description"
    assert summary[:40] in " ".join(result.stdout.split())


def test_a_cancelled_prompt_says_so_with_a_hint_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import intake.cli as entry

    def cancelled(**_: object) -> None:
        raise click.exceptions.Abort

    monkeypatch.setattr(entry.cli, "main", cancelled)
    with pytest.raises(SystemExit) as stopped:
        entry.main(["list"])
    assert stopped.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "intake: cancelled" and lines[1].startswith("hint: nothing was changed")


@pytest.mark.parametrize("group", ["person", "quote"])
def test_a_command_group_without_its_command_names_the_commands_in_two_lines(group: str) -> None:
    result = run_intake(group)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"intake: error: 'intake {group}' needs")
    assert "add" in lines[0] and lines[1].startswith("hint: ")
