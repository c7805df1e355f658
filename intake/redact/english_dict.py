"""English words and first names, for Latin spellings of Russian names that happen to spell
one ("son" for Шон, "mark" for Марк, "time" for Тима): Webster's Second through the
english-words package, its lower-case entries only, and the English first names and short
forms of ``intake/data/diminutives_en.txt``."""

from __future__ import annotations

from functools import lru_cache

from intake.redact import diminutives_en


def dictionary_word(form: str) -> bool:
    """True if the Latin ``form`` is a lower-case English dictionary word, not a name
    ("son", "bus", "mark"; not "david")."""
    bare = form.replace("'", "")
    return bare in words() and bare not in names()


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's Second)."""
    from english_words import get_english_words_set  # late: 235,000 words, for Latin forms

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """English first names and their short forms."""
    return frozenset(
        name
        for full, (_gender, shorts) in diminutives_en.table().items()
        for name in (full, *(short for short, _ in shorts))
    )
