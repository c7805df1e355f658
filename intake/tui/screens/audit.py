"""The auditor's report, colour-coded: how this vault is protected, without any content.

The report comes from :func:`intake.audit.audit_vault`, run on the vault the
interface holds open; the highlighted check's expected value, reason and what
to do are shown below the table.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from intake.tui import data
from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import AuditReady, Location
from intake.tui.safety import one_line, plain
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.wording import counted

STYLES = {"PASS": "bold green", "WARN": "bold yellow", "FAIL": "bold red"}


class AuditScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("r", "rerun", "Run again"),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._checks: list[Any] = []

    @property
    def location(self) -> Location:
        return Location("audit")

    def compose(self) -> ComposeResult:
        yield Static("Auditing the vault…", id="heading", markup=False)
        yield DataTable(id="list", cursor_type="row")
        yield Static("", id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.action_rerun()

    def action_rerun(self) -> None:
        run_job(self, self.session, data.audit, AuditReady, exclusive=True, group="audit")

    def on_audit_ready(self, message: AuditReady) -> None:
        report = message.report
        self._checks = list(report.checks)
        table = self.query_one("#list", DataTable)
        table.clear(columns=True)
        title = min(max((len(check.title) for check in self._checks), default=10), 36)
        width = max(self.size.width - 2 - 2 * 3 - 6 - title, 20)
        table.add_column("Status", width=6)
        table.add_column("Check", width=title)
        table.add_column("Measured", width=width)
        for check in self._checks:
            status = str(check.status.value)
            table.add_row(
                Text(status, style=STYLES.get(status, "")),
                plain(one_line(check.title, title)),
                plain(one_line(check.measured, width)),
            )
        summary = Text(f"Audit: {report.status.value}", style=STYLES.get(report.status.value, ""))
        summary.append(
            f"    {counted(len(self._checks), 'check')}: {report.count(report.status.PASS)} "
            f"pass, {report.count(report.status.WARN)} warn, "
            f"{report.count(report.status.FAIL)} fail",
            style="",
        )
        self.query_one("#heading", Static).update(summary)
        self._show()

    @on(DataTable.RowHighlighted)
    def _show(self) -> None:
        table = self.query_one("#list", DataTable)
        if not self._checks or table.cursor_row >= len(self._checks):
            return
        check = self._checks[table.cursor_row]
        detail = Text()
        for label, value in (
            ("Measured", check.measured),  # whole: the table cuts it at 80 columns
            ("Expected", check.expected),
            ("Why", check.reason),
            ("To do", check.action),
        ):
            detail.append(f"{label}: ", style="bold")
            detail.append(f"{value}\n")
        self.query_one("#detail", Static).update(detail)

    def action_back(self) -> None:
        self.dismiss()
