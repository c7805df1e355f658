"""The vault's compiled registry: matchers that read only the forms a text can hold.

Expanding 2,000 registered names takes seconds, and even a stored automaton of all
their forms takes most of a second to load, on every command. Instead each person's
forms are filed once in the vault's word index (:mod:`intake.store.word_index`, inside
the encrypted database) under the person's digest (:func:`intake.form_cache.entry_digest`),
and each engine's matchers (:class:`intake.word_index.IndexedMatcher`) ask it for the
forms of the words of the text they read. Before an engine is made, the index is
brought up to date: a person added, edited or merged since (a new digest) is expanded
alone and filed; the rows of a digest no current person has are deleted. Nothing is
unpickled: rows are plain JSON readings. The tables of earlier versions (a whole
registry's pickled automata) are dropped at the first update.
"""

from __future__ import annotations

from collections.abc import Callable

from intake.form_cache import Entry, indexed_forms
from intake.redact.compiled import CompiledForms
from intake.store.vault import Vault
from intake.word_index import IndexedMatcher


def compiler(vault: Vault) -> Callable[[tuple[Entry, ...], tuple[str, ...]], CompiledForms]:
    """A compiler for :class:`~intake.redact.Redactor` whose matchers read the vault's index."""

    def compile_indexed(entries: tuple[Entry, ...], terms: tuple[str, ...]) -> CompiledForms:
        forms = indexed_forms(vault, entries, terms)
        return CompiledForms(
            IndexedMatcher(forms, "registry"),
            lambda: IndexedMatcher(forms, "leak-gate", private_only=True),
            forms.keys,
            forms.public,
        )

    return compile_indexed
