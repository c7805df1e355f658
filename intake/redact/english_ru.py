"""Russian spellings of English names the dictionary does not know: "Whitfield" -> "Уитфилд".

Russian newsrooms write foreign names by practical transcription (Уитфилд,
Джонсон, Райт), not letter by letter. These rules give the usual spelling and,
where English is ambiguous (the "u" of "Hunt" and of "Ruth"), a second one; then
the case forms Russian gives a foreign name: a man's name ending in a consonant
declines like "стол" (Уитфилда, Уитфилду...), a name in -а like "Сара" declines
like "мама", everything else stays as it is. Limits: rules, not a dictionary;
unusual spellings (Featherstonehaugh) come out as they are written.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWEL = "aeiouy"
# (pattern, Cyrillic) tried in order at each position; a pattern may look around.
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), options)
    for pattern, options in (
        (r"^wh", ("у",)),
        (r"^wr", ("р",)),
        (r"^w(?=[aeiouy])", ("у",)),
        (r"w", ("в",)),
        (r"tch", ("ч",)),
        (r"igh", ("ай",)),
        (r"sch", ("ш",)),
        (r"ch", ("ч",)),
        (r"sh", ("ш",)),
        (r"th", ("т",)),
        (r"ph", ("ф",)),
        (r"ck", ("к",)),
        (r"gh", ("",)),
        (r"ee|ea|ie(?!$)", ("и",)),
        (r"oo", ("у",)),
        (r"ou", ("ау",)),
        (r"ow$", ("оу",)),
        (r"ow", ("ау",)),
        (r"a[iy]", ("ей",)),
        (r"ey$", ("и",)),
        (r"e[iy]", ("ей",)),
        (r"oy", ("ой",)),
        (r"qu", ("кв",)),
        (r"x", ("кс",)),
        (r"j", ("дж",)),
        (r"c(?=[eiy])", ("с",)),
        (r"c", ("к",)),
        (r"^y(?=[aeiou])", ("й",)),
        (r"y", ("и",)),
        (r"le$", ("л",)),
        (r"(?<=[^aeiou])e$", ("",)),
        (r"(?<=[^aeiou])es$", ("с",)),
        (r"o(?=[^aeiouy]e$)", ("оу", "о")),
        (r"a(?=[^aeiouy]e)", ("ей",)),
        (r"a(?=(?![rhw])[^aeiouy](?:[^aeiouy]|$))", ("а", "э")),
        (r"^h", ("х",)),
        (r"h", ("",)),
        (r"^e", ("э",)),
        (r"u(?=[^aeiou][^aeiou]|[^aeiou]$)", ("а", "у")),
        (r"u", ("у",)),
    )
)
_LETTERS = dict(zip("abdefgiklmnoprstvz", "абдефгиклмнопрствз", strict=True))


def _pieces(word: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for pattern, options in _RULES:
            match = pattern.match(word, i)
            if match is not None and match.end() > i:
                out.append(options)
                i = match.end()
                break
        else:
            out.append((_LETTERS.get(word[i], ""),))
            i += 1
    return out


@lru_cache(maxsize=4096)
def english_cyrillic(word: str) -> tuple[str, ...]:
    """The usual Russian spellings of an English name (lower case, at most two)."""
    lower = word.lower()
    if not lower.isascii() or not lower.isalpha():
        return ()
    spellings = [""]
    for options in _pieces(lower):
        spellings = [s + o for s in spellings for o in options][:2]
    return tuple(dict.fromkeys(s for s in spellings if len(s) > 1))


def foreign_case_forms(spelling: str, gender: str | None) -> dict[str, str]:
    """Form -> case for a foreign name written in Cyrillic, as Russian declines it."""
    forms = {spelling: "nomn"}
    last = spelling[-1:]
    if last == "а":
        stem = spelling[:-1]
        soft = stem[-1:] in "гкхжшчщ"
        forms.update(
            {
                stem + ("и" if soft else "ы"): "gent",
                stem + "е": "datv",
                stem + "у": "accs",
                stem + "ой": "ablt",
            }
        )
    elif last == "я" and len(spelling) > 2:  # "Кася", "Зося": as "Катя" declines
        stem = spelling[:-1]
        forms.update({stem + "и": "gent", stem + "е": "datv", stem + "ю": "accs"})
        forms.update({stem + "ей": "ablt"})
    elif last == "ь" and gender != "f" and len(spelling) > 2:  # "Кубусь", "Ясь"
        stem = spelling[:-1]
        forms.update({stem + "я": "gent", stem + "ю": "datv", stem + "ем": "ablt"})
        forms.update({stem + "е": "loct"})
    elif gender != "f" and last and last not in "аеёиоуыэюяь":
        forms.update(
            {
                spelling + "а": "gent",
                spelling + "у": "datv",
                spelling + "ом": "ablt",
                spelling + "е": "loct",
            }
        )
    return forms
