"""Initials worked out owner by owner, when first asked for, are the initials worked out for
everyone at once; an owner outside the registry has none."""

from __future__ import annotations

from intake.redact.initials import OnDemand, initials_by_owner

# Fictional people: a Cyrillic first name with Latin spellings, an alias, a Latin name,
# a surname alone.
NAMES = [
    ("Евгений Выдумкин", ("Женя",)),
    ("Андрей Выдумкин", ()),
    ("Dmitry Madeupov", ()),
    ("Небывалов", ()),
]
EXPECTED = {
    0: {"Е", "E", "Y", "I", "J", "Ж", "Z", "S"},  # Yevgeny, Jewgeni; Женя, Zhenya, Schenja
    1: {"А", "A"},
    2: {"Д", "D"},
    3: set(),
}


def test_initials_on_demand_are_the_initials_of_everyone_at_once() -> None:
    lazy = OnDemand(NAMES)
    assert dict(lazy) == initials_by_owner(NAMES)
    assert len(lazy) == len(NAMES) and list(lazy) == [0, 1, 2, 3]


def test_initials_on_demand_follow_a_hand_written_table() -> None:
    lazy = OnDemand(NAMES)
    for owner, letters in EXPECTED.items():
        assert lazy[owner] == frozenset(letters)
    assert lazy[3] == frozenset() and lazy.get(99) is None
