"""`intake quote list ID` and `intake quote remove ID N` (``quote add`` is with review)."""

from __future__ import annotations

import click

from intake.cli.context import CliContext
from intake.cli.review_cmds import quote_group

pass_cli = click.make_pass_decorator(CliContext)


@quote_group.command("list")
@click.argument("testimony_id", metavar="ID")
@pass_cli
def quote_list_cmd(cli: CliContext, /, *, testimony_id: str) -> None:
    """The approved quotes of testimony ID, numbered as 'quote remove' takes them."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    with cli.open_vault() as vault:
        testimony = testimonies.get(vault, testimony_id)
    if not testimony.quotes:
        click.echo(f"No quotes yet: mark one with 'intake quote add {testimony_id}'.", err=True)
    for number, quote in enumerate(testimony.quotes, start=1):
        text = " ".join(quote.text_in(testimony.transcript).split())
        click.echo(f"{number}\t{text}")


@quote_group.command("remove")
@click.argument("testimony_id", metavar="ID")
@click.argument("number", metavar="N", type=click.IntRange(min=1))
@pass_cli
def quote_remove_cmd(cli: CliContext, /, *, testimony_id: str, number: int) -> None:
    """Unmark quote N of testimony ID (its number in 'intake quote list ID')."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake import review

    with cli.open_vault() as vault:
        testimony = review.remove_quote(vault, testimony_id, number)
    click.echo(
        f"Quote {number} removed ({len(testimony.quotes)} left); the testimony is "
        f"{testimony.status.value}.",
        err=True,
    )


def register(group: click.Group) -> None:
    """The commands join the ``quote`` group that review_cmds registers."""
