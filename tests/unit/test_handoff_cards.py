"""Cards, fingerprints, padding and receipt codes, against the rules SECURITY.md states."""

from __future__ import annotations

import base64
import hashlib

import pytest

from intake.errors import InputError
from intake.handoff import bundle, cards

AGE = "age1hfzdtlnzf5mg6kcm2jh6ssgdt30ern56dlp0vlkrwpy5ut95p3qq282f0z"  # a fictional key
KEY = base64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("=")
CARD = f"intake-card1:{AGE}:{KEY}"


def test_the_fingerprint_is_six_groups_of_five_digits_of_sha256_as_documented() -> None:
    # Recomputed from SECURITY.md's words: SHA-256 of the label and the card; each group is
    # 5 bytes, big-endian, modulo 100 000.
    digest = hashlib.sha256(b"intake card fingerprint v1\n" + CARD.encode()).digest()
    expected = " ".join(
        f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
    )
    assert cards.fingerprint(CARD) == expected
    assert cards.parse(CARD).fingerprint == expected


def test_one_changed_character_of_the_card_changes_the_fingerprint() -> None:
    other = CARD[:-1] + ("A" if CARD[-1] != "A" else "B")
    assert cards.fingerprint(other) != cards.fingerprint(CARD)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "age1hfzdtlnzf5mg6kcm2jh6ssgdt30ern56dlp0vlkrwpy5ut95p3qq282f0z",
        CARD.replace("intake-card1", "intake-card2"),
        CARD.upper(),
        CARD + "=",
        CARD + ":extra",
        CARD[:-1],
        CARD.replace(AGE, AGE[:-1] + "q"),  # a broken bech32 checksum
    ],
)
def test_anything_but_a_card_as_intake_writes_it_is_refused(text: str) -> None:
    with pytest.raises(InputError):
        cards.parse(text)


def test_blanks_around_a_pasted_card_are_ignored() -> None:
    assert cards.parse(f"  {CARD}\n").text == CARD


@pytest.mark.parametrize(
    ("size", "padded"),
    [(1, 1), (2, 2), (9, 10), (100, 104), (1000, 1024), (5000, 5120), (65536, 65536)],
)
def test_padme_pads_to_the_sizes_of_the_published_algorithm(size: int, padded: int) -> None:
    assert bundle.padme(size) == padded


def test_a_receipt_code_is_ten_digits_and_differs_per_recipient() -> None:
    one = bundle.receipt_code("b-" + "0" * 32, CARD, b"payload")
    two = bundle.receipt_code("b-" + "0" * 32, CARD.replace(KEY, "B" + KEY[1:]), b"payload")
    assert len(one) == 11 and one[5] == "-" and (one[:5] + one[6:]).isdigit()
    assert one != two
