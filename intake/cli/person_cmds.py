"""People commands: person add, list, show, edit, merge. Real names only with --reveal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from intake.cli import person_import_cmd, render, textin
from intake.cli.context import CliContext, interactive
from intake.documents import person_to_document
from intake.errors import UsageError
from intake.models import Gender, Person

if TYPE_CHECKING:
    from intake.store.vault import Vault

pass_cli = click.make_pass_decorator(CliContext)
GENDERS = click.Choice([g.value for g in Gender])
POOLS = click.Choice(["ru", "en"])
POOL_HELP = (
    "Draw the pseudonym from the Russian or English names (default: the one that fits the name)."
)


@click.group("person")
def person_group() -> None:
    """Register the people testimonies mention; each gets a pseudonym."""


@person_group.command("add")
@click.argument("name", required=False)
@click.option("--alias", "aliases", multiple=True, help="Another form of the name (repeatable).")
@click.option(
    "--alias-file",
    metavar="F|-",
    help="Aliases, one per line ('-': the rest of standard input, after the name).",
)
@click.option("--gender", type=GENDERS, help="m or f (default: guessed from the name).")
@click.option("--public", is_flag=True, help="A public person: the real name is kept in exports.")
@click.option("--pseudonym", help="Choose the pseudonym (default: drawn at random).")
@click.option("--pool", type=POOLS, help=POOL_HELP)
@click.option("--role", default="", help="e.g. soldier, mother, lawyer.")
@pass_cli
def add_cmd(
    cli: CliContext,
    /,
    *,
    name: str | None,
    aliases: tuple[str, ...],
    alias_file: str | None,
    gender: str | None,
    public: bool,
    pseudonym: str | None,
    pool: str | None,
    role: str,
) -> None:
    """Register a person; prints the new id alone on the last line.

    Safer without NAME: it is then asked on the terminal, or read from the next line of
    standard input, so it never shows in the process list or the shell's history.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import people

    with cli.open_vault() as vault:
        name = name if name is not None else textin.asked("real name")
        if alias_file is not None:
            aliases += textin.lines_from(alias_file, "aliases")
        person = people.register(
            vault,
            name,
            aliases=aliases,
            public=public,
            role=role,
            gender=Gender(gender) if gender else None,
            pseudonym=pseudonym,
            pool=pool,
        )
        sharing = _settled(vault, people.pseudonyms_sharing_a_word(vault, person))
    click.echo(f"Registered; pseudonym: {person.pseudonym}", err=True)
    _warn_sharing(sharing)
    click.echo(person.id)


@person_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--reveal", is_flag=True, help="Also show real names and aliases.")
@pass_cli
def list_cmd(cli: CliContext, /, *, as_json: bool, reveal: bool) -> None:
    """List people by pseudonym (real names only with --reveal)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.store import people

    with cli.open_vault() as vault:
        everyone = people.all_people(vault.connection)
    if as_json:
        documents = [person_to_document(p, reveal=reveal) for p in everyone]
        click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
        return
    headers = ["ID", "PSEUDONYM", "GENDER", "PUBLIC", "ROLE"] + (["NAME"] if reveal else [])
    render.table(headers, [_row(p, reveal) for p in everyone])


def _row(person: Person, reveal: bool) -> list[str]:
    row = [
        person.id,
        person.pseudonym,
        person.gender.value if person.gender else "-",
        "yes" if person.public else "no",
        person.role or "-",
    ]
    if reveal:
        row.append(" / ".join(person.names))
    return row


@person_group.command("show")
@click.argument("person_ref", metavar="PERSON")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--reveal", is_flag=True, help="Also show the real name and aliases.")
@pass_cli
def show_cmd(cli: CliContext, /, *, person_ref: str, as_json: bool, reveal: bool) -> None:
    """Show a person (by id, or a registered name or pseudonym) and their testimonies."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import people

    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.store import testimonies

    with cli.open_vault() as vault:
        person = people.resolve(vault.connection, person_ref)
        linked = testimonies.ids_referring_to(vault.connection, person.id)
    document = {**person_to_document(person, reveal=reveal), "testimonies": linked}
    if as_json:
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    for key, value in document.items():
        shown = (
            ", ".join(value)
            if isinstance(value, list)
            else ("yes" if value else "no")
            if isinstance(value, bool)
            else value
        )
        click.echo(f"{key + ':':<13}{shown if shown not in ('', None) else '-'}")


@person_group.command("edit")
@click.argument("person_ref", metavar="PERSON")
@click.option("--name", help="Correct the real name.")
@click.option("--name-file", metavar="F|-", help="The corrected real name, from a file or stdin.")
@click.option("--alias", "aliases", multiple=True, help="Add an alias (repeatable).")
@click.option(
    "--alias-file", metavar="F|-", help="Aliases to add, one per line (after --name-file's)."
)
@click.option("--remove-alias", "unaliases", multiple=True, help="Remove an alias.")
@click.option("--gender", type=GENDERS)
@click.option("--public/--not-public", default=None, help="Keep the real name in exports?")
@click.option("--pseudonym", help="Choose a new pseudonym.")
@click.option("--new-pseudonym", is_flag=True, help="Draw a new pseudonym at random.")
@click.option("--pool", type=POOLS, help=POOL_HELP + " With --new-pseudonym.")
@click.option("--role")
@pass_cli
def edit_cmd(
    cli: CliContext,
    /,
    *,
    person_ref: str,
    name: str | None,
    name_file: str | None,
    aliases: tuple[str, ...],
    alias_file: str | None,
    unaliases: tuple[str, ...],
    gender: str | None,
    public: bool | None,
    pseudonym: str | None,
    new_pseudonym: bool,
    pool: str | None,
    role: str | None,
) -> None:
    """Change a person. A pseudonym changes only when asked."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import people

    if pseudonym and new_pseudonym:
        raise UsageError("--pseudonym and --new-pseudonym exclude each other")
    with cli.open_vault() as vault:
        name = textin.option_or_file(name, name_file, "real name", "--name")
        if alias_file is not None:
            aliases += textin.lines_from(alias_file, "aliases")
        person = people.resolve(vault.connection, person_ref)
        changes: dict[str, object] = {
            key: value
            for key, value in (
                ("name", name),
                ("role", role),
                ("public", public),
                ("pseudonym", pseudonym),
                ("gender", Gender(gender) if gender else None),
            )
            if value is not None
        }
        if aliases or unaliases:
            kept = (a for a in (*person.aliases, *aliases) if a not in unaliases)
            changes["aliases"] = tuple(dict.fromkeys(kept))
        edited = people.edit(vault, person.id, changes, new_pseudonym=new_pseudonym, pool=pool)
        sharing = _settled(vault, people.pseudonyms_sharing_a_word(vault, edited))
    click.echo(f"Updated {edited.id}; pseudonym: {edited.pseudonym}", err=True)
    _warn_sharing(sharing)


def _settled(vault: Vault, holders: list[str]) -> list[str]:
    """Redraw clashing pseudonyms nobody can have seen yet (reported); the rest are left."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import people

    redrawn, left = people.settle_clashes(vault, holders)
    for pid in redrawn:
        click.echo(
            f"note: the pseudonym of {pid} read as this name; nothing was exported yet, so "
            f"it was redrawn: now {people.resolve(vault.connection, pid).pseudonym}",
            err=True,
        )
    return left


def _warn_sharing(person_ids: list[str], what: str = "this name") -> None:
    """Report pseudonyms that now read as a name, each with the command that redraws it."""
    for pid in person_ids:
        click.echo(
            f"warning: the pseudonym of {pid} reads as {what} (a word or a form of it); "
            f"give it a new one: intake person edit {pid} --new-pseudonym",
            err=True,
        )


@person_group.command("merge")
@click.argument("keep_ref", metavar="KEEP")
@click.argument("other_ref", metavar="OTHER")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (needed without a TTY).")
@pass_cli
def merge_cmd(cli: CliContext, /, *, keep_ref: str, other_ref: str, yes: bool) -> None:
    """Merge OTHER into KEEP: OTHER's names become aliases, their testimonies move to KEEP."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import people

    if not yes and not interactive():
        raise UsageError("merging needs confirmation", "Add --yes when not at a terminal.")
    with cli.open_vault() as vault:
        keep = people.resolve(vault.connection, keep_ref)
        other = people.resolve(vault.connection, other_ref)
        if not yes:
            click.confirm(
                f"Merge {other.id} ({other.pseudonym}) into {keep.id} "
                f"({keep.pseudonym})? This cannot be undone",
                abort=True,
            )
        merged = people.merge(vault, keep.id, other.id)
    click.echo(
        f"Merged {other.id} into {merged.id}; pseudonym {other.pseudonym} retired.", err=True
    )


def register(group: click.Group) -> None:

    person_import_cmd.register(person_group)
    group.add_command(person_group)
