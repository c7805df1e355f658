"""Policy: which action each kind of finding gets.

The default (README, "What the redaction engine finds"): registered non-public people get a
pseudonym; registered terms, phones, e-mails, handles, unit numbers, ID
numbers, call signs, IMEIs, plates, coordinates, addresses, cards and
unregistered names get a category tag. Places, dates, organisations, public
people, pseudonyms and tags already in the text are kept (and shown for review).
A policy file (``schemas/policy.schema.json``) changes actions per kind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from intake.errors import InputError
from intake.redact.findings import Action
from intake.redact.kinds import default_actions
from intake.schemas_util import validate

DEFAULT_ACTIONS: Mapping[str, Action] = MappingProxyType(default_actions())  # kinds.py
MAX_POLICY_BYTES = 64 * 1024


@dataclass(frozen=True)
class Policy:
    actions: Mapping[str, Action] = field(default_factory=lambda: DEFAULT_ACTIONS)
    # The disclosure level (of details that still point to one person) from which export
    # refuses a testimony whose risk nobody acknowledged: "medium", "high" or "off".
    disclosure_block: str = "high"

    @classmethod
    def default(cls) -> Policy:
        return cls(DEFAULT_ACTIONS)

    @classmethod
    def from_json(cls, doc: Any) -> Policy:
        """The default policy with the document's actions on top (validated)."""
        validate(doc, "policy")
        actions = MappingProxyType({**DEFAULT_ACTIONS, **doc["actions"]})
        return cls(actions, doc.get("disclosure_block", "high"))

    @classmethod
    def load(cls, path: Path) -> Policy:
        try:
            if path.stat().st_size > MAX_POLICY_BYTES:
                raise InputError(
                    "the policy file is too large",
                    "A policy file is a small JSON document (under 64 KiB).",
                )
            doc = json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(
                f"cannot read the policy file ({type(error).__name__})",
                "Give a UTF-8 JSON file that matches policy.schema.json.",
            ) from None
        return cls.from_json(doc)

    def action(self, kind: str) -> Action:
        """The action for ``kind``; unknown kinds are redacted with a tag, never kept."""
        return self.actions.get(kind, "tag")

    def redacts(self, kind: str) -> bool:
        return self.action(kind) != "keep"
