"""Reviewing a testimony in the vault: what the command line and the interface call.

Decide findings one by one (:func:`decide`) or take the policy's decision for
every undecided one (:func:`accept_defaults`), then :func:`approve`. A testimony
whose findings are all decided is "reviewed"; changing a decision of an
approved testimony sends it back to "reviewed" (it must be approved again), and
any content edit sends it back to "draft" (the model does that) while the old
decisions go stale. Approved quotes are added with :func:`add_quote`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from intake import testimonies
from intake.compiled_cache import compiler
from intake.errors import InputError, UsageError
from intake.models import Quote, Status, Testimony
from intake.redact import Person as RegistryPerson
from intake.redact import Policy, Redactor, Registry
from intake.redact.registry import Term
from intake.review.items import (
    Choice,
    DigestFn,
    Item,
    Review,
    build,
    candidates,
    redacted,
    to_store,
)
from intake.store import people as people_store
from intake.store import reviews as store
from intake.store import terms as terms_store
from intake.store.db import Connection
from intake.store.vault import Vault
from intake.wording import counted

__all__ = [
    "Choice",
    "Item",
    "Review",
    "accept_defaults",
    "add_quote",
    "approve",
    "decide",
    "load",
    "redacted",
    "redactor_for",
    "registry_of",
]


def registry_of(conn: Connection) -> Registry:
    """The vault's people and sensitive terms as the redaction engine's registry."""
    return Registry(
        people=[
            RegistryPerson(
                name=p.name,
                aliases=p.aliases,
                gender=p.gender.value if p.gender else None,
                public=p.public,
                pseudonym=p.pseudonym,
                role=p.role or None,
                id=p.id,
            )
            for p in people_store.all_people(conn)
        ],
        terms=[Term(text, label) for text, label in terms_store.all_terms(conn)],
    )


def redactor_for(vault: Vault, *, ner: bool = False, policy: Policy | None = None) -> Redactor:
    """An engine for this vault's registry (expanding it is the slow part: reuse it)."""

    registry = registry_of(vault.connection)
    return Redactor(registry, policy or Policy.default(), ner=ner, compiler=compiler(vault))


def load(
    vault: Vault,
    testimony_id: str,
    redactor: Redactor | None = None,
    testimony: Testimony | None = None,
) -> Review:
    """The findings of every field of the testimony (``testimony``, if the caller has just
    read it) and their current decisions."""
    testimony = testimony or testimonies.get(vault, testimony_id)
    conn = vault.connection
    return build(
        testimony,
        redactor or redactor_for(vault),
        store.load(conn, testimony_id),
        DigestFn(store.review_key(conn)),
    )


def decide(
    vault: Vault, testimony_id: str, choices: Mapping[int, Choice], redactor: Redactor | None = None
) -> Review:
    """Record decisions by item number; returns the review after them."""
    redactor = redactor or redactor_for(vault)
    review = load(vault, testimony_id, redactor)
    by_number = {item.number: item for item in review.items}
    for number, choice in choices.items():
        if number not in by_number:
            raise UsageError(
                f"testimony {testimony_id} has no finding number {number}",
                f"See the findings with 'intake review {testimony_id}'.",
            )
        _check_choice(choice)
        _check_person(redactor, by_number[number], choice)
    _save(vault, review, [(by_number[n], c) for n, c in choices.items()])
    return _synced(vault, testimony_id, redactor, changed=bool(choices))


def accept_defaults(
    vault: Vault, testimony_id: str, redactor: Redactor | None = None
) -> tuple[Review, int]:
    """Take the policy's decision for every undecided finding; returns (review, how many)."""
    redactor = redactor or redactor_for(vault)
    review = load(vault, testimony_id, redactor)
    todo = [(item, item.default) for item in review.undecided]
    _save(vault, review, todo)
    if redactor.ner:
        # Approval and export read without the NER model, where a name it found over other
        # words (a full name and patronymic) can be two findings: they take defaults too.
        plain = redactor_for(vault, policy=redactor.policy)
        without = load(vault, testimony_id, plain)
        more = [(item, item.default) for item in without.undecided]
        _save(vault, without, more)
        todo += more
    return _synced(vault, testimony_id, redactor, changed=bool(todo)), len(todo)


def approve(vault: Vault, testimony_id: str, redactor: Redactor | None = None) -> Testimony:
    """Mark the testimony approved; refused while any finding is undecided."""
    review = load(vault, testimony_id, redactor)
    if not review.complete:
        raise UsageError(
            f"testimony {testimony_id} has {counted(len(review.undecided), 'undecided finding')}",
            "Decide each one, or take the policy's decisions for all ('intake review "
            f"{testimony_id} --accept-defaults' on the command line), then approve.",
        )
    if review.testimony.status == Status.APPROVED:
        return review.testimony
    return testimonies.edit(vault, testimony_id, {"status": Status.APPROVED})


def add_quote(vault: Vault, testimony_id: str, text: str) -> Testimony:
    """Mark ``text`` (which must occur in the transcript) as an approved quote."""
    testimony = testimonies.get(vault, testimony_id)
    wanted = text.strip()
    start = testimony.transcript.find(wanted) if wanted else -1
    if start < 0:
        raise InputError(
            "that quote does not occur in the transcript",
            "Copy the words exactly as the transcript has them. Nothing was written.",
        )
    quote = Quote(start, start + len(wanted))
    if quote in testimony.quotes:
        raise InputError("that quote is already marked", "Nothing was written.")
    quotes = tuple(sorted((*testimony.quotes, quote), key=lambda q: (q.start, q.end)))
    return testimonies.edit(vault, testimony_id, {"quotes": quotes})


def remove_quote(vault: Vault, testimony_id: str, number: int) -> Testimony:
    """Unmark quote ``number`` (from 1, in the order of the transcript)."""
    testimony = testimonies.get(vault, testimony_id)
    if not 1 <= number <= len(testimony.quotes):
        raise UsageError(
            f"testimony {testimony_id} has no quote number {number}",
            f"List its quotes with 'intake quote list {testimony_id}'. Nothing was written.",
        )
    quotes = tuple(q for n, q in enumerate(testimony.quotes, start=1) if n != number)
    return testimonies.edit(vault, testimony_id, {"quotes": quotes})


def _check_choice(choice: Choice) -> None:
    if choice.action == "replace" and not (choice.replacement or "").strip():
        raise InputError("a changed replacement needs some text", "Nothing was written.")
    if choice.action not in ("replace", "person") and choice.replacement is not None:
        raise InputError("only a changed replacement carries its own text", "Nothing was written.")


def _check_person(redactor: Redactor, item: Item, choice: Choice) -> None:
    if choice.action != "person":
        return
    ids = [person_id for person_id, _name in candidates(redactor, item)]
    if choice.replacement not in ids:
        raise UsageError(
            f"finding {item.number} is not a name that could be {choice.replacement}",
            "Pick one of the candidates 'intake review ID --json' lists for an ambiguous "
            "finding. Nothing was written.",
        )


def _save(vault: Vault, review: Review, decided: list[tuple[Item, Choice]]) -> None:
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [store.StoredDecision(item.key, *to_store(choice), stamp) for item, choice in decided]
    with vault.transaction() as conn:
        store.save(conn, review.testimony.id, rows)
        live = [item.key for item in review.items]
        store.prune(
            conn, review.testimony.id, [*live, review.risk_key] if review.risk_key else live
        )


def _synced(vault: Vault, testimony_id: str, redactor: Redactor, *, changed: bool) -> Review:
    """The review after a change, with the testimony's status following its decisions."""
    review = load(vault, testimony_id, redactor)
    status = review.testimony.status
    if not review.complete:
        target = Status.DRAFT
    elif changed or status == Status.DRAFT:
        target = Status.REVIEWED
    else:
        return review
    if status != target:
        testimonies.edit(vault, testimony_id, {"status": target})
        review = load(vault, testimony_id, redactor)
    return review
