"""Three vaults through the command line, as new users would: two researchers and an editor
exchange cards and compare fingerprints, send with --then-delete, receive, confirm receipts,
review and export; altered and stray bundles are refused with exit 2 and a hint."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import testimonies
from intake.store import people as people_store
from intake.store import testimonies as testimony_store
from tests.conftest import Result
from tests.handoff_world import MARKER, add_testimony, make_vault, opened

Cli = Callable[..., Result]


@pytest.fixture
def vaults(tmp_path: Path) -> dict[str, Path]:
    paths = {name: tmp_path / name for name in ("researcher", "second", "editor")}
    for path in paths.values():
        make_vault(path).close()
    return paths


def card_of(cli: Cli, vault: Path) -> tuple[str, str]:
    result = cli("id", vault=vault)
    assert result.code == 0, result.stderr
    card, fingerprint = result.stdout.splitlines()
    return card, fingerprint.removeprefix("fingerprint: ")


def befriend(cli: Cli, a: Path, a_name: str, b: Path, b_name: str) -> None:
    """Each adds the other's card from standard input, compares fingerprints, verifies."""
    for me, other, other_name in ((a, b, b_name), (b, a, a_name)):
        card, fingerprint = card_of(cli, other)
        added = cli("contact", "add", other_name, "-", stdin=card.encode() + b"\n", vault=me)
        assert added.code == 0, added.stderr
        shown = cli("contact", "show", other_name, vault=me)
        assert f"fingerprint: {fingerprint}" in shown.stdout
        assert "verified: NO" in shown.stdout
        assert cli("contact", "verify", other_name, "--yes", vault=me).code == 0


def receipt_code(result: Result) -> str:
    match = re.search(r"receipt code: (\d{5}-\d{5})", result.stdout)
    assert match, result.stdout + result.stderr
    return match.group(1)


def test_the_card_is_one_line_and_its_fingerprint_six_groups_of_five_digits(
    cli: Cli, vaults: dict[str, Path]
) -> None:
    card, fingerprint = card_of(cli, vaults["editor"])
    assert re.fullmatch(r"intake-card1:age1[0-9a-z]{58}:[A-Za-z0-9_-]{43}", card)
    assert re.fullmatch(r"\d{5}( \d{5}){5}", fingerprint)
    as_json = json.loads(cli("id", "--json", vault=vaults["editor"]).stdout)
    assert as_json == {"card": card, "fingerprint": fingerprint}


def test_researcher_sends_with_then_delete_and_editor_receives_confirms_and_exports(
    cli: Cli, vaults: dict[str, Path], tmp_path: Path
) -> None:
    researcher, editor = vaults["researcher"], vaults["editor"]
    befriend(cli, researcher, "researcher", editor, "editor")
    with opened(researcher) as vault:
        tid = add_testimony(vault)
    out = tmp_path / "to-editor.age"

    sent = cli("send", "--to", "editor", "--then-delete", "--out", str(out), tid, vault=researcher)
    assert sent.code == 0, sent.stderr
    assert MARKER.encode() not in out.read_bytes()
    with opened(researcher) as vault:
        assert testimony_store.listing(vault.connection) == []
        assert people_store.all_people(vault.connection) == []

    received = cli("receive", str(out), vault=editor)
    assert received.code == 0, received.stderr
    assert "From 'researcher' (verified)" in received.stderr
    code = receipt_code(received)
    confirm = cli("sent", "--confirm", code, vault=researcher)
    assert confirm.code == 0 and "Confirmed: 'editor'" in confirm.stdout
    listed = json.loads(cli("sent", "--json", vault=researcher).stdout)
    assert listed[0]["recipients"][0]["confirmed_at"] is not None
    assert listed[0]["deleted"] is True
    assert "received bundle" in cli("exports", vault=editor).stdout

    assert cli("review", tid, "--accept-defaults", vault=editor).code == 0
    assert cli("approve", tid, vault=editor).code == 0
    export = cli("export", "--with-transcript", "--out", str(tmp_path / "p.md"), vault=editor)
    assert export.code == 0, export.stderr
    published = (tmp_path / "p.md").read_text(encoding="utf-8")
    assert MARKER in published
    for real in ("Выдумкин", "Галина", "Небывалов", "99999"):
        assert real not in published


def test_a_second_researcher_about_the_same_person_is_asked_about_then_merged(
    cli: Cli, vaults: dict[str, Path], tmp_path: Path
) -> None:
    editor = vaults["editor"]
    for name in ("researcher", "second"):
        befriend(cli, vaults[name], name, editor, "editor")
    ids: dict[str, str] = {}
    for name in ("researcher", "second"):
        with opened(vaults[name]) as vault:
            ids[name] = add_testimony(vault, title=f"Рассказ {len(ids) + 1}")
        out = tmp_path / f"{name}.age"
        assert (
            cli("send", "--to", "editor", "--out", str(out), ids[name], vault=vaults[name]).code
            == 0
        )
    assert cli("receive", str(tmp_path / "researcher.age"), vault=editor).code == 0

    asked = cli("receive", str(tmp_path / "second.age"), vault=editor)
    assert asked.code == 2 and "same name as people in this vault" in asked.stderr
    assert "--same-name merge" in asked.stderr

    merged = cli("receive", "--same-name", "merge", str(tmp_path / "second.age"), vault=editor)
    assert merged.code == 0, merged.stderr
    received = json.loads(cli("received", "--json", vault=editor).stdout)
    assert sorted(r["sender"] for r in received["received"]) == ["researcher", "second"]
    assert received["conflicts"] == []
    assert "second" in cli("received", vault=editor).stdout
    with opened(editor) as vault:
        everyone = people_store.all_people(vault.connection)
        sons = [p for p in everyone if p.name == "Евгений Выдумкин"]
        assert len(sons) == 1
        for tid in ids.values():
            assert sons[0].id in testimony_store.get(vault.connection, tid).subjects


def test_refusals_exit_2_with_a_message_and_a_hint_and_unverified_contacts_are_flagged(
    cli: Cli, vaults: dict[str, Path], tmp_path: Path
) -> None:
    researcher, editor, second = vaults["researcher"], vaults["editor"], vaults["second"]
    card, _ = card_of(cli, editor)
    assert cli("contact", "add", "editor", card, vault=researcher).code == 0
    with opened(researcher) as vault:
        tid = add_testimony(vault)
    out = tmp_path / "b.age"
    sent = cli("send", "--to", "editor", "--out", str(out), tid, vault=researcher)
    assert "warning: contact 'editor' is NOT verified" in sent.stderr

    stranger = cli("receive", str(out), vault=editor)
    _, fingerprint = card_of(cli, researcher)
    assert stranger.code == 2 and fingerprint in stranger.stderr and "hint:" in stranger.stderr
    accepted = cli("receive", "--from-unknown", str(out), vault=editor)
    assert accepted.code == 0 and "an unknown sender (NOT verified)" in accepted.stderr

    elsewhere = cli("receive", str(out), vault=second)
    assert elsewhere.code == 2 and "not addressed to this vault" in elsewhere.stderr
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(out.read_bytes()[:-1])
    result = cli("receive", str(damaged), vault=editor)
    assert result.code == 2 and "intake: error:" in result.stderr and "hint:" in result.stderr
    again = cli("send", "--to", "editor", "--out", str(out), tid, vault=researcher)
    assert again.code == 2 and "already exists" in again.stderr


def test_contacts_are_listed_removed_and_a_bad_card_is_refused(
    cli: Cli, vaults: dict[str, Path]
) -> None:
    researcher, editor = vaults["researcher"], vaults["editor"]
    card, fingerprint = card_of(cli, editor)
    assert cli("contact", "add", "editor", card, vault=researcher).code == 0
    listing = cli("contact", "list", vault=researcher).stdout
    assert "editor" in listing and fingerprint in listing and "NO" in listing
    assert cli("contact", "add", "twice", card, vault=researcher).code == 2
    assert cli("contact", "add", "bad", card[:-2] + "!!", vault=researcher).code == 2
    own, _ = card_of(cli, researcher)
    assert cli("contact", "add", "me", own, vault=researcher).code == 2
    assert cli("contact", "remove", "editor", vault=researcher).code == 0
    assert "editor" not in cli("contact", "list", vault=researcher).stdout


def test_a_conflict_is_listed_until_it_is_marked_as_dealt_with(
    cli: Cli, vaults: dict[str, Path], tmp_path: Path
) -> None:
    researcher, editor = vaults["researcher"], vaults["editor"]
    befriend(cli, researcher, "researcher", editor, "editor")
    with opened(researcher) as vault:
        tid = add_testimony(vault)
    out = tmp_path / "b.age"
    assert cli("send", "--to", "editor", "--out", str(out), tid, vault=researcher).code == 0
    assert cli("receive", str(out), vault=editor).code == 0
    with opened(editor) as vault, vault.transaction() as conn:
        conn.execute("DELETE FROM testimony_origins")  # as if it had been made here
    with opened(researcher) as vault:
        testimonies.edit(vault, tid, {"summary": "Новое резюме."})
    again = tmp_path / "c.age"
    assert cli("send", "--to", "editor", "--out", str(again), tid, vault=researcher).code == 0
    assert "conflicts: 1" in cli("receive", str(again), vault=editor).stderr
    listed = cli("received", vault=editor).stdout
    assert f"conflict 1: testimony {tid}" in listed
    assert cli("received", "--resolve", "1", vault=editor).code == 0
    assert "conflict 1" not in cli("received", vault=editor).stdout
    assert cli("received", "--resolve", "1", vault=editor).code == 1


def test_init_makes_the_vaults_identity_inside_the_encrypted_database(
    cli: Cli, tmp_path: Path
) -> None:
    from intake.store import handoff as handoff_store

    fresh = tmp_path / "fresh"
    assert cli("init", vault=fresh).code == 0
    with opened(fresh) as vault:
        assert handoff_store.identity_secrets(vault.connection) is not None
    header = (fresh / "header.json").read_text(encoding="utf-8")
    assert "AGE-SECRET-KEY" not in header and "age1" not in header
