"""People in the vault: real names, aliases and the pseudonyms that replace them.

Pseudonyms are unique (a UNIQUE constraint) and never come back: a pseudonym
replaced by another, or that of a person merged into another, is kept in
``retired_pseudonyms`` so it is never given to anyone again.
"""

from __future__ import annotations

import json
from typing import Any

from intake.errors import InputError, NotFound
from intake.models import Gender, Person
from intake.store.db import Connection, translate_errors

_COLUMNS = "id, name, aliases, gender, role, public, pseudonym"


def insert(conn: Connection, person: Person, created_at: str) -> None:
    with translate_errors():
        _check_pseudonym_free(conn, person)
        conn.execute(
            f"INSERT INTO people ({_COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (*_row(person), created_at),
        )


def update(conn: Connection, person: Person) -> None:
    with translate_errors():
        _check_pseudonym_free(conn, person)
        cursor = conn.execute(
            "UPDATE people SET name = ?, aliases = ?, gender = ?, role = ?, public = ?,"
            " pseudonym = ? WHERE id = ?",
            (*_row(person)[1:], person.id),
        )
    if cursor.rowcount != 1:
        raise _not_found(person.id)


def retire_pseudonym(conn: Connection, pseudonym: str) -> None:
    """Keep a pseudonym that is no longer used from ever being given again."""
    with translate_errors():
        conn.execute(
            "INSERT OR IGNORE INTO retired_pseudonyms (pseudonym) VALUES (?)", (pseudonym,)
        )


def remove_merged(conn: Connection, person_id: str, pseudonym: str) -> None:
    """Delete a person merged into another and retire their pseudonym."""
    retire_pseudonym(conn, pseudonym)
    with translate_errors():
        conn.execute("DELETE FROM people WHERE id = ?", (person_id,))


def get(conn: Connection, person_id: str) -> Person:
    with translate_errors():
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE id = ?",  # noqa: S608
            (person_id,),
        ).fetchone()
    if row is None:
        raise _not_found(person_id)
    return _person(row)


def all_people(conn: Connection) -> list[Person]:
    with translate_errors():
        rows = conn.execute(f"SELECT {_COLUMNS} FROM people ORDER BY created_at, id").fetchall()  # noqa: S608
    return [_person(row) for row in rows]


def pseudonyms_taken(conn: Connection) -> set[str]:
    """Every pseudonym in use or retired: none may be given again."""
    with translate_errors():
        rows = conn.execute(
            "SELECT pseudonym FROM people UNION SELECT pseudonym FROM retired_pseudonyms"
        ).fetchall()
    return {row[0] for row in rows}


def _check_pseudonym_free(conn: Connection, person: Person) -> None:
    row = conn.execute(
        "SELECT 1 FROM people WHERE pseudonym = ? AND id != ? UNION "
        "SELECT 1 FROM retired_pseudonyms WHERE pseudonym = ?",
        (person.pseudonym, person.id, person.pseudonym),
    ).fetchone()
    if row is not None:
        raise InputError(
            "that pseudonym is already used in this vault",
            "Choose another pseudonym, or leave it out to get one drawn at random.",
        )


def _row(person: Person) -> tuple[Any, ...]:
    return (
        person.id,
        person.name,
        json.dumps(list(person.aliases), ensure_ascii=False),
        person.gender.value if person.gender else None,
        person.role,
        int(person.public),
        person.pseudonym,
    )


def _person(row: tuple[Any, ...]) -> Person:
    pid, name, aliases, gender, role, public, pseudonym = row
    return Person(
        id=pid,
        name=name,
        aliases=tuple(json.loads(aliases)),
        gender=Gender(gender) if gender else None,
        role=role,
        public=bool(public),
        pseudonym=pseudonym,
    )


def _not_found(person_id: str) -> NotFound:
    return NotFound(f"no person with id '{person_id}'", "List people with 'intake person list'.")
