"""Registering many people at once, from a registry document, in one transaction.

The same rules as :func:`intake.people.register` hold for every person: a pseudonym
never shares a word with any registered real name or alias (of the people already in
the vault and of the whole batch), is never one already in use or retired, and no name
equals someone's pseudonym. The keys of names and pseudonyms are computed once for the
batch and kept up to date as pseudonyms are drawn, so importing P people costs O(P),
not a re-read of the registry per person. Either every person is registered or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from intake.errors import InputError
from intake.models import Gender, Person, now
from intake.people import _guess_gender, clean_name, language_of, new_id, real_names
from intake.redact import forms_ru
from intake.redact.expand import pseudonym_forms
from intake.redact.normalize import skeleton
from intake.redact.pseudonyms import assign_pseudonym, name_keys, pseudonym_key
from intake.redact.registry import Person as Entry
from intake.store import people as store
from intake.store.db import Connection
from intake.store.vault import Vault

MAX_PEOPLE = 100_000


@dataclass
class _Batch:
    """What a draw must avoid: keys of every real name, and of every pseudonym taken."""

    name_keys: frozenset[str]
    taken_keys: set[str]
    pseudonym_owner: dict[str, str]  # skeleton of a pseudonym -> id of its holder
    first_name_forms: frozenset[str]  # keys of every case form of every registered first name
    clash_cache: dict[tuple[str, str], bool] = field(default_factory=dict)

    def clashes(self, pseudonym: str, gender: str) -> bool:
        """True if a case form of the pseudonym is a form of a registered first name
        ("Евгения" is also the genitive of a registered "Евгений")."""

        if (pseudonym, gender) not in self.clash_cache:
            self.clash_cache[(pseudonym, gender)] = any(
                skeleton(form) in self.first_name_forms
                for form, _, _, _ in pseudonym_forms(pseudonym, gender)
            )
        return self.clash_cache[(pseudonym, gender)]


def import_people(vault: Vault, entries: Sequence[Entry]) -> list[Person]:
    """Register ``entries`` (ids in them are ignored: new ones are drawn); all or none."""
    if len(entries) > MAX_PEOPLE:
        raise InputError(
            f"the registry lists more than {MAX_PEOPLE} people",
            "Split it into several files. Nothing was written.",
        )
    drafts = [_draft(number, entry) for number, entry in enumerate(entries, 1)]
    with vault.transaction() as conn:
        batch = _batch(conn, drafts)
        chosen = [i for i, e in enumerate(entries) if e.pseudonym]
        drawn = [i for i, e in enumerate(entries) if not e.pseudonym]
        for i in chosen:
            drafts[i] = _with_chosen(drafts[i], str(entries[i].pseudonym), batch, i + 1)
        for i in drawn:
            drafts[i] = _with_drawn(drafts[i], batch)
        stamp = now()
        for number, person in enumerate(drafts, 1):
            _refuse_name_equal_to_a_pseudonym(person, batch, number)
            store.insert(conn, person, stamp)
    return drafts


def _draft(number: int, entry: Entry) -> Person:
    try:
        name = clean_name(entry.name)
        aliases = tuple(dict.fromkeys(clean_name(a, "alias") for a in entry.aliases if a.strip()))
        gender = Gender(entry.gender) if entry.gender else _guess_gender(name)
    except InputError as error:
        raise InputError(f"person {number}: {error.message}", error.hint) from None
    return Person(
        id=new_id("p"),
        name=name,
        pseudonym="",
        gender=gender,
        aliases=aliases,
        role=(entry.role or "").strip(),
        public=entry.public,
    )


def _batch(conn: Connection, drafts: list[Person]) -> _Batch:

    existing = store.all_people(conn)
    names = real_names(existing) + real_names(drafts)
    return _Batch(
        name_keys=frozenset(name_keys(names)),
        taken_keys={pseudonym_key(p) for p in store.pseudonyms_taken(conn)},
        pseudonym_owner={pseudonym_key(p.pseudonym): p.id for p in existing},
        first_name_forms=_first_name_forms(existing + drafts),
    )


def _first_name_forms(everyone: list[Person]) -> frozenset[str]:
    """Keys of the case forms of every word of a registered name that the dictionary
    reads as a first name (a few hundred distinct words at most, whatever the registry)."""

    words = {
        (word, p.gender.value if p.gender else None)
        for p in everyone
        for name in p.names
        for word in name.replace(".", " ").split()
        if len(word) > 1
    }
    keys: set[str] = set()
    for word, gender in words:
        if forms_ru.pick_parse(word, "Name") is not None:
            keys.update(skeleton(form) for form, _, _, _ in pseudonym_forms(word, gender))
    return frozenset(keys)


def _take(person: Person, pseudonym: str, batch: _Batch) -> Person:

    key = pseudonym_key(pseudonym)
    batch.taken_keys.add(key)
    batch.pseudonym_owner[key] = person.id
    return replace(person, pseudonym=pseudonym)


def _with_chosen(person: Person, chosen: str, batch: _Batch, number: int) -> Person:

    chosen = clean_name(chosen, "pseudonym")
    if name_keys((chosen,)) & batch.name_keys:
        raise InputError(
            f"person {number}: the pseudonym is, or contains, a registered real name or alias",
            "Choose a pseudonym that is no one's name, or leave it out. Nothing was written.",
        )
    if pseudonym_key(chosen) in batch.taken_keys:
        raise InputError(
            f"person {number}: that pseudonym is already used in this vault or this file",
            "Choose another one, or leave it out. Nothing was written.",
        )
    return _take(person, chosen, batch)


def _with_drawn(person: Person, batch: _Batch) -> Person:

    gender = person.gender.value if person.gender else None
    drawn = assign_pseudonym(
        gender,
        language_of(person.name),
        (),
        (),
        forbidden_keys=batch.name_keys,
        clashes=batch.clashes,
        taken_keys=batch.taken_keys,
    )
    return _take(person, drawn, batch)


def _refuse_name_equal_to_a_pseudonym(person: Person, batch: _Batch, number: int) -> None:

    for name in person.names:
        holder = batch.pseudonym_owner.get(pseudonym_key(name))
        if holder is not None and holder != person.id:
            raise InputError(
                f"person {number}: a name or alias equals the pseudonym of {holder}",
                f"Give {holder} a new pseudonym first "
                f"('intake person edit {holder} --new-pseudonym'). Nothing was written.",
            )
