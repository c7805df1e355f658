"""The auditor's report: `intake audit [--json] [--no-unlock]` (rendering; see intake.audit)."""

from __future__ import annotations

import json
import os
import textwrap
from itertools import zip_longest
from typing import TYPE_CHECKING

import click

from intake.cli.context import CliContext
from intake.wording import counted

if TYPE_CHECKING:
    from intake.audit import AuditReport

pass_cli = click.make_pass_decorator(CliContext)

WIDTH = 80
STATUS_WIDTH = 6
TITLE_WIDTH = 30
_COLOURS = {"PASS": "green", "WARN": "yellow", "FAIL": "red"}


def _styled(status: str) -> str:
    if os.environ.get("NO_COLOR"):
        return status
    # click.echo drops the colour when stdout is not a terminal.
    return click.style(status, fg=_COLOURS[status], bold=True)


def _row(status: str, title: str, measured: str) -> list[str]:
    titles = textwrap.wrap(title, TITLE_WIDTH - 2, break_on_hyphens=False) or [""]
    values = textwrap.wrap(measured, WIDTH - STATUS_WIDTH - TITLE_WIDTH) or [""]
    lines = []
    for n, (left, right) in enumerate(zip_longest(titles, values, fillvalue="")):
        label = " " * STATUS_WIDTH
        if n == 0:
            label = _styled(status) + " " * (STATUS_WIDTH - len(status))
        lines.append((label + left.ljust(TITLE_WIDTH) + right).rstrip())
    return lines


def _detail(label: str, text: str) -> list[str]:
    indent = " " * STATUS_WIDTH
    return textwrap.wrap(
        text, WIDTH, initial_indent=f"{indent}{label:<10}", subsequent_indent=indent + " " * 10
    )


def render(report: AuditReport) -> list[str]:
    """The report as lines of at most 80 columns (plus colour codes on a terminal)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.audit import Status

    lines = [f"intake audit of {report.vault}", ""]
    for check in report.checks:
        lines += _row(check.status.value, check.title, check.measured)
        if check.status is not Status.PASS:
            lines += _detail("expected", check.expected)
        lines += _detail("why", check.reason)
        if check.status is not Status.PASS:
            lines += _detail("do", check.action)
    if report.skipped:
        lines += [
            "",
            *textwrap.wrap(
                "Not checked (they need the passphrase): "
                + ", ".join(report.skipped).lower()
                + ".",
                WIDTH,
            ),
        ]
    checks = counted(len(report.checks), "check")
    lines += [
        "",
        f"{checks}: {report.count(Status.PASS)} pass, "
        f"{report.count(Status.WARN)} warn, {report.count(Status.FAIL)} fail "
        f"(exit code {report.exit_code})",
    ]
    return lines


@click.command("audit")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the report as JSON (its schema: intake schema audit-report).",
)
@click.option(
    "--no-unlock",
    is_flag=True,
    help="Do not ask for the passphrase: run only the checks that need none.",
)
@click.option(
    "--show-paths",
    is_flag=True,
    help="Name stray files by their paths (a file name may itself be sensitive).",
)
@pass_cli
@click.pass_context
def audit_cmd(
    ctx: click.Context, cli: CliContext, as_json: bool, no_unlock: bool, show_paths: bool
) -> None:
    """Report how the vault is protected, without reading any testimony.

    Without the passphrase: the header's format and key slots (KDF parameters
    against the RFC 9106 floor, AEAD), the SQLCipher, SQLite and OpenSSL versions,
    file permissions, stray files and whether the database looks encrypted. With
    it: the cipher settings, page authentication and integrity, migrations and
    counts of rows. The report shows settings and counts only, never content.

    \b
    Exit codes of this command:
      0  every check passed
      1  at least one check warns (and none failed)
      2  at least one check failed
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.audit import audit_vault

    opener = None if no_unlock else cli.open_vault
    report = audit_vault(cli.vault_path, opener, show_paths=show_paths)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        for line in render(report):
            click.echo(line)
    ctx.exit(report.exit_code)


def register(group: click.Group) -> None:
    group.add_command(audit_cmd)
