"""`intake verify` on a vault whose open succeeds but whose pages do not all verify."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path

from intake.store.vault import DB_FILE, HEADER_FILE
from tests.cli.test_vault_cli import assert_error, file_hashes
from tests.conftest import Result

Cli = Callable[..., Result]


def test_a_page_that_fails_its_hmac_is_reported_in_one_message_and_one_hint(
    cli: Cli,
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    page_size = json.loads((vault_dir / HEADER_FILE).read_text())["database"]["page_size"]
    with (vault_dir / DB_FILE).open("ab") as handle:  # a page no table uses: the open succeeds
        handle.write(secrets.token_bytes(page_size))
    before = file_hashes(vault_dir)
    result = cli("verify")
    assert_error(
        result,
        1,
        "the vault failed its integrity check: cipher_integrity_check: "
        "HMAC verification failed for page",
    )
    assert len(result.stderr.splitlines()) == 2, result.stderr
    assert "HMAC verification failed for page" in result.stdout
    assert file_hashes(vault_dir) == before
