"""Webster's Second's lower-case entries, through the english-words package: the English
words that Latin spellings of Russian names happen to spell ("son" for Шон, "mark" for
Марк). The engine (:func:`intake.redact.diminutives_en.dictionary_word`) and the
publication check (with rules of its own) read this one list, loaded once per process.
It imports nothing of the engine, so the check may read it."""

from __future__ import annotations

from functools import lru_cache

# English words of the closed classes (pronouns, articles, prepositions, conjunctions):
# no one's name, nor the rest of one
FUNCTION_WORDS = frozenset(
    (
        *("i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his"),
        *("she", "her", "it", "its", "they", "them", "their", "this", "that", "these"),
        *("those", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by"),
        *("with", "and", "or", "but", "so", "if", "as", "no", "not"),
    )
)


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's Second)."""
    from english_words import get_english_words_set  # late: 235,000 words, read when needed

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())
