"""Commands for sealed bundles between vaults: id, send, receive, sent, received
(contacts are in :mod:`intake.cli.contact_cmds`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from intake.cli import render
from intake.cli.contact_cmds import contact_group
from intake.cli.context import CliContext, interactive
from intake.errors import UsageError
from intake.models import Person
from intake.wording import counted, verb

pass_cli = click.make_pass_decorator(CliContext)


@click.command("id")
@click.option("--json", "as_json", is_flag=True, help="Print the card and fingerprint as JSON.")
@pass_cli
def id_cmd(cli: CliContext, /, *, as_json: bool) -> None:
    """Print this vault's public card (give it to your contacts) and its fingerprint."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import identity

    with cli.open_vault() as vault:
        card = identity.ensure(vault).card
    if as_json:
        click.echo(json.dumps({"card": card.text, "fingerprint": card.fingerprint}))
        return
    click.echo(card.text)
    click.echo(f"fingerprint: {card.fingerprint}")


@click.command("send")
@click.option("--to", "to", multiple=True, required=True, help="A contact (repeatable).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="File to write.")
@click.option(
    "--then-delete",
    is_flag=True,
    help="Once the bundle is written and read back, delete the sent testimonies here "
    "(and the people sent with them that no remaining testimony names).",
)
@click.argument("ids", nargs=-1, required=True)
@pass_cli
def send_cmd(
    cli: CliContext, /, *, to: tuple[str, ...], out: Path, then_delete: bool, ids: tuple[str, ...]
) -> None:
    """Seal testimonies IDS for the contacts named with --to, into one bundle file."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.handoff import contacts, send

    with cli.open_vault() as vault:
        for name in dict.fromkeys(to):
            if not contacts.get(vault, name).verified:
                click.echo(f"warning: contact '{name}' is NOT verified", err=True)
        sent = send.send(vault, list(to), list(ids), out, then_delete=then_delete)
    names = ", ".join(c.name for c in sent.recipients)
    click.echo(f"Sealed {counted(len(sent.testimonies), 'testimony')} for {names}: {out}", err=True)
    if sent.deleted:
        click.echo("The sent testimonies were deleted from this vault.", err=True)
    click.echo(sent.bundle_id)


@click.command("receive")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from-unknown", is_flag=True, help="Accept a sender who is not a contact.")
@click.option(
    "--same-name",
    type=click.Choice(["ask", "merge", "separate"]),
    default="ask",
    help="People in the bundle named like people here: ask, merge them, or keep them apart.",
)
@pass_cli
def receive_cmd(cli: CliContext, /, *, file: Path, from_unknown: bool, same_name: str) -> None:
    """Verify and import a bundle; prints the receipt code to give back to the sender."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.handoff import receive

    data = receive.read(file)
    with cli.open_vault() as vault:
        incoming = receive.open_bundle(vault, data, from_unknown=from_unknown)
        same = _same_people(receive.same_name_pairs_of(vault, incoming), same_name)
        receipt = receive.import_bundle(vault, incoming, file_name=file.name, same=same)
    who = f"'{receipt.sender}'" if receipt.sender else "an unknown sender"
    state = "verified" if receipt.verified else "NOT verified"
    click.echo(f"From {who} ({state}), fingerprint {receipt.fingerprint}", err=True)
    if receipt.already:
        click.echo("Already received: nothing changed.", err=True)
    for what, count in sorted(receipt.counts.items()):
        click.echo(f"  {what}: {count}", err=True)
    if receipt.counts.get("conflicts"):
        click.echo("Conflicts to review: 'intake received'.", err=True)
    click.echo(f"receipt code: {receipt.code}")


@click.command("sent")
@click.option("--confirm", "code", help="Record the receipt code a recipient read back.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_cli
def sent_cmd(cli: CliContext, /, *, code: str | None, as_json: bool) -> None:
    """List bundles sent, to whom, when, and whether each recipient confirmed."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import history

    with cli.open_vault() as vault:
        if code is not None:
            bundle_id, contact = history.confirm(vault, code)
            click.echo(f"Confirmed: '{contact}' received {bundle_id}.")
            return
        rows = history.sent(vault)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    render.table(
        ["bundle", "at", "to", "testimonies", "deleted"],
        [
            [
                r["bundle_id"],
                r["at"],
                ", ".join(
                    f"{x['contact']} ({'confirmed' if x['confirmed_at'] else 'unconfirmed'})"
                    for x in r["recipients"]
                ),
                str(len(r["testimonies"])),
                "yes" if r["deleted"] else "no",
            ]
            for r in rows
        ],
    )


@click.command("received")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--resolve", "resolve", type=int, help="Mark conflict N as dealt with.")
@pass_cli
def received_cmd(cli: CliContext, /, *, as_json: bool, resolve: int | None) -> None:
    """List bundles received and the conflicts they left to review."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.handoff import history

    with cli.open_vault() as vault:
        if resolve is not None:
            history.resolve(vault, resolve)
            click.echo(f"Conflict {resolve} marked as dealt with.")
            return
        rows, conflicts = history.received(vault), history.conflicts(vault)
    if as_json:
        click.echo(json.dumps({"received": rows, "conflicts": conflicts}, indent=2))
        return
    render.table(
        ["bundle", "at", "from", "receipt"],
        [[r["bundle_id"], r["at"], r["sender"] or "(unknown)", r["receipt"]] for r in rows],
    )
    for c in conflicts:
        click.echo(f"conflict {c['id']}: {c['kind']} {c['subject']}: {c['note']}")


def _same_people(pairs: list[tuple[Person, Person]], mode: str) -> set[str]:
    """Ids of incoming people to merge with the same-named person here."""
    if not pairs or mode == "separate":
        return set()
    if mode == "merge":
        return {incoming.id for incoming, _ in pairs}
    if not interactive():
        raise UsageError(
            f"{counted(len(pairs), 'person')} in the bundle "
            f"{verb(len(pairs), 'has', 'have')} the same name as people in this vault",
            "Say whether they are the same people: --same-name merge or --same-name separate. "
            "Nothing was imported.",
        )
    return {
        incoming.id
        for incoming, local in pairs
        if click.confirm(
            f"Is {incoming.id} from the bundle the same person as {local.id} "
            f"({local.pseudonym}) here?",
            err=True,
        )
    }


def register(group: click.Group) -> None:

    for command in (id_cmd, contact_group, send_cmd, receive_cmd, sent_cmd, received_cmd):
        group.add_command(command)
