"""Latin spellings of a Cyrillic name word, by the check's own two simple schemes.

English text writes Russian names in Latin letters, and not always in one scheme
("Seryozha", "Serezha"; "Kravchenko"; "Zhukovskiy", "Zhukovsky"). The check
compares Latin words with these spellings of each registered name word and of its
short stems; the edit distance of :mod:`intake.check.near_names` covers the rest of
the variation ("Kravchinko"). Limits: spellings far from both schemes ("Jenya" for
Женя) are seen only if registered.
"""

from __future__ import annotations

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_FIRST = {"ё": "yo", "й": "y", "х": "kh", "ю": "yu", "я": "ya"}
_SECOND = {"ё": "e", "й": "i", "х": "h", "ю": "iu", "я": "ia"}


_TABLES = tuple({**_COMMON, **scheme} for scheme in (_FIRST, _SECOND))


def spellings(word: str) -> set[str]:
    """The word in both schemes (lower case); empty if it is not all Cyrillic letters."""
    lower = word.lower()
    if not all(c in _TABLES[0] for c in lower):  # both tables have the same letters
        return set()
    return {"".join(table[c] for c in lower) for table in _TABLES}
