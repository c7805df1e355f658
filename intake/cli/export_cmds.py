"""Export commands: export (leak-gated publication files) and exports (the log).

Rendering only; the work is in :mod:`intake.export.publish`. Testimonies left
out, with the reason, are listed on standard error; the written paths on
standard output, one per line.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from intake.cli import render
from intake.cli.context import CliContext
from intake.errors import IntakeError, UsageError
from intake.export.formats import NAMES as FORMATS
from intake.wording import counted

pass_cli = click.make_pass_decorator(CliContext)


@click.command("export")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: from the --out extension, else md). "
    "An --out extension of another format is refused.",
)
@click.option("--with-transcript", is_flag=True, help="Add each full redacted transcript.")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The file to write; its manifest goes beside it (OUT.manifest.json).",
)
@click.option("--force", is_flag=True, help="Replace an existing OUT and its manifest.")
@click.option(
    "--disclosure-block",
    type=click.Choice(["medium", "high"]),
    help="Refuse testimonies whose details still point to one person at this level or "
    "above, unless generalised or acknowledged (default: the policy's, high).",
)
@pass_cli
def export_cmd(
    cli: CliContext,
    /,
    *,
    ids: tuple[str, ...],
    fmt: str | None,
    with_transcript: bool,
    out: Path,
    force: bool,
    disclosure_block: str | None,
) -> None:
    """Export approved testimonies (default: every one consent allows), redacted.

    The leak gate reads everything before a byte is written; any hit refuses the
    whole export (exit 3) and names the testimony, kind and position. The export,
    its manifest and the log entry are written together or not at all; an
    existing file is replaced only with --force.
    """
    # late: exporters and redaction engine (0.3 s) load only when the command runs
    from intake.export import publish

    fmt = _format(fmt, out)
    with cli.open_vault() as vault:
        publish.check_target(vault, out, fmt, force=force)
        chosen = publish.plan(vault, ids)
        for left in chosen.left_out:
            click.echo(f"left out {left.id}: {left.reason}", err=True)
        if not chosen.ready:
            raise IntakeError(
                "nothing to export: no testimony is approved with consent",
                "Review and approve testimonies first ('intake review ID', "
                "'intake approve ID'). Nothing was written.",
            )
        done = publish.export(
            vault,
            chosen,
            out,
            fmt,
            with_transcript=with_transcript,
            force=force,
            disclosure_block=disclosure_block,
        )
    click.echo(
        f"Exported {counted(len(done.testimonies), 'testimony')} as {fmt}, and a manifest.",
        err=True,
    )
    for path in done.files:
        click.echo(str(path))


def _format(fmt: str | None, out: Path) -> str:
    """--format, else the --out extension, else md; a format the extension contradicts
    (Markdown written to a .html file) is refused before anything is read."""
    suffix = out.suffix.lstrip(".").lower()
    if fmt and suffix in FORMATS and suffix != fmt:
        raise UsageError(
            f"--format {fmt} does not match the extension of --out (.{suffix})",
            f"Name the file .{fmt}, or leave out --format to write {suffix}. Nothing was written.",
        )
    return fmt or (suffix if suffix in FORMATS else "md")


@click.command("exports")
@click.option("--json", "as_json", is_flag=True, help="Print the log as JSON.")
@pass_cli
def exports_cmd(cli: CliContext, /, *, as_json: bool) -> None:
    """List the vault's export log: when, what format, which testimonies and files."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.store import exports

    with cli.open_vault() as vault:
        entries = exports.entries(vault.connection)
    if as_json:
        click.echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return
    render.table(
        ["#", "at", "format", "transcript", "testimonies", "file"],
        [
            [
                str(e.id),
                e.at,
                e.format,
                "yes" if e.with_transcript else "no",
                str(len(e.testimonies)),
                e.files[0]["path"] if e.files else "-",
            ]
            for e in entries
        ],
    )


def register(group: click.Group) -> None:
    for command in (export_cmd, exports_cmd):
        group.add_command(command)
