"""Regenerate the published test-vector vault in tests/data/test-vector-vault.

The vault is made with the RFC 9106 floor parameters (Argon2id t=3, m=64 MiB,
p=4, profile "calibrated") and a known, fictional passphrase, and holds one
known, fictional marker row and no testimony. Anyone can reproduce its key
chain without intake (tests/security/test_key_chain_independent.py, and the
"How to audit a vault" section of SECURITY.md). Run from the repository root:

    python tests/data/make_test_vector.py

It rewrites the vault and tests/data/README.md (the recovery key changes).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from intake import keys
from intake.store.vault import Vault

HERE = Path(__file__).resolve().parent
VAULT = HERE / "test-vector-vault"
PASSPHRASE = "fictional test vector passphrase: not a secret, protects nothing"
MARKER_KEY = "test_vector_marker"
MARKER_VALUE = "Fictional marker row. This test vector holds no testimony."
FLOOR = keys.KdfParams(keys.FLOOR_TIME_COST, keys.FLOOR_MEMORY_KIB, keys.FLOOR_PARALLELISM)

README = """# Test data

Everything here is synthetic. Nothing in this directory is a real testimony,
person or secret.

## The test-vector vault (`test-vector-vault/`)

A published intake vault anyone can open, so the key chain can be checked
without trusting intake's code (see "How to audit a vault" in SECURITY.md and
`tests/security/test_key_chain_independent.py`).

- Passphrase: `{passphrase}`
- Recovery key: `{recovery}`
- Key derivation: Argon2id v19, t={t}, m={m} KiB ({mib} MiB), p={p}, profile `calibrated`
  (the RFC 9106 floor)
- Content: no testimony, no person; one marker row in the table `vault_meta`
- Content key: `{marker_key}`
- Content value: `{marker_value}`

Both secrets above are fictional and public: this vault protects nothing. Never
use them for a real vault.

Git does not keep file modes, so a checkout has `0644` files and a `0755`
directory: `intake audit` flags that (as it should). Copy the vault and run
`chmod 700 DIR && chmod 600 DIR/*` before auditing it.

Regenerate it (this rewrites the vault and this file; the recovery key changes):

    python tests/data/make_test_vector.py
"""


def main() -> None:
    if VAULT.exists():
        shutil.rmtree(VAULT)
    vault, recovery = Vault.create(VAULT, bytearray(PASSPHRASE.encode()), kdf=FLOOR)
    with vault, vault.transaction() as conn:
        conn.execute(
            "INSERT INTO vault_meta (key, value) VALUES (?, ?)", (MARKER_KEY, MARKER_VALUE)
        )
    (HERE / "README.md").write_text(
        README.format(
            passphrase=PASSPHRASE,
            recovery=recovery,
            t=FLOOR.time_cost,
            m=FLOOR.memory_kib,
            mib=FLOOR.memory_kib // 1024,
            p=FLOOR.parallelism,
            marker_key=MARKER_KEY,
            marker_value=MARKER_VALUE,
        ),
        encoding="utf-8",
    )
    print(f"wrote {VAULT.name}/ and README.md")


if __name__ == "__main__":
    main()
