"""The name lexicon: Russian-dictionary first names and surnames, in both scripts.

``intake/data/names_ru.txt`` lists the first names (m, f) and surnames (s) that
pymorphy3's dictionary knows (OpenCorpora data). For Latin-script text every
entry is reduced to a :func:`~intake.redact.translit.latin_key`, on which the
common spellings of a name meet ("Alexei", "Aleksey", "Алексей" -> "aleksei").
Loaded once, on first use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from intake.redact.translit import latin_key


@dataclass(frozen=True)
class Lexicon:
    first_cyr: frozenset[str]
    surnames_cyr: frozenset[str]
    first_lat: frozenset[str]  # latin keys
    surnames_lat: frozenset[str]
    english_first: frozenset[str]  # lower case


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    first: set[str] = set()
    surnames: set[str] = set()
    text = files("intake").joinpath("data/names_ru.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, word = line.split(" ", 1)
        (surnames if kind == "s" else first).add(word)
    pools = files("intake").joinpath("data/pseudonyms_en.json").read_text(encoding="utf-8")
    doc = json.loads(pools)
    english = {n.lower() for n in doc["m"] + doc["f"]}
    return Lexicon(
        first_cyr=frozenset(first),
        surnames_cyr=frozenset(surnames),
        first_lat=frozenset(latin_key(w) for w in first if len(w) > 2),
        surnames_lat=frozenset(latin_key(w) for w in surnames if len(w) > 3),
        english_first=frozenset(english),
    )
