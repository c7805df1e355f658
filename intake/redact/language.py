"""The languages redaction knows, as objects rather than ``if lang == "ru"`` branches.

A :class:`Language` says which pseudonym pool it draws from, which letters extend a
pseudonym when its pool runs out ("Иван Б."), and its tag words (from the table of
kinds). :func:`language` maps a code to one (an unknown code is English, whose tags
every reader understands); :func:`detect` picks one for a text by its letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.redact.kinds import KINDS


@dataclass(frozen=True)
class Language:
    code: str  # "ru", "en": also the pseudonym pool's and the tag words' key
    letters: str  # initials added to a pseudonym when the pool is used up

    def tag_word(self, kind: str) -> str:
        """The tag word for ``kind`` in this language ("имя", "phone")."""
        entry = KINDS.get(kind)
        return entry.tags[self.code] if entry else ("скрыто" if self.code == "ru" else "redacted")


RUSSIAN = Language("ru", "АБВГДЕЗИКЛМНОПРСТУФХЧШЭЮЯ")
ENGLISH = Language("en", "ABCDEFGHIKLMNOPRSTUVWYZ")
LANGUAGES = {language.code: language for language in (RUSSIAN, ENGLISH)}


def language(code: str | None) -> Language:
    return LANGUAGES.get(code or "", ENGLISH)


def detect(text: str) -> Language:
    """Russian if the first 20,000 characters have at least as many Cyrillic letters as
    Latin ones, else English."""
    sample = text[:20000]
    cyrillic = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return RUSSIAN if cyrillic >= latin else ENGLISH
