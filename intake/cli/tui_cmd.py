"""`intake` with no command: open the interface on a terminal, else explain."""

from __future__ import annotations

import click

from intake.cli.context import CliContext, interactive
from intake.errors import UsageError


def open_interface(cli: CliContext) -> None:
    if not interactive():
        raise UsageError("no command given and this is not a terminal",
                         "Run 'intake --help' to see the commands.")
    try:
        from intake.tui.app import run_app
    except ImportError:
        click.echo(click.get_current_context().get_help())
        return
    run_app(cli)
