"""The auditor's report: how a vault is protected, checked without reading a testimony.

:func:`audit_vault` returns plain data (an :class:`AuditReport` holding
:class:`Check` records) that the command line and the interface render. Checks
that need no passphrase look at the header, the files and the running SQLCipher
library (:mod:`intake.audit.locked`); with the passphrase, the open database's
cipher settings, integrity and migrations are checked too
(:mod:`intake.audit.unlocked`).

What it protects against: a weak or edited key derivation, a test-only vault, a
database or directory others can read, plaintext left next to the vault, a
damaged database, a library older than expected. Its limits: it sees one moment
and one machine; it cannot tell whether the passphrase is strong, whether a
copy was taken before, or whether this machine is compromised.

Reports never contain testimony text, names, passphrases, keys, salts or the
content of any file: only settings, sizes, counts and file names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from intake.audit import locked, unlocked
from intake.audit.report import (
    EXIT_ALL_PASS,
    EXIT_ANY_FAIL,
    EXIT_ANY_WARN,
    AuditReport,
    Check,
    Status,
    worst,
)

if TYPE_CHECKING:
    from intake.store.vault import Vault

__all__ = [
    "EXIT_ALL_PASS",
    "EXIT_ANY_FAIL",
    "EXIT_ANY_WARN",
    "AuditReport",
    "Check",
    "Status",
    "audit_vault",
    "worst",
]

Opener = Callable[[], "Vault"]


def audit_vault(
    path: Path, open_vault: Opener | None = None, *, show_paths: bool = False
) -> AuditReport:
    """Audit the vault at ``path``; with ``open_vault`` (which asks for the passphrase and
    returns the open vault) the checks that need it run too. Never raises for a weak or
    damaged vault: every problem becomes a check. The checks that need no passphrase run
    first, so stray journals are recorded before anything is opened; the vault is not
    opened at all while a leftover that opening would consume is present (nothing is
    deleted by an audit). Stray files are named by number; ``show_paths`` adds paths."""
    checks = locked.locked_checks(path, show_paths)
    if open_vault is None or not path.is_dir():
        return AuditReport(str(path), False, tuple(checks), unlocked.SKIPPED)
    leftover = unlocked.leftover_check(path)
    if leftover is not None:
        return AuditReport(str(path), False, (*checks, leftover), unlocked.SKIPPED)
    opened, more = unlocked.unlocked_checks(path, open_vault)
    skipped = () if opened else unlocked.SKIPPED
    return AuditReport(str(path), opened, tuple(checks + more), skipped)
