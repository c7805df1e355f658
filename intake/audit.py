"""The auditor's report: how a vault is protected, checked without reading a testimony.

:func:`audit_vault` returns plain data (an :class:`AuditReport` holding
:class:`Check` records) that the command line and the interface render. Checks
that need no passphrase look at the header, the files and the running SQLCipher
library (:mod:`intake.audit_checks`); with the passphrase, the open database's
cipher settings, integrity and migrations are checked too
(:mod:`intake.audit_unlocked`).

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
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake.store.vault import Vault

REPORT_FORMAT = "intake-audit-report"
REPORT_VERSION = 1
# The audit's own exit codes.
EXIT_ALL_PASS = 0
EXIT_ANY_WARN = 1
EXIT_ANY_FAIL = 2


class Status(StrEnum):
    PASS = "PASS"  # noqa: S105 - a status, not a password
    WARN = "WARN"
    FAIL = "FAIL"


_RANK = {Status.PASS: 0, Status.WARN: 1, Status.FAIL: 2}


def worst(statuses: list[Status]) -> Status:
    return max(statuses, key=_RANK.__getitem__, default=Status.PASS)


@dataclass(frozen=True)
class Check:
    """One line of the report: what was measured, what was expected and what to do about it."""

    id: str
    title: str
    status: Status
    measured: str
    expected: str
    reason: str
    action: str = "Nothing to do."


@dataclass(frozen=True)
class AuditReport:
    vault: str
    unlocked: bool
    checks: tuple[Check, ...]
    # Titles of checks that need the passphrase and were not run.
    skipped: tuple[str, ...] = field(default=())

    def count(self, status: Status) -> int:
        return sum(1 for check in self.checks if check.status is status)

    @property
    def status(self) -> Status:
        return worst([check.status for check in self.checks])

    @property
    def exit_code(self) -> int:
        return {Status.PASS: EXIT_ALL_PASS, Status.WARN: EXIT_ANY_WARN, Status.FAIL: EXIT_ANY_FAIL}[
            self.status
        ]

    def check(self, check_id: str) -> Check:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise KeyError(check_id)

    def to_json(self) -> dict[str, Any]:
        """The document ``intake audit --json`` prints (schemas/audit-report.schema.json)."""
        from intake import __version__

        return {
            "format": REPORT_FORMAT,
            "version": REPORT_VERSION,
            "intake_version": __version__,
            "vault": self.vault,
            "unlocked": self.unlocked,
            "summary": {
                "status": self.status.value,
                "exit_code": self.exit_code,
                "pass": self.count(Status.PASS),
                "warn": self.count(Status.WARN),
                "fail": self.count(Status.FAIL),
            },
            "checks": [{**asdict(check), "status": check.status.value} for check in self.checks],
            "skipped": list(self.skipped),
        }


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
    from intake import audit_checks, audit_unlocked

    checks = audit_checks.locked_checks(path, show_paths)
    if open_vault is None or not path.is_dir():
        return AuditReport(str(path), False, tuple(checks), audit_unlocked.SKIPPED)
    leftover = audit_unlocked.leftover_check(path)
    if leftover is not None:
        return AuditReport(str(path), False, (*checks, leftover), audit_unlocked.SKIPPED)
    unlocked, more = audit_unlocked.unlocked_checks(path, open_vault)
    skipped = () if unlocked else audit_unlocked.SKIPPED
    return AuditReport(str(path), unlocked, tuple(checks + more), skipped)
