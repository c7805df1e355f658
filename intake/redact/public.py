"""Public figures keep their full names, also the parts a registered person shares.

With a private "Сергей Кравченко" registered, "Сергей" alone is his; but in "Сергей
Лавров" (a public figure, kept) it is the minister's first name, and replacing it
would put one man's pseudonym on another man's words. A registered person's one-word
form belongs to a public figure when it and the word beside it make one of that
figure's full-name forms ("сергеи лавров", "лаврова сергея"), which are no private
person's forms (a registered private person whose every name word is the public
figure's keeps them: the registry says who is private).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from intake.redact.expand import FormTable
from intake.redact.findings import PERSON, PUBLIC_PERSON, Finding
from intake.redact.normalize import skeleton

_AFTER = re.compile(r"[^\S\n]{1,3}([^\W\d_][\w-]*)")
_BEFORE = re.compile(r"([^\W\d_][\w-]*)[^\S\n]{1,3}$")


class PublicNames:
    """The full-name forms of the public figures of a form table."""

    def __init__(self, table: FormTable, private: FormTable) -> None:
        self._owners: dict[str, frozenset[int]] = {}
        for key, infos in table.items():
            owners = frozenset(i.owner for i in infos if i.kind == PUBLIC_PERSON)
            if owners and " " in key and not _private_words(key, private):
                self._owners[key] = owners
        self._words = frozenset(w for key in self._owners for w in key.split())

    def claim(self, text: str, finding: Finding) -> Finding:
        """``finding`` as a public person's if it is part of one's full name here."""
        if finding.kind != PERSON:
            return finding
        word = text[finding.start : finding.end]
        if _word_key(word) not in self._words:
            return finding
        after, before = neighbours(text, finding.start, finding.end)
        for pair in (f"{word} {after}", f"{before} {word}"):
            owners = self._owners.get(_word_key(pair)) if " " in pair.strip() else None
            if owners:
                return replace(finding, kind=PUBLIC_PERSON, owner=min(owners), candidates=())
        return finding


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    """The skeleton of a mention or of a mention and its neighbour (cached: a text names
    the same people again and again)."""
    return skeleton(word)


def _private_words(key: str, private: FormTable) -> bool:
    """True if the full name ``key`` is a private person's form, or every word of it is: a
    registered "Сергей Шойгу" who is not the minister keeps his name private."""
    return key in private or all(word in private for word in key.split())


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just after and just before text[start:end] (spaces between only; "" if
    none)."""
    after = _AFTER.match(text, end)
    before = _BEFORE.search(text, max(0, start - 40), start)
    return (after.group(1) if after else "", before.group(1) if before else "")
