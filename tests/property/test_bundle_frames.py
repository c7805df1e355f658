"""Anyone holding a vault's card can encrypt anything to it: whatever the plaintext inside a
valid age encryption, opening it is a refusal in words (BundleRefused), never a crash."""

from __future__ import annotations

import json

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from intake.errors import BundleRefused
from intake.handoff import bundle
from intake.handoff.identity import Identity, _load

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def me() -> Identity:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    raw = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    return _load(str(x25519.Identity.generate()), raw)


def sealed_to(me: Identity, plain: bytes) -> bytes:
    return bytes(pyrage.encrypt(plain, [x25519.Recipient.from_str(me.card.age_recipient)]))


def refused(me: Identity, plain: bytes) -> None:
    with pytest.raises(BundleRefused) as caught:
        bundle.open_sealed(sealed_to(me, plain), me)
    assert caught.value.exit_code == 2


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_encrypted_to_a_vault_are_refused_in_words(me: Identity, plain: bytes) -> None:
    refused(me, plain)
    refused(me, bundle.MAGIC + plain)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
FRAMES = st.fixed_dictionaries(
    {},
    optional={
        "version": JSON_VALUES | st.integers(-3, 3),
        "signer": JSON_VALUES,
        "signature": JSON_VALUES | st.binary(max_size=80).map(lambda b: b.hex()),
        "length": JSON_VALUES | st.integers(-5, 700),
    },
)


@SETTINGS
@given(FRAMES, st.binary(max_size=300))
def test_any_frame_line_and_payload_are_refused_in_words(
    me: Identity, frame: dict[str, object], payload: bytes
) -> None:
    refused(me, bundle.MAGIC + json.dumps(frame).encode() + b"\n" + payload)


@SETTINGS
@given(JSON_VALUES | st.binary(max_size=200))
def test_any_signed_payload_that_is_not_a_bundle_is_refused_in_words(value: object) -> None:
    from intake.handoff import payload

    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    with pytest.raises(BundleRefused):
        payload.decode(raw)
