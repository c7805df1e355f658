"""Webster's Second's lower-case entries, through the english-words package: the English
words that Latin spellings of Russian names happen to spell ("son" for Шон, "mark" for
Марк). The engine (:func:`intake.redact.diminutives_en.dictionary_word`) and the
publication check (with rules of its own) read this one list, loaded once per process.
It imports nothing of the engine, so the check may read it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's Second)."""
    from english_words import get_english_words_set  # late: 235,000 words, read when needed

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())
