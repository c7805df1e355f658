"""A registered sensitive term lives only inside the encrypted database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

MARKER = "Вымыслово-Зет-4417"  # an invented village name, unlikely in any other bytes


def every_byte_of(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_a_term_added_and_removed_never_reaches_a_file_in_plaintext(
    cli: Any, made_vault: tuple[Path, str], isolated_env: Path
) -> None:
    vault_dir = made_vault[0]
    assert cli("term", "add", "--label", "village", stdin=f"{MARKER}\n".encode()).code == 0
    forms = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    stored = every_byte_of(vault_dir) + every_byte_of(isolated_env)
    assert not any(form in stored for form in forms)
    assert cli("term", "remove", "1").code == 0
    assert MARKER.encode() not in every_byte_of(vault_dir)
