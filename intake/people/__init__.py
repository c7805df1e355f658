"""Registering people and their pseudonyms; what the front ends call, over the store.

A pseudonym is drawn when a person is registered (see :mod:`intake.redact.pseudonyms`):
never equal to a registered real name or alias, or to a word of one, never a form
of one in any case or spelling, nor of a name in the testimonies (see
:mod:`intake.people.clashes`), and never shared by two people or given again after a
merge. The user may choose one, under the same rules. Real names leave this module
only when the caller asks to reveal.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import replace

from intake.errors import InputError, NotFound, UsageError
from intake.models import Gender, Person, now
from intake.people import clashes
from intake.store import exports
from intake.store import people as store
from intake.store import testimonies as testimony_store
from intake.store.db import Connection
from intake.store.vault import Vault
from intake.textsearch import WORD, fold

# Ids appear in exports and manifests, which the leak gate scans: consonants only, so an
# id can never look like a plate, a phone, a unit number or a name (19^8 ≈ 1.7e10 ids).
_ALPHABET = "bcdfghjkmnpqrstvwxz"
MAX_NAME = 200


def new_id(prefix: str) -> str:
    return prefix + "-" + "".join(secrets.choice(_ALPHABET) for _ in range(8))


def clean_name(value: str, what: str = "name") -> str:
    name = " ".join(value.split())
    if not name or len(name) > MAX_NAME or not WORD.search(name):
        raise InputError(
            f"the {what} must have a letter and at most {MAX_NAME} characters",
            "Nothing was written.",
        )
    return name


def language_of(name: str) -> str:
    return "ru" if re.search(r"[А-Яа-яЁё]", name) else "en"


def pool_language(person: Person, chosen: str | None = None) -> str:
    """The pseudonym pool: ``chosen`` ("ru" or "en") if given, else the one that fits the
    person (see :func:`intake.redact.pseudonyms.pool_for`)."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.pseudonyms import pool_for

    return chosen if chosen in ("ru", "en") else pool_for(person.name)


def real_names(everyone: list[Person]) -> list[str]:
    return [name for person in everyone for name in person.names]


def shares_a_word(pseudonym: str, names: list[str]) -> bool:
    """True when the pseudonym and a real name share a word, in any script or case."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.pseudonyms import name_keys

    return bool(name_keys((pseudonym,)) & name_keys(tuple(names)))


def resolve(conn: Connection, ref: str) -> Person:
    """A person by id, or by a name, alias or pseudonym that only one person has."""
    everyone = store.all_people(conn)
    for person in everyone:
        if person.id == ref:
            return person
    wanted = fold(" ".join(ref.split()))
    found = [p for p in everyone if wanted in {fold(n) for n in (*p.names, p.pseudonym)}]
    if not found:
        raise NotFound(
            "no person registered under that id or name",
            "See 'intake person list'; register people with 'intake person add'.",
        )
    if len(found) > 1:
        raise UsageError(
            "that name fits several people: " + ", ".join(p.id for p in found),
            "Give the person's id instead.",
        )
    return found[0]


def register(
    vault: Vault,
    name: str,
    *,
    aliases: tuple[str, ...] = (),
    gender: Gender | None = None,
    public: bool = False,
    pseudonym: str | None = None,
    role: str = "",
    pool: str | None = None,
) -> Person:
    """Register a person; the pseudonym is ``pseudonym`` or drawn from ``pool`` ("ru",
    "en"; default: the pool that fits the name)."""
    name = clean_name(name)
    aliases = tuple(dict.fromkeys(clean_name(a, "alias") for a in aliases if a.strip()))
    gender = gender or _guess_gender(name, pseudonym, public)
    with vault.transaction() as conn:
        person = Person(
            id=new_id("p"),
            name=name,
            pseudonym="",
            gender=gender,
            aliases=aliases,
            role=role.strip(),
            public=public,
        )
        person = replace(person, pseudonym=_pseudonym_for(conn, person, pseudonym, pool))
        _refuse_name_equal_to_a_pseudonym(conn, person)
        store.insert(conn, person, now())
    return person


def edit(
    vault: Vault,
    ref: str,
    changes: dict[str, object],
    *,
    new_pseudonym: bool = False,
    pool: str | None = None,
) -> Person:
    """Apply ``changes`` (name, aliases, gender, role, public, pseudonym) to a person; a
    new pseudonym is drawn from ``pool`` when given."""
    with vault.transaction() as conn:
        person = resolve(conn, ref)
        edited = replace(person, **changes)  # type: ignore[arg-type]
        edited = replace(
            edited,
            name=clean_name(edited.name),
            aliases=tuple(dict.fromkeys(clean_name(a, "alias") for a in edited.aliases)),
        )
        if person.gender is None and not edited.public:
            # a public person registered without a gender becomes private: the name must
            # tell it, or the user gives it; the pseudonym held in reserve was drawn from
            # either pool, so one of that gender is drawn
            if edited.gender is None:
                edited = replace(edited, gender=_guess_gender(edited.name))
            new_pseudonym = new_pseudonym or edited.pseudonym == person.pseudonym
        if new_pseudonym or edited.pseudonym != person.pseudonym:
            chosen = None if new_pseudonym else edited.pseudonym
            edited = replace(edited, pseudonym=_pseudonym_for(conn, edited, chosen, pool))
            store.retire_pseudonym(conn, person.pseudonym)
        elif shares_a_word(edited.pseudonym, list(edited.names)):
            raise InputError(
                "the person's pseudonym shares a word with their new name or alias",
                "Add --new-pseudonym to draw another one. Nothing was written.",
            )
        _refuse_name_equal_to_a_pseudonym(conn, edited)
        store.update(conn, edited)
    return edited


def merge(vault: Vault, keep_ref: str, other_ref: str) -> Person:
    """Fold ``other`` into ``keep``: names become aliases, testimonies point to ``keep``."""
    with vault.transaction() as conn:
        keep, other = resolve(conn, keep_ref), resolve(conn, other_ref)
        if keep.id == other.id:
            raise UsageError("a person cannot be merged with themselves", "Give two people.")
        names = dict.fromkeys(n for n in (*keep.aliases, *other.names) if n != keep.name)
        merged = replace(keep, aliases=tuple(names), public=keep.public and other.public)
        if shares_a_word(merged.pseudonym, list(merged.names)):
            raise InputError(
                f"the pseudonym of {keep.id} shares a word with a name of {other.id}",
                f"Give {keep.id} a new pseudonym first ('intake person edit "
                f"{keep.id} --new-pseudonym'), then merge. Nothing was written.",
            )
        stamp = now()
        for tid in testimony_store.ids_referring_to(conn, other.id):
            old = testimony_store.get(conn, tid)
            moved = old.with_person_replaced(other.id, keep.id)
            new = old.changed(
                {f: getattr(moved, f) for f in ("source", "subjects", "events")}, at=stamp
            )
            testimony_store.update(conn, old, new)
        store.update(conn, merged)
        store.remove_merged(conn, other.id, other.pseudonym)
    return merged


def _guess_gender(name: str, pseudonym: str | None = None, public: bool = False) -> Gender | None:
    """The gender the name tells, else the one a chosen pseudonym tells; a public person
    ("Гречко А. В.", whose initials tell nothing) may have none: the name is kept in
    exports, and the pseudonym held in reserve is drawn from either pool."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.pseudonyms import guess_gender

    guessed = guess_gender(name) or (guess_gender(pseudonym) if pseudonym else None)
    if guessed is None and public:
        return None
    if guessed is None:
        told = (
            "cannot tell from the name or the pseudonym whether the person is male or female "
            "(the pseudonym's forms depend on it)"
            if pseudonym
            else "cannot tell from the name whether to draw a male or female pseudonym"
        )
        raise InputError(
            told, "Give the gender, m or f (--gender on the command line). Nothing was written."
        )
    return Gender(guessed)


def _pseudonym_for(
    conn: Connection, person: Person, chosen: str | None, pool: str | None = None
) -> str:
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.normalize import skeleton
    from intake.redact.pseudonyms import assign_pseudonym

    everyone = [p for p in store.all_people(conn) if p.id != person.id] + [person]
    names = real_names(everyone)
    taken = store.pseudonyms_taken(conn)  # the person's own too: a new one must differ
    gender = person.gender.value if person.gender else None
    check = clashes.for_vault(conn, [person])
    if chosen is None:
        lang = pool_language(person, pool)
        return str(assign_pseudonym(gender, lang, taken, names, clashes=check))
    chosen = clean_name(chosen, "pseudonym")
    if shares_a_word(chosen, names):
        public = " A public person's name is kept in exports: leave --pseudonym out."
        raise InputError(
            "that pseudonym is, or contains, a registered real name or alias",
            "Choose a pseudonym that is no one's name."
            + (public if person.public else "")
            + " Nothing was written.",
        )
    if check(chosen, gender):
        raise InputError(
            "that pseudonym reads as a registered name or alias in some case or spelling, "
            "or as a name in the testimonies",
            "Choose a name that is no form of anyone's name (the genitive of Евгений is "
            "Евгения), or leave --pseudonym out to draw one. Nothing was written.",
        )
    if skeleton(chosen) in {skeleton(t) for t in taken}:
        raise InputError(
            "that pseudonym is already used in this vault",
            "Choose another one. Nothing was written.",
        )
    return chosen


def pseudonyms_sharing_a_word(vault: Vault, person: Person) -> list[str]:
    """Ids of other people whose pseudonym shares a word with this person's real names
    (a first name in common, say) or is a form of one ("Евгения" against "Евгений"):
    allowed, but the export's leak gate will object, so the caller offers a redraw."""
    sharing = [
        p.id
        for p in store.all_people(vault.connection)
        if p.id != person.id and shares_a_word(p.pseudonym, list(person.names))
    ]
    forms = clashes.holders_clashing_with(vault.connection, [person])
    return list(dict.fromkeys(sharing + forms))


def settle_clashes(vault: Vault, holders: list[str]) -> tuple[list[str], list[str]]:
    """Redraw the pseudonyms of ``holders`` (ids whose pseudonym now reads as a name) when
    nothing was ever exported from this vault, so none of them can have been published;
    otherwise leave them for the user to decide. Returns (redrawn, left)."""

    if exports.entries(vault.connection):
        return [], holders
    for holder in holders:
        edit(vault, holder, {}, new_pseudonym=True)
    return holders, []


def pseudonyms_named_in(vault: Vault, texts: list[str]) -> list[str]:
    """Ids of people whose pseudonym (in some case) is a capitalised word of ``texts``:
    an imported testimony names someone the way a pseudonym reads."""
    return clashes.holders_clashing_with(vault.connection, [], texts)


def pseudonym_clashes(conn: Connection) -> list[tuple[str, str]]:
    """(holder, owner) pairs where ``holder``'s pseudonym shares a word with ``owner``'s real
    name or an alias: possible when the owner was registered after the pseudonym was drawn.
    The leak gate refuses an export where such a pseudonym appears."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.pseudonyms import name_keys

    everyone = store.all_people(conn)
    keys = {p.id: name_keys(tuple(p.names)) for p in everyone if not p.public}
    forms = {p.id: clashes.Clashes(clashes.form_keys([p])) for p in everyone if not p.public}
    return [
        (holder.id, owner)
        for holder in everyone
        for owner, names in keys.items()
        if owner != holder.id
        and (
            name_keys((holder.pseudonym,)) & names
            or forms[owner](holder.pseudonym, _gender_value(holder))
        )
    ]


def _gender_value(person: Person) -> str | None:
    return person.gender.value if person.gender else None


def redraw_clashing_pseudonyms(vault: Vault) -> list[str]:
    """Give every holder of a pseudonym that is someone's real name a new one (what the
    warning tells a user to do); only for a vault nothing has been published from yet, such
    as the demo. Returns the ids changed."""
    holders = list(dict.fromkeys(holder for holder, _ in pseudonym_clashes(vault.connection)))
    for holder in holders:
        edit(vault, holder, {}, new_pseudonym=True)
    return holders


def _refuse_name_equal_to_a_pseudonym(conn: Connection, person: Person) -> None:
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.normalize import skeleton

    others = {skeleton(p.pseudonym): p.id for p in store.all_people(conn) if p.id != person.id}
    for name in person.names:
        if skeleton(name) in others:
            pid = others[skeleton(name)]
            raise InputError(
                f"a name or alias equals the pseudonym of {pid}",
                f"Give {pid} a new pseudonym first "
                f"('intake person edit {pid} --new-pseudonym'). Nothing was written.",
            )
