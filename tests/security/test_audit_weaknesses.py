"""Weaknesses planted in a sound vault each get the right WARN or FAIL, and nothing secret leaks.

The vault starts as one made with the RFC 9106 floor parameters, which passes
every check; each case weakens it in one way, as an auditor would, and reads
the report. Header edits recompute the checksum, as a careful attacker would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intake import keys
from intake.audit import AuditReport, Status, audit_vault
from intake.errors import WrongPassphrase
from intake.store import header as header_mod
from intake.store import slots
from intake.store.header import DATABASE, Header
from intake.store.vault import Vault, read_header
from tests.conftest import PASSPHRASE

Plant = Callable[[Path], None]
EXIT = {Status.WARN: 1, Status.FAIL: 2}

PAGE = int(DATABASE["page_size"])  # the page size new vaults are made with


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.KdfParams(3, 65536, 4))[0].close()
    return path


@pytest.fixture
def floor_vault(floor_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(floor_template, tmp_path / "vault"))


def unlock(path: Path) -> Callable[[], Vault]:
    return lambda: Vault.open(path, bytearray(PASSPHRASE.encode()))


# -- ways to weaken a vault -----------------------------------------------------------------
def edit_header(change: Callable[[dict[str, Any]], None]) -> Plant:
    def plant(path: Path) -> None:
        document = json.loads((path / "header.json").read_bytes())
        document.pop("checksum")
        change(document)
        document["checksum"] = hashlib.sha256(header_mod.canonical(document)).hexdigest()
        # In intake's own layout, as a careful attacker would write it.
        (path / "header.json").write_bytes(
            json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"
        )

    return plant


def passphrase_kdf(**values: Any) -> Plant:
    return edit_header(lambda d: d["slots"][0]["kdf"].update(values))


def weaker_second_slot(document: dict[str, Any]) -> None:
    calibrated = document["slots"][0]
    calibrated["kdf"].update(time_cost=6, calibrated_seconds=1.0)
    document["slots"].append(
        {**calibrated, "id": "passphrase-2", "kdf": {**calibrated["kdf"], "time_cost": 3}}
    )
    del document["slots"][-1]["kdf"]["calibrated_seconds"]


def chmod(name: str, mode: int) -> Plant:
    return lambda path: (path / name if name else path).chmod(mode)


def stray(name: str, content: bytes) -> Plant:
    def plant(path: Path) -> None:
        (path / name).parent.mkdir(exist_ok=True)
        (path / name).write_bytes(content)

    return plant


def plaintext_database(path: Path) -> None:
    (path / "vault.db").unlink()
    with sqlite3.connect(path / "vault.db") as conn:
        conn.execute("CREATE TABLE testimonies (transcript TEXT)")
    (path / "vault.db").chmod(0o600)


def database_symlink(path: Path) -> None:
    target = path.parent / "elsewhere.db"
    (path / "vault.db").rename(target)
    (path / "vault.db").symlink_to(target)


def overwrite(offset: int, data: bytes) -> Plant:
    def plant(path: Path) -> None:
        with (path / "vault.db").open("r+b") as handle:
            handle.seek(offset if offset >= 0 else handle.seek(0, os.SEEK_END) + offset)
            handle.write(data)

    return plant


def flip_byte(offset: int) -> Plant:
    """Flip one bit at ``offset`` (from the end when negative)."""

    def plant(path: Path) -> None:
        with (path / "vault.db").open("r+b") as handle:
            where = handle.seek(offset, os.SEEK_END if offset < 0 else os.SEEK_SET)
            byte = handle.read(1)[0]
            handle.seek(where)
            handle.write(bytes([byte ^ 0x01]))

    return plant


def truncate(by: int) -> Plant:
    return lambda path: os.truncate(path / "vault.db", (path / "vault.db").stat().st_size - by)


NOTE = b"Fictional note: the interview was on Tuesday.\n" * 10

# What an auditor finds without the passphrase.
LOCKED_CASES = [
    ("directory readable by others", chmod("", 0o755), "perm.directory", Status.WARN),
    ("directory writable by others", chmod("", 0o777), "perm.directory", Status.FAIL),
    ("database readable by others", chmod("vault.db", 0o644), "perm.database", Status.WARN),
    ("database readable by the group", chmod("vault.db", 0o640), "perm.database", Status.WARN),
    ("header writable by others", chmod("header.json", 0o666), "perm.header", Status.FAIL),
    ("database behind a symbolic link", database_symlink, "perm.database", Status.WARN),
    ("a stray plaintext file", stray("notes.txt", NOTE), "files.stray.1", Status.FAIL),
    (
        "an export kept inside the vault",
        stray("exports/summary.md", NOTE),
        "files.stray.1",
        Status.FAIL,
    ),
    (
        "an unencrypted copy of a database",
        stray("copy.sqlite", b"SQLite format 3\x00" + bytes(99)),
        "files.stray.1",
        Status.FAIL,
    ),
    (
        "a journal left by an interrupted write",
        stray("vault.db-journal", bytes(512)),
        "files.stray.1",
        Status.WARN,
    ),
    (
        "a header edited to a weak KDF",
        passphrase_kdf(time_cost=1, memory_kib=8192),
        "slot.passphrase.kdf",
        Status.FAIL,
    ),
    (
        "a header edited to 64 GiB of memory",
        passphrase_kdf(memory_kib=64 * 1024 * 1024),
        "slot.passphrase.kdf",
        Status.FAIL,
    ),
    (
        "a header edited to the test profile",
        passphrase_kdf(profile="test"),
        "kdf.profile",
        Status.FAIL,
    ),
    (
        "a slot weaker than the vault's calibration",
        edit_header(weaker_second_slot),
        "slot.passphrase-2.kdf",
        Status.WARN,
    ),
    (
        "a header damaged without fixing its checksum",
        lambda p: (p / "header.json").write_text(
            (p / "header.json").read_text().replace('"time_cost": 3', '"time_cost": 4')
        ),
        "header.format",
        Status.FAIL,
    ),
    ("a missing header", lambda p: (p / "header.json").unlink(), "header.format", Status.FAIL),
    ("a database truncated mid-page", truncate(100), "db.file", Status.FAIL),
    ("an emptied database", lambda p: os.truncate(p / "vault.db", 0), "db.file", Status.FAIL),
    ("a zeroed first page", overwrite(0, bytes(PAGE)), "db.encrypted", Status.WARN),
    ("an unencrypted database", plaintext_database, "db.encrypted", Status.FAIL),
]


@pytest.mark.parametrize(
    ("plant", "check_id", "status"), [pytest.param(*case[1:], id=case[0]) for case in LOCKED_CASES]
)
def test_a_planted_weakness_is_flagged_without_unlocking(
    floor_vault: Path, plant: Plant, check_id: str, status: Status
) -> None:
    assert audit_vault(floor_vault).exit_code == 0
    plant(floor_vault)
    report = audit_vault(floor_vault)
    assert report.check(check_id).status is status
    assert report.exit_code == EXIT[status]


def failing(report: AuditReport) -> set[str]:
    return {check.id for check in report.checks if check.status is Status.FAIL}


# Damage that only the passphrase reveals: the open itself, or the page HMACs, refuse it.
DAMAGED = {"unlock", "db.cipher_integrity"}
UNLOCKED_CASES = [
    ("a tampered second page", flip_byte(PAGE + 200)),
    ("a tampered first page", flip_byte(100)),
    ("a tampered last byte", flip_byte(-1)),
    ("a database truncated by whole pages", truncate(3 * PAGE)),
    ("a database truncated mid-page", truncate(100)),
]


@pytest.mark.parametrize("plant", [pytest.param(case[1], id=case[0]) for case in UNLOCKED_CASES])
def test_damage_to_the_database_fails_a_check_that_needs_the_passphrase(
    floor_vault: Path, plant: Plant
) -> None:
    plant(floor_vault)
    report = audit_vault(floor_vault, unlock(floor_vault))
    assert failing(report) & DAMAGED
    assert report.exit_code == 2


def test_a_tampered_page_the_open_never_reads_is_caught_by_cipher_integrity_check(
    floor_template: Path, tmp_path: Path
) -> None:
    pages = (floor_template / "vault.db").stat().st_size // PAGE
    for page in range(2, pages):  # page numbers from 1; the first is read by every open
        path = Path(shutil.copytree(floor_template, tmp_path / f"page-{page}"))
        flip_byte((page - 1) * PAGE + 300)(path)
        report = audit_vault(path, unlock(path))
        if report.check("unlock").status is Status.PASS:
            check = report.check("db.cipher_integrity")
            assert check.status is Status.FAIL
            assert f"page {page}" in check.measured
            return
    pytest.fail("every page was read by the open: no page left for cipher_integrity_check")


def test_a_weak_kdf_edit_is_refused_when_unlocking_and_the_other_checks_still_show(
    floor_vault: Path,
) -> None:
    passphrase_kdf(time_cost=1, memory_kib=8192)(floor_vault)
    report = audit_vault(floor_vault, unlock(floor_vault))
    assert failing(report) >= {"slot.passphrase.kdf", "unlock"}
    assert report.check("perm.database").status is Status.PASS
    assert "Page authentication" in report.skipped


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(
            {"profile": "test", "time_cost": 1, "memory_kib": 8192, "parallelism": 1},
            id="weakened to the test profile",
        ),
        pytest.param({"calibrated_seconds": 0.5}, id="a calibration invented"),
    ],
)
def test_an_edited_slot_is_refused_by_its_aead_even_with_the_right_passphrase(
    floor_vault: Path, values: dict[str, Any]
) -> None:
    passphrase_kdf(**values)(floor_vault)  # the test profile is allowed here (INTAKE_TEST_KDF=1)
    report = audit_vault(floor_vault, unlock(floor_vault))
    assert report.check("unlock").status is Status.FAIL
    assert "wrong passphrase" in report.check("unlock").measured
    assert "AEAD" in report.check("unlock").reason


def test_the_weak_kdf_edit_alone_would_not_unwrap_the_data_key(floor_vault: Path) -> None:
    passphrase_kdf(time_cost=3, memory_kib=65536, parallelism=1)(floor_vault)
    header = read_header(floor_vault)
    slot = header.slot("passphrase")
    kek = keys.derive_kek(
        bytearray(PASSPHRASE.encode()),
        base64.b64decode(slot.kdf["salt"]),
        slots.kdf_params(slot.kdf),
    )
    with pytest.raises(WrongPassphrase):
        keys.unwrap(
            slot.nonce, slot.wrapped_key, kek, header.associated_data(slot.id, slot.kind, slot.kdf)
        )


# -- nothing secret in the report -------------------------------------------------------------
MARKERS = ("Zinaida Fictionova-Markerova", "MARKER-TESTIMONY-7Q4", "MARKER-STRAY-CONTENT-9K2")


def secrets_of(path: Path, recovery: str) -> list[str]:
    """Every secret an audit could leak: passphrase, data key, salts, nonces, wrapped keys."""
    header = read_header(path)
    data_key = slots.open_passphrase(header, bytearray(PASSPHRASE.encode()))
    found = [PASSPHRASE, recovery, data_key.hex(), data_key.hex().upper()]
    for slot in header.slots:
        found += [
            slot.kdf["salt"],
            base64.b64encode(slot.nonce).decode(),
            base64.b64encode(slot.wrapped_key).decode(),
            base64.b64decode(slot.kdf["salt"]).hex(),
        ]
    return found


def test_the_report_never_shows_testimony_names_secrets_or_stray_content(
    cli: Any, made_vault: tuple[Path, str]
) -> None:
    path, recovery = made_vault
    text = f"{MARKERS[1]}: {MARKERS[0]} was taken to the unit on Monday.\n".encode()
    assert cli("add", "-", "--title", MARKERS[1], stdin=text).code == 0
    (path / "notes.txt").write_bytes(MARKERS[2].encode() + b"\n" + NOTE)
    (path / f"{MARKERS[0]}.txt").write_bytes(NOTE)  # a stray named after a person
    outputs = [cli("audit"), cli("audit", "--json"), cli("audit", "--no-unlock", passphrase=False)]
    assert all(result.code == 2 for result in outputs)  # test profile + stray plaintext
    document = json.loads(outputs[1].stdout)
    contents = next(c for c in document["checks"] if c["id"] == "db.contents")
    assert "testimonies 1" in contents["measured"]  # the audit did see the vault's content
    shown = "".join(result.stdout + result.stderr for result in outputs)
    assert "Stray file #1" in shown and "Stray file #2" in shown
    assert "notes.txt" not in shown
    for secret in (*MARKERS, *secrets_of(path, recovery)):
        assert secret not in shown


# -- stray names, recovery slots, leftovers ---------------------------------------------------


def test_stray_files_are_numbered_and_named_only_with_show_paths(
    cli: Any, made_vault: tuple[Path, str]
) -> None:
    path, _recovery = made_vault
    (path / f"{MARKERS[0]}.txt").write_bytes(NOTE)
    hidden = cli("audit", "--no-unlock", passphrase=False)
    assert "Stray file #1" in hidden.stdout and "plaintext file" in hidden.stdout
    assert MARKERS[0] not in hidden.stdout
    shown = cli("audit", "--no-unlock", "--show-paths", "--json", passphrase=False)
    stray = next(c for c in json.loads(shown.stdout)["checks"] if c["id"] == "files.stray.1")
    assert MARKERS[0] in stray["title"] and str(path / MARKERS[0]) in stray["action"]


def _slots(kinds: tuple[str, ...]) -> Plant:
    def plant(path: Path) -> None:
        header = read_header(path)
        by_kind = {slot.kind: slot for slot in header.slots}
        rebuilt = Header(header.vault_id, tuple(by_kind[k] for k in kinds), header.database)
        (path / "header.json").write_bytes(rebuilt.to_bytes())

    return plant


@pytest.mark.parametrize(
    ("kinds", "measured"),
    [(("passphrase",), "0 recovery slots"), (("passphrase", "recovery", "recovery"), "2 recovery")],
)
def test_a_missing_or_extra_recovery_slot_warns(
    made_vault: tuple[Path, str], kinds: tuple[str, ...], measured: str
) -> None:
    path, _recovery = made_vault
    _slots(kinds)(path)
    check = audit_vault(path).check("slot.recovery")
    assert check.status is Status.WARN and measured in check.measured


@pytest.mark.parametrize("leftover", ["vault.db-journal", "vault.db.rekey"])
def test_the_unlocked_audit_lists_leftovers_and_neither_opens_over_them_nor_deletes_them(
    cli: Any, made_vault: tuple[Path, str], leftover: str
) -> None:
    path, _recovery = made_vault
    (path / leftover).write_bytes(bytes(512))
    before = sorted(p.name for p in path.iterdir())
    result = cli("audit", "--json")
    document = json.loads(result.stdout)
    by_id = {check["id"]: check for check in document["checks"]}
    assert by_id["files.stray.1"]["status"] == "WARN"
    assert by_id["unlock"]["status"] == "WARN" and leftover in by_id["unlock"]["measured"]
    assert sorted(p.name for p in path.iterdir()) == before
