"""The sweep's view of the output, spliced from the input's view, equals a fresh one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.redact.fold import fold_table
from intake.redact.normalize import Normalized, skeleton, splice

ALPHABET = [
    *"абвгдёй ABCaoepxyz-–'’\n\u00a0Ё0123456789[]",
    *"\u200b\u00ad\ufe0f\u2800\U000e0041",  # deleted
    *"ﬁⓐ①№φοα",  # expanded, enclosed, kept, Greek look-alikes
    *"Ilү",  # a capital I inside a word reads as "l"; Cyrillic straight u as у
]
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)
REPLACEMENT = st.sampled_from(
    [
        "Иван",
        "Ivan",
        "[телефон]",
        "Оля-Ёлка",
        "",
        "a\u200bb",
        "x\u00a0y",
        "ﬁ",
        "Ο",
        "x1",
        "4",
        "Ив4н",
        "Ivаn",  # mixed scripts
        "ʼ",  # a letter that folds to an apostrophe
        "I",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXT,
    cuts=st.lists(st.integers(0, 60), max_size=6),
    replacements=st.lists(REPLACEMENT, min_size=3, max_size=3),
)
def test_spliced_view_equals_a_fresh_one(
    text: str, cuts: list[int], replacements: list[str]
) -> None:
    points = sorted({min(c, len(text)) for c in cuts})
    edits = [
        (a, b, replacements[i % 3])
        for i, (a, b) in enumerate(zip(points[::2], points[1::2], strict=False))
    ]
    output, position = [], 0
    for start, end, replacement in edits:
        output += [text[position:start], replacement]
        position = end
    output.append(text[position:])
    joined = "".join(output)
    fresh, spliced = Normalized.of(joined), splice(Normalized.of(text), joined, edits)
    assert (spliced.clean, spliced.skeleton) == (fresh.clean, fresh.skeleton)
    assert [spliced.to_original(i) for i in range(len(fresh.clean))] == [
        fresh.to_original(i) for i in range(len(fresh.clean))
    ]


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_the_skeleton_of_a_string_is_the_skeleton_view_of_it(text: str) -> None:
    assert skeleton(text) == Normalized.of(text).skeleton


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_the_skeleton_makes_no_letter_or_digit_of_anything_else(text: str) -> None:
    """The splice reads word boundaries in the clean view only: wherever the skeleton has
    a letter or a digit, the clean view has one too."""
    norm = Normalized.of(text)
    assert all(c.isalnum() for c, s in zip(norm.clean, norm.skeleton, strict=True) if s.isalnum())


def test_no_fold_of_the_table_makes_a_letter_or_digit() -> None:
    assert not [
        (key, value)
        for key, value in fold_table().items()
        if not chr(key).isalnum() and value.isalnum()
    ]


def test_an_edit_inside_a_word_folds_the_output_afresh() -> None:
    """Inside a word the fold reads its neighbours (a digit among letters is a letter, a
    digit alone a digit): the pieces cannot be joined there."""
    text, edits = "Ив4н и Пеtров", [(1, 2, "1")]
    output = "И14н и Пеtров"
    assert splice(Normalized.of(text), output, edits).skeleton == Normalized.of(output).skeleton
