"""`intake schema NAME`: print the JSON Schema of a document intake reads or writes."""

from __future__ import annotations

import json

import click

from intake.schemas_util import load_schema, schema_names


@click.command("schema")
@click.argument("name", type=click.Choice(schema_names()))
def schema_cmd(name: str) -> None:
    """Print the JSON Schema of a document: a testimony to import, a registry, a policy."""
    click.echo(json.dumps(load_schema(f"{name}.schema.json"), ensure_ascii=False, indent=2))


def register(group: click.Group) -> None:
    group.add_command(schema_cmd)
