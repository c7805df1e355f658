"""The vault header: its schema, its checksum, and refusing edited or weakened key slots."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from intake import keys
from intake.errors import VaultCorrupt, VaultError, WrongPassphrase
from intake.schemas_util import load_schema
from intake.store import header as header_mod
from intake.store.vault import HEADER_FILE, Vault, read_header
from tests.conftest import PASSPHRASE

Document = dict[str, Any]


def _document(vault_dir: Path) -> Document:
    document: Document = json.loads((vault_dir / HEADER_FILE).read_bytes())
    return document


def _write(vault_dir: Path, document: Document, *, fix_checksum: bool = True) -> None:
    """Write an edited header; with ``fix_checksum`` as a careful attacker would."""
    document = dict(document)
    if fix_checksum:
        document.pop("checksum", None)
        document["checksum"] = hashlib.sha256(header_mod.canonical(document)).hexdigest()
    # The canonical layout of Header.to_bytes: any other layout is refused as damage.
    (vault_dir / HEADER_FILE).write_bytes(
        json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"
    )


def _open(vault_dir: Path) -> None:
    Vault.open(vault_dir, bytearray(PASSPHRASE.encode())).close()


def _passphrase_kdf(document: Document) -> Document:
    kdf: Document = next(s for s in document["slots"] if s["kind"] == "passphrase")["kdf"]
    return kdf


def test_the_header_schema_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(load_schema("vault-header.schema.json"))


def test_a_new_vault_header_validates_against_its_schema(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    document = _document(vault_dir)
    validator = Draft202012Validator(load_schema("vault-header.schema.json"))
    assert list(validator.iter_errors(document)) == []
    assert {slot["kind"] for slot in document["slots"]} == {"passphrase", "recovery"}
    assert document["database"] == header_mod.DATABASE


def test_a_test_profile_vault_is_marked_test_in_its_header(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    assert _passphrase_kdf(_document(vault_dir))["profile"] == "test"


def test_a_test_profile_vault_is_refused_when_the_test_variable_is_unset(
    made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir, _recovery = made_vault
    monkeypatch.delenv(keys.TEST_PROFILE_ENV)
    with pytest.raises(VaultError, match="test-only key derivation profile"):
        _open(vault_dir)


def test_the_header_holds_no_secret_in_the_clear(vault: Vault) -> None:
    text = (vault.path / HEADER_FILE).read_bytes()
    assert vault._data_key.hex().encode() not in text
    assert header_mod.b64(bytes(vault._data_key)).encode() not in text
    assert PASSPHRASE.encode() not in text


def test_a_header_survives_a_round_trip_through_bytes(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    parsed = read_header(vault_dir)
    assert header_mod.Header.from_bytes(parsed.to_bytes()) == parsed


# Edits that keep the checksum valid: only the slot's AEAD or the KDF limits can catch them.
KDF_EDITS: list[tuple[str, Callable[[Document], None], type[Exception], str]] = [
    (
        "time cost below the floor",
        lambda kdf: kdf.update(profile="calibrated", time_cost=1, memory_kib=64 * 1024),
        VaultError,
        "below the RFC 9106 floor",
    ),
    (
        "memory below the floor",
        lambda kdf: kdf.update(profile="calibrated", time_cost=3, memory_kib=32 * 1024),
        VaultError,
        "below the RFC 9106 floor",
    ),
    (
        "memory above the cap",
        lambda kdf: kdf.update(memory_kib=64 * 1024 * 1024),
        VaultError,
        "outside sane limits",
    ),
    (
        "time cost above the cap",
        lambda kdf: kdf.update(time_cost=10_000),
        VaultError,
        "outside sane limits",
    ),
    (
        "parallelism above the cap",
        lambda kdf: kdf.update(parallelism=255),
        VaultError,
        "outside sane limits",
    ),
    (
        "a weaker but legal time cost",
        lambda kdf: kdf.update(time_cost=2),
        WrongPassphrase,
        "wrong passphrase",
    ),
    (
        "another salt",
        lambda kdf: kdf.update(salt=header_mod.b64(bytes(16))),
        WrongPassphrase,
        "wrong passphrase",
    ),
    ("a short salt", lambda kdf: kdf.update(salt=header_mod.b64(bytes(4))), VaultCorrupt, "salt"),
]


@pytest.mark.parametrize(
    ("_name", "edit", "error", "says"), KDF_EDITS, ids=[edit[0] for edit in KDF_EDITS]
)
def test_edited_kdf_parameters_are_refused_even_with_a_recomputed_checksum(
    made_vault: tuple[Path, str],
    _name: str,
    edit: Callable[[Document], None],
    error: type[Exception],
    says: str,
) -> None:
    vault_dir, _recovery = made_vault
    document = _document(vault_dir)
    edit(_passphrase_kdf(document))
    _write(vault_dir, document)
    with pytest.raises(error, match=says):
        _open(vault_dir)


def test_a_slot_moved_to_another_vault_id_no_longer_opens(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    document = _document(vault_dir)
    document["vault_id"] = "0" * 32
    _write(vault_dir, document)
    with pytest.raises(WrongPassphrase):
        _open(vault_dir)


def _flip_middle_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


RAW_DAMAGE: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("a flipped byte", _flip_middle_byte, "header"),
    ("an edited digit", lambda d: d.replace(b'"time_cost": 1', b'"time_cost": 2'), "checksum"),
    ("truncated", lambda d: d[: len(d) // 2], "not valid JSON"),
    ("empty", lambda d: b"", "not valid JSON"),
    ("binary noise", lambda d: bytes(range(256)) * 4, "not valid JSON"),
    ("too large", lambda d: b" " * (header_mod.MAX_HEADER_BYTES + 1), "too large"),
    (
        "another format",
        lambda d: d.replace(b"intake-vault-header", b"other-header"),
        "not an intake vault header",
    ),
    (
        "white space the checksum cannot see",
        lambda d: d.replace(b"{\n", b"{ \n", 1),
        "layout was altered",
    ),
    ("a newer version", lambda d: d.replace(b'"version": 1\n', b'"version": 9\n'), "newer version"),
]


@pytest.mark.parametrize(
    ("_name", "damage", "says"), RAW_DAMAGE, ids=[item[0] for item in RAW_DAMAGE]
)
def test_a_damaged_header_is_refused_with_a_message_naming_the_header(
    made_vault: tuple[Path, str], _name: str, damage: Callable[[bytes], bytes], says: str
) -> None:
    vault_dir, _recovery = made_vault
    original = (vault_dir / HEADER_FILE).read_bytes()
    damaged = damage(original)
    assert damaged != original
    (vault_dir / HEADER_FILE).write_bytes(damaged)
    with pytest.raises(VaultCorrupt, match=says) as caught:
        _open(vault_dir)
    assert "header" in caught.value.message
    assert (vault_dir / HEADER_FILE).read_bytes() == damaged


SCHEMA_BREAKS: list[tuple[str, Callable[[Document], None]]] = [
    ("an unknown top-level field", lambda d: d.update(comment="x")),
    ("a slot without its wrapped key", lambda d: d["slots"][0].pop("wrapped_key")),
    ("an unknown cipher", lambda d: d["database"].update(cipher="none")),
    ("a vault id that is not hex", lambda d: d.update(vault_id="z" * 32)),
    ("no slots", lambda d: d.update(slots=[])),
    ("a non-integer time cost", lambda d: d["slots"][0]["kdf"].update(time_cost="3")),
]


@pytest.mark.parametrize(("_name", "edit"), SCHEMA_BREAKS, ids=[s[0] for s in SCHEMA_BREAKS])
def test_a_header_breaking_its_schema_is_refused_naming_the_path_not_the_value(
    made_vault: tuple[Path, str], _name: str, edit: Callable[[Document], None]
) -> None:
    vault_dir, _recovery = made_vault
    document = _document(vault_dir)
    edit(document)
    _write(vault_dir, document)
    with pytest.raises(VaultCorrupt, match=r"does not follow its schema \(at \$") as caught:
        _open(vault_dir)
    assert "zzzz" not in caught.value.message


def test_a_slot_field_that_is_not_base64_is_refused(made_vault: tuple[Path, str]) -> None:
    vault_dir, _recovery = made_vault
    document = _document(vault_dir)
    document["slots"][0]["wrapped_key"] = "AAAAA"  # passes the schema's pattern, bad padding
    _write(vault_dir, document)
    with pytest.raises(VaultCorrupt, match="not base64"):
        _open(vault_dir)
