"""Sensitive-term commands: words that identify a source without being a name."""

from __future__ import annotations

import json

import click

from intake.cli import textin
from intake.cli.context import CliContext

pass_cli = click.make_pass_decorator(CliContext)


@click.group("term")
def term_group() -> None:
    """Register places and words that identify a source (a home village, a school)."""


@term_group.command("add")
@click.argument("text", required=False)
@click.option("--label", default=None, help="What it is, shown in its place: village, school.")
@pass_cli
def add_cmd(cli: CliContext, /, *, text: str | None, label: str | None) -> None:
    """Register TEXT: it is redacted in every testimony and refused by the leak gate.

    Safer without TEXT: it is then asked on the terminal, or read from the next line of
    standard input, so it never shows in the process list.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import terms

    with cli.open_vault() as vault:
        _added, label = terms.add(vault, text or textin.asked("term"), label)
    kind = f" ({label})" if label else ""
    click.echo(f"Registered the term{kind}: it is redacted in every testimony.", err=True)


@term_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="As a JSON list.")
@pass_cli
def list_cmd(cli: CliContext, /, *, as_json: bool) -> None:
    """The registered terms, numbered (the number is what 'term remove' takes)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import terms

    with cli.open_vault() as vault:
        found = terms.list_terms(vault)
    if as_json:
        doc = [{"text": t, **({"label": label} if label else {})} for t, label in found]
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No terms yet: add one with 'intake term add TEXT --label LABEL'.", err=True)
    for number, (text, label) in enumerate(found, start=1):
        click.echo(f"{number}\t{text}" + (f"\t{label}" if label else ""))


@term_group.command("remove")
@click.argument("which", metavar="N|TEXT")
@pass_cli
def remove_cmd(cli: CliContext, /, *, which: str) -> None:
    """Remove the term numbered N in 'intake term list' (or spelled TEXT)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import terms

    with cli.open_vault() as vault:
        terms.remove(vault, which)
    click.echo("Removed the term; it is no longer redacted in new exports.", err=True)


def register(group: click.Group) -> None:
    group.add_command(term_group)
