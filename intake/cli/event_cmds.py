"""Event commands: what happened, where, when and to whom (HURIDOCS Events Standard Formats)."""

from __future__ import annotations

import click

from intake.cli import render, textin
from intake.cli.context import CliContext
from intake.models import Event, Precision

pass_cli = click.make_pass_decorator(CliContext)


@click.group("event")
def event_group() -> None:
    """Record the events a testimony describes."""


@event_group.command("add")
@click.argument("testimony_id", metavar="ID")
@click.argument("description", required=False)
@click.option("--place", default=None, help="Where, generalised (a region or town).")
@click.option("--place-file", metavar="F|-", help="The place, from a file or stdin.")
@click.option("--date", metavar="YYYY[-MM[-DD]]", callback=render.check_date, help="When.")
@click.option(
    "--precision",
    type=click.Choice([p.value for p in Precision]),
    default="exact",
    show_default=True,
    help="How exact the date is.",
)
@click.option(
    "--victim",
    "victims",
    metavar="PERSON",
    multiple=True,
    help="To whom it happened (a registered person; repeatable).",
)
@pass_cli
def add_cmd(
    cli: CliContext,
    /,
    *,
    testimony_id: str,
    description: str | None,
    place: str | None,
    place_file: str | None,
    date: str | None,
    precision: str,
    victims: tuple[str, ...],
) -> None:
    """Add an event to testimony ID (e.g. a detention, a transfer, a beating).

    Safer without DESCRIPTION: it is then asked on the terminal, or read from the next line
    of standard input (then --place-file -'s line), so it never shows in the process list.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    if description is not None and not description.split():
        raise click.BadParameter("describe what happened", param_hint="DESCRIPTION")
    with cli.open_vault() as vault:
        text = " ".join((description or textin.asked("description")).split())
        where = textin.option_or_file(place, place_file, "place", "--place") or ""
        event = Event(text, where.strip(), date, Precision(precision), victims)
        changed = testimonies.add_event(vault, testimony_id, event)
    click.echo(
        f"Added event {len(changed.events)} to {changed.id}; status {changed.status.value}.",
        err=True,
    )


def register(group: click.Group) -> None:
    group.add_command(event_group)
