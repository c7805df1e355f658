"""The vault's compiled registry: the matchers themselves, kept encrypted inside the vault.

Loading the engine's automaton as it was stored costs a fraction of expanding the
registry and building it again. The artefact is stored in the vault's own encrypted
database (:mod:`intake.store.form_cache`) under a digest of every registered person
and term and of the expansion code's fingerprint: adding, editing or merging a person
changes the digest, and the next engine is built again (from the per-person forms,
:mod:`intake.form_cache`, so only the changed people are expanded) and stored in place
of the old artefact. It is read with an unpickler that refuses every class but the
three a matcher is made of, so even a vault written by someone holding its key cannot
make intake run code; an artefact that does not load is built again.
"""

from __future__ import annotations

import hashlib
import io
import pickle  # restricted to three classes (_ALLOWED), read from the encrypted vault
import zlib
from collections.abc import Callable
from typing import Any

from intake.form_cache import Entry, expander, fingerprint, writing
from intake.redact.compiled import CompiledForms, leak_matcher
from intake.redact.expand import FormInfo
from intake.redact.matcher import Matcher
from intake.store import form_cache as store
from intake.store.vault import Vault

_ALLOWED = {
    ("intake.redact.matcher", "Matcher"),
    ("intake.redact.expand", "FormInfo"),
    ("ahocorasick", "Automaton"),
}
MAX_ARTEFACT_BYTES = 512 * 1024 * 1024


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
            return (FormInfo, (obj.kind, obj.owner, obj.case, obj.script, obj.own, obj.guard))
        return NotImplemented


def dumps(matcher: Matcher) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5).dump(matcher)
    return zlib.compress(buffer.getvalue(), 1)


def loads(data: bytes) -> Matcher | None:
    """The matcher in ``data``, or None if it is damaged or holds anything else."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_ARTEFACT_BYTES)
        loaded = _Unpickler(io.BytesIO(raw)).load()
    except Exception:  # noqa: BLE001 - any failure means: build it again
        return None
    return loaded if isinstance(loaded, Matcher) and not inflater.unconsumed_tail else None


def registry_digest(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> str:
    digest = hashlib.sha256(fingerprint().encode())
    for part in (*(repr(e) for e in entries), "\0terms", *terms):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def compiler(vault: Vault) -> Callable[[tuple[Entry, ...], tuple[str, ...]], CompiledForms]:
    """A compiler for :class:`~intake.redact.Redactor` that reuses the vault's artefact."""

    def compile_cached(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> CompiledForms:
        digest = registry_digest(entries, terms)
        conn = vault.connection
        matcher_data = store.load_compiled(conn, "matcher", digest)
        leak_data = store.load_compiled(conn, "leak", digest)
        matcher = loads(matcher_data) if matcher_data else None
        if matcher is None or leak_data is None:
            return _build(vault, entries, terms, digest)

        def leak() -> Matcher:
            return loads(leak_data) or leak_matcher(expander(vault)(entries, terms))

        def keys() -> frozenset[str]:  # only to draw a pseudonym, which vault people have
            return frozenset(expander(vault)(entries, terms))

        return CompiledForms(matcher, leak, keys)

    return compile_cached


def _build(
    vault: Vault, entries: tuple[Entry, ...], terms: tuple[str, ...], digest: str
) -> CompiledForms:
    table = expander(vault)(entries, terms)
    matcher, leak = Matcher(table), leak_matcher(table)
    with writing(vault) as conn:
        store.save_compiled(conn, "matcher", digest, dumps(matcher))
        store.save_compiled(conn, "leak", digest, dumps(leak))
    return CompiledForms(matcher, lambda: leak, lambda: frozenset(table))
