"""Tampering: random bytes flipped in the database or the header are always detected.

Each trial copies a vault with data, flips 1-8 random bytes at random offsets
in one file, and runs `intake verify`. It must fail with a message in words and
a non-zero exit, never print a traceback, and never change the tampered files.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from intake import keys
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, Cli

pytestmark = pytest.mark.reliability

DB_TRIALS = 70
QUICK_DB_TRIALS = 15  # in the quick run (-m 'not slow'); the 70 run in the full suite
HEADER_TRIALS = 40


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(keys.TEST_PROFILE_ENV, "1")
        vault, _ = Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    with vault, vault.transaction() as conn:
        conn.execute("CREATE TABLE filler (n INTEGER, body TEXT)")
        conn.executemany(
            "INSERT INTO filler VALUES (?, ?)",
            [(n, f"fictional filler row {n} " * 40) for n in range(300)],
        )
    return path


def _flip(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 8)):
        offset = rng.randrange(len(data))
        data[offset] ^= rng.randint(1, 255)
    path.write_bytes(bytes(data))


def _digests(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


@pytest.mark.parametrize(
    ("target", "trials"),
    [
        ("vault.db", QUICK_DB_TRIALS),
        pytest.param("vault.db", DB_TRIALS, marks=pytest.mark.slow),
        ("header.json", HEADER_TRIALS),
    ],
)
def test_every_random_flip_is_detected_and_reported_in_words(
    cli: Cli, pristine: Path, tmp_path: Path, target: str, trials: int
) -> None:
    rng = random.Random(f"tamper-{target}-{trials}")  # reproducible trials
    for trial in range(trials):
        copy = tmp_path / f"trial-{trial}"
        shutil.copytree(pristine, copy)
        _flip(copy / target, rng)
        before = _digests(copy)
        result = cli("verify", vault=copy)
        assert result.code != 0, f"trial {trial}: a flipped {target} was accepted"
        assert "intake: error:" in result.stderr and "hint:" in result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert "internal error" not in result.stderr, f"trial {trial}: {result.stderr}"
        assert _digests(copy) == before, f"trial {trial}: the tampered vault was modified"
        shutil.rmtree(copy)


def test_the_untampered_copy_verifies(cli: Cli, pristine: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(pristine, copy)
    result = cli("verify", vault=copy)
    assert result.code == 0, result.stderr
    assert "ok" in result.stdout
