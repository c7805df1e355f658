"""Invisible code points anywhere inside a registered name never hide it: the redactor
replaces it and the leak scan sees it. Names are fictional."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.redact import Redactor, Registry

REDACTOR = Redactor(
    Registry.from_json(
        {
            "people": [
                {"name": "Елена Кравченко", "gender": "f", "pseudonym": "Анна"},
                {"name": "Lidia Pokolova", "gender": "f", "pseudonym": "Nina"},
            ]
        }
    ),
    ner=False,
)
NAMES = ["Кравченко", "Кравченко", "Pokolova"]
INVISIBLE = [
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\u00ad",  # soft hyphen
    "\u034f",  # combining grapheme joiner
    "\u180e",  # Mongolian vowel separator
    "\u202e",  # right-to-left override
    "\ufe0f",  # emoji variation selector
    "\U000e0100",  # ideographic variation selector
    "\U000e0041",  # tag latin capital a
    "\u2800",  # braille blank
    "\u20dd",  # combining enclosing circle
]


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    inserts=st.lists(
        st.tuples(st.integers(1, 7), st.sampled_from(INVISIBLE)), min_size=1, max_size=4
    ),
)
def test_invisible_code_points_inside_a_name_never_hide_it(
    name: str, inserts: list[tuple[int, str]]
) -> None:
    disguised = name
    for position, char in sorted(inserts, reverse=True):
        disguised = disguised[:position] + char + disguised[position:]
    text = f"Вчера {disguised} не пришла."
    start, end = 6, 6 + len(disguised)
    assert any(f.start == start and f.end == end for f in REDACTOR.scan_for_leaks(text))
    redacted = REDACTOR.redact(text).text
    assert not [f for f in REDACTOR.scan_for_leaks(redacted) if f.kind == "person"]
