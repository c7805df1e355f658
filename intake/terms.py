"""Sensitive terms: words that identify a source without being a name.

A home village, a school, a workplace or a call sign, registered once in the
vault, is redacted by the engine in every testimony (as the registry's terms,
replaced by their label: "[village]"), and the leak gate refuses an export in
which one survives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.errors import NotFound, UsageError
from intake.store import terms as store

if TYPE_CHECKING:
    from intake.store.vault import Vault

Term = tuple[str, str | None]


def _clean(text: str) -> str:
    return " ".join(text.split())


def list_terms(vault: Vault) -> list[Term]:
    return store.all_terms(vault.connection)


def add(vault: Vault, text: str, label: str | None = None) -> Term:
    """Register ``text`` (spaces folded) with an optional category ``label``."""
    text, label = _clean(text), _clean(label or "") or None
    if not text:
        raise UsageError("the term is empty", "Give the word or words to redact.")
    with vault.transaction() as conn:
        terms = store.all_terms(conn)
        if any(t.casefold() == text.casefold() for t, _ in terms):
            raise UsageError(
                f"'{text}' is already registered", "See the terms with 'intake term list'."
            )
        store.save_terms(conn, [*terms, (text, label)])
    return text, label


def remove(vault: Vault, which: str) -> Term:
    """Remove the term numbered ``which`` in ``list_terms`` (from 1) or spelled ``which``."""
    with vault.transaction() as conn:
        terms = store.all_terms(conn)
        index = _find(terms, which)
        removed = terms.pop(index)
        store.save_terms(conn, terms)
    return removed


def _find(terms: list[Term], which: str) -> int:
    wanted = _clean(which).casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(terms):
        return int(wanted) - 1
    for index, (text, _label) in enumerate(terms):
        if text.casefold() == wanted:
            return index
    raise NotFound(
        f"no term {which!r} in this vault",
        "See the terms and their numbers with 'intake term list'.",
    )
