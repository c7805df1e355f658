"""What the process remembers of a vault's names and words, dropped when the vault closes.

The engine and the publication check cache their readings of words and names
(``functools.lru_cache`` keyed by the word: a dictionary parse, a name part's forms,
its Latin spellings, a guard), so that a registry of thousands of people is expanded
once per process. Those keys and values are registered names and testimony words.
When the interface locks (the lock key, the idle lock, the panic key), :func:`forget`
clears every such cache in the loaded modules of the packages below: every
``lru_cache`` of a function that takes an argument. Caches of a data table that
takes none (the gazetteer, the dictionary, the word lists) stay. A command of the
command line ends its process instead, which returns all its memory.

Limit: Python cannot wipe freed memory; this drops the references, so the memory
is reused sooner (see SECURITY.md, "Memory").
"""

from __future__ import annotations

import inspect
import sys
from typing import Any

PACKAGES = ("intake.redact", "intake.check", "intake.textsearch", "intake.quasi")


def forget() -> int:
    """Clear the keyed caches of the loaded modules of :data:`PACKAGES`; how many."""
    caches = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name.startswith(PACKAGES)
        for value in list(vars(module).values())
        if keyed_cache(value)
    }
    for cache in caches.values():
        cache.cache_clear()
    return len(caches)


def keyed_cache(value: Any) -> bool:
    """True for an ``lru_cache``-wrapped function that takes at least one argument."""
    wrapped = getattr(value, "__wrapped__", None)
    if wrapped is None or not callable(getattr(value, "cache_clear", None)):
        return False
    try:
        return bool(inspect.signature(wrapped).parameters)
    except (TypeError, ValueError):
        return False
