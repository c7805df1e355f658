"""Stray entries in the vault directory: what each one is, from its name, type and first bytes.

A vault directory should hold header.json, vault.db and changes.json only.
Anything else is reported as "stray file #N" with its kind, size and a verdict: a
journal, an unfinished header write or key rotation left by an interrupted command
(WARN), plaintext, an unencrypted database or a document (FAIL), anything else
intake did not write (WARN). The first 4 KiB are read to classify a file and never
shown. Names are not shown either (a file may be named after a person): only with
``--show-paths``, escaped and shortened, so the auditor can find the file.
"""

from __future__ import annotations

import shlex
import stat
from pathlib import Path

from intake.audit.files import RANDOM_BITS_PER_BYTE, SQLITE_MAGIC, entropy
from intake.audit.report import Check, Status

EXPECTED_FILES = ("header.json", "vault.db", "changes.json")
EXPECTED = "only header.json, vault.db and changes.json"
SNIFF_BYTES = 4096


def _display_name(name: str) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)
    return shown if len(shown) <= 48 else shown[:45] + "..."


def stray_files(path: Path, show_paths: bool = False) -> list[Check]:
    try:
        strays = sorted(p for p in path.iterdir() if p.name not in EXPECTED_FILES)
    except OSError as error:
        return [
            Check(
                "files.stray",
                "Stray files",
                Status.WARN,
                f"cannot list the directory ({error.strerror})",
                EXPECTED,
                "Stray files could not be looked for.",
                "Give your user read access to the vault directory (chmod 700).",
            )
        ]
    if not strays:
        return [
            Check(
                "files.stray",
                "Stray files",
                Status.PASS,
                "none",
                EXPECTED,
                "Nothing else is stored next to the vault.",
            )
        ]
    return [stray_file(stray, n, show_paths) for n, stray in enumerate(strays, 1)]


def stray_file(stray: Path, number: int, show_paths: bool = False) -> Check:
    """One stray entry as "stray file #N (kind, size)"; its name and path only when asked."""
    shown = None if show_paths else f"<stray file #{number}; its path: intake audit --show-paths>"
    status, kind, reason, action = classify(stray, shown)
    title = f"Stray file #{number}"
    if show_paths:
        title += f": {_display_name(stray.name)!r}"
    return Check(
        f"files.stray.{number}", title, status, f"{kind}, {_size(stray)}", EXPECTED, reason, action
    )


def _size(stray: Path) -> str:
    if stray.is_symlink() or not stray.is_dir():
        return f"{stray.lstat().st_size} bytes"
    files = [p for p in stray.rglob("*") if p.is_file() and not p.is_symlink()]
    return f"{len(files)} file(s), {sum(p.stat().st_size for p in files)} bytes"


Verdict = tuple[Status, str, str, str]  # status, kind, reason, action
_MOVE_OUT = "Move it out of the vault directory (or delete it if it is not needed): "


def classify(stray: Path, shown: str | None = None) -> Verdict:
    """Say what a stray entry is, from its name, type and first bytes (never shown); the
    actions name it ``shown``, or by its quoted path when that is None."""
    quoted = shlex.quote(str(stray)) if shown is None else shown
    info = stray.lstat()
    if stat.S_ISLNK(info.st_mode):
        return (
            Status.WARN,
            "symbolic link",
            "intake never creates links in a vault.",
            f"Check where it points, then remove it: rm {quoted}",
        )
    if stat.S_ISDIR(info.st_mode):
        return _classify_directory(stray, quoted)
    known = _known_leftover(stray.name, quoted)
    if known is not None:
        return known
    if not stat.S_ISREG(info.st_mode):
        return (
            Status.WARN,
            "special file",
            "intake never creates these in a vault.",
            _MOVE_OUT + quoted,
        )
    return _classify_content(_sniff(stray), quoted)


def _known_leftover(name: str, quoted: str) -> Verdict | None:
    if name == "vault.db-journal":
        return (
            Status.WARN,
            "rollback journal",
            "An interrupted write left it (or intake is "
            "writing right now); its pages are encrypted and undo that write.",
            "Open the vault with intake (for example 'intake verify') so the write is "
            "rolled back; never delete it by hand.",
        )
    if name in ("vault.db-wal", "vault.db-shm"):
        return (
            Status.WARN,
            "write-ahead log",
            "intake uses a rollback journal: another program opened the database.",
            "Close that program and open the vault with intake; then move the file out.",
        )
    if name in ("vault.db.rekey", "vault.db.rekey-journal", "changes.json.rekey"):
        return (
            Status.WARN,
            "unfinished key rotation",
            "An interrupted 'intake passwd --rekey' left it; it is encrypted.",
            "Open the vault with intake ('intake verify'): the rotation is finished or "
            "dropped, whichever the header says. Never delete it by hand.",
        )
    if name.startswith(".changes.json.") and name.endswith(".tmp"):
        return (
            Status.WARN,
            "unfinished change-record write",
            "An interrupted write of the change counter left it; it holds no secret.",
            "Open the vault with intake ('intake verify'); the next change removes it.",
        )
    if name.startswith(".header.json.") and name.endswith(".tmp"):
        return (
            Status.WARN,
            "unfinished header write",
            "An interrupted passphrase change left a copy of the key slots.",
            "Check that your passphrase opens the vault "
            f"('intake verify'), then delete it: rm {quoted}",
        )
    return None


def _sniff(target: Path) -> bytes | None:
    try:
        with target.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError:
        return None


def _looks_text(data: bytes) -> bool:
    text = data.decode("utf-8", errors="ignore")
    if not text or len(text.encode("utf-8")) < 0.9 * len(data):
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return printable >= 0.95 * len(text)


def _classify_content(data: bytes | None, quoted: str) -> Verdict:
    plain = "Anyone with the disk can read it: it is outside the encrypted database."
    if data is None:
        return (
            Status.WARN,
            "unreadable file",
            "intake could not read it to classify it.",
            _MOVE_OUT + quoted,
        )
    if not data:
        return (Status.WARN, "empty file", "intake did not write it.", _MOVE_OUT + quoted)
    for magic, kind in (
        (SQLITE_MAGIC, "unencrypted SQLite database"),
        (b"PK\x03\x04", "document or archive (zip, docx, odt)"),
        (b"%PDF", "PDF document"),
    ):
        if data.startswith(magic):
            return (Status.FAIL, kind, plain, _MOVE_OUT + quoted)
    if _looks_text(data):
        return (Status.FAIL, "plaintext file", plain, _MOVE_OUT + quoted)
    if len(data) >= 256 and entropy(data) >= RANDOM_BITS_PER_BYTE - 0.5:
        return (
            Status.WARN,
            "random-looking binary",
            "It looks encrypted or compressed; intake did not write it.",
            _MOVE_OUT + quoted,
        )
    return (
        Status.WARN,
        "binary file",
        "It does not look encrypted; intake did not write it.",
        _MOVE_OUT + quoted,
    )


def _classify_directory(directory: Path, quoted: str) -> Verdict:
    files = [p for p in directory.rglob("*") if p.is_file() and not p.is_symlink()][:1000]
    plain = [p for p in files if _classify_content(_sniff(p), quoted)[0] is Status.FAIL]
    if plain:
        return (
            Status.FAIL,
            f"directory with {len(plain)} readable file(s)",
            "An export or unencrypted copy is stored next to the vault.",
            _MOVE_OUT + quoted,
        )
    return (
        Status.WARN,
        "directory",
        "A backup or other data is stored inside the vault; a backup belongs on another disk.",
        _MOVE_OUT + quoted,
    )
