"""After `intake delete`, the testimony's text is in no page of the database, search index
included. Two views of the file are searched, each first shown to find the text while the
testimony still exists:

- a plaintext copy made by SQLCipher itself (``sqlcipher_export`` into a ``KEY ''``
  database, written only inside this test's temporary directory): what any query can reach;
- every page of ``vault.db`` decrypted here with the data key (AES-256-CBC per page, as
  SQLCipher 4 lays it out): free pages and slack space included, what forensics can reach.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from intake import textsearch
from intake.store import slots
from intake.store.vault import DB_FILE, read_header
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.security

# Invented words that occur nowhere else; the index keeps their lemmas.
LATIN = "Zqxvorbelmarker"
CYRILLIC = "Зюзюквинского"
TRANSCRIPT = (
    f"Моего сына {CYRILLIC} Тестового увезли ночью в подвал. {LATIN} said so. "
    + "Он не отвечает на звонки уже неделю. " * 60
)
OTHER = "Другая история: брат Евгений Тестовый-Горшенин пишет из части. " * 30
RESERVE = 80  # per page: a 16-byte IV and a 64-byte HMAC-SHA512


def needles() -> list[bytes]:
    """The markers and the forms the index holds, minus their first two letters: FTS5
    stores each term prefix-compressed against its neighbour on the page."""
    forms = {LATIN, CYRILLIC, *textsearch.normalise(f"{LATIN} {CYRILLIC}").split()}
    return sorted(
        {form[2:].encode() for form in forms} | {form[2:].lower().encode() for form in forms}
    )


def found_in(data: bytes) -> list[bytes]:
    return [needle for needle in needles() if needle in data]


def exported_plaintext(vault: Path, data_key: bytearray, out: Path, page_size: int) -> bytes:
    conn = sqlcipher3.connect(str(vault / DB_FILE))
    conn.set_key(bytearray(b"x'" + data_key.hex().encode() + b"'"))
    conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return out.read_bytes()


def decrypted_pages(vault: Path, data_key: bytearray, page_size: int) -> bytes:
    raw = (vault / DB_FILE).read_bytes()
    plain = bytearray()
    for offset in range(0, len(raw), page_size):
        page = raw[offset : offset + page_size]
        start = 16 if offset == 0 else 0  # page 1 begins with the plaintext salt
        iv = page[page_size - RESERVE : page_size - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(bytes(data_key)), modes.CBC(iv)).decryptor()
        plain += decryptor.update(page[start : page_size - RESERVE]) + decryptor.finalize()
    return bytes(plain)


@pytest.fixture
def views(made_vault: tuple[Path, str], tmp_path: Path) -> Callable[[str], dict[str, bytes]]:
    vault, _ = made_vault
    header = read_header(vault)
    data_key = slots.open_passphrase(header, bytearray(PASSPHRASE.encode()))
    page_size = int(header.database["page_size"])

    def read(label: str) -> dict[str, bytes]:
        return {
            "exported": exported_plaintext(vault, data_key, tmp_path / f"{label}.db", page_size),
            "pages": decrypted_pages(vault, data_key, page_size),
        }

    return read


def add(cli: Any, text: str, *args: str) -> str:
    result = cli("add", "--allow-duplicate", "-", *args, stdin=text.encode())
    assert result.code == 0, result.stderr
    return str(result.stdout.splitlines()[-1])


def test_the_page_decryption_reads_the_schema(views: Callable[[str], dict[str, bytes]]) -> None:
    assert b"CREATE TABLE testimonies" in views("empty")["pages"]


def test_a_deleted_testimony_leaves_its_text_in_no_page(
    cli: Any, views: Callable[[str], dict[str, bytes]]
) -> None:
    add(cli, OTHER, "--title", "Брат")
    tid = add(cli, TRANSCRIPT, "--title", f"Про {CYRILLIC}")
    summary = f"Сводка: {LATIN} и {CYRILLIC}."
    assert cli("edit", tid, "--summary-file", "-", stdin=summary.encode()).code == 0
    add(cli, OTHER, "--title", "Брат, снова")
    before = views("before")
    assert found_in(before["exported"]) and found_in(before["pages"])  # the search works

    assert cli("delete", tid, "--yes").code == 0

    after = views("after")
    assert found_in(after["exported"]) == []
    assert found_in(after["pages"]) == []
    assert "Евгений".encode() in after["pages"]  # the other testimonies are still there
    assert len(json_hits(cli, "Горшенин")) == 2


def test_no_journal_is_left_beside_the_database(cli: Any, made_vault: tuple[Path, str]) -> None:
    tid = add(cli, TRANSCRIPT)
    assert cli("delete", tid, "--yes").code == 0
    vault, _ = made_vault
    names = sorted(p.name for p in vault.iterdir())
    assert not [name for name in names if name.endswith(("-journal", "-wal"))], names


def json_hits(cli: Any, query: str) -> list[dict[str, Any]]:
    import json

    result = cli("search", query, "--json")
    assert result.code == 0, result.stderr
    hits: list[dict[str, Any]] = json.loads(result.stdout)
    return hits
