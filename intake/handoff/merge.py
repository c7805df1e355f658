"""People from a bundle, merged into this vault's registry with one pseudonym per person.

A person in the bundle is the same as one here when they have the same id (they
came from an earlier bundle), or, when the user says so, the same normalised
name. For the same person, the pseudonym already used in a publication wins:

- published here only: ours stays; published by the sender only: theirs is
  adopted (ours retired), if it is free here and no one's real name;
- published on both sides under different pseudonyms, or a published pseudonym
  that cannot be taken here: ours stays and a conflict is recorded for review;
- published nowhere: ours stays.

A published pseudonym is never changed silently. A new person keeps their
pseudonym when it is free here and no one's name, else gets a new one (a
conflict when theirs had been published). Their other spellings become aliases.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from intake import people as people_service
from intake.handoff.payload import person_from
from intake.models import Person
from intake.redact.normalize import skeleton
from intake.redact.pseudonyms import assign_pseudonym, name_keys
from intake.store import merging
from intake.store import people as store
from intake.store.db import Connection
from intake.textsearch import fold


def same_name_pairs(conn: Connection, docs: list[dict[str, Any]]) -> list[tuple[Person, Person]]:
    """(incoming, local) pairs with different ids but the same normalised name: to ask."""
    local = store.all_people(conn)
    ids = {p.id for p in local}
    pairs = []
    for doc in docs:
        incoming = person_from(doc)
        if incoming.id in ids:
            continue
        key = fold(" ".join(incoming.name.split()))
        match = [p for p in local if fold(" ".join(p.name.split())) == key]
        if len(match) == 1:
            pairs.append((incoming, match[0]))
    return pairs


class Merger:
    """Applies the bundle's people inside the receive transaction; maps their ids to ours.

    The registry, the word keys of every real name and the pseudonyms taken are read
    once and kept up to date here, so a bundle of thousands of people merges quickly."""

    def __init__(self, conn: Connection, bundle_id: str, at: str, same: set[str]) -> None:

        self.conn, self.bundle_id, self.at, self.same = conn, bundle_id, at, same
        self.ids: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.published = merging.published_people(conn)
        self.people = {p.id: p for p in store.all_people(conn)}
        self.name_keys = name_keys(people_service.real_names(list(self.people.values())))
        self.taken = {skeleton(t) for t in store.pseudonyms_taken(conn)}

    def apply(self, docs: list[dict[str, Any]]) -> None:
        pairs = {p.id: local for p, local in same_name_pairs(self.conn, docs) if p.id in self.same}
        for doc in docs:
            incoming = person_from(doc)
            local = self.people.get(incoming.id) or pairs.get(incoming.id)
            if local is None:
                self._add(incoming, doc["published"])
            else:
                self._merge(local, incoming, doc["published"])
            self.ids[incoming.id] = local.id if local else incoming.id

    def _add(self, person: Person, published: bool) -> None:
        self._learn(person)
        if not self._free(person.pseudonym):
            if published:
                self._conflict(person.id, "their published pseudonym is taken here; a new one")
            person = replace(person, pseudonym=self._draw(person))
            self.counts["pseudonyms drawn"] += 1
        store.insert(self.conn, person, self.at)
        self.people[person.id] = person
        self.taken.add(skeleton(person.pseudonym))
        self.counts["people added"] += 1

    def _merge(self, local: Person, incoming: Person, published: bool) -> None:
        names = dict.fromkeys(n for n in (*local.aliases, *incoming.names) if n != local.name)
        merged = replace(local, aliases=tuple(names))
        self._learn(merged)
        if incoming.pseudonym != local.pseudonym and published:
            if local.id in self.published:
                self._conflict(local.id, "published under two pseudonyms; ours kept")
            elif self._free(incoming.pseudonym):
                store.retire_pseudonym(self.conn, local.pseudonym)
                merged = replace(merged, pseudonym=incoming.pseudonym)
                self.taken.add(skeleton(incoming.pseudonym))
                self.counts["published pseudonyms adopted"] += 1
            else:
                self._conflict(local.id, "their published pseudonym is taken here; ours kept")
        if merged != local:
            store.update(self.conn, merged)
            self.people[merged.id] = merged
        self.counts["people matched"] += 1

    def _learn(self, person: Person) -> None:

        self.name_keys |= name_keys(person.names)

    def _free(self, pseudonym: str) -> bool:

        return skeleton(pseudonym) not in self.taken and not (
            name_keys((pseudonym,)) & self.name_keys
        )

    def _draw(self, person: Person) -> str:

        gender = person.gender.value if person.gender else None
        return str(
            assign_pseudonym(
                gender,
                people_service.language_of(person.name),
                store.pseudonyms_taken(self.conn) | {person.pseudonym},
                (),
                forbidden_keys=frozenset(self.name_keys),
            )
        )

    def _conflict(self, subject: str, note: str) -> None:
        merging.add_conflict(
            self.conn, self.at, self.bundle_id, kind="pseudonym", subject=subject, note=note
        )
        self.counts["conflicts"] += 1
