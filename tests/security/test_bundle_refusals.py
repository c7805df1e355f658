"""Sealed bundles under attack: every altered, truncated, misaddressed, forged, forwarded,
replayed or too-new bundle is refused in words and imports nothing.

A researcher's vault seals one bundle for an editor's vault; a third vault plays
a stranger. Each trial hands the editor a changed copy and checks the refusal
and that no table of the editor's vault changed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from intake.errors import BundleRefused
from intake.handoff import bundle, contacts, identity
from intake.store.vault import Vault
from tests.conftest import Prepared, Template
from tests.handoff_world import (
    add_testimony,
    counts,
    deliver,
    introduce,
    make_vault,
    open_vault,
    sealed,
)

pytestmark = pytest.mark.security


@dataclass
class Trio:
    researcher: Vault
    editor: Vault
    stranger: Vault
    data: bytes  # a bundle from the researcher to the editor
    testimony: str


NAMES = ("researcher", "editor", "stranger")


def sealed_for_the_editor(folder: Path, _template: Template) -> tuple[bytes, str]:
    """Three vaults with their own keys, the researcher's bundle for the editor and the id of
    the testimony in it (a recipe of the ``prepared`` fixture)."""
    researcher, editor, stranger = (make_vault(folder / name) for name in NAMES)
    with researcher, editor, stranger:
        introduce(researcher, "researcher", editor, "editor")
        contacts.add(stranger, "editor", identity.ensure(editor).card.text)
        tid = add_testimony(researcher)
        return sealed(researcher, ["editor"], [tid], folder.parent / "b.age"), tid


@pytest.fixture
def trio(tmp_path: Path, prepared: Prepared) -> Iterator[Trio]:
    data, tid = prepared(tmp_path / "vaults", sealed_for_the_editor)
    researcher, editor, stranger = (open_vault(tmp_path / "vaults" / name) for name in NAMES)
    yield Trio(researcher, editor, stranger, data, tid)
    for vault in (researcher, editor, stranger):
        vault.close()


def refused(vault: Vault, data: bytes, words: str, **options: object) -> None:
    before = counts(vault.connection)
    with pytest.raises(BundleRefused) as caught:
        deliver(vault, data, **options)
    assert words in caught.value.message
    assert caught.value.hint and "Nothing was imported" in (caught.value.hint or "")
    assert caught.value.exit_code == 2
    assert counts(vault.connection) == before


def regions(data: bytes) -> dict[str, int]:
    """Offsets of one byte in each region of an age file (header lines, MAC, payload)."""
    header_end = data.index(b"\n---") + 1
    mac_line_end = data.index(b"\n", header_end) + 1
    return {
        "version line": 5,
        "first recipient stanza": data.index(b"-> X25519") + 12,
        "stanza body": data.index(b"\n", data.index(b"-> X25519")) + 3,
        "header MAC": header_end + 6,
        "payload nonce": mac_line_end + 3,
        "first payload chunk": mac_line_end + 40,
        "middle of payload": (mac_line_end + len(data)) // 2,
        "last byte (tag)": len(data) - 1,
    }


def test_an_untouched_bundle_is_accepted_so_the_trials_below_mean_something(trio: Trio) -> None:
    receipt = deliver(trio.editor, trio.data)
    assert receipt.counts["testimonies added"] == 1


@pytest.mark.parametrize(
    "region",
    [
        "version line",
        "first recipient stanza",
        "stanza body",
        "header MAC",
        "payload nonce",
        "first payload chunk",
        "middle of payload",
        "last byte (tag)",
    ],
)
@pytest.mark.parametrize("flip", [0x01, 0x80, 0xFF])
def test_a_byte_changed_anywhere_is_refused_and_imports_nothing(
    trio: Trio, region: str, flip: int
) -> None:
    offset = regions(trio.data)[region]
    changed = bytearray(trio.data)
    changed[offset] ^= flip
    before = counts(trio.editor.connection)
    with pytest.raises(BundleRefused) as caught:
        deliver(trio.editor, bytes(changed))
    assert caught.value.exit_code == 2
    assert counts(trio.editor.connection) == before


@pytest.mark.parametrize("keep", [0, 10, 100, 200, -1, -17, -200])
def test_a_truncated_bundle_is_refused(trio: Trio, keep: int) -> None:
    cut = trio.data[:keep]
    before = counts(trio.editor.connection)
    with pytest.raises(BundleRefused):
        deliver(trio.editor, cut)
    assert counts(trio.editor.connection) == before


def test_a_bundle_with_bytes_appended_is_refused(trio: Trio) -> None:
    refused(trio.editor, trio.data + b"\0" * 17, "damaged, truncated or was altered")


def test_a_bundle_for_another_vault_is_refused_as_not_addressed_here(trio: Trio) -> None:
    refused(trio.stranger, trio.data, "not addressed to this vault")


def test_a_bundle_signed_by_a_removed_contact_is_refused(trio: Trio) -> None:
    contacts.remove(trio.editor, "researcher")
    refused(trio.editor, trio.data, "a contact removed on")
    refused(trio.editor, trio.data, "a contact removed on", from_unknown=True)


def test_a_bundle_from_a_stranger_is_refused_showing_the_fingerprint_then_accepted_on_request(
    trio: Trio, tmp_path: Path
) -> None:
    tid = add_testimony(trio.stranger)
    data = sealed(trio.stranger, ["editor"], [tid], tmp_path / "s.age")
    fingerprint = identity.ensure(trio.stranger).card.fingerprint
    refused(trio.editor, data, f"fingerprint {fingerprint}")
    receipt = deliver(trio.editor, data, from_unknown=True)
    assert receipt.sender is None and receipt.verified is False
    assert receipt.counts["testimonies added"] == 1


def _reseal(inner: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(inner, [x25519.Recipient.from_str(recipient)]))


def _inner(trio: Trio) -> bytes:
    return bytes(pyrage.decrypt(trio.data, [identity.ensure(trio.editor).age_identity]))


def test_a_recipient_cannot_pass_a_bundle_on_as_if_it_were_sealed_for_someone_else(
    trio: Trio,
) -> None:
    # The editor decrypts and re-encrypts the signed content to the stranger's vault.
    contacts.add(trio.stranger, "researcher", identity.ensure(trio.researcher).card.text)
    forwarded = _reseal(_inner(trio), identity.ensure(trio.stranger).card.age_recipient)
    refused(trio.stranger, forwarded, "sealed for other vaults and passed on")


def _split(inner: bytes) -> tuple[dict[str, object], bytes]:
    head_end = inner.index(b"\n", len(bundle.MAGIC))
    frame = json.loads(inner[len(bundle.MAGIC) : head_end])
    payload = inner[head_end + 1 : head_end + 1 + int(frame["length"])]
    return frame, payload


def _join(frame: dict[str, object], payload: bytes) -> bytes:
    return bundle.MAGIC + json.dumps(frame).encode() + b"\n" + payload


def test_a_payload_changed_under_the_senders_signature_is_refused_as_forged(trio: Trio) -> None:
    frame, payload = _split(_inner(trio))
    changed = payload.replace("Мать о сыне".encode(), "Мать о дочери".encode())
    frame["length"] = len(changed)
    editor = identity.ensure(trio.editor).card.age_recipient
    refused(trio.editor, _reseal(_join(frame, changed), editor), "signature does not verify")


def test_a_bundle_re_signed_by_another_key_is_refused_as_from_a_stranger(trio: Trio) -> None:
    frame, payload = _split(_inner(trio))
    stranger = identity.ensure(trio.stranger)
    frame["signer"] = stranger.card.text
    frame["signature"] = base64.b64encode(
        stranger.sign(b"intake bundle signature v1\n" + payload)
    ).decode()
    editor = identity.ensure(trio.editor).card.age_recipient
    refused(trio.editor, _reseal(_join(frame, payload), editor), "not among your contacts")
    refused(
        trio.editor,
        _reseal(_join(frame, payload), editor),
        "names another sender",
        from_unknown=True,
    )


def test_a_bundle_from_a_newer_format_is_refused_before_anything_is_read(trio: Trio) -> None:
    me = identity.ensure(trio.researcher)
    editor = identity.ensure(trio.editor).card.age_recipient
    data = bundle.seal(b'{"anything": "new"}', me, [editor], version=bundle.FORMAT_VERSION + 1)
    refused(trio.editor, data, "made by a newer intake")


def test_a_file_that_is_not_a_bundle_is_refused(trio: Trio) -> None:
    refused(trio.editor, b"hello, this is plain text\n", "not an intake bundle")


def test_a_signed_payload_that_breaks_the_schema_is_refused(trio: Trio) -> None:
    me = identity.ensure(trio.researcher)
    editor = identity.ensure(trio.editor).card.age_recipient
    data = bundle.seal(b'{"format": "intake-bundle"}', me, [editor])
    refused(trio.editor, data, "does not follow the bundle format")


def test_receiving_the_same_bundle_twice_changes_nothing_the_second_time(trio: Trio) -> None:
    first = deliver(trio.editor, trio.data)
    after_first = counts(trio.editor.connection)
    again = deliver(trio.editor, trio.data)
    assert again.already and again.code == first.code
    assert counts(trio.editor.connection) == after_first


def test_a_bundle_is_encrypted_to_each_recipient_and_to_no_one_else(
    trio: Trio, tmp_path: Path
) -> None:
    contacts.add(trio.researcher, "stranger", identity.ensure(trio.stranger).card.text)
    data = sealed(trio.researcher, ["editor", "stranger"], [trio.testimony], tmp_path / "2.age")
    header = data[: data.index(b"\n---")]
    assert header.count(b"\n-> X25519 ") == 2  # one stanza per recipient, none for the sender
    for reader in (trio.editor, trio.stranger):
        assert pyrage.decrypt(data, [identity.ensure(reader).age_identity])
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(data, [identity.ensure(trio.researcher).age_identity])
