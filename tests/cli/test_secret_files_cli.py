"""Each secret option reads its own file: passwd and recover with two files, with one file
of several lines, and with standard input; secret lines left over are zeroed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.cli.context import CliContext
from tests.cli.test_vault_cli import assert_error, with_passphrase
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]
NEW = "a fictional new passphrase"
DECOY = "a decoy second line that must never be used"


def _write(tmp_path: Path, name: str, *lines: str) -> str:
    path = tmp_path / name
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


def test_passwd_with_two_files_sets_the_new_file_s_passphrase(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    old = _write(tmp_path, "old.txt", PASSPHRASE, DECOY)
    new = _write(tmp_path, "new.txt", NEW)
    result = cli("--passphrase-file", old, "passwd", "--new-passphrase-file", new, passphrase=False)
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0
    assert_error(with_passphrase(cli, DECOY, "verify"), 2, "wrong passphrase")


def test_passwd_with_one_file_of_several_lines_takes_them_in_order(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    both = _write(tmp_path, "both.txt", PASSPHRASE, NEW, DECOY)
    result = cli("--passphrase-file", both, "passwd", passphrase=False)
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0


def test_passwd_from_standard_input_takes_the_line_after_the_current_passphrase(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    result = cli("passwd", "--new-passphrase-file", "-", stdin=f"{NEW}\n".encode())
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0


def test_recover_with_two_files_sets_the_new_file_s_passphrase(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    _vault_dir, recovery = made_vault
    key = _write(tmp_path, "key.txt", recovery, DECOY)
    new = _write(tmp_path, "new.txt", NEW)
    result = cli(
        "recover",
        "--recovery-key-file",
        key,
        "--new-passphrase-file",
        new,
        passphrase=False,
    )
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0


def test_recover_with_one_file_of_several_lines_takes_them_in_order(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    _vault_dir, recovery = made_vault
    both = _write(tmp_path, "both.txt", recovery, NEW)
    result = cli(
        "recover", "--recovery-key-file", both, "--new-passphrase-file", both, passphrase=False
    )
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0


def test_recover_from_standard_input_reads_the_key_then_the_new_passphrase(
    cli: Cli, made_vault: tuple[Path, str]
) -> None:
    _vault_dir, recovery = made_vault
    result = cli(
        "recover",
        "--recovery-key-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{recovery}\n{NEW}\n".encode(),
        passphrase=False,
    )
    assert result.code == 0, result
    assert with_passphrase(cli, NEW, "verify").code == 0


@pytest.mark.parametrize("crlf", [False, True])
def test_lines_left_unused_in_a_secret_file_are_zeroed_by_wipe(tmp_path: Path, crlf: bool) -> None:
    ending = "\r\n" if crlf else "\n"
    path = tmp_path / "both.txt"
    path.write_text(f"first secret{ending}second secret{ending}third{ending}", encoding="utf-8")
    context = CliContext(vault_path=tmp_path / "vault", passphrase_file=str(path))
    first = context.secret("Passphrase")
    assert first == bytearray(b"first secret")
    left = list(context._file_lines[str(path)])
    assert [bytes(line) for line in left] == [b"second secret", b"third", b""]
    context.wipe()
    assert all(set(line) <= {0} for line in left)
    assert context._file_lines == {}
