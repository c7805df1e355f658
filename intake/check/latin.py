"""Latin spellings of a Cyrillic name word, by the check's own three simple schemes.

English text writes Russian names in Latin letters, and not always in one scheme
("Seryozha", "Serezha"; "Kravchenko"; "Zhukovskiy", "Zhukovsky"). The check
compares Latin words with these spellings of each registered name word and of its
short stems; the edit distance of :mod:`intake.check.near_names` covers the rest of
the variation ("Kravchinko"), and :func:`abroad` reads other countries' conventions
("Siergiej", "Hadji", "Jenya"); a Chinese name of one or two Palladius syllables is read in
pinyin too ("Чжан" -> "zhang": :func:`pinyin`). Limits: a spelling far from every scheme
and convention is seen only if registered.
"""

from __future__ import annotations

import re
from functools import lru_cache

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_FIRST = {"ё": "yo", "й": "y", "х": "kh", "ю": "yu", "я": "ya"}
_SECOND = {"ё": "e", "й": "i", "х": "h", "ю": "iu", "я": "ia"}
# The Turkic Latin alphabets (Turkish, Azerbaijani, Tatar, Crimean Tatar, Uzbek) with their
# marks dropped, as Turkic names are written abroad: "Gülsüm" -> "gulsum" for Гюльсум,
# "Çelik" -> "celik" for Челик, "Şamil" -> "samil" for Шамиль.
_TURKIC = {
    "ё": "o", "й": "y", "х": "h", "ю": "u", "я": "ya", "ж": "j", "ч": "c", "ш": "s",
    "щ": "sc", "ы": "i",
}  # fmt: skip


_TABLES = tuple({**_COMMON, **scheme} for scheme in (_FIRST, _SECOND, _TURKIC))


def spellings(word: str) -> set[str]:
    """The word in each scheme (lower case); empty if it is not all Cyrillic letters."""
    lower = word.lower()
    if not all(c in _TABLES[0] for c in lower):  # every table has the same letters
        return set()
    out = {"".join(table[c] for c in lower) for table in _TABLES}
    if lower[:1] == "е":  # the English convention writes an initial е "ye": "Yelena"
        out.add("y" + "".join(_TABLES[0][c] for c in lower))
    if written := pinyin(lower):  # a Chinese name in pinyin: "Чжан" -> "zhang"
        out.add(written)
    return out


# What follows a short stem in a Latin spelling of a Russian short form written in lower
# case in English text ("tolik", "kolya", "tanyukha", "seryozhka"): a suffix, or a bare
# -ya/-a. A bare -e, -i, -y is left out: "time", "very", "pole" are English words.
LATIN_TAILS = (
    "a", "ya", "ia", "yu", "iu", "ik", "ika", "iku", "ikom", "ka", "ki", "ke", "ku", "koy",
    "kin", "kina", "ochka", "echka", "enka", "enku", "yan", "ian", "yana", "yanu", "yanom",
    "ok", "yok", "iok", "ich", "ych", "ycha", "ychu", "kha", "khe", "khu", "ukha", "yukha",
    "iukha", "ushka", "yusha", "iusha", "yonok", "chik", "chika", "ulya", "ulia", "usya",
    "usia", "unya", "unia", "usik", "yosha", "osha",
)  # fmt: skip


def short_forms(short: str) -> set[str]:
    """Latin spellings of a Cyrillic short stem of three letters or more with each of
    :data:`LATIN_TAILS` ("тол" -> "tolik", "tolya"...); empty for other stems."""
    if len(short) < 3:
        return set()
    return {spelling + tail for spelling in spellings(short) for tail in LATIN_TAILS}


# Latin letters and the Cyrillic ones they can stand for in a transliteration, longest first.
_BACK = {
    "shch": ("щ",), "sch": ("щ",), "zh": ("ж",), "kh": ("х",), "gh": ("г", "гх"),
    # Polish spellings, as a name registered so is written in Cyrillic ("Kowalczyk" ->
    # "Ковальчик"): "cz", "sz", "rz", and "y" after the first two as "и" (Russian writes
    # no "ы" after "ч" or "ш")
    "czy": ("чи",), "szy": ("ши",), "cz": ("ч",), "sz": ("ш",), "rz": ("ж", "рз"),
    "ae": ("ае", "ай"), "ts": ("ц", "тс"),
    "ch": ("ч",), "sh": ("ш",), "yo": ("ё",), "yu": ("ю",), "ya": ("я",), "ye": ("е",),
    "iu": ("ю",), "ia": ("я", "ия"), "ii": ("ии", "ий"), "iy": ("ий",), "yy": ("ый",),
    "a": ("а",), "b": ("б",), "v": ("в",), "w": ("в",), "g": ("г",), "d": ("д",),
    "e": ("е", "э"), "z": ("з",), "i": ("и", "й"), "y": ("ы", "й"), "k": ("к",), "l": ("л",),
    "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "r": ("р",), "s": ("с",), "t": ("т",),
    "u": ("у",), "f": ("ф",), "h": ("х",), "c": ("ц", "к"), "j": ("й",), "x": ("кс",),
}  # fmt: skip
_LONGEST = max(len(key) for key in _BACK)
_ENDINGS = ("ь", "ый", "ий", "й")  # dropped in informal spellings: "Osvedomitel", "Voenny"
MAX_READINGS = 256


def readings(lower: str) -> set[str]:
    """The Cyrillic words the lower-case Latin ``lower`` can transliterate ("voenny" ->
    "военный" among others, "dmitry" -> "дмитрий"), a final soft sign or adjective
    ending restored; at most
    :data:`MAX_READINGS`, none for a word with other letters."""
    found = {""}
    at = 0
    while at < len(lower):
        size = next((n for n in range(_LONGEST, 0, -1) if lower[at : at + n] in _BACK), 0)
        if size == 0:
            return set()
        found = {f + c for f in found for c in _BACK[lower[at : at + size]]}
        if len(found) > MAX_READINGS:
            return set()
        at += size
    if lower.endswith("y"):  # the English convention writes a final -ий "-y": "Dmitry"
        found |= {f[:-1] + "ий" for f in found}
    return found | {f + ending for f in found for ending in _ENDINGS if f[-1:] not in "ьй"}


# How other countries' spellings of Russian names differ from the English convention the
# check's schemes follow: Polish ("Siergiej Krawczenko", "Żukowski"), Czech, Slovak and
# Baltic ("Kravčenko", "Sergejs"), Estonian and Finnish ("Kravtšenko"), Hungarian
# ("Szergej Kravcsenko"), Dutch ("Joeri Koeznetsov"). Applied in order.
_ABROAD_LETTERS = {
    "š": "sh", "č": "ch", "ž": "zh", "ż": "zh", "ź": "z", "ś": "s", "ć": "ch", "ł": "l",
    "ń": "n", "ņ": "n", "ļ": "l", "ķ": "k", "ģ": "g", "õ": "y",
}  # fmt: skip
_ABROAD = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"szcz|shtsh|sjtsj|scs", "shch"),
        (r"tsj|tsh|cz|cs", "ch"),
        (r"sj", "sh"),  # Dutch
        (r"zs|zj", "zh"),  # Hungarian, Dutch
        (r"(?<=[bcdfgkmnprstvwz])i(?=e)", ""),  # Polish "Siergiej", "Aleksiej"
        (r"(?<=j)(?:us|s)$", ""),  # Baltic "Sergejus", "Sergejs"
        (r"oe|oo", "u"),  # Dutch "Joeri"; English sound spelling "Yoora"
        (r"ee", "i"),  # English sound spelling: a speech recogniser's "Seema" for Сима
        (r"w", "v"),  # Polish
        (r"^j(?=[aeou])", "y"),  # "Jelena", "Jurij"
        (r"(?<=[aeiou])j(?=[aeou])", "y"),  # "Maja", "Andrejev"
        (r"j$", "y"),  # "Sergej", "Dmitrij"
    )
)
# "sz" is "ш" in Polish ("Szura") and "с" in Hungarian ("Szergej"): both are read.
_SZ = (("sz", "sh"), ("sz", "s"))
# Letters another convention writes for another sound, each read both ways (before the
# rules above, which would take "j" for "й"): "h" for г in Ukrainian, Belarusian and
# Caucasian spellings ("Halyna", "Hasan" for Гасан, "Hadji" for Гаджи); "dj" for дж and
# "j" for ж, "ch" for ш and "ou" for у in French ("Djamal", "Jenia", "Chamil", "Youri");
# "tch" for ч in French and old English spellings ("Tchaikovsky").
_EITHER = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<![cksz])h", "g"),
        (r"dj", "dzh"),
        (r"(?<!d)j(?=[aeiouy])", "zh"),
        (r"(?<!t)ch", "sh"),
        (r"ou", "u"),
        (r"tch", "ch"),
    )
)
_MOST_EITHER = 3  # a word with more such letters is read with its first three only


def abroad(word: str) -> set[str]:
    """A Latin word in another country's spelling of a Russian name read in the English
    convention ("siergiej" -> "sergey", "kravčenko" -> "kravchenko", "szergej" ->
    "sergey" and "shergey", "hadji" -> "gadzhi" among others); the word itself where
    nothing applies."""
    lower = "".join(_ABROAD_LETTERS.get(c, c) for c in word.lower())
    variants = {lower}
    for pattern, replacement in [e for e in _EITHER if e[0].search(lower)][:_MOST_EITHER]:
        variants |= {pattern.sub(replacement, variant) for variant in variants}
    out: set[str] = set()
    for variant in variants:
        english = variant
        for pattern, replacement in _ABROAD:
            english = pattern.sub(replacement, english)
        out |= {english.replace(old, new) for old, new in _SZ}
    return out


# Chinese names: Russian writes them in Palladius's syllables ("Чжан", "Чэнь", "Цзян"),
# the rest of the world in pinyin ("Zhang", "Chen", "Jiang"). A Cyrillic word of one or two
# such syllables is also read in pinyin. Each syllable: its initial, then its final.
_PINYIN_INITIALS = (
    ("чж", "zh"), ("цз", "j"), ("ч", "ch"), ("ш", "sh"), ("ж", "r"), ("ц", "c"), ("с", "s"),
    ("х", "h"), ("б", "b"), ("п", "p"), ("м", "m"), ("ф", "f"), ("д", "d"), ("т", "t"),
    ("н", "n"), ("л", "l"), ("г", "g"), ("к", "k"), ("в", "w"), ("", ""),
)  # fmt: skip
_PINYIN_FINALS = (
    ("юань", "uan"), ("уань", "uan"), ("янь", "ian"), ("ань", "an"), ("энь", "en"),
    ("инь", "in"), ("унь", "un"), ("юнь", "un"), ("уан", "uang"), ("ян", "iang"),
    ("юн", "iong"), ("ан", "ang"), ("эн", "eng"), ("ин", "ing"), ("ун", "ong"), ("уай", "uai"),
    ("яо", "iao"), ("юэ", "ue"), ("юй", "u"), ("уй", "ui"), ("ай", "ai"), ("эй", "ei"),
    ("ао", "ao"), ("оу", "ou"), ("уа", "ua"), ("эр", "er"), ("я", "ia"), ("е", "ie"),
    ("ю", "iu"), ("а", "a"), ("о", "o"), ("э", "e"), ("и", "i"), ("ы", "i"), ("у", "u"),
)  # fmt: skip
# a final with no initial is written so: "ян" -> "yang", "и" -> "yi"
_PINYIN_ALONE = {
    "ia": "ya", "ie": "ye", "iu": "you", "i": "yi", "u": "wu", "iang": "yang", "ian": "yan",
    "iao": "yao", "in": "yin", "ing": "ying", "iong": "yong", "ue": "yue",
}  # fmt: skip
_INITIAL = dict(_PINYIN_INITIALS)
_FINAL = dict(_PINYIN_FINALS)
_INITIALS = "|".join(i for i, _latin in _PINYIN_INITIALS if i)
_FINALS = "|".join(f for f, _sound in _PINYIN_FINALS)  # longest first where one begins another
# one syllable, or two, the second with an initial of its own ("чжунхуа")
_PALLADIUS = re.compile(rf"({_INITIALS})?({_FINALS})(?:({_INITIALS})({_FINALS}))?")


@lru_cache(maxsize=4096)
def pinyin(word: str) -> str:
    """``word`` in pinyin if it is one or two Palladius syllables ("чжан" -> "zhang"), else
    ""."""
    read = _PALLADIUS.fullmatch(word)
    if read is None:
        return ""
    first, final, second, last = read.groups()
    out = _INITIAL[first] + _FINAL[final] if first else _alone(_FINAL[final])
    return out + (_INITIAL[second] + _FINAL[last] if second else "")


def _alone(sound: str) -> str:
    return _PINYIN_ALONE.get(sound, sound)
