"""The registry's forms made ready to match: the engine's matcher, the leak gate's, the keys.

Building the automata costs as much as expanding the registry does, so a caller that
keeps the forms hands over its own matchers (the vault's read only the forms a text's
words can hold: :mod:`intake.compiled_cache`); :meth:`CompiledForms.build` makes them
from scratch. The leak gate's matcher and the set of registered keys are made only
when first asked for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from intake.redact.expand import FormTable, expand
from intake.redact.findings import PERSON, TERM
from intake.redact.matcher import Matcher
from intake.redact.public import PublicNames

Entry = tuple[str, tuple[str, ...], str | None, bool]  # name, aliases, gender, public
Expander = Callable[[tuple[Entry, ...], tuple[str, ...]], FormTable]


def private(table: FormTable) -> FormTable:
    """The forms of private people and terms only: what must never be published."""
    out: FormTable = {}
    for key, infos in table.items():
        kept = [i for i in infos if i.kind in (PERSON, TERM)]
        if kept:
            out[key] = kept
    return out


def leak_matcher(table: FormTable) -> Matcher:
    return Matcher(private(table), recognizer="leak-gate")


def public_names(table: FormTable) -> PublicNames:
    return PublicNames(table, private(table))


class CompiledForms:
    """Every registered form in a matcher; the leak gate's, the public figures' full names
    and the keys, on demand."""

    def __init__(
        self,
        matcher: Matcher,
        leak: Callable[[], Matcher],
        keys: Callable[[], frozenset[str]],
        public: Callable[[], PublicNames],
    ) -> None:
        self.matcher = matcher
        self._leak, self._keys, self._public = leak, keys, public

    @classmethod
    def build(
        cls, entries: tuple[Entry, ...], terms: tuple[str, ...], expander: Expander = expand
    ) -> CompiledForms:
        table = expander(entries, terms)
        return cls(
            Matcher(table),
            lambda: leak_matcher(table),
            lambda: frozenset(table),
            lambda: public_names(table),
        )

    @functools.cached_property
    def leak_matcher(self) -> Matcher:
        """Private forms only: built on first use; reviewing a testimony never needs it."""
        return self._leak()

    @functools.cached_property
    def registered_keys(self) -> frozenset[str]:
        return self._keys()

    @functools.cached_property
    def public(self) -> PublicNames:
        return self._public()
