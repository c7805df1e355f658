"""Contact commands: add, list, show, verify, remove the cards of other vaults."""

from __future__ import annotations

import sys

import click

from intake.cli import render
from intake.cli.context import CliContext, interactive
from intake.errors import InputError, UsageError

pass_cli = click.make_pass_decorator(CliContext)
MAX_CARD_LINE = 1024


@click.group("contact")
def contact_group() -> None:
    """The cards of people you send bundles to or receive them from."""


@contact_group.command("add")
@click.argument("name")
@click.argument("card")
@pass_cli
def contact_add_cmd(cli: CliContext, /, *, name: str, card: str) -> None:
    """Add NAME with CARD (the line 'intake id' printed; '-' reads it from standard input)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import contacts

    with cli.open_vault() as vault:
        text = _card_from_stdin() if card == "-" else card
        contact = contacts.add(vault, name, text)
    click.echo(f"Added '{contact.name}'. fingerprint: {contact.fingerprint}")
    click.echo(
        "Not verified yet: compare the fingerprint with its owner by voice, then run "
        f"'intake contact verify {contact.name}'.",
        err=True,
    )


@contact_group.command("list")
@pass_cli
def contact_list_cmd(cli: CliContext, /) -> None:
    """List contacts with their fingerprints and whether each was verified."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import contacts

    with cli.open_vault() as vault:
        found = contacts.all_contacts(vault)
    render.table(
        ["name", "fingerprint", "verified", "added"],
        [[c.name, c.fingerprint, _verified(c.verified_at), c.added_at] for c in found],
    )


@contact_group.command("show")
@click.argument("name")
@pass_cli
def contact_show_cmd(cli: CliContext, /, *, name: str) -> None:
    """Show a contact's card and fingerprint."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import contacts

    with cli.open_vault() as vault:
        contact = contacts.get(vault, name)
    click.echo(f"name: {contact.name}")
    click.echo(f"card: {contact.card.text}")
    click.echo(f"fingerprint: {contact.fingerprint}")
    click.echo(f"verified: {_verified(contact.verified_at)}")


@contact_group.command("verify")
@click.argument("name")
@click.option("--yes", is_flag=True, help="The fingerprint was compared; do not ask.")
@pass_cli
def contact_verify_cmd(cli: CliContext, /, *, name: str, yes: bool) -> None:
    """Record that NAME's fingerprint was compared with its owner (by voice, in person)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import contacts

    with cli.open_vault() as vault:
        contact = contacts.get(vault, name)
        click.echo(f"fingerprint of '{name}': {contact.fingerprint}", err=True)
        if not yes:
            if not interactive():
                raise UsageError(
                    "verifying a contact needs a confirmation",
                    "Compare the fingerprint with its owner, then add --yes.",
                )
            click.confirm("Did its owner read out exactly these digits?", abort=True, err=True)
        contacts.verify(vault, name)
    click.echo(f"'{name}' is verified.")


@contact_group.command("remove")
@click.argument("name")
@pass_cli
def contact_remove_cmd(cli: CliContext, /, *, name: str) -> None:
    """Remove a contact: bundles it signs are refused from now on."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import contacts

    with cli.open_vault() as vault:
        contacts.remove(vault, name)
    click.echo(f"Removed '{name}'; bundles signed with its card will be refused.")


def _card_from_stdin() -> str:
    line = sys.stdin.buffer.readline(MAX_CARD_LINE)
    try:
        return line.decode("ascii").strip()
    except UnicodeDecodeError:
        raise InputError("the card read from standard input is not a card") from None


def _verified(at: str | None) -> str:
    return f"yes ({at[:10]})" if at else "NO"
