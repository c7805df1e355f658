"""Sending never writes plaintext, and `send --then-delete` leaves the sent testimony and the
names sent with it in no page of the researcher's database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.store import slots
from intake.store.vault import read_header
from tests.conftest import PASSPHRASE, Result
from tests.handoff_world import add_testimony, introduce, make_vault
from tests.security.test_delete_leaves_no_text import CYRILLIC, LATIN, decrypted_pages, found_in

pytestmark = pytest.mark.security

TEXT = f"Моего сына {CYRILLIC} увезли ночью. {LATIN} said so. Евгений Выдумкин молчит. " * 20
SENT_NAMES = ("ыдумкин".encode(),)  # Евгений and Галина Выдумкин(а): linked or named
KEPT_NAME = "ебывалов".encode()  # registered, named in no testimony: not sent, so kept


def every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_send_then_delete_leaves_no_text_or_name_in_any_file_or_page(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    researcher, editor = make_vault(tmp_path / "researcher"), make_vault(tmp_path / "editor")
    with researcher, editor:
        introduce(researcher, "researcher", editor, "editor")
        tid = add_testimony(researcher, transcript=TEXT)
    out = tmp_path / "out" / "bundle.age"
    out.parent.mkdir()

    result = cli(
        "send",
        "--to",
        "editor",
        "--then-delete",
        "--out",
        str(out),
        tid,
        vault=tmp_path / "researcher",
    )
    assert result.code == 0, result.stderr

    for path in every_file(tmp_path):  # vaults, bundle, HOME, TMPDIR: all of it
        data = path.read_bytes()
        assert found_in(data) == [], path.name
        assert LATIN.encode() not in data and CYRILLIC.encode() not in data, path.name
    header = read_header(tmp_path / "researcher")
    key = slots.open_passphrase(header, bytearray(PASSPHRASE.encode()))
    pages = decrypted_pages(tmp_path / "researcher", key, int(header.database["page_size"]))
    assert b"CREATE TABLE testimonies" in pages  # the decryption works
    assert found_in(pages) == []
    assert [piece for piece in SENT_NAMES if piece in pages] == []
    assert KEPT_NAME in pages
