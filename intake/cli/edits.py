"""Turn the options of ``intake edit`` into model field changes (no vault access here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from intake import ingest
from intake.models import Mode, Relation, Status, Testimony

_INTERVIEW = {
    "lang": "language",
    "interview_date": "date",
    "place": "place",
    "mode": "mode",
    "interviewer": "interviewer",
}
_CONSENT = {
    "consent_summary": "publish_summary",
    "consent_quotes": "publish_quotes",
    "consent_real_name": "use_real_name",
    "anonymity_wishes": "anonymity_wishes",
}


def field_changes(old: Testimony, options: dict[str, Any]) -> dict[str, object]:
    fields: dict[str, object] = {}
    if options["title"] is not None:
        fields["title"] = " ".join(options["title"].split())
    for option, name in (("summary_file", "summary"), ("transcript_file", "transcript")):
        if options[option] is not None:
            fields[name] = _text_from(options[option])
    if options["status"] is not None:
        fields["status"] = Status(options["status"])
    if options["relation"] is not None:
        fields["relation"] = Relation(options["relation"])
    if options["tags"] or options["untags"]:
        kept = (tag for tag in (*old.tags, *options["tags"]) if tag not in options["untags"])
        fields["tags"] = tuple(dict.fromkeys(kept))
    fields.update(_interview(old, options))
    fields.update(_consent(old, options))
    return fields


def _text_from(source: str) -> str:
    """A text file (or standard input) read with the same checks as an import."""
    return ingest.load(source, fmt=None if source == "-" else _text_format(source)).transcript


def _text_format(source: str) -> str:
    return "docx" if source.lower().endswith(".docx") else "txt"


def _interview(old: Testimony, options: dict[str, Any]) -> dict[str, object]:
    changes = {
        field: options[option]
        for option, field in _INTERVIEW.items()
        if options[option] is not None
    }
    if "mode" in changes:
        changes["mode"] = Mode(changes["mode"])
    return {"interview": replace(old.interview, **changes)} if changes else {}


def _consent(old: Testimony, options: dict[str, Any]) -> dict[str, object]:
    changes = {
        field: options[option] for option, field in _CONSENT.items() if options[option] is not None
    }
    if options["withdraw_consent"] and not old.consent.withdrawn:
        changes["withdrawn_on"] = datetime.now(UTC).date().isoformat()
    return {"consent": replace(old.consent, **changes)} if changes else {}
