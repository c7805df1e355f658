"""The near-name check looks only at registered stems that share a word's first letter or
its second and third: the only ones a near-miss can be. It answers as a scan of every stem."""

from __future__ import annotations

import pytest

from intake.check.near_names import NearNames, _close, _prefixed
from intake.redact.normalize import skeleton

# Fictional registered names and words: near-misses, far words, short and odd ones.
NAMES = ["Евгений Выдумкин", "Марина Небывалова", "Aleksei Madeupov", "Ли Цой", "Ян Придуманный"]
WORDS = [
    "выдумкин",
    "вудумкин",
    "выдумкен",
    "выдумкиным",
    "ыдумкин",
    "небывалова",
    "нибывалова",
    "небывалой",
    "madeupov",
    "madeupova",
    "mdeupov",
    "придуманый",
    "цой",
    "ли",
    "дом",
    "сын",
    "в",
    "",
    "zzz",
    "ебывалова",
    "xыдумкин",
    "придуманному",
    "евгения",
    "женя",
    "марины",
]


def scanned(near: NearNames, word: str) -> bool:
    from intake.check.near_names import MAX_ENDING, MAX_SUFFIX

    if _prefixed(word, near.shorts, MAX_SUFFIX) or _prefixed(word, near.stems, MAX_ENDING):
        return True
    return any(_close(word, s) for s in near.stems)


@pytest.mark.parametrize("word", WORDS)
def test_the_indexed_check_answers_as_a_scan_of_every_stem(word: str) -> None:
    near = NearNames.of(NAMES)
    folded = skeleton(word)
    assert near.matches(folded) is scanned(near, folded)


def test_near_misses_are_still_found_and_far_words_are_not() -> None:
    near = NearNames.of(NAMES)
    assert near.matches(skeleton("вудумкин")) and near.matches(skeleton("нибывалова"))
    assert not near.matches(skeleton("сын")) and not near.matches(skeleton("дом"))
