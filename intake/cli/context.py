"""What every command shares: the vault's path and how to read secrets.

Secrets (passphrases, recovery keys) come from a file named with
``--passphrase-file`` (``-`` is standard input, one secret per line, in the
order the command asks for them) or from a no-echo prompt on a terminal. They
never come from argv or from an environment variable's value. They are kept in
bytearrays that callers zero when done.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from intake.errors import PassphraseError

if TYPE_CHECKING:
    from intake.store.vault import Vault

MAX_SECRET_BYTES = 4096
BOM = b"\xef\xbb\xbf"  # Notepad and some editors start UTF-8 files with it; never typed


def default_vault_path() -> Path:
    import platformdirs  # late: it loads tempfile, shutil and random; --help stays fast

    return Path(platformdirs.user_data_dir("intake", appauthor=False)) / "vault"


def _read_line(stream: BinaryIO) -> bytearray:
    """Read one line byte by byte, so nothing after it is consumed from a shared stdin."""
    line = bytearray()
    while len(line) <= MAX_SECRET_BYTES:
        byte = stream.read(1)
        if not byte or byte == b"\n":
            break
        line += byte
    else:
        raise PassphraseError("the passphrase line is too long", "Use at most 4096 bytes.")
    if line.endswith(b"\r"):
        del line[-1]
    return line


def _read_lines(path: str) -> list[bytearray]:
    """Every line of a secret file, each in its own bytearray; the buffer read is zeroed."""
    try:
        with Path(path).open("rb") as handle:
            data = bytearray(handle.read(MAX_SECRET_BYTES * 4))
    except OSError as error:
        raise PassphraseError(
            f"cannot read the passphrase file: {error.strerror}",
            "Check the path given to --passphrase-file.",
        ) from None
    lines = []
    start = 0
    while start <= len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        stop = end - 1 if end > start and data[end - 1] == 0x0D else end
        lines.append(bytearray(memoryview(data)[start:stop]))
        start = end + 1
    data[:] = bytes(len(data))
    return lines


def _checked_line(value: bytearray, prompt: str, source: str) -> None:
    """A secret read from a file or a pipe: a leading byte-order mark is dropped (a terminal
    never types one, so a vault made from a file with it would not open at the prompt); an
    empty line is refused in words rather than tried as a wrong passphrase."""
    if value.startswith(BOM):
        size = len(value) - len(BOM)
        for index in range(size):  # shifted in place: a slice would copy the secret
            value[index] = value[index + len(BOM)]
        value[size:] = bytes(len(BOM))
        del value[size:]
    if not value:
        place = "standard input" if source == "-" else "the file"
        raise PassphraseError(
            f"the {prompt.lower()} read from {place} is empty",
            "Put each secret on its own line, in the order the command asks for them.",
        )


@dataclass
class CliContext:
    vault_path: Path
    passphrase_file: str | None = None
    # Lines read from each secret file, kept per path: one option's file never serves
    # another option's secret. Zeroed by wipe() when the command ends.
    _file_lines: dict[str, list[bytearray]] = field(default_factory=dict, repr=False)

    def _from_file(self, path: str) -> bytearray:
        if path == "-":
            return _read_line(sys.stdin.buffer)
        if path not in self._file_lines:
            self._file_lines[path] = _read_lines(path)
        lines = self._file_lines[path]
        if not lines:
            raise PassphraseError(
                "the passphrase file has no more lines",
                "Put one secret per line, in the order the command asks.",
            )
        return lines.pop(0)

    def wipe(self) -> None:
        """Zero every secret line read from a file and not handed out (those handed out
        are zeroed by whoever took them)."""
        for lines in self._file_lines.values():
            for line in lines:
                line[:] = bytes(len(line))
            lines.clear()
        self._file_lines.clear()

    def secret(self, prompt: str, *, confirm: bool = False, source: str | None = None) -> bytearray:
        """Read one secret: from ``source`` (a path or '-') if given, else --passphrase-file,
        else a no-echo prompt on the terminal (asked twice when ``confirm``)."""
        source = source or self.passphrase_file
        if source is not None:
            value = self._from_file(source)
            _checked_line(value, prompt, source)
        elif sys.stdin.isatty():
            value = self._prompt(prompt, confirm)
        else:
            raise PassphraseError(
                "no passphrase: standard input is not a terminal "
                "and no --passphrase-file was given",
                "Use --passphrase-file PATH, or --passphrase-file - to read it "
                "from standard input.",
            )
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            raise PassphraseError(
                "the passphrase is not valid UTF-8", "Save the passphrase file as UTF-8 text."
            ) from None
        return value

    @staticmethod
    def _prompt(prompt: str, confirm: bool) -> bytearray:
        first = bytearray(getpass.getpass(f"{prompt}: ").encode("utf-8"))
        if confirm:
            second = bytearray(getpass.getpass(f"{prompt} (again): ").encode("utf-8"))
            same = first == second
            second[:] = b"\0" * len(second)
            if not same:
                first[:] = b"\0" * len(first)
                raise PassphraseError("the two passphrases differ", "Type the same one twice.")
        return first

    def open_vault(self, *, prompt: str = "Passphrase", accept_rollback: bool = False) -> Vault:
        """Ask for the passphrase and open the vault (the caller closes it)."""
        # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
        from intake.store.vault import Vault

        passphrase = self.secret(prompt)
        try:
            return Vault.open(self.vault_path, passphrase, accept_rollback=accept_rollback)
        finally:
            passphrase[:] = b"\0" * len(passphrase)


def interactive() -> bool:
    """True when a person is at a terminal (not a pipe, not CI)."""
    return sys.stdin.isatty() and sys.stdout.isatty() and os.environ.get("CI") != "true"
