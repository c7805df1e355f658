"""The vault's compiled registry: the matchers themselves, kept encrypted inside the vault.

Loading the engine's automaton as it was stored costs a fraction of expanding the
registry and building it again. The artefact is stored in the vault's own encrypted
database (:mod:`intake.store.form_cache`) under a digest of every registered person
and term and of the expansion code's fingerprint: adding, editing or merging a person
changes the digest, and the next engine is built again (from the per-person forms,
:mod:`intake.form_cache`, so only the changed people are expanded) and stored in place
of the old artefact. Three are kept: the engine's matcher, the leak gate's, and the
public figures' full names. They are read with an unpickler that refuses every class
but the four they are made of, so even a vault written by someone holding its key
cannot make intake run code; an artefact that does not load is built again.
"""

from __future__ import annotations

import hashlib
import io
import pickle  # restricted to four classes (_ALLOWED), read from the encrypted vault
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

from intake.form_cache import Entry, expander, fingerprint, writing
from intake.redact.compiled import CompiledForms, leak_matcher, public_names
from intake.redact.expand import FormInfo, FormTable
from intake.redact.matcher import Matcher
from intake.redact.public import PublicNames
from intake.store import form_cache as store
from intake.store.vault import Vault

_ALLOWED = {
    ("intake.redact.matcher", "Matcher"),
    ("intake.redact.expand", "FormInfo"),
    ("ahocorasick", "Automaton"),
    ("intake.redact.public", "PublicNames"),
}
MAX_ARTEFACT_BYTES = 512 * 1024 * 1024
_ARTEFACTS = ("matcher", "leak", "public")
T = TypeVar("T")


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a matcher")
        found: type = super().find_class(module, name)
        return found


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:
        """A form's reading as its constructor's arguments: loads in half the time of a
        frozen dataclass's generic state."""
        if type(obj) is FormInfo:
            case = None if obj.case is None else str(obj.case)  # a term's is pymorphy's grammeme
            return (FormInfo, (obj.kind, obj.owner, case, obj.script, obj.own, obj.guard))
        return NotImplemented


def dumps(matcher: Matcher | PublicNames) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5).dump(matcher)
    return zlib.compress(buffer.getvalue(), 1)


def loads(data: bytes, kind: type[T]) -> T | None:
    """The ``kind`` object in ``data``, or None if it is damaged or holds anything else."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_ARTEFACT_BYTES)
        loaded = _Unpickler(io.BytesIO(raw)).load()
    except Exception:  # noqa: BLE001 - any failure means: build it again
        return None
    return loaded if isinstance(loaded, kind) and not inflater.unconsumed_tail else None


def registry_digest(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> str:
    digest = hashlib.sha256(fingerprint().encode())
    for part in (*(repr(e) for e in entries), "\0terms", *terms):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def compiler(vault: Vault) -> Callable[[tuple[Entry, ...], tuple[str, ...]], CompiledForms]:
    """A compiler for :class:`~intake.redact.Redactor` that reuses the vault's artefact."""

    def compile_cached(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> CompiledForms:
        digest = registry_digest(entries, terms)
        stored = {n: store.load_compiled(vault.connection, n, digest) for n in _ARTEFACTS}
        matcher = loads(stored["matcher"], Matcher) if stored["matcher"] else None
        public = loads(stored["public"], PublicNames) if stored["public"] else None
        leak_data = stored["leak"]
        if matcher is None or public is None or leak_data is None:
            return _build(vault, entries, terms, digest)

        def table() -> FormTable:  # only if the leak artefact does not load, or for keys
            return expander(vault)(entries, terms)

        def leak() -> Matcher:
            return loads(leak_data, Matcher) or leak_matcher(table())

        return CompiledForms(matcher, leak, lambda: frozenset(table()), lambda: public)

    return compile_cached


def _build(
    vault: Vault, entries: tuple[Entry, ...], terms: tuple[str, ...], digest: str
) -> CompiledForms:
    table = expander(vault)(entries, terms)
    matcher, leak, public = Matcher(table), leak_matcher(table), public_names(table)
    with writing(vault) as conn:
        artefacts: tuple[Matcher | PublicNames, ...] = (matcher, leak, public)
        for name, artefact in zip(_ARTEFACTS, artefacts, strict=True):
            store.save_compiled(conn, name, digest, dumps(artefact))
    return CompiledForms(matcher, lambda: leak, lambda: frozenset(table), lambda: public)
