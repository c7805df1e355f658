"""Receiving merges: newer revisions win and never the reverse, review decisions travel,
and a person keeps the pseudonym already published; a clash becomes a conflict to review."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from jsonschema import Draft202012Validator

from intake import people, review, testimonies
from intake.handoff import bundle, history, identity
from intake.models import Person
from intake.schemas_util import load_schema
from intake.store import exports
from intake.store import people as people_store
from intake.store import testimonies as testimony_store
from intake.store.vault import Vault
from tests.conftest import Prepared, Template
from tests.handoff_world import add_testimony, deliver, introduce, make_vault, open_vault, sealed

SON = "Евгений Выдумкин"


@dataclass
class Newsroom:
    first: Vault  # a researcher
    second: Vault  # another researcher
    editor: Vault
    tmp: Path

    def bundle(self, sender: Vault, ids: list[str], name: str) -> bytes:
        return sealed(sender, ["editor"], ids, self.tmp / f"{name}.age")


NAMES = ("first", "second", "editor")


def two_researchers_and_an_editor(folder: Path, _template: Template) -> None:
    """Three vaults with their own keys; each researcher and the editor know each other
    (a recipe of the ``prepared`` fixture)."""
    first, second, editor = (make_vault(folder / name) for name in NAMES)
    with first, second, editor:
        introduce(first, "first", editor, "editor")
        introduce(second, "second", editor, "editor")


@pytest.fixture
def room(tmp_path: Path, prepared: Prepared) -> Iterator[Newsroom]:
    prepared(tmp_path / "vaults", two_researchers_and_an_editor)
    first, second, editor = (open_vault(tmp_path / "vaults" / name) for name in NAMES)
    yield Newsroom(first, second, editor, tmp_path)
    for vault in (first, second, editor):
        vault.close()


def publish(vault: Vault, tid: str) -> None:
    """Record in the export log that ``tid`` went out, as an export does."""
    entry = exports.ExportEntry("2026-04-01T00:00:00Z", "md", False, "p", (), (tid,), {})
    with vault.transaction() as conn:
        exports.record(conn, entry)


def edit_later(vault: Vault, tid: str, fields: dict[str, object], at: str) -> None:
    """Edit ``tid`` as if at time ``at`` (a later second than anything before)."""
    with vault.transaction() as conn:
        old = testimony_store.get(conn, tid)
        testimony_store.update(conn, old, old.changed(fields, at=at))


def son(vault: Vault) -> Person:
    (found,) = [p for p in people_store.all_people(vault.connection) if p.name == SON]
    return found


def payload_of(data: bytes, reader: Vault) -> dict[str, object]:
    """Decrypt and unframe a bundle by hand, without intake's receive code."""
    plain = bytes(pyrage.decrypt(data, [identity.ensure(reader).age_identity]))
    head_end = plain.index(b"\n", len(bundle.MAGIC))
    length = json.loads(plain[len(bundle.MAGIC) : head_end])["length"]
    document: dict[str, object] = json.loads(plain[head_end + 1 : head_end + 1 + length])
    return document


def test_every_payload_sent_follows_the_bundle_schema_and_carries_the_named_people(
    room: Newsroom,
) -> None:
    tid = add_testimony(room.first)
    review.accept_defaults(room.first, tid)
    document = payload_of(room.bundle(room.first, [tid], "a"), room.editor)
    Draft202012Validator(
        load_schema("bundle"), format_checker=Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    names = sorted(p["name"] for p in document["people"])  # type: ignore[attr-defined]
    # The comrade is named only in the transcript, never linked: he travels too.
    assert names == ["Галина Выдумкина", SON, "Сергей Небывалов"]
    assert document["decisions"]  # the researcher's review travels with the testimony


def test_decisions_travel_so_the_editor_finds_the_review_complete(room: Newsroom) -> None:
    tid = add_testimony(room.first)
    _, decided = review.accept_defaults(room.first, tid)
    assert decided > 0
    deliver(room.editor, room.bundle(room.first, [tid], "a"))
    assert review.load(room.editor, tid).complete


def test_a_newer_revision_replaces_and_an_older_one_never_does(room: Newsroom) -> None:
    tid = add_testimony(room.first)
    old = room.bundle(room.first, [tid], "old")
    edit_later(room.first, tid, {"summary": "Исправленное резюме."}, "2030-01-01T00:00:00Z")
    new = room.bundle(room.first, [tid], "new")

    assert deliver(room.editor, new).counts == {"testimonies added": 1, "people added": 3}
    late = deliver(room.editor, old)
    assert late.counts["testimonies older, kept ours"] == 1
    assert testimonies.get(room.editor, tid).summary == "Исправленное резюме."


def test_a_newer_revision_over_local_edits_replaces_them_and_leaves_a_conflict(
    room: Newsroom,
) -> None:
    tid = add_testimony(room.first)
    deliver(room.editor, room.bundle(room.first, [tid], "v1"))
    edit_later(room.editor, tid, {"title": "Заголовок редактора"}, "2030-01-01T00:00:00Z")
    edit_later(room.first, tid, {"summary": "Новое резюме исследователя."}, "2030-01-01T00:00:01Z")
    receipt = deliver(room.editor, room.bundle(room.first, [tid], "v2"))
    assert receipt.counts["testimonies replaced"] == 1
    assert testimonies.get(room.editor, tid).summary == "Новое резюме исследователя."
    (conflict,) = history.conflicts(room.editor)
    assert conflict["kind"] == "testimony" and conflict["subject"] == tid


def _two_about_the_son(room: Newsroom) -> tuple[str, str]:
    """The son in both researchers' vaults, under two different pseudonyms (fixed, so that
    two random draws never happen to agree and hide what merging does), each one nobody
    else holds in any of the three vaults (a delivery brings the others' pseudonyms)."""
    first = add_testimony(room.first, title="Первый")
    second = add_testimony(room.second, title="Второй")
    vaults = (room.first, room.second, room.editor)
    others = {
        p.pseudonym for v in vaults for p in people_store.all_people(v.connection) if p.name != SON
    }
    chosen = ""
    for vault in (room.first, room.second):
        chosen = next(n for n in ("Матвей", "Тимофей", "Савелий", "Елисей") if n not in others)
        others.add(chosen)
        if son(vault).pseudonym != chosen:
            people.edit(vault, son(vault).id, {"pseudonym": chosen})
    return first, second


def test_the_pseudonym_published_here_stays_when_the_sender_had_not_published(
    room: Newsroom,
) -> None:
    a, b = _two_about_the_son(room)
    deliver(room.editor, room.bundle(room.first, [a], "a"))
    publish(room.editor, a)
    ours = son(room.editor).pseudonym
    data = room.bundle(room.second, [b], "b")
    deliver(room.editor, data, same={son(room.second).id})
    assert son(room.editor).pseudonym == ours
    assert history.conflicts(room.editor) == []


def test_the_senders_published_pseudonym_is_adopted_when_ours_was_never_published(
    room: Newsroom,
) -> None:
    a, b = _two_about_the_son(room)
    deliver(room.editor, room.bundle(room.first, [a], "a"))
    ours = son(room.editor).pseudonym
    publish(room.second, b)
    theirs = son(room.second).pseudonym
    receipt = deliver(room.editor, room.bundle(room.second, [b], "b"), same={son(room.second).id})
    assert son(room.editor).pseudonym == theirs != ours
    assert receipt.counts["published pseudonyms adopted"] == 1
    assert ours in people_store.pseudonyms_taken(room.editor.connection)  # retired, never reused


def test_two_published_pseudonyms_for_one_person_become_a_conflict_and_ours_stays(
    room: Newsroom,
) -> None:
    a, b = _two_about_the_son(room)
    deliver(room.editor, room.bundle(room.first, [a], "a"))
    publish(room.editor, a)
    publish(room.second, b)
    ours = son(room.editor).pseudonym
    receipt = deliver(room.editor, room.bundle(room.second, [b], "b"), same={son(room.second).id})
    assert son(room.editor).pseudonym == ours
    assert receipt.counts["conflicts"] >= 1
    subjects = {c["subject"] for c in history.conflicts(room.editor)}
    assert son(room.editor).id in subjects


def test_people_kept_apart_when_the_user_says_so_get_distinct_pseudonyms(room: Newsroom) -> None:
    a, b = _two_about_the_son(room)
    deliver(room.editor, room.bundle(room.first, [a], "a"))
    deliver(room.editor, room.bundle(room.second, [b], "b"), same=set())
    sons = [p for p in people_store.all_people(room.editor.connection) if p.name == SON]
    assert len(sons) == 2 and sons[0].pseudonym != sons[1].pseudonym
    assert testimony_store.get(room.editor.connection, b).subjects == (son(room.second).id,)


def test_two_versions_with_the_same_revision_keep_ours_and_leave_a_conflict(
    room: Newsroom,
) -> None:
    tid = add_testimony(room.first)
    deliver(room.editor, room.bundle(room.first, [tid], "v1"))
    edit_later(room.editor, tid, {"title": "Заголовок редактора"}, "2030-01-01T00:00:00Z")
    edit_later(room.first, tid, {"title": "Заголовок исследователя"}, "2030-01-01T00:00:00Z")
    receipt = deliver(room.editor, room.bundle(room.first, [tid], "v2"))
    assert receipt.counts["testimonies conflicting, kept ours"] == 1
    assert testimonies.get(room.editor, tid).title == "Заголовок редактора"
    assert [c["subject"] for c in history.conflicts(room.editor)] == [tid]


def test_the_same_testimony_in_a_new_bundle_is_left_unchanged(room: Newsroom) -> None:
    tid = add_testimony(room.first)
    deliver(room.editor, room.bundle(room.first, [tid], "a"))
    again = deliver(room.editor, room.bundle(room.first, [tid], "b"))
    assert again.counts == {"testimonies unchanged": 1, "people matched": 3}


def test_a_contact_cannot_replace_a_testimony_another_vault_sent_or_one_made_here(
    room: Newsroom,
) -> None:
    from dataclasses import replace

    tid = add_testimony(room.first)
    deliver(room.editor, room.bundle(room.first, [tid], "a"))
    mine = add_testimony(room.editor, title="Записано редактором")
    original = testimonies.get(room.editor, tid)
    with room.second.transaction() as conn:  # the second researcher forges both ids
        for target in (tid, mine):
            forged = replace(
                original,
                id=target,
                title="Подделка",
                source=None,
                subjects=(),
                updated_at="2031-01-01T00:00:00Z",
            )
            testimony_store.insert(conn, forged)
    receipt = deliver(room.editor, room.bundle(room.second, [tid, mine], "forged"))
    assert receipt.counts["testimonies from another origin, kept ours"] == 2
    assert testimonies.get(room.editor, tid).title == original.title
    assert testimonies.get(room.editor, mine).title == "Записано редактором"
    assert {c["subject"] for c in history.conflicts(room.editor)} == {tid, mine}
