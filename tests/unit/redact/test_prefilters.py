"""The cheap checks that skip slow recognizers never skip a hit: odd digits, odd letters,
odd spacing and capitals still reach the recognizer. All values are fictional."""

from __future__ import annotations

import pytest

from intake.redact import patterns
from intake.redact.normalize import Normalized


def _hits(text: str) -> list[tuple[str, str]]:
    clean = Normalized.of(text).clean
    return [(kind, clean[s:e]) for _, kind, s, e, _ in patterns.run_all(clean)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("звоните +７ ９００ ０００-００-０１ вечером", "phone", "+7 900 000-00-01"),
        ("звоните 8 (900) 000-00-01", "phone", "8 (900) 000-00-01"),
        ("звоните +7 900 000 00 01", "phone", "+7 900 000 00 01"),
        ("call +44 20 7946 0958 now", "phone", "+44 20 7946 0958"),
        ("пишите в T.ME/Some_Body", "handle", "T.ME/Some_Body"),
        (
            "see https://www.instagram.com/some.body and vk.com/id1",
            "handle",
            "https://www.instagram.com/some.body",
        ),
        ("see https://www.instagram.com/some.body and vk.com/id1", "handle", "vk.com/id1"),
        ("x.com/a t.me/b", "handle", "t.me/b"),
        ("ПАСПОРТ 45 06 123456", "id_number", "45 06 123456"),
        ("his military  id AB1234567", "id_number", "AB1234567"),
        ("his mılitary id AB1234567", "id_number", "AB1234567"),
        ("паᲂпорт не нужен; паспорт серия 4506 № 123456", "id_number", "4506 № 123456"),
        ("ул. Ленина, д. 5", "address", "ул. Ленина, д. 5"),
        ("живёт Д. 5, КВ. 12", "address", "Д. 5, КВ. 12"),
        ("lives at 12 Baker Street", "address", "12 Baker Street"),
        ("lives on ULITSA Lenina 5", "address", "ULITSA Lenina 5"),
        ("12.03.2023", "date", "12.03.2023"),
        ("12 марта 2023 г.", "date", "12 марта 2023 г."),
        ("on March 12th, 2023", "date", "March 12th, 2023"),
        ("on 12 May 2023", "date", "12 May 2023"),
        ("в/ч １２３４５", "unit", "в/ч 12345"),
    ],
)
def test_prefilters_let_hits_through(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Он долго молчал, потом сказал, что ничего не помнит.",
        "Nobody answered; they waited for days in the cold.",
    ],
)
def test_text_without_cues_has_no_hits(text: str) -> None:
    assert _hits(text) == []
