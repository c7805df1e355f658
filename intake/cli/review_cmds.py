"""Review commands: review (list, decide, accept defaults), quote add, approve.

Rendering only; the work is in :mod:`intake.review`. The listing shows each
finding's text: it is for the reviewer at this screen, like ``intake show``.
It includes what the publication check cannot explain (kinds ``check:...``),
which the export refuses to publish until decided.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from intake.cli import render, textin
from intake.cli.context import CliContext
from intake.errors import UsageError
from intake.wording import counted

if TYPE_CHECKING:
    from intake.redact import Redactor
    from intake.review import Choice, Review

pass_cli = click.make_pass_decorator(CliContext)


@click.command("review")
@click.argument("testimony_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option(
    "--accept-defaults",
    is_flag=True,
    help="Take the policy's decision for every undecided finding (a publication check "
    "finding, kind check:..., is always redacted: decide it yourself to keep it).",
)
@click.option(
    "--redact",
    "redact",
    type=int,
    multiple=True,
    metavar="N",
    help="Redact finding N with its replacement (repeatable).",
)
@click.option(
    "--keep",
    "keep",
    type=int,
    multiple=True,
    metavar="N",
    help="Keep finding N as it is written (repeatable).",
)
@click.option(
    "--replace",
    "replace",
    type=(int, str),
    multiple=True,
    metavar="N TEXT",
    help="Replace finding N with TEXT (repeatable).",
)
@click.option(
    "--generalise",
    "generalise",
    multiple=True,
    metavar="N[:K]",
    help="Replace detail N (a quasi:* finding) with its K-th generalisation (default 1).",
)
@click.option(
    "--accept-risk",
    is_flag=True,
    help="Acknowledge, with today's date, the disclosure risk of the details kept now, "
    "so that export does not refuse the testimony for them.",
)
@click.option(
    "--person",
    "person",
    type=(int, str),
    multiple=True,
    metavar="N ID",
    help="Finding N, an ambiguous name, names the registered person ID (one of its "
    "candidates): it takes that person's pseudonym (repeatable).",
)
@click.option(
    "--ner/--no-ner",
    default=False,
    help="Also read the text with the Russian NER model: places, organisations and "
    "names the rules miss (slower; finding numbers then count those too, so "
    "decide by number with the same choice).",
)
@pass_cli
def review_cmd(
    cli: CliContext,
    /,
    *,
    testimony_id: str,
    as_json: bool,
    accept_defaults: bool,
    redact: tuple[int, ...],
    keep: tuple[int, ...],
    replace: tuple[tuple[int, str], ...],
    generalise: tuple[str, ...],
    accept_risk: bool,
    person: tuple[tuple[int, str], ...],
    ner: bool,
) -> None:
    """List a testimony's findings and decisions; decide them; or accept the defaults.

    Decisions on findings only NER sees are kept and applied at export, which reads
    without NER."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake import review
    from intake.review import quasi as review_quasi

    with cli.open_vault() as vault:
        redactor = review.redactor_for(vault, ner=ner)
        result = review.load(vault, testimony_id, redactor)
        general = tuple((n, text) for n, text in _generalised(result, generalise))
        choices = _choices(redact, keep, replace + general, person)
        if choices:
            result = review.decide(vault, testimony_id, choices, redactor)
            click.echo(f"Recorded {counted(len(choices), 'decision')}.", err=True)
        if accept_defaults:
            result, count = review.accept_defaults(vault, testimony_id, redactor)
            click.echo(f"Took the policy's decision for {counted(count, 'finding')}.", err=True)
        if accept_risk:
            day = review_quasi.accept_risk(vault, result)
            click.echo(f"Recorded the acknowledged disclosure risk ({day}).", err=True)
            result = review.load(vault, testimony_id, redactor)
        _show(result, redactor, as_json)


def _generalised(result: Review, wanted: tuple[str, ...]) -> list[tuple[int, str]]:
    """--generalise N[:K] as (N, the K-th generalisation of finding N)."""
    items = {item.number: item for item in result.items}
    out = []
    for text in wanted:
        number, _, nth = text.partition(":")
        if not number.isdigit() or (nth and not nth.isdigit()):
            raise UsageError(f"--generalise {text}: give N or N:K", "For example --generalise 3:2.")
        item = items.get(int(number))
        k = int(nth or 1)
        if item is None or not 1 <= k <= len(item.options):
            raise UsageError(
                f"finding {number} has no generalisation {k}",
                f"See the choices with 'intake review {result.testimony.id}'.",
            )
        out.append((int(number), item.options[k - 1]))
    return out


def _choices(
    redact: tuple[int, ...],
    keep: tuple[int, ...],
    replace: tuple[tuple[int, str], ...],
    person: tuple[tuple[int, str], ...] = (),
) -> dict[int, Choice]:
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.review import Choice

    numbers = [*redact, *keep, *(n for n, _ in replace), *(n for n, _ in person)]
    if len(numbers) != len(set(numbers)):
        raise UsageError(
            "a finding was given more than one decision", "Give each finding number once."
        )
    choices = {n: Choice("redact") for n in redact}
    choices.update({n: Choice("keep") for n in keep})
    choices.update({n: Choice("replace", text) for n, text in replace})
    choices.update({n: Choice("person", person_id) for n, person_id in person})
    return choices


def _rows(result: Review, redactor: Redactor) -> list[dict[str, Any]]:
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.review.items import becomes, candidates

    return [
        {
            "number": item.number,
            "field": item.field,
            "kind": item.finding.kind,
            "start": item.finding.start,
            "end": item.finding.end,
            "text": result.original(item),
            "default": item.default.action,
            "decision": item.choice.action if item.choice else None,
            "replacement": item.choice.replacement if item.choice else None,
            "becomes": becomes(result, redactor, item),
            "options": list(item.options),
            **(
                {"candidates": [{"id": i, "name": n} for i, n in found]}
                if (found := candidates(redactor, item))
                else {}
            ),
        }
        for item in result.items
    ]


def _show(result: Review, redactor: Redactor, as_json: bool) -> None:
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.review import quasi as review_quasi

    rows = _rows(result, redactor)
    t = result.testimony
    disclosure = review_quasi.to_json(result)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "id": t.id,
                    "status": t.status.value,
                    "complete": result.complete,
                    "undecided": len(result.undecided),
                    "disclosure": disclosure,
                    "findings": rows,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(
        f"{t.id}  status: {t.status.value}  findings: {len(rows)}, "
        f"undecided: {len(result.undecided)}"
    )
    acknowledged = disclosure["acknowledged"]
    click.echo(
        f"disclosure {disclosure['explanation']}"
        + (f" (risk acknowledged {acknowledged})" if acknowledged else "")
    )
    render.table(
        ["#", "field", "kind", "text", "decision", "becomes"],
        [
            [
                str(r["number"]),
                r["field"],
                r["kind"],
                r["text"],
                r["decision"] or f"(undecided; default {r['default']})",
                r["becomes"] + _offered(r["options"]),
            ]
            for r in rows
        ],
    )


def _offered(options: list[str]) -> str:
    """The generalisations of a quasi:* finding, numbered for --generalise N:K."""
    if not options:
        return ""
    return "  (generalise: " + "; ".join(f"{k}: {o}" for k, o in enumerate(options, 1)) + ")"


@click.group("quote")
def quote_group() -> None:
    """Approved quotes: spans of the transcript that may be published."""


@quote_group.command("add")
@click.argument("testimony_id", metavar="ID")
@click.argument("text", required=False)
@pass_cli
def quote_add_cmd(cli: CliContext, /, *, testimony_id: str, text: str | None) -> None:
    """Mark TEXT, which must occur in the transcript, as an approved quote.

    Safer without TEXT: it is then asked on the terminal, or read from the rest of standard
    input, so it never shows in the process list or the shell's history.
    """
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake import review

    with cli.open_vault() as vault:
        text = text if text is not None else textin.asked("quote", whole=True)
        testimony = review.add_quote(vault, testimony_id, text)
    click.echo(
        f"Quote added ({len(testimony.quotes)} in all); the testimony is "
        f"{testimony.status.value}: review it again ('intake review {testimony_id}').",
        err=True,
    )


@click.command("approve")
@click.argument("testimony_id", metavar="ID")
@pass_cli
def approve_cmd(cli: CliContext, /, *, testimony_id: str) -> None:
    """Approve a testimony whose findings are all decided."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake import review

    with cli.open_vault() as vault:
        testimony = review.approve(vault, testimony_id)
    click.echo(f"{testimony.id} {testimony.status.value}")


def register(group: click.Group) -> None:
    for command in (review_cmd, quote_group, approve_cmd):
        group.add_command(command)
