"""Testimony commands: add, edit, list, show, delete, search. Parsing and rendering only."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Any

import click

from intake.cli import event_cmds, render, textin
from intake.cli.context import CliContext, interactive
from intake.cli.edits import field_changes
from intake.documents import testimony_to_document
from intake.errors import UsageError
from intake.models import Mode, Relation, Status
from intake.wording import counted

pass_cli = click.make_pass_decorator(CliContext)
RELATIONS = click.Choice([r.value for r in Relation])


@click.command("add")
@click.argument("files", metavar="FILE...|-", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["txt", "md", "docx", "json"]),
    help="The file's format (default: from its extension; text for '-').",
)
@click.option("--lang", type=click.Choice(["ru", "en"]), help="Language (default: detected).")
@click.option("--title", help="Title (default: the Markdown heading or the file name).")
@click.option("--title-file", metavar="F", help="The title, from the first line of F.")
@click.option("--source", metavar="PERSON", help="Who gave the testimony (id or registered name).")
@click.option("--relation", type=RELATIONS, help="The source's relation to the subjects.")
@click.option(
    "--subject",
    "subjects",
    metavar="PERSON",
    multiple=True,
    help="Whom the testimony is about (repeatable).",
)
@click.option(
    "--allow-duplicate",
    is_flag=True,
    help="Import even if a testimony already has the same transcript.",
)
@pass_cli
def add_cmd(
    cli: CliContext,
    /,
    *,
    files: tuple[str, ...],
    fmt: str | None,
    lang: str | None,
    title: str | None,
    title_file: str | None,
    source: str | None,
    relation: str | None,
    subjects: tuple[str, ...],
    allow_duplicate: bool,
) -> None:
    """Import testimonies from FILEs (.txt, .md, .docx, .json) or standard input ('-').

    Several files are imported in one transaction: all of them, or none. Prints each
    new testimony's id alone on a line, in the order of the files, the last one last.
    A transcript the vault already holds is refused (asked at a terminal) unless
    --allow-duplicate.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import ingest, people, testimonies

    if title_file is not None:
        if title_file == "-":
            raise UsageError("--title-file takes a file here", "Standard input is the import.")
        title = textin.option_or_file(title, title_file, "title", "--title")
    _check_files(files, title)
    # A broken file is refused before the passphrase is asked; standard input is read
    # after it, since the passphrase may be its first line.
    drafts = [] if files == ("-",) else [ingest.load(file, fmt=fmt) for file in files]
    with cli.open_vault() as vault:
        drafts = drafts or [ingest.load("-", fmt=fmt)]
        if lang:
            drafts = [replace(d, interview=replace(d.interview, language=lang)) for d in drafts]
        if title:
            drafts = [replace(d, title=title) for d in drafts]
        if not allow_duplicate:
            asking = files != ("-",) and interactive()
            for draft in drafts:
                _check_duplicate(vault, draft.transcript, asking=asking)
        created = testimonies.create_all(
            vault,
            drafts,
            source=source,
            subjects=subjects,
            relation=Relation(relation) if relation else None,
        )
        texts = [text for t in created for text in (t.title, t.summary, t.transcript)]
        named = people.pseudonyms_named_in(vault, texts)
        redrawn, named = people.settle_clashes(vault, named)
    _warn_named(named, redrawn)
    for testimony in created:
        click.echo(
            f"Imported a draft testimony ({testimony.language}, "
            f"{counted(len(testimony.transcript), 'character')}); its id:",
            err=True,
        )
        click.echo(testimony.id)


def _check_files(files: tuple[str, ...], title: str | None) -> None:
    if len(files) > 1 and "-" in files:
        raise UsageError(
            "standard input ('-') cannot be imported together with files",
            "Import it on its own: 'intake add -'. Nothing was written.",
        )
    if len(files) > 1 and title:
        raise UsageError(
            "--title names one testimony, and several files were given",
            "Import that file on its own with --title, or set titles later with "
            "'intake edit ID --title'. Nothing was written.",
        )
    if len(set(files)) < len(files):
        raise UsageError("a file is named twice", "Name each file once. Nothing was written.")


def _check_duplicate(vault: Any, transcript: str, *, asking: bool) -> None:
    """Refuse (or, at a terminal, ask about) a transcript some testimony already has."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.store.duplicates import same_transcript

    found = same_transcript(vault.connection, transcript)
    if not found:
        return
    where = ", ".join(found)
    if asking and click.confirm(
        f"This transcript is already in the vault ({where}). Import it again?"
    ):
        return
    raise UsageError(
        f"this transcript is already in the vault ({where}); nothing was imported",
        f"See it with 'intake show {found[0]}', or import it again with --allow-duplicate.",
    )


def _warn_named(person_ids: list[str], redrawn: list[str]) -> None:
    """A pseudonym that reads as a name in the new testimony is redrawn when nothing was
    exported yet, else reported with the command that redraws it."""
    for pid in redrawn:
        click.echo(
            f"note: the pseudonym of {pid} read as a name in this testimony; nothing was "
            "exported yet, so it was redrawn",
            err=True,
        )
    for pid in person_ids:
        click.echo(
            f"warning: the pseudonym of {pid} reads as a name in this testimony; give it a "
            f"new one before exporting: intake person edit {pid} --new-pseudonym",
            err=True,
        )


@click.command("edit")
@click.argument("testimony_id", metavar="ID")
@click.option("--title", help="A new title.")
@click.option("--title-file", metavar="F|-", help="The new title, from a file or stdin.")
@click.option("--summary-file", metavar="F|-", help="Replace the summary with this file's text.")
@click.option(
    "--transcript-file",
    metavar="F|-",
    help="Replace the transcript with this file's text (quotes follow their text).",
)
@click.option(
    "--status",
    type=click.Choice([Status.DRAFT.value, Status.REVIEWED.value]),
    help="Mark as draft or reviewed (approval goes through review).",
)
@click.option("--lang", type=click.Choice(["ru", "en"]), help="The testimony's language.")
@click.option("--tag", "tags", multiple=True, help="Add a tag (repeatable).")
@click.option("--untag", "untags", multiple=True, help="Remove a tag (repeatable).")
@click.option("--source", metavar="PERSON", help="Who gave the testimony.")
@click.option("--relation", type=RELATIONS, help="The source's relation to the subjects.")
@click.option("--subject", "subjects", metavar="PERSON", multiple=True, help="Add a subject.")
@click.option(
    "--remove-subject", "unsubjects", metavar="PERSON", multiple=True, help="Remove a subject."
)
@click.option("--interview-date", metavar="YYYY[-MM[-DD]]", callback=render.check_date)
@click.option("--place", help="Where the interview took place, generalised (a region).")
@click.option("--place-file", metavar="F|-", help="The place, from a file or stdin.")
@click.option("--mode", type=click.Choice([m.value for m in Mode]), help="How it was taken.")
@click.option("--interviewer", metavar="HANDLE", help="The interviewer's handle.")
@click.option("--interviewer-file", metavar="F|-", help="The handle, from a file or stdin.")
@click.option(
    "--consent-summary/--no-consent-summary", default=None, help="May a summary be published?"
)
@click.option("--consent-quotes/--no-consent-quotes", default=None, help="May quotes be published?")
@click.option(
    "--consent-real-name/--no-consent-real-name",
    default=None,
    help="May the source's real name be used?",
)
@click.option("--anonymity-wishes", metavar="TEXT", help="The source's wishes about anonymity.")
@click.option("--anonymity-wishes-file", metavar="F|-", help="The wishes, from a file or stdin.")
@click.option(
    "--withdraw-consent",
    is_flag=True,
    help="Record that consent was withdrawn today: no export from now on.",
)
@pass_cli
def edit_cmd(cli: CliContext, /, *, testimony_id: str, **options: Any) -> None:
    """Change a testimony. Editing the content of a reviewed testimony returns it to draft.

    Text options each have a --...-file F|- twin that keeps the text out of the process list
    and the shell's history; several '-' read one line of standard input each, in the order
    title, place, interviewer, anonymity wishes.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    with cli.open_vault() as vault:
        _text_options(options)
        old = testimonies.get(vault, testimony_id)
        fields = field_changes(old, options)
        new = testimonies.edit(
            vault,
            testimony_id,
            fields,
            source=options["source"],
            add_subjects=options["subjects"],
            remove_subjects=options["unsubjects"],
        )
    changed = sorted({h.field for h in new.history[len(old.history) :]})
    click.echo(f"Changed: {', '.join(changed) or 'nothing'}; status {new.status.value}.", err=True)


def _text_options(options: dict[str, Any]) -> None:
    """Fill each text option from its --...-file twin (given in place of the text)."""

    for name, what in _EDIT_TEXTS:
        source = options.pop(f"{name}_file")
        option = "--" + name.replace("_", "-")
        options[name] = textin.option_or_file(options[name], source, what, option)


_EDIT_TEXTS = (
    ("title", "title"),
    ("place", "place"),
    ("interviewer", "interviewer"),
    ("anonymity_wishes", "anonymity wishes"),
)


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def list_cmd(cli: CliContext, /, *, as_json: bool) -> None:
    """List testimonies: id, status, language, last change, title."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    with cli.open_vault() as vault:
        rows = testimonies.listing(vault)
    if as_json:
        click.echo(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return
    render.table(
        ["ID", "STATUS", "LANG", "UPDATED", "TITLE"],
        [[r.id, r.status, r.language, r.updated_at, r.title] for r in rows],
    )


@click.command("show")
@click.argument("testimony_id", metavar="ID")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the testimony document (its schema: intake schema testimony).",
)
@pass_cli
def show_cmd(cli: CliContext, /, *, testimony_id: str, as_json: bool) -> None:
    """Show one testimony; people appear under their pseudonyms."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.store import people

    with cli.open_vault() as vault:
        testimony = testimonies.get(vault, testimony_id)
        pseudonyms = {p.id: p.pseudonym for p in people.all_people(vault.connection)}
    if as_json:
        document = testimony_to_document(testimony)
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    render.testimony(testimony, pseudonyms)


@click.command("delete")
@click.argument("testimony_id", metavar="ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (needed without a TTY).")
@pass_cli
def delete_cmd(cli: CliContext, /, *, testimony_id: str, yes: bool) -> None:
    """Delete a testimony for good: its text is wiped from the database and its index."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    if not yes and not interactive():
        raise UsageError("deleting needs confirmation", "Add --yes when not at a terminal.")
    with cli.open_vault() as vault:
        testimony = testimonies.get(vault, testimony_id)
        if not yes:
            click.confirm(
                f"Delete testimony {testimony.id} ({len(testimony.transcript)} "
                "characters) for good? This cannot be undone",
                abort=True,
            )
        testimonies.delete(vault, testimony.id)
    click.echo(f"Deleted {testimony_id}; its text was wiped from the vault.", err=True)
    click.echo(
        "Backups made before this still hold its text: delete them where it must be "
        "gone everywhere (a new 'intake backup' does not hold it).",
        err=True,
    )


@click.command("search")
@click.argument("words", nargs=-1)
@click.option(
    "--limit",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="How many results, best first.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def search_cmd(cli: CliContext, /, *, words: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find testimonies containing every word, in any inflected form; best first.

    Safer without WORDS: they are then asked on the terminal, or read from the next line of
    standard input, so they never show in the process list or the shell's history.
    """
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import testimonies

    with cli.open_vault() as vault:
        query = " ".join(words) if words else textin.asked("search words")
        hits = testimonies.search(vault, query, limit)
    if as_json:
        click.echo(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("No testimony matches.", err=True)
    for hit in hits:
        click.echo(f"{hit.id}  {hit.status:<9} {hit.title}")
        click.echo(f"    {hit.field}: {hit.snippet}")


def register(group: click.Group) -> None:

    for command in (add_cmd, edit_cmd, list_cmd, show_cmd, delete_cmd, search_cmd):
        group.add_command(command)
    event_cmds.register(group)
