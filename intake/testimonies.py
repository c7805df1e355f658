"""Adding, editing, deleting and finding testimonies; what the front ends call, over the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from intake.errors import InputError, NotFound
from intake.models import ChangeEntry, Event, Relation, Testimony, now
from intake.people import new_id, resolve
from intake.store import search as search_store
from intake.store import testimonies as store
from intake.store.db import Connection
from intake.store.vault import Vault

MAX_TITLE = 500
MAX_TEXT_CHARS = 10 * 1024 * 1024  # a 10 MB file to import holds at most this many


def create(
    vault: Vault,
    draft: Testimony,
    *,
    source: str | None = None,
    relation: Relation | None = None,
    subjects: Iterable[str] = (),
) -> Testimony:
    """Store an imported draft; person references (given or from the draft) must exist."""
    return create_all(vault, [draft], source=source, relation=relation, subjects=subjects)[0]


def create_all(
    vault: Vault,
    drafts: Iterable[Testimony],
    *,
    source: str | None = None,
    relation: Relation | None = None,
    subjects: Iterable[str] = (),
) -> list[Testimony]:
    """:func:`create` for several drafts in one transaction: all are stored, or none."""
    stamp = now()
    subjects = tuple(subjects)
    created: list[Testimony] = []
    with vault.transaction() as conn:
        for draft in drafts:
            testimony = replace(
                _resolved(conn, draft, source, subjects),
                id=_free_id(conn),
                relation=relation or draft.relation,
                created_at=stamp,
                updated_at=stamp,
                history=(ChangeEntry(stamp, "testimony", "created"),),
            )
            _check(testimony)
            store.insert(conn, testimony)
            created.append(testimony)
    return created


def create_many(vault: Vault, drafts: Iterable[Testimony]) -> list[str]:
    """Store many drafts without person references in one transaction (bulk import)."""
    stamp = now()
    ids: list[str] = []
    with vault.transaction() as conn:
        for draft in drafts:
            testimony = replace(
                draft,
                id=_free_id(conn),
                created_at=stamp,
                updated_at=stamp,
                history=(ChangeEntry(stamp, "testimony", "created"),),
            )
            _check(testimony)
            store.insert(conn, testimony)
            ids.append(testimony.id)
    return ids


def edit(
    vault: Vault,
    testimony_id: str,
    fields: dict[str, object],
    *,
    source: str | None = None,
    add_subjects: tuple[str, ...] = (),
    remove_subjects: tuple[str, ...] = (),
) -> Testimony:
    """Change fields; person references (ids or names) are resolved in the vault."""
    with vault.transaction() as conn:
        old = store.get(conn, testimony_id)
        fields = dict(fields)
        if source is not None:
            fields["source"] = resolve(conn, source).id
        if add_subjects or remove_subjects:
            gone = {resolve(conn, ref).id for ref in remove_subjects}
            added = tuple(resolve(conn, ref).id for ref in add_subjects)
            kept = (p for p in (*old.subjects, *added) if p not in gone)
            fields["subjects"] = tuple(dict.fromkeys(kept))
        new = old.changed(fields)
        _check(new)
        if new is not old:
            store.update(conn, old, new)
    return new


def add_event(vault: Vault, testimony_id: str, event: Event) -> Testimony:
    """Record what happened; the victims (ids or names) must be registered people."""
    with vault.transaction() as conn:
        old = store.get(conn, testimony_id)
        victims = tuple(dict.fromkeys(resolve(conn, ref).id for ref in event.victims))
        new = old.changed({"events": (*old.events, replace(event, victims=victims))})
        store.update(conn, old, new)
    return new


def get(vault: Vault, testimony_id: str) -> Testimony:
    return store.get(vault.connection, testimony_id)


def listing(vault: Vault) -> list[store.Listing]:
    return store.listing(vault.connection)


def delete(vault: Vault, testimony_id: str) -> None:
    """Delete, then rewrite the search index so the text is in no page of the database."""
    with vault.transaction() as conn:  # one transaction: a crash leaves all or nothing
        store.delete(conn, testimony_id)
        store.scrub_index(conn)


def search(
    vault: Vault,
    query: str,
    limit: int = search_store.DEFAULT_LIMIT,
) -> list[search_store.Hit]:
    return search_store.search(vault.connection, query, limit)


def _free_id(conn: Connection) -> str:
    while store.exists(conn, candidate := new_id("t")):
        pass
    return candidate


def _check(testimony: Testimony) -> None:
    if not testimony.title.strip() or len(testimony.title) > MAX_TITLE:
        raise InputError(
            f"the title must have text and at most {MAX_TITLE} characters", "Nothing was written."
        )
    if not testimony.transcript.strip():
        raise InputError("the transcript is empty", "Nothing was written.")
    for field in ("transcript", "summary"):  # the same bound as a file to import
        if len(getattr(testimony, field)) > MAX_TEXT_CHARS:
            raise InputError(
                f"the {field} is longer than {MAX_TEXT_CHARS:,} characters",
                "Split it into several testimonies. Nothing was written.",
            )
    if not all(0 <= q.start < q.end <= len(testimony.transcript) for q in testimony.quotes):
        raise InputError("a quote lies outside the transcript", "Nothing was written.")


def _resolved(
    conn: Connection, draft: Testimony, source: str | None, subjects: tuple[str, ...]
) -> Testimony:
    """The draft with every person reference turned into a person id of this vault.

    A reference nobody has is named by where it stands (the option, or the JSON path of
    the imported document), never by its text: it may be a real name."""

    def one(ref: str, where: str) -> str:
        try:
            return resolve(conn, ref).id
        except NotFound:
            raise NotFound(
                f"no person is registered under the name or id given {where}",
                "Register the person first ('intake person add'), or give their "
                "id. Nothing was written.",
            ) from None

    def many(refs: Iterable[str], where: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(one(ref, where.format(n)) for n, ref in enumerate(refs)))

    events = tuple(
        replace(e, victims=many(e.victims, f"at $.events[{n}].victims[{{}}]"))
        for n, e in enumerate(draft.events)
    )
    ref, where = (
        (source, "with --source") if source is not None else (draft.source, "at $.source.person")
    )
    people = (*many(draft.subjects, "at $.subjects[{}]"), *many(subjects, "with --subject"))
    return replace(
        draft,
        source=one(ref, where) if ref else None,
        subjects=tuple(dict.fromkeys(people)),
        events=events,
    )
