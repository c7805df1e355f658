"""SECURITY.md backs each claim with a named test: every one it names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"(tests/[\w/]+\.py)::(\w+)")


def test_every_test_security_md_names_exists() -> None:
    references = set(REFERENCE.findall((ROOT / "SECURITY.md").read_text(encoding="utf-8")))
    assert len(references) > 40, "SECURITY.md names its tests as path::function"
    missing = [
        f"{path}::{name}"
        for path, name in sorted(references)
        if not (ROOT / path).is_file()
        or not re.search(rf"def {name}\b", (ROOT / path).read_text(encoding="utf-8"))
    ]
    assert missing == []
