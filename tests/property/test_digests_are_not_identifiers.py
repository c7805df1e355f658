"""A manifest is full of hex digests; their digit runs are no card, IMEI or phone.

The leak gate reads every manifest with the pattern recognizers, so a digest
whose hex happened to hold a Luhn-valid run of digits refused an export at random
(about one manifest in a few hundred) before card and IMEI numbers had to stand
apart from letters.
"""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.redact import patterns


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(min_size=8, max_size=8), min_size=200, max_size=200))
def test_no_pattern_finds_an_identifier_in_sha256_digests(seeds: list[bytes]) -> None:
    digests = [hashlib.sha256(seed).hexdigest() for seed in seeds]
    text = "\n".join(f'  "sha256": "{digest}",' for digest in digests)
    found = [hit for hit in patterns.run_all(text) if hit[0] != "date"]
    assert found == []


def test_a_card_number_written_on_its_own_is_still_found() -> None:
    text = "Переведите на 4111 1111 1111 1111, пожалуйста."
    assert [hit[0] for hit in patterns.run_all(text)] == ["card"]
