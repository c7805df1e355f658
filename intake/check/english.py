"""Capitalised Latin words that are no one's name: brands, titles, English words.

Russian text quotes companies, products and titles in Latin letters ("Microsoft",
"MySQL", "The Right Move"); English text capitalises words of titles. A capitalised
Latin word is taken as ordinary (not asked about) when it is

* one of the common capitalised words and brands of ``intake/data/common_latin.txt``;
* written in a shape no person's name takes, a capital after a small letter or small
  letters after two capitals, when each piece is an acronym, a piece of three letters
  or fewer or an ordinary word ("MySQL", "YouTube", "NEWSru", "EURid", "NGOs"), unless
  it starts like a name does ("McDonald", "MacArthur", "DeLuca", "O'Neil", "VanDyke");
* an English dictionary word (Webster's Second, through the english-words package; its
  lower-case entries only, so "Ivan" or "Boris", entered there as proper names, are not
  words), alone or with a plural, past, participle or possessive ending ("Windows",
  "Detained", "Making", "Partners'"), in British spelling too ("Mobilised"), or a
  compound of such a word and a brand's last word ("Placebook", "Microsoft");
* a word of a known name of an organisation or place (:data:`PHRASES`: "Red Cross").

Never ordinary, whatever the dictionary says: a word of ``intake/data/names_latin.txt``
(first names and common surnames that are also words: "Rose", "Baker", "Roman",
"Vera", "Sokol"), and a word ending like a Russian, Ukrainian or Caucasian surname
("-ov", "-in", "-enko", "-sky", "-ich", "-ets", "-shvili", "-yan"...: the dictionary
holds "savin", "larin", "malkin"), unless listed in ``common_latin.txt`` ("Berlin");
and a camel-case word that spells a name ("IVan", "SErgey") or holds one ("IvanPetrov").
Limits: a rarer English surname that is a dictionary word ("Chess") is let through; the
dictionary is of 1934, so newer words ("blog") are asked about unless listed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from intake.check.latin import spellings
from intake.redact import english_dict

_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]")
_HUMPS = re.compile(r"[A-Z]{2,}|[A-Z]?[a-z]+")  # "My" "SQL", "NEWS" "ru", "SE" "rgey"
MAX_SHORT_HUMP = 3  # "My", "ru", "id", "Pal": a short piece of a brand
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O'|D'|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)[A-Z]")
# Endings of East Slavic and Caucasian surnames: the dictionary holds "savin", "larin", "malkin".
_SURNAME_ENDINGS = (
    "ov", "ova", "ev", "eva", "in", "ina", "yn", "yna", "enko", "ko", "sky", "skiy", "skii",
    "ski", "skaya", "skaia", "ich", "vna", "uk", "shvili", "dze", "yan",
)  # fmt: skip
# The last word of a brand made of two words ("Placebook", "Microsoft", "Techcrunch"); a
# name made of two words ends otherwise ("Goldberg", "Blackwood", "Feldman").
BRAND_TAILS = frozenset(
    (
        "book", "soft", "ware", "net", "web", "tube", "box", "cast", "cloud", "chat", "mail",
        "shop", "pay", "cash", "post", "tech", "crunch", "system", "systems", "works", "labs",
        "media", "news", "space", "hub", "gram", "bank", "card", "trade", "game", "games",
        "facebook", "phone", "click", "data", "link",
    )
)  # fmt: skip
# Names of organisations and places whose words alone can be names ("Red", "Cross").
PHRASES = frozenset(
    (
        "red cross", "red crescent", "amnesty international", "human rights", "new york",
        "wall street", "white house", "red square", "united nations", "united states",
        "european court", "european union", "security council", "the insider", "novaya gazeta",
        "deutsche welle", "radio liberty", "free europe", "doctors without", "red bull",
    )
)  # fmt: skip
# British spellings the dictionary holds in the American one ("Mobilised", "Organisation").
_BRITISH = (
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
    ("isations", "izations"),
)  # fmt: skip
MIN_WORD = 4  # shorter words are as often names: "Tao", "Lee", "Kim"
MIN_STEM = 3  # "used" -> "use"
MIN_PART = 4  # each word of a compound ("Placebook", "Teachbook")


def ordinary(word: str, *, quoted: bool = False) -> bool:
    """True if the capitalised Latin ``word`` (no hyphen) is a word, brand or title, not a
    name. A word alone in quotation marks (``quoted``: a call sign?) is never explained by
    the dictionary."""
    word = word.replace("’", "'")
    bare = word[:-2] if word.lower().endswith("'s") else word
    lower = bare.lower()
    if any(form in common_latin() for form in _singulars(lower)):
        return True
    if _CAMEL.search(bare) and not _NAME_PREFIX.match(bare):
        return not _a_name(lower) and all(_ordinary_hump(h) for h in _HUMPS.findall(bare))
    if quoted or surname_shaped(lower) or lower in latin_names():
        return False
    return dictionary_word(lower) or _compound(lower)


def _ordinary_hump(hump: str) -> bool:
    """A piece of a camel-case word: an acronym, a short piece, or an ordinary word."""
    lower = hump.lower()
    if hump.isupper() or (len(hump) <= MAX_SHORT_HUMP and lower not in latin_names()):
        return True
    return lower not in latin_names() and (lower in common_latin() or word_like(lower))


def _a_name(lower: str) -> bool:
    """A name whatever its capitals: "IVan", "SErgey" are typed names, not brands."""
    return lower in latin_names() or lower in russian_names("m ", "f ", "s ")


def surname_shaped(lower: str) -> bool:
    """Ends like a surname of the East Slavic or Caucasian kind ("Savin", "Kravets"; not the
    plural "Markets")."""
    if lower.endswith(_SURNAME_ENDINGS):
        return True
    return lower.endswith("ets") and not dictionary_word(lower[:-1])


def bare_forms(lower: str) -> frozenset[str]:
    """``lower`` without a possessive ending, and its possible singulars ("sterns" -> "stern")."""
    bare = lower.replace("’", "'").removesuffix("'s")
    return frozenset(_singulars(bare))


def in_phrase(lower: str, previous: str, following: str) -> bool:
    """True if the word with the one before or after it is one of :data:`PHRASES`."""
    return f"{previous} {lower}" in PHRASES or f"{lower} {following}" in PHRASES


def word_like(lower: str) -> bool:
    """True if the dictionary rules alone would take ``lower`` as a word (names aside)."""
    return not surname_shaped(lower) and (dictionary_word(lower) or _compound(lower))


def dictionary_word(lower: str) -> bool:
    """True if the lower-case ``lower`` or its singular is a lower-case dictionary entry."""
    if len(lower) < MIN_WORD:
        return False
    words = dictionary()
    return any(form in words for form in _singulars(lower))


def _compound(lower: str) -> bool:
    """A dictionary or common word and a brand's last word joined ("placebook",
    "insidefacebook", "microsoft")."""
    return any(
        lower[cut:] in BRAND_TAILS
        and (dictionary_word(lower[:cut]) or lower[:cut] in common_latin())
        for cut in range(MIN_PART, len(lower) - 2)
    )


def _singulars(lower: str) -> tuple[str, ...]:
    """``lower`` and the words it can be an inflection of: plurals ("windows"), past and
    participle forms ("detained", "used", "stopped", "making")."""
    forms = [lower]
    if lower.endswith("s"):
        forms.append(lower[:-1])
        if lower.endswith("es"):
            forms.append(lower[:-2])
        if lower.endswith("ies"):
            forms.append(lower[:-3] + "y")
    for british, american in _BRITISH:
        if lower.endswith(british):
            forms += _singulars(lower[: -len(british)] + american)
    for suffix in ("ed", "ing"):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_STEM:
            base = lower[: -len(suffix)]
            forms += [base, base + "e"]
            if len(base) > 1 and base[-1] == base[-2]:
                forms.append(base[:-1])  # "stopped" -> "stop"
    return tuple(forms)


def dictionary() -> frozenset[str]:
    """Webster's Second's lower-case entries, the list the engine loads too (once)."""
    return english_dict.words()


@lru_cache(maxsize=4)
def russian_names(*kinds: str) -> frozenset[str]:
    """Latin spellings of the first names ("m ", "f ") or surnames ("s ") of names_ru.txt."""
    lines = files("intake").joinpath("data/names_ru.txt").read_text(encoding="utf-8")
    names = (line.split()[1] for line in lines.splitlines() if line[:2] in kinds)
    return frozenset(latin for name in names for latin in spellings(name))


@lru_cache(maxsize=1)
def latin_names() -> frozenset[str]:
    """Names of people that a dictionary or the gazetteer also holds (names_latin.txt)."""
    return data_words("names_latin.txt")


@lru_cache(maxsize=1)
def common_latin() -> frozenset[str]:
    return data_words("common_latin.txt")


def data_words(name: str) -> frozenset[str]:
    text = files("intake").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())
