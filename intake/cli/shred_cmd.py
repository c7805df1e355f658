"""The panic wipe command: `intake shred` (the work is in :mod:`intake.store.shred`)."""

from __future__ import annotations

import click

from intake.cli import context
from intake.cli.context import CliContext
from intake.errors import UsageError
from intake.store.shred import shred
from intake.wording import counted

pass_cli = click.make_pass_decorator(CliContext)


@click.command("shred")
@click.option("--yes", is_flag=True, help="Do not ask for the typed confirmation.")
@pass_cli
def shred_cmd(cli: CliContext, yes: bool) -> None:
    """Panic wipe: destroy the vault at once, for ever (no passphrase needed).

    The key slots are overwritten in place and every file of the vault removed, so
    neither the passphrase nor the recovery key opens what is left. Backups and copies
    made earlier are not touched.
    """

    if not yes:
        if not _interactive():
            raise UsageError("shredding needs confirmation", "Add --yes when not at a terminal.")
        typed = click.prompt(
            f"This destroys the vault at {cli.vault_path} for ever. Type SHRED to go on",
            default="",
            show_default=False,
        )
        if typed.strip() != "SHRED":
            raise UsageError("not confirmed; nothing was destroyed", "Type SHRED exactly.")
    removed = shred(cli.vault_path)
    click.echo(
        f"Vault destroyed ({counted(removed, 'file')}): its key slots were overwritten, its files "
        "removed. Backups and copies made earlier still exist.",
        err=True,
    )


def _interactive() -> bool:

    return context.interactive()  # looked up at call time (tests stand in for a terminal)
