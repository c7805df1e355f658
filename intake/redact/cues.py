"""Finding cue words fast: a case-insensitive regex that starts with an alternation is
slow on long texts (the regex engine tries every position), so the cue's literal heads
are looked for first in the lower-cased text (at C speed), and the cue's own regex is
tried only where a head starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Letters that a case-insensitive regex takes for another letter, which lower-casing keeps:
# the long s, the dotless i and the old Cyrillic letter variants ("ᲃ" is "с" to the regex).
_REGEX_CASE = str.maketrans("ſıᲀᲁᲂᲃᲄᲅᲆᲇᲈ", "siвдостътѣꙋ")
_REGEX_CASE_ODD = re.compile("[ſıᲀ-ᲈ]")


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``text`` in lower case as a case-insensitive regex reads it (so that a head found
    by :func:`heads` stands wherever the regex can match), or None where lower-casing
    changes its length ("İ")."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    return lower.translate(_REGEX_CASE) if _REGEX_CASE_ODD.search(lower) else lower


def heads(*words: str) -> re.Pattern[str]:
    """A regex of literal lower-case heads at the start of a word (longest first)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(f"{re.escape(w)}(?<!\\w{re.escape(w)})" for w in ordered))


def cue_matches(
    text: str, head_re: re.Pattern[str], cue_re: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """What ``cue_re.finditer(text)`` finds, when every match of ``cue_re`` starts with
    a match of ``head_re`` in the lower-cased text."""
    lower = lowered(text)
    if lower is None:
        yield from cue_re.finditer(text)
        return
    floor = 0
    for head in head_re.finditer(lower):
        if head.start() < floor:
            continue
        match = cue_re.match(text, head.start())
        if match is not None:
            yield match
            floor = match.end()
