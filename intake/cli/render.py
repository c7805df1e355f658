"""Plain-text rendering shared by the testimony and people commands."""

from __future__ import annotations

import re

import click

from intake.models import Testimony

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter("use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def table(headers: list[str], rows: list[list[str]]) -> None:
    if not rows:
        click.echo("(none)", err=True)
        return
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers) - 1)]
    for row in [headers, *rows]:
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
        click.echo("  ".join([*cells, str(row[-1])]).rstrip())


def testimony(t: Testimony, pseudonyms: dict[str, str]) -> None:
    """A readable page: facts first, then summary, transcript, quotes and history."""

    def who(pid: str | None) -> str:
        return f"{pseudonyms.get(pid, '?')} ({pid})" if pid else "-"

    interview = t.interview
    consent = t.consent
    facts = [
        ("id", t.id),
        ("title", t.title),
        ("status", t.status.value),
        ("language", interview.language),
        (
            "interview",
            ", ".join(
                filter(
                    None,
                    [
                        interview.date or "",
                        interview.place,
                        interview.mode.value if interview.mode else "",
                        interview.interviewer,
                    ],
                )
            )
            or "-",
        ),
        ("source", who(t.source) + (f", {t.relation.value}" if t.relation else "")),
        ("subjects", ", ".join(who(p) for p in t.subjects) or "-"),
        (
            "consent",
            _consent_line(
                consent.publish_summary,
                consent.publish_quotes,
                consent.use_real_name,
                consent.withdrawn_on,
            ),
        ),
        ("wishes", consent.anonymity_wishes or "-"),
        ("tags", ", ".join(t.tags) or "-"),
        ("created", t.created_at),
        ("updated", t.updated_at),
    ]
    for label, value in facts:
        click.echo(f"{label + ':':<11}{value}")
    for event in t.events:
        victims = ", ".join(who(v) for v in event.victims) or "-"
        click.echo(
            f"event:     {event.date or '?'} ({event.precision.value}), "
            f"{event.place or '?'}: {event.description} [to: {victims}]"
        )
    _section("Summary", t.summary or "(none)")
    _section("Transcript", t.transcript)
    for index, quote in enumerate(t.quotes, 1):
        click.echo(f"quote {index}: «{quote.text_in(t.transcript)}»")
    _section(
        "History",
        "\n".join(f"{h.at}  {h.field}" + (f" ({h.note})" if h.note else "") for h in t.history),
    )


def _consent_line(summary: bool, quotes: bool, real_name: bool, withdrawn: str | None) -> str:
    if withdrawn:
        return f"WITHDRAWN on {withdrawn}: never exported"
    granted = [
        name
        for name, ok in (("summary", summary), ("quotes", quotes), ("real name", real_name))
        if ok
    ]
    return "may publish " + ", ".join(granted) if granted else "nothing may be published"


def _section(title: str, body: str) -> None:
    click.echo(f"\n── {title} ──")
    click.echo(body)
