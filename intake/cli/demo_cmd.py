"""`intake demo`: a throwaway vault with fictional data, opened in the interface."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from intake.cli.context import CliContext, interactive

pass_cli = click.make_pass_decorator(CliContext)


@click.command("demo")
@click.option("--no-open", is_flag=True, help="Only create the demo vault and print where it is.")
@click.option("--keep", is_flag=True, help="Keep the demo vault when the interface closes.")
@pass_cli
def demo_cmd(cli: CliContext, no_open: bool, keep: bool) -> None:
    """Create a throwaway vault with fictional sample testimonies and people, and open it.

    The vault is made in a new temporary directory; its passphrase is printed.
    It holds no real data: every name, number and event in it is invented. It is
    removed when the interface closes (unless --keep); with --no-open the command
    prints how to remove it.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.demo import create_demo

    demo = create_demo()
    click.echo(f"Demo vault: {demo.path}")
    click.echo(f"Passphrase: {demo.passphrase}")
    click.echo(
        f"Made {len(demo.person_ids)} fictional people and "
        f"{len(demo.testimony_ids)} fictional testimonies: {', '.join(demo.testimony_ids)}"
    )
    click.echo(f"Use it from the command line with: intake --vault {demo.path} list")
    folder = Path(demo.path).parent  # the temporary directory made for it
    if no_open or not interactive():
        click.echo(f"Remove it when done with: rm -r {folder}")
        return
    # late: textual loads only when the interface opens
    from intake.tui.app import run_app

    try:
        run_app(
            Path(demo.path),
            unlock_note=f"Demo vault (fictional data). Its passphrase: {demo.passphrase}",
            secret=bytearray(demo.passphrase.encode()),
        )
    finally:
        _done(folder, keep)


def _done(folder: Path, keep: bool) -> None:
    """Remove the throwaway vault (only fictional data: no wiping needed), or say where."""
    if keep:
        click.echo(f"Kept the demo vault; remove it with: rm -r {folder}")
        return
    shutil.rmtree(folder, ignore_errors=True)
    click.echo("Removed the demo vault." if not folder.exists() else f"Remove: rm -r {folder}")


def register(group: click.Group) -> None:
    group.add_command(demo_cmd)
