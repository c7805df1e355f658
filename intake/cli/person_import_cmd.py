"""`intake person import FILE|-`: register every person of a registry document at once."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from intake.cli.context import CliContext
from intake.cli.redact_cmd import MAX_REGISTRY_BYTES, _read_text
from intake.errors import InputError
from intake.wording import counted, verb

if TYPE_CHECKING:
    from intake.redact import Person

pass_cli = click.make_pass_decorator(CliContext)


def _entries(path: str) -> tuple[list[Person], int]:
    """The people of a registry document (schemas/registry.schema.json) and its term count."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.redact import Registry

    try:
        doc = json.loads(_read_text(path, MAX_REGISTRY_BYTES, "registry file"))
    except json.JSONDecodeError:
        raise InputError(
            "the registry file is not valid JSON",
            "Check it against the schema (intake schema registry prints it). Nothing was written.",
        ) from None
    registry = Registry.from_json(doc)
    return list(registry.people), len(registry.terms)


@click.command("import")
@click.argument("file", metavar="FILE|-")
@pass_cli
def import_cmd(cli: CliContext, /, *, file: str) -> None:
    """Register every person of a registry file (its schema: intake schema registry) at once.

    One transaction: everyone is registered, or nobody. Each person gets a pseudonym drawn
    at random unless the file gives one; ids in the file are not used. Prints the new ids,
    one a line, in the file's order.
    """
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.people.importing import import_people

    # A file is checked before the passphrase is asked; standard input is read after it,
    # since the passphrase may be its first line.
    read = None if file == "-" else _entries(file)
    with cli.open_vault() as vault:
        people, terms = read or _entries(file)
        registered = import_people(vault, people)
    click.echo(f"Registered {counted(len(registered), 'person')}.", err=True)
    if terms:
        click.echo(
            f"warning: the file's {counted(terms, 'term')} {verb(terms, 'was', 'were')} not "
            "imported: a vault keeps people only.",
            err=True,
        )
        click.echo("hint: redact with those terms using 'intake redact --registry FILE'.", err=True)
    for person in registered:
        click.echo(person.id)


def register(group: click.Group) -> None:
    group.add_command(import_cmd)
