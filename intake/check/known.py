"""Names the check knows without a dictionary: towns in Latin letters, organisations in Cyrillic.

* A capitalised Latin word is a town when the gazetteer (``intake/data/places_ru.txt``,
  towns of Russia, Ukraine and Belarus) lists it ("Kursk", "Novgorod"), it is no Latin
  spelling of a Russian first name of ``intake/data/names_ru.txt`` ("Anna"), and it
  either stands after "in", "near", "outside", "around" or "at", or neither ends like a
  surname nor is a surname of that list or a name of ``intake/data/names_latin.txt``:
  "Rostov", "Pushkin" and "Adler" are towns only in "in Rostov", "near Adler".
* A Cyrillic word is an organisation, service or medium of
  ``intake/data/organisations_ru.txt`` ("Сбербанк", «Одноклассниках», «Медиазону»): the
  entry, or its stem (without a final vowel or soft sign, four letters or more) with a
  case ending of up to three letters, never one with "в" or "н" ("Зумов" is a surname).

Limits: a town named like a person in an ending not listed here would be let through
after "in" ("in Korolev" is read as the town Korolev).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from intake.check import english

_PLACE_BEFORE = frozenset(("in", "near", "outside", "around", "at"))
_SURNAME_SHAPE = (
    "ov", "ova", "ev", "eva", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "ski",
    "skaya", "enko", "ich", "uk", "ko",
)  # fmt: skip
_ENDING_LETTERS = frozenset("аяуюеиоыьймх")  # no "в", "н": "Зумов", "Сберин" are surnames
MAX_ENDING = 3
MIN_STEM = 4  # "зум", "мтс": the entry as written only


def latin_town(lower: str, previous: str) -> bool:
    """True if the capitalised Latin word ``lower`` (lower case) reads as a listed town."""
    if lower not in _gazetteer() or lower in english.russian_names("m ", "f "):
        return False
    if previous in _PLACE_BEFORE:
        return True  # "in Rostov", "near Adler"
    if lower.endswith(_SURNAME_SHAPE) or lower in english.russian_names("s "):
        return False
    return lower not in english.latin_names()  # "Adler", "Marx", "Tara": names of people too


def organisation(lower: str) -> bool:
    """True if the Cyrillic ``lower`` is a listed organisation in some case form."""
    lower = lower.replace("ё", "е")
    if lower in _organisations():
        return True
    for cut in range(max(1, len(lower) - MAX_ENDING), len(lower)):
        stem, ending = lower[:cut], lower[cut:]
        if stem in _stems() and set(ending) <= _ENDING_LETTERS:
            return True
    return False


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    return frozenset(w for w in _data_words("places_ru.txt") if w.isascii())


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    return frozenset(w.replace("ё", "е") for w in _data_words("organisations_ru.txt"))


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    stems = (w.rstrip("аяоеыиьй") for w in _organisations() if not w.isascii())
    return frozenset(stem for stem in stems if len(stem) >= MIN_STEM)


def _data_words(name: str) -> frozenset[str]:
    text = files("intake").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())
