"""The vault's expanded registry, built incrementally: only new or changed people are expanded.

Building a redaction engine expands every registered name into its case forms and
Latin spellings. Each person's forms do not depend on anyone else, so they are kept in
the vault (:mod:`intake.store.form_cache`, encrypted with the rest of the database)
under a digest of the person's names, gender and public mark and of the expansion
code's fingerprint. The table handed to the engine is the same, key for key and
reading for reading, as :func:`intake.redact.expand.expand` builds from scratch
(``tests/unit/test_form_cache.py``); only the people whose digest is new are expanded.
A change to the expansion code (an upgrade) changes the fingerprint, so nothing stale
is ever used. The forms in memory belong to the engine and go when it does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib.resources import files

from intake.redact.expand import (
    FormInfo,
    FormTable,
    add_forms,
    expand,
    settle,
    term_forms,
)
from intake.redact.findings import TERM
from intake.store import form_cache as store
from intake.store.db import Connection
from intake.store.vault import Vault

Entry = tuple[str, tuple[str, ...], str | None, bool]  # name, aliases, gender, public
Expander = Callable[[tuple[Entry, ...], tuple[str, ...]], FormTable]
_FORMAT = "intake-forms-1"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of everything expansion depends on: its code, its data, its dictionaries."""
    digest = hashlib.sha256(_FORMAT.encode())
    for folder in ("redact", "data"):
        for item in sorted(files("intake").joinpath(folder).iterdir(), key=lambda i: i.name):
            if item.is_file() and item.name.endswith((".py", ".txt", ".json")):
                digest.update(item.name.encode() + b"\0" + item.read_bytes())
    # late: pymorphy3 and its dictionary load only when first needed
    import pymorphy3
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]

    for module in (pymorphy3, pymorphy3_dicts_ru):
        digest.update(str(getattr(module, "__version__", "?")).encode())
    return digest.hexdigest()


def entry_digest(entry: Entry) -> str:
    name, aliases, gender, public = entry
    text = json.dumps([fingerprint(), name, list(aliases), gender, public], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def person_forms(entry: Entry) -> bytes:
    """One person's forms, in the order expansion adds them, as compact JSON."""
    table = expand((entry,), ())
    rows = [
        [key, i.kind, i.case, i.script, i.own, i.guard]
        for key, infos in table.items()
        for i in infos
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()


def compose(terms: tuple[str, ...], forms: list[bytes]) -> FormTable:
    """The table :func:`expand` would build, from each entry's stored forms."""
    table: FormTable = {}
    for owner, data in enumerate(forms):
        for key, kind, case, script, own, guard in json.loads(data):
            table.setdefault(key, []).append(FormInfo(kind, owner, case, script, own, guard))
    for owner, text in enumerate(terms):
        add_forms(table, term_forms(text), TERM, owner)
    settle(table)
    return table


@contextlib.contextmanager
def writing(vault: Vault) -> Iterator[Connection]:
    """The caller's transaction if one is open, else one of our own."""
    if vault.connection.in_transaction:
        yield vault.connection
    else:
        with vault.transaction() as conn:
            yield conn


def expander(vault: Vault) -> Expander:
    """An expander for :class:`~intake.redact.Redactor` that reads and updates the cache."""

    def expand_cached(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> FormTable:
        digests = [entry_digest(e) for e in entries]
        with writing(vault) as conn:
            known = store.load(conn)
            fresh = {
                d: person_forms(e) for d, e in zip(digests, entries, strict=True) if d not in known
            }
            store.save(conn, fresh, digests)
        known.update(fresh)
        return compose(terms, [known[d] for d in digests])

    return expand_cached
