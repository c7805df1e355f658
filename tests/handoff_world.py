"""Vaults for bundle tests: researchers and an editor, with invented people and testimonies.

Every name, number and event here is made up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from intake import keys, people, testimonies
from intake.handoff import contacts, identity, receive, send
from intake.models import Consent, Gender, Interview, Relation, Testimony
from intake.store import people as people_store
from intake.store.db import Connection
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE

MARKER = "фиктивныйсвидетельмаркер"  # a word of testimony text: never in a bundle file
TRANSCRIPT = (
    f"Меня зовут Галина. Мой сын Евгений Выдумкин служил в в/ч 99999, там {MARKER}. "
    "Его вместе с Сергеем Небываловым заперли в подвале."
)
TABLES = (
    "testimonies",
    "people",
    "review_decisions",
    "export_log",
    "bundles_received",
    "handoff_conflicts",
    "testimony_history",
)


def make_vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    identity.ensure(vault)
    return vault


def open_vault(path: Path) -> Vault:
    return Vault.open(path, bytearray(PASSPHRASE.encode()))


@contextmanager
def opened(path: Path) -> Iterator[Vault]:
    with open_vault(path) as vault:
        yield vault


def introduce(a: Vault, a_name: str, b: Vault, b_name: str) -> None:
    """``a`` and ``b`` add each other's cards (as 'intake contact add' does) and verify."""
    contacts.add(a, b_name, identity.ensure(b).card.text)
    contacts.verify(a, b_name)
    contacts.add(b, a_name, identity.ensure(a).card.text)
    contacts.verify(b, a_name)


def add_testimony(vault: Vault, title: str = "Мать о сыне", transcript: str = TRANSCRIPT) -> str:
    """A testimony by a mother about her son (both registered when not yet there)."""
    known = {p.name: p.id for p in people_store.all_people(vault.connection)}
    mother = (
        known.get("Галина Выдумкина")
        or people.register(vault, "Галина Выдумкина", gender=Gender.FEMALE).id
    )
    son = (
        known.get("Евгений Выдумкин")
        or people.register(vault, "Евгений Выдумкин", aliases=("Женя",), gender=Gender.MALE).id
    )
    if "Сергей Небывалов" not in known:
        people.register(vault, "Сергей Небывалов", gender=Gender.MALE)
    # as `intake person add` does: a pseudonym drawn before a later name was registered
    # ("Евгения" for the mother, then Евгений) is drawn again, nothing being exported yet
    people.settle_clashes(vault, sorted({h for h, _ in people.pseudonym_clashes(vault.connection)}))
    draft = Testimony(
        id="",
        title=title,
        transcript=transcript,
        summary="Мать рассказывает о сыне.",
        interview=Interview(language="ru", date="2026-03-14"),
        consent=Consent(publish_summary=True, publish_quotes=True),
    )
    created = testimonies.create(
        vault, draft, source=mother, relation=Relation.MOTHER, subjects=[son]
    )
    return created.id


def sealed(vault: Vault, to: list[str], ids: list[str], out: Path, **options: bool) -> bytes:
    send.send(vault, to, ids, out, **options)
    return out.read_bytes()


def deliver(vault: Vault, data: bytes, **options: object) -> receive.Receipt:
    incoming = receive.open_bundle(vault, data, from_unknown=bool(options.get("from_unknown")))
    same = options.get("same")
    return receive.import_bundle(
        vault, incoming, file_name="bundle.age", same=same if isinstance(same, set) else None
    )


def counts(conn: Connection) -> dict[str, int]:
    """Rows per table, to show that a refused bundle changed nothing."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
