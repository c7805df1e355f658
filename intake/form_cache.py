"""Each registered person's forms, computed once and kept in the vault's word index.

Building a redaction engine needs every registered name expanded into its case forms
and Latin spellings. Each person's forms do not depend on anyone else, so they are
filed in the vault's word index (:mod:`intake.store.word_index`, encrypted with the
rest of the database) under a digest of the person's names, gender and public mark and
of the expansion code's fingerprint (:func:`entry_digest`): a person added, edited or
merged gets a new digest and is expanded then, alone; the rows of a digest no current
person has are deleted. A change to the expansion code or its data (an upgrade)
changes the fingerprint, so nothing stale is ever used. :func:`expander` gives the
whole table, the same key for key and reading for reading as
:func:`intake.redact.expand.expand` builds from scratch (``tests/unit/test_form_cache.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib.resources import files

from intake.redact.expand import FormTable, expand
from intake.store import word_index as store
from intake.store.db import Connection
from intake.store.vault import Vault
from intake.word_index import IndexedForms, person_chunks, person_digest

Entry = tuple[str, tuple[str, ...], str | None, bool]  # name, aliases, gender, public
Expander = Callable[[tuple[Entry, ...], tuple[str, ...]], FormTable]
_FORMAT = "intake-forms-2"
_LAYOUT = ("form_cache.py", "word_index.py", "store/word_index.py")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of everything the stored forms depend on (:func:`sources`)."""
    digest = hashlib.sha256(_FORMAT.encode())
    for name, data in sources():
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def sources() -> Iterator[tuple[str, bytes]]:
    """(name, content) of every source that shapes a name's forms: the expansion code and
    the package's data files, the code that files the forms in the vault, the version of
    pymorphy3 and of its Russian dictionaries, and iuliia's transliteration schemes."""
    package = files("intake")
    for folder in ("redact", "data"):
        for item in sorted(package.joinpath(folder).iterdir(), key=lambda i: i.name):
            if item.is_file() and item.name.endswith((".py", ".txt", ".json")):
                yield f"{folder}/{item.name}", item.read_bytes()
    for name in _LAYOUT:  # how the forms are filed in the vault
        yield name, package.joinpath(name).read_bytes()
    # late: pymorphy3 and its dictionary load only when first needed
    import pymorphy3
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]

    for module in (pymorphy3, pymorphy3_dicts_ru):
        yield module.__name__, str(getattr(module, "__version__", "?")).encode()
    schemes = files("iuliia").joinpath("schemas")
    for item in sorted(schemes.iterdir(), key=lambda i: i.name):
        if item.name.endswith(".json"):
            yield f"iuliia/{item.name}", item.read_bytes()


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


@contextlib.contextmanager
def writing(vault: Vault) -> Iterator[Connection]:
    """The caller's transaction if one is open, else one of our own."""
    if vault.connection.in_transaction:
        yield vault.connection
    else:
        with vault.transaction() as conn:
            yield conn


def update(vault: Vault, entries: tuple[Entry, ...], digests: list[str]) -> None:
    """File the forms of every entry whose digest the index lacks; delete the others."""
    present = store.people(vault.connection)
    wanted = {person_digest(d): e for d, e in zip(digests, entries, strict=True)}
    missing = {p: e for p, e in wanted.items() if p not in present}
    stale = present.keys() - wanted.keys()
    if not missing and not stale and not store.legacy(vault.connection):
        return
    with writing(vault) as conn:
        store.drop_legacy(conn)
        for person, entry in missing.items():
            store.add(conn, person, entry[3], person_chunks(person_forms(entry)))
        store.remove(conn, stale)


def indexed_forms(vault: Vault, entries: tuple[Entry, ...], terms: tuple[str, ...]) -> IndexedForms:
    """The registry's forms, to be read from the (updated) index as texts need them."""
    digests = [entry_digest(e) for e in entries]
    update(vault, entries, digests)
    return IndexedForms(
        vault.connection, digests, terms, lambda owner: person_forms(entries[owner])
    )


def expander(vault: Vault) -> Expander:
    """The whole table of the registry, from the vault's word index (brought up to date)."""

    def expand_cached(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> FormTable:
        return indexed_forms(vault, entries, terms).full()

    return expand_cached
