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


def spellings(word: str) -> set[str]:
    """The word in both schemes (lower case); empty if it is not all Cyrillic letters."""
    lower = word.lower()
    out = set()
    for scheme in (_FIRST, _SECOND):
        table = {**_COMMON, **scheme}
        if all(c in table for c in lower):
            out.add("".join(table[c] for c in lower))
    return out


# What follows a short stem in a Latin spelling of a Russian short form written in lower
# case in English text ("tolik", "kolya", "tanyukha", "seryozhka"): a suffix, or a bare
# -ya/-a. A bare -e, -i, -y is left out: "time", "very", "pole" are English words.
LATIN_TAILS = (
    "a", "ya", "ia", "yu", "iu", "ik", "ika", "iku", "ikom", "ka", "ki", "ke", "ku", "koy",
    "kin", "kina", "ochka", "echka", "enka", "enku", "yan", "ian", "yana", "yanu", "yanom",
    "ok", "yok", "iok", "ich", "ych", "ycha", "ychu", "kha", "khe", "khu", "ukha", "yukha",
    "iukha", "ushka", "yusha", "iusha", "yonok", "chik", "chika", "ulya", "ulia", "usya",
    "usia", "unya", "unia", "usik", "yosha", "osha",
)  # fmt: skip


def short_forms(short: str) -> set[str]:
    """Latin spellings of a Cyrillic short stem of three letters or more with each of
    :data:`LATIN_TAILS` ("тол" -> "tolik", "tolya"...); empty for other stems."""
    if len(short) < 3:
        return set()
    return {spelling + tail for spelling in spellings(short) for tail in LATIN_TAILS}
