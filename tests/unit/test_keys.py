"""Key material: Argon2id parameters and their limits, slot wrapping, recovery keys."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from intake import keys
from intake.errors import VaultError, WrongPassphrase

MIB = 1024

# -- KDF parameters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time_cost", "memory_kib", "parallelism"),
    [
        (3, 64 * MIB, 4),  # RFC 9106 second recommended option: the floor itself
        (3, 256 * MIB, 4),  # what calibration picks on a machine with >= 2 GiB
        (64, 4 * 1024 * MIB, 16),  # every cap at once
    ],
)
def test_calibrated_parameters_at_or_above_the_floor_and_within_caps_are_accepted(
    time_cost: int, memory_kib: int, parallelism: int
) -> None:
    keys.KdfParams(time_cost, memory_kib, parallelism).check()


@pytest.mark.parametrize(
    ("time_cost", "memory_kib", "parallelism", "says"),
    [
        (2, 64 * MIB, 4, "below the RFC 9106 floor"),
        (1, 1024 * MIB, 4, "below the RFC 9106 floor"),
        (3, 64 * MIB - 1, 4, "below the RFC 9106 floor"),
        (3, 8 * MIB, 4, "below the RFC 9106 floor"),
        (65, 64 * MIB, 4, "outside sane limits"),
        (3, 4 * 1024 * MIB + 1, 4, "outside sane limits"),
        (3, 64 * MIB, 17, "outside sane limits"),
        (0, 64 * MIB, 4, "outside sane limits"),
        (3, 64 * MIB, 0, "outside sane limits"),
        (10**9, 10**12, 4, "outside sane limits"),
    ],
)
def test_parameters_below_the_floor_or_above_the_caps_are_refused(
    time_cost: int, memory_kib: int, parallelism: int, says: str
) -> None:
    with pytest.raises(VaultError, match=says):
        keys.KdfParams(time_cost, memory_kib, parallelism).check()


def test_the_test_profile_is_cheap_and_marked_as_such() -> None:
    params = keys.test_profile()
    assert params.profile == keys.PROFILE_TEST
    assert params.memory_kib < keys.FLOOR_MEMORY_KIB


def test_the_test_profile_is_refused_unless_the_test_environment_variable_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(keys.TEST_PROFILE_ENV)
    with pytest.raises(VaultError, match="test-only key derivation profile"):
        keys.test_profile()
    monkeypatch.setenv(keys.TEST_PROFILE_ENV, "yes")
    with pytest.raises(VaultError, match="test-only"):
        keys.KdfParams(1, 8 * MIB, 1, keys.PROFILE_TEST).check()


def _fake_clock(monkeypatch: pytest.MonkeyPatch, probe_seconds: float, ram_bytes: int) -> None:
    """Make calibration believe one probe derivation took ``probe_seconds`` on ``ram_bytes``."""
    ticks = iter([0.0, probe_seconds])
    monkeypatch.setattr(keys, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    monkeypatch.setattr(keys, "derive_kek", lambda *_args: bytearray(keys.KEY_BYTES))
    monkeypatch.setattr(keys, "_physical_memory", lambda: ram_bytes)


GIB = 1024**3


@pytest.mark.parametrize(
    ("probe_seconds", "ram_bytes", "target", "expected"),
    [
        (60.0, 16 * GIB, 1.0, (3, 256 * MIB, 4)),  # a very slow machine: never below t=3
        (60.0, 1 * GIB, 1.0, (3, 64 * MIB, 4)),  # little RAM: the memory floor, not less
        (0.0, 16 * GIB, 1.0, (64, 256 * MIB, 4)),  # an instant probe: the time cap, not more
        (0.5, 16 * GIB, 1.0, (6, 256 * MIB, 4)),  # scaled to reach the target
        (0.5, 16 * GIB, 0.01, (3, 256 * MIB, 4)),  # a tiny target still keeps the floor
        (0.25, 0, 1.0, (12, 64 * MIB, 4)),  # RAM unknown: the memory floor
    ],
)
def test_calibration_scales_time_cost_to_the_target_and_never_goes_below_the_floor(
    monkeypatch: pytest.MonkeyPatch,
    probe_seconds: float,
    ram_bytes: int,
    target: float,
    expected: tuple[int, int, int],
) -> None:
    _fake_clock(monkeypatch, probe_seconds, ram_bytes)
    params = keys.calibrate(target)
    assert (params.time_cost, params.memory_kib, params.parallelism) == expected
    assert params.profile == keys.PROFILE_CALIBRATED
    params.check()


def test_calibration_on_this_machine_returns_parameters_that_pass_the_checks() -> None:
    params = keys.calibrate(0.05)
    params.check()
    assert params.time_cost >= keys.FLOOR_TIME_COST
    assert params.memory_kib >= keys.FLOOR_MEMORY_KIB
    assert params.parallelism >= keys.FLOOR_PARALLELISM


# -- deriving and wrapping ---------------------------------------------------------------


def test_the_same_passphrase_and_salt_give_the_same_key_and_another_salt_another() -> None:
    params = keys.test_profile()
    salt = keys.new_salt()
    first = keys.derive_kek(bytearray(b"a fictional passphrase"), salt, params)
    again = keys.derive_kek(bytearray(b"a fictional passphrase"), salt, params)
    other = keys.derive_kek(bytearray(b"a fictional passphrase"), keys.new_salt(), params)
    assert first == again
    assert first != other
    assert len(first) == keys.KEY_BYTES


def test_random_data_keys_salts_and_nonces_have_their_sizes_and_do_not_repeat() -> None:
    data_keys = {bytes(keys.new_data_key()) for _ in range(50)}
    salts = {keys.new_salt() for _ in range(50)}
    assert len(data_keys) == 50 and all(len(k) == 32 for k in data_keys)
    assert len(salts) == 50 and all(len(s) == 16 for s in salts)
    kek, data_key = keys.new_data_key(), keys.new_data_key()
    nonces = {keys.wrap(data_key, kek, b"ad")[0] for _ in range(50)}
    assert len(nonces) == 50 and all(len(n) == 12 for n in nonces)


def test_a_wrapped_data_key_unwraps_with_the_same_key_and_associated_data() -> None:
    kek, data_key = keys.new_data_key(), keys.new_data_key()
    nonce, wrapped = keys.wrap(data_key, kek, b"slot parameters")
    assert bytes(data_key) not in wrapped
    assert keys.unwrap(nonce, wrapped, kek, b"slot parameters") == data_key


@pytest.mark.parametrize("what", ["key", "associated data", "nonce", "ciphertext"])
def test_unwrapping_fails_as_a_wrong_passphrase_when_anything_differs(what: str) -> None:
    kek, data_key = keys.new_data_key(), keys.new_data_key()
    nonce, wrapped = keys.wrap(data_key, kek, b'{"time_cost":3}')
    associated = b'{"time_cost":3}'
    if what == "key":
        kek = keys.new_data_key()
    elif what == "associated data":
        associated = b'{"time_cost":1}'
    elif what == "nonce":
        nonce = bytes([nonce[0] ^ 1]) + nonce[1:]
    else:
        wrapped = wrapped[:-1] + bytes([wrapped[-1] ^ 1])
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        keys.unwrap(nonce, wrapped, kek, associated)


def test_the_recovery_key_encryption_key_depends_on_key_and_salt() -> None:
    key, _text = keys.new_recovery_key()
    salt = keys.new_salt()
    assert keys.recovery_kek(key, salt) == keys.recovery_kek(bytearray(key), salt)
    assert keys.recovery_kek(key, salt) != keys.recovery_kek(key, keys.new_salt())
    assert len(keys.recovery_kek(key, salt)) == keys.KEY_BYTES


def test_zero_overwrites_every_buffer_in_place() -> None:
    first, second = bytearray(b"secret one"), bytearray(b"two")
    keys.zero(first, second)
    assert first == bytes(10) and second == bytes(3)


# -- recovery keys -----------------------------------------------------------------------

GROUPS = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}$")


def test_a_recovery_key_is_240_random_bits_shown_as_13_groups_of_4() -> None:
    key, text = keys.new_recovery_key()
    assert len(key) == 30
    assert GROUPS.match(text), text
    assert keys.parse_recovery_key(bytearray(text.encode())) == key


@pytest.mark.parametrize(
    "mangle",
    [
        str.lower,
        lambda t: t.replace("-", " "),
        lambda t: t.replace("-", ""),
        lambda t: "  " + t.replace("-", " - ") + "\t",
        lambda t: t.replace("0", "O").replace("1", "l"),
    ],
    ids=["lower case", "spaces", "no separators", "extra blanks", "look-alike letters"],
)
def test_a_recovery_key_is_read_back_whatever_the_case_separators_or_lookalikes(mangle) -> None:  # type: ignore[no-untyped-def]
    key, text = keys.new_recovery_key()
    assert keys.parse_recovery_key(bytearray(mangle(text).encode())) == key


def test_a_typo_in_a_recovery_key_is_reported_as_a_typo() -> None:
    _key, text = keys.new_recovery_key()
    position = 7  # inside the second group
    replacement = "2" if text[position] != "2" else "3"
    typo = text[:position] + replacement + text[position + 1 :]
    with pytest.raises(WrongPassphrase, match="typo") as caught:
        keys.parse_recovery_key(bytearray(typo.encode()))
    assert "Compare each group" in caught.value.hint


@pytest.mark.parametrize(
    "text", ["", "ABCD-EFGH", "correct horse battery staple", "!" * 52, "U" * 53]
)
def test_text_that_is_not_shaped_like_a_recovery_key_is_refused_with_its_shape(text: str) -> None:
    with pytest.raises(WrongPassphrase, match="not a recovery key") as caught:
        keys.parse_recovery_key(bytearray(text.encode()))
    assert "13 groups of 4" in caught.value.hint


def test_a_passphrase_typed_in_another_unicode_form_derives_the_same_key() -> None:
    composed = bytearray("пароль с ёжиком".encode())
    decomposed = bytearray("пароль с е\u0308жиком".encode())
    assert composed != decomposed
    salt = keys.new_salt()
    params = keys.test_profile()
    assert keys.derive_kek(composed, salt, params) == keys.derive_kek(decomposed, salt, params)
