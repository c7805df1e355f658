"""The auditor's report as a library: which checks run, their statuses, exit codes and JSON."""

from __future__ import annotations

import os
import random
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from intake import keys
from intake.audit import AuditReport, Check, Status, audit_vault
from intake.audit.files import entropy
from intake.audit.strays import classify
from intake.schemas_util import first_error, load_schema
from intake.store import inspect
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE

FLOOR = keys.KdfParams(3, 65536, 4)
LOCKED_IDS = {
    "header.format",
    "slot.passphrase.kdf",
    "slot.recovery.kdf",
    "slot.recovery",
    "kdf.profile",
    "slot.aead",
    "library.sqlcipher",
    "library.crypto",
    "library.sqlite",
    "perm.directory",
    "perm.header",
    "perm.database",
    "db.file",
    "db.encrypted",
    "files.stray",
}
UNLOCKED_IDS = {
    "unlock",
    "cipher.settings",
    "cipher.provider",
    "cipher.page_size",
    "cipher.hmac",
    "cipher.memory_security",
    "db.cipher_integrity",
    "db.integrity",
    "db.migrations",
    "db.connection",
    "db.contents",
    "db.changes",
}

# Parameters must be the same in every test worker: seeded, not secrets.
_RANDOM = random.Random("audit-parameters")


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=FLOOR)[0].close()
    return path


@pytest.fixture
def floor_vault(floor_template: Path, tmp_path: Path) -> Path:
    """A closed vault made with the RFC 9106 floor parameters (not the test profile)."""
    return Path(shutil.copytree(floor_template, tmp_path / "floor-vault"))


def opener(path: Path, passphrase: str = PASSPHRASE) -> Callable[[], Vault]:
    return lambda: Vault.open(path, bytearray(passphrase.encode()))


def statuses(report: AuditReport) -> dict[str, Status]:
    return {check.id: check.status for check in report.checks}


def test_a_vault_made_with_the_floor_parameters_passes_every_check(floor_vault: Path) -> None:
    report = audit_vault(floor_vault, opener(floor_vault))
    assert statuses(report) == dict.fromkeys(LOCKED_IDS | UNLOCKED_IDS, Status.PASS)
    assert (report.unlocked, report.skipped, report.exit_code) == (True, (), 0)


def test_without_the_passphrase_the_locked_checks_run_and_the_others_are_named_as_skipped(
    floor_vault: Path,
) -> None:
    report = audit_vault(floor_vault)
    assert set(statuses(report)) == LOCKED_IDS
    assert report.unlocked is False
    assert "Page authentication" in report.skipped and report.exit_code == 0


def test_a_test_profile_vault_fails_the_profile_and_floor_checks(
    made_vault: tuple[Path, str],
) -> None:
    path, _recovery = made_vault
    report = audit_vault(path, opener(path))
    assert report.check("kdf.profile").status is Status.FAIL
    assert report.check("slot.passphrase.kdf").status is Status.FAIL
    assert report.exit_code == 2


def test_a_missing_vault_directory_is_one_failure_and_no_passphrase_is_asked(
    tmp_path: Path,
) -> None:
    def must_not_ask() -> Vault:
        raise AssertionError("the passphrase was asked for a vault that does not exist")

    report = audit_vault(tmp_path / "nowhere", must_not_ask)
    assert [(c.id, c.status) for c in report.checks] == [("vault.directory", Status.FAIL)]


def test_a_wrong_passphrase_fails_the_unlock_and_says_what_was_not_checked(
    floor_vault: Path,
) -> None:
    report = audit_vault(floor_vault, opener(floor_vault, "not the passphrase"))
    unlock = report.check("unlock")
    assert unlock.status is Status.FAIL and "Not checked" in unlock.reason
    assert set(statuses(report)) >= LOCKED_IDS and report.skipped
    assert report.exit_code == 2


def test_a_vault_open_in_another_process_is_reported_as_in_use(floor_vault: Path) -> None:
    with Vault.open(floor_vault, bytearray(PASSPHRASE.encode())):
        report = audit_vault(floor_vault, opener(floor_vault))
    assert report.check("unlock").status is Status.FAIL
    assert "in use" in report.check("unlock").measured


@pytest.mark.parametrize(
    ("found", "code"),
    [
        ([Status.PASS, Status.PASS], 0),
        ([Status.PASS, Status.WARN], 1),
        ([Status.WARN, Status.FAIL, Status.PASS], 2),
    ],
)
def test_the_exit_code_is_0_for_all_pass_1_for_any_warn_2_for_any_fail(
    found: list[Status], code: int
) -> None:
    checks = tuple(Check(f"c.{n}", "t", status, "m", "e", "r") for n, status in enumerate(found))
    assert AuditReport("v", False, checks).exit_code == code


def test_the_report_schema_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(load_schema("audit-report.schema.json"))


@pytest.mark.parametrize("unlock", ["right passphrase", "wrong passphrase", "no unlock"])
def test_every_kind_of_report_validates_against_its_schema(floor_vault: Path, unlock: str) -> None:
    (floor_vault / "notes.txt").write_text("fictional stray note")
    open_vault = {
        "right passphrase": opener(floor_vault),
        "no unlock": None,
        "wrong passphrase": opener(floor_vault, "wrong"),
    }[unlock]
    document = audit_vault(floor_vault, open_vault).to_json()
    assert first_error(document, "audit-report.schema.json") is None
    assert document["summary"]["exit_code"] == 2


def test_cipher_settings_explain_that_kdf_iter_is_unused_with_a_raw_key(floor_vault: Path) -> None:
    check = audit_vault(floor_vault, opener(floor_vault)).check("cipher.settings")
    assert "kdf_iter" in check.measured and "unused" in check.measured
    assert "raw key" in check.reason


def test_library_versions_come_from_memory_and_create_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in tmp_path.rglob("*"))
    found = inspect.library_versions()
    assert found.sqlcipher.startswith("4.") and found.provider == "openssl"
    assert found.sqlite.startswith("3.") and found.provider_version.startswith("OpenSSL")
    assert sorted(p for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    ("data", "low", "high"),
    [
        (b"", 0.0, 0.0),
        (bytes(4096), 0.0, 0.0),
        (b"Fictional testimony text, nothing more. " * 100, 3.0, 5.0),
        (_RANDOM.randbytes(4096), 7.8, 8.0),
    ],
)
def test_entropy_tells_random_pages_from_text_and_zeros(
    data: bytes, low: float, high: float
) -> None:
    assert low <= entropy(data) <= high


@pytest.mark.parametrize(
    ("name", "content", "status", "kind"),
    [
        (
            "notes.txt",
            "Свидетельство (вымышленное): текст.\n".encode() * 20,
            Status.FAIL,
            "plaintext file",
        ),
        ("copy.db", b"SQLite format 3\x00" + bytes(4000), Status.FAIL, "unencrypted SQLite"),
        ("summary.docx", b"PK\x03\x04" + bytes(400), Status.FAIL, "document"),
        ("summary.pdf", b"%PDF-1.7\n" + bytes(400), Status.FAIL, "PDF"),
        ("blob.bin", _RANDOM.randbytes(4096), Status.WARN, "random-looking"),
        ("image.raw", bytes(range(256)) * 2 + bytes(3000), Status.WARN, "binary file"),
        ("empty", b"", Status.WARN, "empty file"),
        ("vault.db-journal", b"\xd9\xd5\x05\xf9 \xa1c\xd7", Status.WARN, "rollback journal"),
        ("vault.db-wal", _RANDOM.randbytes(64), Status.WARN, "write-ahead log"),
        (".header.json.0a1b2c3d.tmp", b"{}", Status.WARN, "unfinished header write"),
    ],
)
def test_stray_files_are_classified_by_name_and_first_bytes(
    tmp_path: Path, name: str, content: bytes, status: Status, kind: str
) -> None:
    (tmp_path / name).write_bytes(content)
    found_status, found_kind, _reason, action = classify(tmp_path / name)
    assert (found_status, kind in found_kind) == (status, True)
    assert name in action or "intake" in action


def test_a_stray_directory_with_a_plaintext_file_fails_and_one_without_warns(
    tmp_path: Path,
) -> None:
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "vault.db").write_bytes(secrets.token_bytes(8192))
    assert classify(tmp_path / "backup")[0] is Status.WARN
    (tmp_path / "backup" / "export.md").write_text("# Fictional export\n\nText.\n")
    assert classify(tmp_path / "backup")[0] is Status.FAIL


def test_a_fifo_in_the_vault_is_reported_without_being_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert classify(tmp_path / "pipe")[:2] == (Status.WARN, "special file")


def test_an_unexpected_error_in_one_check_fails_that_check_alone_without_its_text(
    floor_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: object) -> dict[str, int]:
        raise RuntimeError("Fictional Name quoted by a database error")

    monkeypatch.setattr(inspect, "row_counts", broken)
    report = audit_vault(floor_vault, opener(floor_vault))
    assert {c.id for c in report.checks if c.status is Status.FAIL} == {"db.contents"}
    assert report.check("db.contents").measured == "unexpected error (RuntimeError)"
    assert "Fictional Name" not in str(report.to_json())


def test_the_published_test_vector_passes_every_check_once_its_file_modes_are_restored(
    tmp_path: Path,
) -> None:
    data = Path(__file__).resolve().parents[1] / "data"
    passphrase = re.search(r"^- Passphrase: `([^`]+)`", (data / "README.md").read_text(), re.M)
    assert passphrase is not None
    path = Path(shutil.copytree(data / "test-vector-vault", tmp_path / "vector"))
    path.chmod(0o700)  # git keeps no file modes
    for name in ("header.json", "vault.db"):
        (path / name).chmod(0o600)
    report = audit_vault(path, opener(path, passphrase.group(1)))
    assert statuses(report) == dict.fromkeys(LOCKED_IDS | UNLOCKED_IDS, Status.PASS)


def test_a_directory_that_cannot_be_listed_warns_instead_of_crashing(
    floor_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_iterdir = Path.iterdir

    def refuse(self: Path) -> Any:
        if self == floor_vault:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    check = audit_vault(floor_vault).check("files.stray")
    assert check.status is Status.WARN and "cannot list" in check.measured
