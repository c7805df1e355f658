"""The audit's records: a check's status, one check, the report (a leaf: imports nothing of intake
but the package version, when a report is written out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from intake import __version__

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
