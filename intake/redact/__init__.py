"""Redaction: registered names in every form, identifiers by pattern, unknown names.

The public API::

    from intake.redact import Registry, Person, Term, Policy, Redactor
    redactor = Redactor(Registry.from_json(doc), policy=Policy.default(), ner=False)
    result = redactor.redact(text, lang="auto")   # result.text, result.findings

Findings are spans in the original text and never carry the original string.
"""

from intake.redact.engine import Redactor, detect_lang
from intake.redact.findings import KINDS, Applied, Decision, Finding, RedactionResult
from intake.redact.policy import DEFAULT_ACTIONS, Policy
from intake.redact.registry import Person, Registry, Term

__all__ = [
    "DEFAULT_ACTIONS",
    "KINDS",
    "Applied",
    "Decision",
    "Finding",
    "Person",
    "Policy",
    "RedactionResult",
    "Redactor",
    "Registry",
    "Term",
    "detect_lang",
]
