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

* A capitalised Cyrillic word the dictionary knows names a place when a noun for a
  place follows it and it agrees with that noun as an adjective (:data:`PLACE_NOUNS`:
  "Московской области", "Воробьёвых гор", "по Московскому времени"; not "Жуковскому
  время уходить") or "метро" precedes it ("метро Московская"): a surname never
  stands there. One the dictionary does not know is still asked about.

* The other way round, a word the dictionary knows as a place and also as a surname
  ("Иванова", "Пушкин", "Королёв", "Киров") is asked about unless a preposition or a
  noun of place stands before it or a place noun after it ("в Пушкине", "города
  Королёв", "Кировской области").

Limits: a town named like a person in an ending not listed here would be let through
after "in" ("in Korolev" is read as the town Korolev).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from intake.check import english, morph, things
from intake.check.words import Word

_PLACE_BEFORE = frozenset(("in", "near", "outside", "around", "at"))
_SURNAME_SHAPE = (
    "ov", "ova", "ev", "eva", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "ski",
    "skaya", "enko", "ich", "uk", "ko",
)  # fmt: skip
PLACE_NOUNS = frozenset(
    (
        "область", "край", "район", "округ", "республика", "губерния", "улица", "проспект",
        "переулок", "площадь", "шоссе", "бульвар", "набережная", "гора", "река", "озеро",
        "море", "остров", "залив", "время",
    )
)  # fmt: skip
_SURNAME_TAG = "Surn"  # first names that are countries (Израиль, Дания) stay places
# Prepositions of place and abbreviations of place nouns before a town's name.
_PLACE_WORDS_BEFORE = frozenset(
    (
        "в", "во", "из", "изо", "под", "около", "возле", "близ", "вблизи", "до", "через", "на",
        "г", "гор", "пос", "пгт", "дер", "с", "ст", "х",
    )
)  # fmt: skip
_PLACE_LEMMAS = frozenset(
    (
        "город", "посёлок", "поселок", "село", "деревня", "станица", "аул", "хутор", "столица",
        "городок", "область", "район",
    )
)  # fmt: skip
# Before a town of the world list: "в Тусоне", "из Тбилиси", "город Дацин"; never "с", "к",
# "у", "на", "от", "до" ("с Мацумото", "к Камикаве" name people as often), nor in English "to",
# "from", "at" ("a letter from Matsumoto").
_TOWN_WORDS_BEFORE = frozenset(
    ("в", "во", "из", "изо", "под", "около", "возле", "близ", "г", "гор")
)
_TOWNS = frozenset(("город", "городок", "столица", "мегаполис", "район", "пригород"))
_WORLD_BEFORE = frozenset(("in", "near", "outside", "around"))
_ENDING_LETTERS = frozenset("аяуюеиоыьймх")  # no "в", "н": "Зумов", "Сберин" are surnames
MAX_ENDING = 3
MIN_STEM = 4  # "зум", "мтс": the entry as written only


def latin_town(lower: str, previous: str) -> bool:
    """True if the capitalised Latin word ``lower`` (lower case) reads as a listed town."""
    if previous in _WORLD_BEFORE and lower in _world():
        return True  # "in Tbilisi"
    if lower not in _gazetteer() or lower in english.russian_names("m ", "f "):
        return False
    if previous in _PLACE_BEFORE:
        return True  # "in Rostov", "near Adler"
    if lower.endswith(_SURNAME_SHAPE) or lower in english.russian_names("s "):
        return False
    return lower not in english.latin_names()  # "Adler", "Marx", "Tara": names of people too


def place_adjective(word: Word) -> bool:
    """True if the known Cyrillic ``word`` names a place by the noun after it ("Московской
    области", "Воробьёвых гор", "по Московскому времени") or after "метро"."""
    if morph.classify(word.clean.lower()) == "unknown":
        return False
    if word.previous == "метро":
        return True
    return bool(things.lemmas(word.following) & PLACE_NOUNS) and _agrees(
        word.clean.lower(), word.following
    )


@lru_cache(maxsize=4096)
def _agrees(adjective: str, noun: str) -> bool:
    """True if ``adjective`` can be an adjective in the case, number and gender of ``noun``
    ("Московской области"; not "Жуковскому время")."""
    parse = morph._analyzer().parse
    nouns = [p.tag for p in parse(noun) if p.tag.POS == "NOUN"]
    return any(
        a.tag.case == n.case
        and a.tag.number == n.number
        and (n.number == "plur" or a.tag.gender == n.gender)
        for a in parse(adjective)
        if a.tag.POS == "ADJF"
        for n in nouns
    )


def town_or_surname(word: Word) -> bool:
    """True if the dictionary's place ``word`` can also be a surname ("Иванова": Иваново or a
    woman; "Пушкин", "Королёв") and nothing around it says it is the place:
    no preposition or noun of place before it ("в Пушкине", "города Королёв") and no place
    noun after it."""
    lower = word.clean.lower()
    if not _also_a_name(lower):
        return False
    if word.previous in _PLACE_WORDS_BEFORE or things.lemmas(word.previous) & _PLACE_LEMMAS:
        return False
    return not things.lemmas(word.following) & PLACE_NOUNS


def world_town(word: Word) -> bool:
    """True if the Cyrillic ``word``, which the dictionary does not hold, is a town of
    ``intake/data/towns_world.txt`` in some case form ("Тусоне", "Дацин", "Тбилиси") and a
    preposition or a noun of place stands before it ("в Тусоне", "город Дацин"): Japanese
    and Spanish towns are often surnames too ("Тору Камикава", "с Мацумото")."""
    if word.previous not in _TOWN_WORDS_BEFORE and not things.lemmas(word.previous) & _TOWNS:
        return False
    lower = word.clean.lower().replace("ё", "е")
    if morph.classify(lower) != "unknown":
        return False
    stems = {lower, lower[:-1], lower[:-2], lower[:-1] + "а", lower[:-1] + "я", lower[:-1] + "ь"}
    return bool(stems & _world())


@lru_cache(maxsize=16384)
def _also_a_name(lower: str) -> bool:
    parses = morph._analyzer().parse(lower)
    return any(p.is_known and _SURNAME_TAG in p.tag for p in parses)


def on_a_route(word: Word, other: Word) -> bool:
    """True if ``word``, a dictionary place that can be a surname ("Ростов"), and ``other``,
    joined to it by a dash, read as a route: both can be places in the nominative, and
    ``other`` is no surname ("Москва — Ростов"; not "в Москве — Иванова": Иванова is the
    town Иваново only in the genitive)."""
    lower, other_lower = word.clean.lower(), other.clean.lower()
    if not (_named_place(lower) and _named_place(other_lower)):
        return False
    return not _also_a_name(other_lower)


@lru_cache(maxsize=16384)
def _named_place(lower: str) -> bool:
    """A place of the dictionary in the nominative, as a route names it."""
    parses = morph._analyzer().parse(lower)
    return any(p.is_known and "Geox" in p.tag and p.tag.case == "nomn" for p in parses)


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
def _world() -> frozenset[str]:
    return _data_words("towns_world.txt")


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
