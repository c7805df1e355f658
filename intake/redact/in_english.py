"""Names put into English: the English word of a surname that is a Russian word ("Fish"
for Рыба), and the English name another language's first name is ("Nick" for Nikos).

A text in English calls a man surnamed Рыба "Fish", a Квадрат "Square", as friends abroad
put a nickname into their own language; a Greek Nikos living in Bristol goes by "Nick", a
Николай in London too. Two curated tables: ``intake/data/surname_words_en.txt`` (the
English words of about 200 nouns Russian surnames are most often made of: animals, birds,
fish, tools, foods, plants, weather, trades) and ``intake/data/names_english.txt`` (first
names of other languages, in either script, and the English name they are). The engine
makes forms of them (:mod:`intake.redact.variants`); the publication check reads them
with rules of its own. Plain tables and the English dictionary, no other module of the
engine: the check may read them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from intake.redact import english_dict


def _lines(path: str) -> list[tuple[str, list[str]]]:
    """(head, items) of each "head: item, item" line of a data file, comments aside."""
    text = files("intake").joinpath(path).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            head, items = line.split(":", 1)
            out.append((head.strip(), [i.strip() for i in items.split(",") if i.strip()]))
    return out


def key(word: str) -> str:
    """A word as the tables are keyed (these and :mod:`intake.redact.diminutives_en`'s):
    lower case, ё as е, marks and strokes dropped ("Małgorzata" and "Malgorzata" alike)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ё", "е"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _surname_words() -> dict[str, tuple[str, ...]]:
    return {key(word): tuple(english) for word, english in _lines("data/surname_words_en.txt")}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    return {
        key(other): key(english)
        for english, others in _lines("data/names_english.txt")
        for other in others
    }


def surname_english(surname: str) -> tuple[str, ...]:
    """The English words (lower case) of a Cyrillic surname that is one of the table's
    Russian words; empty for any other."""
    return _surname_words().get(key(surname), ())


def english_name(name: str) -> str | None:
    """The English name (lower case) another language's first name is: "Nikos", "Николай"
    -> "nicholas"; None for a name no line lists."""
    return _english_names().get(key(name))


# Words before which an English word is a thing, not a name: articles and determiners
_DETERMINERS = frozenset(
    (
        *("the", "a", "an", "of", "this", "that", "these", "those", "my", "his", "her"),
        *("our", "their", "its", "your", "some", "any", "no"),
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+\Z")
_TITLE_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)")
_CELL_BEFORE = re.compile(r"[|\t][ \u00a0]*\Z")


def stands_for_a_name(text: str, start: int, end: int) -> bool:
    """True if an English word put for a surname ("Fish" for Рыба) can stand for its bearer
    where it is: not after an article or a determiner ("The Seagull", "a Fish"), not
    before another capitalised English word, as a title's words stand ("Swan Lake"; not
    "Shuttle Kirill", a surname before a first name), not opening a table's cell ("| Moon,
    terminator |")."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and before.group(1).lower() in _DETERMINERS:
        return False
    after = _TITLE_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in english_dict.words():
        return False  # "Swan Lake"; "Shuttle Kirill" is a surname and a first name
    return _CELL_BEFORE.search(text, max(0, start - 4), start) is None
