"""Initials tell relatives apart: "А. Мухин" is Андрей, not Евгений, when both are registered.

Each registered person gets the first letters of their first name (and of its
aliases' first names) in both scripts: "Евгений" gives Е, E and Y (Yevgeny). A
mention carrying an initial ("А. Мухин", "Мухин А. В.") goes to the owner whose
letters include it; a person whose first name is not known keeps every mention. An
initial the registered name writes itself is the person's too: a priest registered as
"о. Сергий" is "О. Сергий" opening a sentence, and "Мухин А. В." is an А.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from intake.redact.findings import Finding
from intake.redact.names_split import split_name
from intake.redact.translit import latin_spellings

Initials = Mapping[int, frozenset[str]]
_INITIAL = re.compile(r"([A-ZА-ЯЁ])(?<![^\W\d_][A-ZА-ЯЁ])\.")
# in a registered name, a title's letter too: the "о." (отец) of "о. Сергий"
_WRITTEN_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\.")


def initials_by_owner(names: Sequence[tuple[str, Iterable[str]]]) -> dict[int, frozenset[str]]:
    """Owner -> upper-case first letters of their first names (name and aliases)."""
    return {owner: letters_of(name, aliases) for owner, (name, aliases) in enumerate(names)}


def letters_of(name: str, aliases: Iterable[str]) -> frozenset[str]:
    """Upper-case first letters of the first names in ``name`` and ``aliases``."""
    letters: set[str] = set()
    for text in (name, *aliases):
        if (written := _WRITTEN_INITIAL.search(text)) is not None:
            letters.add(written.group(1).upper())
        for part in split_name(text):
            if part.role == "Name":
                letters.add(part.text[:1].upper())
                if part.cyrillic:
                    letters.add(part.cyrillic[:1].upper())
                    letters.update(s[:1].upper() for s in latin_spellings(part.cyrillic))
    return frozenset(letters)


class OnDemand(Mapping[int, frozenset[str]]):
    """:func:`initials_by_owner`, each owner's letters worked out when first asked for: a
    text names a few of a registry's thousands."""

    def __init__(self, names: Sequence[tuple[str, Iterable[str]]]) -> None:
        self._names, self._known = names, dict[int, frozenset[str]]()

    def __getitem__(self, owner: int) -> frozenset[str]:
        if owner not in self._known:
            if not 0 <= owner < len(self._names):
                raise KeyError(owner)
            self._known[owner] = letters_of(*self._names[owner])
        return self._known[owner]

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self._names)))

    def __len__(self) -> int:
        return len(self._names)


def first_initial(text: str) -> str | None:
    """The first initial ("А." -> "А") written in ``text``, if any."""
    match = _INITIAL.search(text)
    return match.group(1).upper() if match else None


def fits(owner: int, letter: str | None, initials: Initials) -> bool:
    """True unless ``letter`` is an initial that the owner's known first names rule out."""
    if letter is None:  # before asking for the owner's letters: they may be worked out now
        return True
    known = initials.get(owner, frozenset())
    return not known or letter in known


def by_initial(text: str, finding: Finding, initials: Initials) -> Finding:
    """The mention given to the first of its owners its initial fits (unchanged if none)."""
    letter = first_initial(text[finding.start : finding.end])
    owners = finding.owners or ((finding.owner,) if finding.owner is not None else ())
    if letter is None or len(owners) < 2:
        return finding
    fitting = [o for o in owners if fits(o, letter, initials) and initials.get(o)]
    if not fitting:
        return finding
    both = tuple(o for o in finding.candidates if o in fitting)
    if fitting[0] == finding.owner:
        return replace(finding, candidates=both if len(both) > 1 else ())
    return replace(finding, owner=fitting[0], owners=(fitting[0],), candidates=())
