"""Event commands: what happened, where, when and to whom (HURIDOCS Events Standard Formats)."""

from __future__ import annotations

import click

from intake.cli import render
from intake.cli.context import CliContext
from intake.models import Event, Precision

pass_cli = click.make_pass_decorator(CliContext)


@click.group("event")
def event_group() -> None:
    """Record the events a testimony describes."""


@event_group.command("add")
@click.argument("testimony_id", metavar="ID")
@click.argument("description")
@click.option("--place", default="", help="Where, generalised (a region or town).")
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
    description: str,
    place: str,
    date: str | None,
    precision: str,
    victims: tuple[str, ...],
) -> None:
    """Add an event to testimony ID (e.g. a detention, a transfer, a beating)."""
    from intake import testimonies

    text = " ".join(description.split())
    if not text:
        raise click.BadParameter("describe what happened", param_hint="DESCRIPTION")
    event = Event(text, place.strip(), date, Precision(precision), victims)
    with cli.open_vault() as vault:
        changed = testimonies.add_event(vault, testimony_id, event)
    click.echo(
        f"Added event {len(changed.events)} to {changed.id}; status {changed.status.value}.",
        err=True,
    )


def register(group: click.Group) -> None:
    group.add_command(event_group)
