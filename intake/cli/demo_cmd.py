"""`intake demo`: a throwaway vault with fictional data, opened in the interface."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli.context import CliContext, interactive

pass_cli = click.make_pass_decorator(CliContext)


@click.command("demo")
@click.option("--no-open", is_flag=True, help="Only create the demo vault and print where it is.")
@pass_cli
def demo_cmd(cli: CliContext, no_open: bool) -> None:
    """Create a throwaway vault with fictional sample testimonies and people, and open it.

    The vault is made in a new temporary directory; its passphrase is printed.
    It holds no real data: every name, number and event in it is invented.
    """
    from intake.demo import create_demo

    demo = create_demo()
    click.echo(f"Demo vault: {demo.path}")
    click.echo(f"Passphrase: {demo.passphrase}")
    click.echo(
        f"Made {len(demo.person_ids)} fictional people and "
        f"{len(demo.testimony_ids)} fictional testimonies: {', '.join(demo.testimony_ids)}"
    )
    click.echo(f"Use it from the command line with: intake --vault {demo.path} list")
    if no_open or not interactive():
        return
    try:
        from intake.tui.app import run_app
    except ImportError:
        return
    run_app(
        Path(demo.path),
        unlock_note=f"Demo vault (fictional data). Its passphrase: {demo.passphrase}",
        secret=bytearray(demo.passphrase.encode()),
    )


def register(group: click.Group) -> None:
    group.add_command(demo_cmd)
